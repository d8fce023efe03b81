// The Calls engine without a page: requests, the live event stream, presence and ring state, as a small store
// a UI framework subscribes to. Nothing here touches window or document, so it imports on a server too.

import { CallsError as SharedCallsError, transport as makeTransport, type SharedTransport } from '@calls/shared/api.js';
import { Connection } from '@calls/shared/connection.js';
import { callsAdmin, type CallsAdmin } from './admin.js';
import { fetchEventSource } from './fetch-event-source.js';
import type {
  Call, CallEvent, CallType, HistoryPage, Join, MediaRequest, Presence, PresencePage, PresenceUpdate, RingState, StartedCall,
} from './types.js';

/** A problem answer (RFC 9457) from the server, or a network failure (status 0, code "network"). */
export interface CallsError extends Error {
  /** The problem's stable code, such as "recipient_busy"; "http_<status>" without one; "network". */
  readonly code: string;
  readonly status: number;
  readonly problem: Record<string, unknown>;
}

/** The class of the errors every request rejects with (`e instanceof CallsError`). */
export const CallsError = SharedCallsError as unknown as {
  new (problem: object, status: number): CallsError;
  prototype: CallsError;
};

/** A bearer token, or where to get the current one (called before each request and each stream). */
export type TokenSource = string | null | (() => string | null | undefined | Promise<string | null | undefined>);

export interface CallsClientOptions {
  /** Where the API answers, such as "/api/calls" or "https://crm.example.com/api/calls". Default "/api/calls". */
  baseUrl?: string;
  /**
   * A bearer token: sent as "Authorization: Bearer …" on every request and on the event stream, which is then
   * read with fetch (the browser's EventSource cannot send headers). Without one the page's cookies sign in.
   */
  token?: TokenSource;
  /** fetch's credentials mode; default "same-origin" ("include" for a cookie session on another origin). */
  credentials?: RequestCredentials;
  /** The fetch to use (default the global one, looked up when a request is made). */
  fetch?: typeof fetch;
  /**
   * How events arrive: "fetch" (a fetch-based stream, sending the token), "eventsource" (the browser's EventSource:
   * cookies only) or "poll" (long-polling). Default: "fetch" with a token, else EventSource where there is one.
   */
  stream?: 'fetch' | 'eventsource' | 'poll';
}

/** What the client knows, one immutable snapshot per change (for React's useSyncExternalStore and the like). */
export interface CallsState {
  /** idle before start(); signedOut when the server does not know the caller (a 401, at start or later: the stream stops). */
  status: 'idle' | 'starting' | 'ready' | 'signedOut' | 'error';
  /** The signed-in user's own presence (their id is me.userId). */
  me: Presence | null;
  /** True while the event stream (or long poll) is connected. */
  connected: boolean;
  /** Calls this user is in that the client has seen, by id, with their latest state (ended ones too). */
  calls: Readonly<Record<string, Call>>;
  /** Calls ringing this user that were not answered or declined here, oldest first (more than one: call waiting). */
  incoming: readonly Call[];
  /** The call this user has joined and that is under way, if any. */
  active: Call | null;
  /** A call this user started that is still ringing. */
  outgoing: Call | null;
  /** Join information (room, token) per call id, for calls joined or started here. */
  joins: Readonly<Record<string, Join>>;
  /** Presence of watched and loaded users, by user id. */
  presence: Readonly<Record<string, Presence>>;
  /** The last error start() met. */
  error: CallsError | null;
}

export type CallsEventName = 'event' | 'callEnded' | 'incoming' | 'connection';

const KNOWN_CALLS = 64;
const LIVE = new Set(['ringing', 'active']);
const PENDING = new Set(['invited', 'ringing']);

const INITIAL: CallsState = {
  status: 'idle', me: null, connected: false, calls: {}, incoming: [], active: null, outgoing: null, joins: {},
  presence: {}, error: null,
};

const enc = encodeURIComponent;

/**
 * A Calls client for single-page apps and servers. One per signed-in user:
 *
 *   const client = new CallsClient({ baseUrl: '/api/calls', token: () => session.token });
 *   await client.start();
 *   client.subscribe(() => render(client.getState()));
 */
export class CallsClient {
  private readonly transport: SharedTransport;
  private state: CallsState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private readonly handlers = new Map<CallsEventName, Set<(detail: any) => void>>();
  /** Calls answered or declined here: they never ring again (unless rung again). */
  private readonly handled = new Set<string>();
  private readonly watchCounts = new Map<string, number>();
  private connection: Connection | null = null;
  private starting: Promise<CallsState> | null = null;
  /** Counts stop() calls: a start that a stop overtook opens no stream. */
  private generation = 0;
  /** The tenant administrator's statistics, live calls and ending a stuck call (404 for everyone else). */
  readonly admin: CallsAdmin;

