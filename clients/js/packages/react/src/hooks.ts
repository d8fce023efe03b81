import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Call, CallsError, HistoryRow, Join, Presence } from '@calls/client';
import { useCallsClient, useCallsState } from './context.js';

/** Calls ringing this user, oldest first: more than one while a call waits. Empty when nothing rings. */
export function useIncomingCalls(): readonly Call[] {
  return useCallsState().incoming;
}

/** The active call this user is in, with its join information; after a reload it is there again (re-attach). */
export function useActiveCall(): { call: Call | null; join: Join | null } {
  const state = useCallsState();
  const call = state.active;
  return { call, join: call ? state.joins[call.id] ?? null : null };
}

/** The call this user started that is still ringing. */
export function useOutgoingCall(): Call | null {
  return useCallsState().outgoing;
}

/** One call's latest state, loaded when the client does not know it yet; updates as events arrive. */
export function useCall(callId: string | null | undefined): { call: Call | null; error: CallsError | null } {
  const client = useCallsClient();
  const known = useCallsState().calls;
  const call = callId ? known[callId] ?? null : null;
  const [error, setError] = useState<CallsError | null>(null);
  useEffect(() => {
    setError(null);
    if (!callId || client.getState().calls[callId]) return;
    client.getCall(callId).catch((e) => setError(e));
  }, [client, callId]);
  return { call, error };
}

/**
 * Presence of these users, kept live: the stream is asked for their changes (a presence subscription) while the
 * component is mounted, and their current presence is loaded once.
 */
export function usePresence(userIds: readonly string[]): Readonly<Record<string, Presence | undefined>> {
  const client = useCallsClient();
  const state = useCallsState();
  const key = [...new Set(userIds)].sort().join('\n');
  useEffect(() => {
    const ids = key ? key.split('\n') : [];
    if (!ids.length) return undefined;
    const stop = client.watch(ids);
    const missing = ids.filter((id) => !client.getState().presence[id]);
    if (missing.length) client.loadPresence(missing).catch(() => { /* shown as unknown */ });
    return stop;
  }, [client, key]);
  return useMemo(() => {
    const out: Record<string, Presence | undefined> = {};
    for (const id of userIds) out[id] = state.presence[id];
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.presence, key]);
}

export interface CallHistory {
  items: readonly HistoryRow[];
  loading: boolean;
  error: CallsError | null;
  hasMore: boolean;
  loadMore(): void;
  refresh(): void;
}

/** This user's call history, newest first, a page at a time; reloaded when one of their calls ends. */
export function useCallHistory({ limit = 20, missed = false }: { limit?: number; missed?: boolean } = {}): CallHistory {
  const client = useCallsClient();
  const [items, setItems] = useState<HistoryRow[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<CallsError | null>(null);
  const generation = useRef(0);

  const load = useCallback((from: string | null) => {
    const mine = ++generation.current;
    setLoading(true);
    client.history({ limit, missed, cursor: from }).then((page) => {
      if (mine !== generation.current) return;
      setItems((old) => (from ? [...old, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(null);
    }, (e) => {
      if (mine === generation.current) setError(e);
    }).finally(() => {
      if (mine === generation.current) setLoading(false);
    });
  }, [client, limit, missed]);

  const refresh = useCallback(() => load(null), [load]);
  useEffect(() => {
    refresh();
    return client.on('callEnded', () => refresh());
  }, [client, refresh]);

  return { items, loading, error, hasMore: cursor !== null, loadMore: () => { if (cursor) load(cursor); }, refresh };
}
