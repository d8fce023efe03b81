// The tenant administrator's requests: the same code as the browser's admin.js (calls-servlet), through this
// client's transport. Only users the server's AdminPolicy names get answers; to anyone else the routes are 404.
import { adminApi } from '@calls/admin.js';
import type { SharedTransport } from '@calls/shared/api.js';
import type { Call, CallStats } from './types.js';

export interface StatsQuery {
  /** Inclusive; default 30 days (bucket day) or 48 hours (bucket hour) before `to`. */
  from?: string | Date;
  /** Exclusive; default the end of the current day or hour. */
  to?: string | Date;
  bucket?: 'day' | 'hour';
}

/** What an administrator of the caller's tenant may ask. */
export interface CallsAdmin {
  /** Statistics of the calls created in [from, to). */
  stats(query?: StatsQuery): Promise<CallStats>;
  /** The tenant's ringing and active calls, oldest first. */
  activeCalls(): Promise<Call[]>;
  /** Ends a call for everyone (reason ended_by_admin); resolves to the ended call. */
  endCall(callId: string): Promise<Call>;
  /** Keeps the tenant's live calls current from its event log, every `interval` ms; returns the stop function. */
  watchActiveCalls(onChange: (calls: Call[]) => void, options?: { interval?: number }): () => void;
}

export function callsAdmin(transport: SharedTransport): CallsAdmin {
  return adminApi(transport) as CallsAdmin;
}