  constructor(options: CallsClientOptions = {}) {
    const base = (options.baseUrl ?? '/api/calls').replace(/\/*$/, '/');
    const token = options.token;
    const headers = async (): Promise<Record<string, string>> => {
      const value = typeof token === 'function' ? await token() : token;
      return value ? { Authorization: 'Bearer ' + value } : {};
    };
    const send: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init));
    // a 401 on any request or stream means the session or token died: the client signs out instead of retrying
    const doFetch: typeof fetch = async (input, init) => {
      const res = await send(input, init);
      if (res.status === 401) this.unauthorized();
      return res;
    };
    const credentials = options.credentials ?? 'same-origin';
    const mode = options.stream ?? (token || typeof EventSource !== 'function' ? 'fetch' : 'eventsource');
    const Source = mode === 'fetch' ? fetchEventSource({ fetch: doFetch, headers, credentials })
      : mode === 'eventsource' ? (typeof EventSource === 'function' ? EventSource : null) : null;
    this.transport = makeTransport({
      base, headers, credentials, fetch: doFetch,
      // the shared transport falls back to a global EventSource when given none; "poll" must not
      EventSource: Source ?? undefined,
    });
    if (!Source) Object.defineProperty(this.transport, 'EventSource', { value: null });
    this.admin = callsAdmin(this.transport);
  }

  // ------------------------------------------------ the store

  /** The current snapshot; a new object after every change. */
  getState = (): CallsState => this.state;

  /** Calls listener after every change; returns the function that stops that. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Listens for 'event' (every stream event), 'incoming' (a call starts ringing here), 'callEnded', 'connection'. */
  on(name: CallsEventName, fn: (detail: any) => void): () => void {
    if (!this.handlers.has(name)) this.handlers.set(name, new Set());
    this.handlers.get(name)!.add(fn);
    return () => this.handlers.get(name)?.delete(fn);
  }

  private emit(name: CallsEventName, detail: unknown): void {
    for (const fn of this.handlers.get(name) ?? []) {
      try { fn(detail); } catch (e) { console.error('calls: listener failed', e); }
    }
  }

  private set(patch: Partial<CallsState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  // ------------------------------------------------ lifecycle

  /**
   * Finds out who is signed in, loads this user's ringing and active calls (so a reloaded page re-attaches to its
   * call) and opens the event stream. Repeated calls share the first start. Resolves to the state.
   */
  start(): Promise<CallsState> {
    if (!this.starting) {
      this.starting = this.boot().catch((e) => {
        this.starting = null;
        if ((e as CallsError).status === 401) { // the session died while starting
          this.set({ status: 'signedOut', connected: false });
          return this.state;
        }
        this.set({ status: 'error', error: e });
        throw e;
      });
    }
    return this.starting;
  }

  private async boot(): Promise<CallsState> {
    const generation = this.generation;
    this.set({ status: 'starting', error: null });
    let me: Presence;
    try {
      me = await this.api<Presence>('GET', 'presence/me');
    } catch (e) {
      if ((e as CallsError).status === 401) {
        this.starting = null;
        this.set({ status: 'signedOut' });
        return this.state;
      }
      throw e;
    }
    if (generation !== this.generation) return this.state;
    this.set({ me, presence: { ...this.state.presence, [me.userId]: me } });
    const connection = new Connection((e) => this.onEvent(e), (open) => {
      this.set({ connected: open });
      this.emit('connection', { open });
    }, this.transport);
    this.connection = connection;
    this.refreshWatch();
    await connection.locate();
    await this.reattach();
    if (generation !== this.generation || this.connection !== connection) return this.state;
    connection.start();
    this.set({ status: 'ready' });
    return this.state;
  }

  /** Loads the ringing and active calls again (what a reload does) and brings the state in line. */
  async reattach(): Promise<void> {
    const active = await this.api<{ items: Call[] }>('GET', 'active');
    for (const call of active.items ?? []) this.apply(call);
    const joined = this.state.active;
    if (joined && !this.state.joins[joined.id]) await this.join(joined.id).catch(() => null);
  }

  /** Closes the event stream; start() opens it again. */
  stop(): void {
    this.generation++;
    this.connection?.stop();
    this.connection = null;
    this.starting = null;
    this.set({ connected: false, status: this.state.status === 'ready' || this.state.status === 'starting' ? 'idle' : this.state.status });
  }

  /** The server no longer knows the caller (401): the stream stops, status becomes signedOut; start() tries again. */
  private unauthorized(): void {
    if (this.state.status === 'signedOut' || this.state.status === 'idle') return;
    this.generation++;
    this.connection?.stop();
    this.connection = null;
    this.starting = null;
    this.set({ connected: false, status: 'signedOut' });
  }

  /** Ends this user's presence at once (for a sign-out) and stops the client. */
  async signOut(): Promise<void> {
    const stream = this.connection?.key;
    this.stop();
    try {
      // naming this client's stream ends it on the server at once, so others see this user offline now
      await this.api('POST', 'presence/sign-out', stream ? { stream } : undefined);
    } catch (e) { /* the presence timeout ends it then */ }
    this.handled.clear();
    this.set({ ...INITIAL });
  }

  // ------------------------------------------------ requests

  /** One request to the API (path relative to the base, such as "active"); rejects with a CallsError. */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    return this.transport.api<T>(method, path, body);
  }

  /** Rings one user or several (a group call). Resolves to the call with this user's join information. */
  async call(recipientIds: string | string[], { type = 'video' as CallType } = {}): Promise<StartedCall> {
    const ids = Array.isArray(recipientIds) ? recipientIds : [recipientIds];
    const started = await this.api<StartedCall>('POST', '', { recipientIds: ids, type });
    const { join, ...call } = started;
    this.set({ joins: { ...this.state.joins, [call.id]: join } });
    if (call.initiator !== this.state.me?.userId) this.handled.add(call.id); // it answered their call to us
    this.apply(call as Call);
    return started;
  }

  /** Answers a ringing call and fetches its join information; leaveCurrent leaves this user's current call first. */
  async accept(callId: string, { leaveCurrent = false } = {}): Promise<{ call: Call; join: Join }> {
    this.handled.add(callId);
    this.recompute();
    try {
      const call = await this.api<Call>('POST', enc(callId) + '/accept', leaveCurrent ? { leaveCurrent: true } : undefined);
      this.apply(call);
      const join = await this.join(callId);
      return { call: this.state.calls[callId] ?? call, join };
    } catch (e) {
      if ((e as CallsError).code === 'already_in_call') {
        this.handled.delete(callId);
        this.recompute();
      }
      throw e;
    }
  }

  /** Refuses a ringing call. */
  async decline(callId: string): Promise<Call | null> {
    this.handled.add(callId);
    this.recompute();
    return this.report(callId, 'decline');
  }

  /** The caller hangs up before anyone answered. */
  cancel(callId: string): Promise<Call | null> {
    return this.report(callId, 'cancel');
  }

  /** Leaves the call (a 1:1 call then ends). */
  leave(callId: string): Promise<Call | null> {
    return this.report(callId, 'leave');
  }

  /** Hangs up: cancels a call still ringing that this user started, else leaves it. */
  hangUp(callId: string): Promise<Call | null> {
    const call = this.state.calls[callId];
    if (call && call.state === 'ringing' && call.initiator === this.state.me?.userId) return this.cancel(callId);
    return this.leave(callId);
  }

  /** Ends the call for everyone. */
  end(callId: string): Promise<Call | null> {
    return this.report(callId, 'end');
  }

  /** Tells the others about this user's microphone and camera. */
  media(callId: string, media: MediaRequest): Promise<Call | null> {
    return this.report(callId, 'media', media);
  }

  /** Says whether this user's media is in the room (Jitsi's conference joined or left). */
  room(callId: string, inRoom: boolean): Promise<Call | null> {
    return this.report(callId, 'room', { inRoom });
  }

  /** Rings one invitee again. */
  ring(callId: string, userId: string): Promise<Call | null> {
    return this.report(callId, 'ring', { userId });
  }

  /** Fresh join information (a new token) for this user; kept in state.joins. */
  async join(callId: string): Promise<Join> {
    const join = await this.api<Join>('GET', enc(callId) + '/join');
    this.set({ joins: { ...this.state.joins, [callId]: join } });
    return join;
  }

  /** The call, for its participants; kept in state.calls. */
  async getCall(callId: string): Promise<Call> {
    const call = await this.api<Call>('GET', enc(callId));
    this.apply(call);
    return this.state.calls[callId] ?? call;
  }

  /** Should this device still ring for the call (after a push woke it). */
  ringState(callId: string): Promise<RingState> {
    return this.api<RingState>('GET', enc(callId) + '/ring-state');
  }

  /** This user's calls, newest first, a page at a time (cursor from the previous page's nextCursor). */
  history({ limit, cursor, missed }: { limit?: number; cursor?: string | null; missed?: boolean } = {}): Promise<HistoryPage> {
    const q = new URLSearchParams();
    if (limit) q.set('limit', String(limit));
    if (cursor) q.set('cursor', cursor);
    if (missed) q.set('missed', 'true');
    const query = q.toString();
    return this.api<HistoryPage>('GET', 'history' + (query ? '?' + query : ''));
  }

  /** Loads these users' presence (200 at a time) into state.presence. */
  async loadPresence(userIds: string[]): Promise<Presence[]> {
    const out: Presence[] = [];
    const ids = [...new Set(userIds)].filter(Boolean);
    for (let i = 0; i < ids.length; i += 200) {
      const page = await this.api<PresencePage>('GET', 'presence?userIds=' + ids.slice(i, i + 200).map(enc).join(','));
      out.push(...(page.items ?? []));
    }
    if (out.length) {
      const presence = { ...this.state.presence };
      for (const p of out) presence[p.userId] = p;
      this.set({ presence });
    }
    return out;
  }

  /** Sets this user's own presence (status, message, available, do-not-disturb). */
  async setPresence(update: PresenceUpdate): Promise<Presence> {
    const me = await this.api<Presence>('PUT', 'presence/me', update);
    this.set({ me, presence: { ...this.state.presence, [me.userId]: me } });
    return me;
  }

  /**
   * Presence subscriptions: the stream brings presence changes of these users (besides this user's own). Counted,
   * so several watchers may name the same user; returns the function that stops watching.
   */
  watch(userIds: string[]): () => void {
    const ids = [...new Set(userIds.filter(Boolean))];
    for (const id of ids) this.watchCounts.set(id, (this.watchCounts.get(id) ?? 0) + 1);
    this.refreshWatch();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      for (const id of ids) {
        const n = (this.watchCounts.get(id) ?? 1) - 1;
        if (n > 0) this.watchCounts.set(id, n); else this.watchCounts.delete(id);
      }
      this.refreshWatch();
    };
  }

  /** The users watched now. */
  watched(): string[] {
    return [...this.watchCounts.keys()];
  }

  private refreshWatch(): void {
    this.connection?.setWatched(this.watched());
  }

  /** Reports this user's side of a call; a call that ended meanwhile (404, 409) resolves to null. */
  private async report(callId: string, what: string, body?: unknown): Promise<Call | null> {
    try {
      const call = await this.api<Call | null>('POST', enc(callId) + '/' + what, body);
      if (call && typeof call === 'object' && 'participants' in call) this.apply(call);
      return call;
    } catch (e) {
      const status = (e as CallsError).status;
      if (status === 404 || status === 409) return null;
      throw e;
    }
  }

  // ------------------------------------------------ events and ring state

  private onEvent(event: CallEvent): void {
    this.emit('event', event);
    if (event.type === 'presence.changed') {
      const p = event.presence;
      if (p) {
        const patch: Partial<CallsState> = { presence: { ...this.state.presence, [p.userId]: p } };
        if (p.userId === this.state.me?.userId) patch.me = p;
        this.set(patch);
      }
      return;
    }
    if (!event.call) return;
    // rung again: it may ring here once more
    if (event.type === 'call.ringing' && event.data?.userId === this.state.me?.userId) this.handled.delete(event.call.id);
    this.apply(event.call);
  }

  /** Takes in a call's latest state and works out what rings, what is under way and what ended. */
  private apply(call: Call): void {
    const before = this.state.calls[call.id];
    const calls: Record<string, Call> = { ...this.state.calls };
    delete calls[call.id];
    calls[call.id] = call;
    const ids = Object.keys(calls);
    for (const id of ids.slice(0, Math.max(0, ids.length - KNOWN_CALLS))) {
      if (!LIVE.has(calls[id].state)) delete calls[id];
    }
    const ringingBefore = this.state.incoming.some((c) => c.id === call.id);
    this.recompute(calls);
    if (!ringingBefore && this.state.incoming.some((c) => c.id === call.id)) this.emit('incoming', { call });
    if (before && LIVE.has(before.state) && !LIVE.has(call.state)) this.emit('callEnded', { call });
  }

  private recompute(calls: Record<string, Call> = this.state.calls as Record<string, Call>): void {
    const me = this.state.me?.userId;
    const mine = (c: Call) => c.participants.find((p) => p.userId === me);
    const all = Object.values(calls);
    const incoming = all.filter((c) => LIVE.has(c.state) && c.initiator !== me && PENDING.has(mine(c)?.state ?? '')
      && !this.handled.has(c.id));
    incoming.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const active = all.find((c) => c.state === 'active' && mine(c)?.state === 'joined') ?? null;
    const outgoing = all.find((c) => c.state === 'ringing' && c.initiator === me) ?? null;
    this.set({ calls, incoming, active, outgoing });
  }
}
