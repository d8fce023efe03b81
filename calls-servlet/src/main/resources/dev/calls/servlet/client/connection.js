// The live connection to the event stream.

import { CallsError, PAGE } from './api.js';

const HEARTBEAT_MS = 60_000;
const RECONNECT_MAX_MS = 30_000;
const STREAM_FAILURES_BEFORE_POLLING = 3;
const POLL_WAIT_SECONDS = 25;
const HANDLED_WINDOW = 1024;
const REREAD_PAGES = 20;
// Presence subscriptions: at most this many watched users, and this long a list in the URL; beyond, everyone's.
const MAX_WATCHED = 500;
const MAX_WATCH_QUERY = 6000;
const WATCH_DEBOUNCE_MS = 150;

// Server-sent events (each message one line of JSON with the event's id; no event names), resumed with
// Last-Event-ID; long-polling when streams keep failing. Heartbeats only while no stream is open.
//
// Every event is handled exactly once. Ids are the log's global sequence numbers: rising, with holes, since
// a user's stream skips the events that user may not see, so a jump (9, then 12) is not a gap. The rule:
// - an id at or below `floor` (the position the connection started from, or the oldest id the window has
//   forgotten) or among `handled` (the last HANDLED_WINDOW ids handled) is a repeat and is dropped: a
//   replay after a reconnect overlaps what was handled;
// - any other id is handled, even one below the highest seen so far (`lastId`);
// - such a late id from the stream shows it did not deliver in order, so events around it may be late or
//   lost as well: everything after `floor` is read again from the log (GET events?after=&wait=0, page by
//   page) and goes through the same rule, so only what was missing is handled.
//
// The transport (api.js) says how to reach the server; the browser client's is the page's own.
export class Connection {
  constructor(onEvent, onState, transport = PAGE) {
    this.transport = transport;
    this.onEvent = onEvent;
    this.onState = onState;
    this.lastId = null;
    this.floor = null;
    this.handled = new Set();
    this.rereading = false;
    this.rereadAgain = false;
    this.failures = 0;
    this.mode = 'stream';
    this.source = null;
    this.open = false;
    this.stopped = false;
    this.heartbeatTimer = null;
    this.lastBeat = 0;
    // Whose presence changes this page gets (besides its own user's): a Set, or null for the whole tenant.
    this.watched = null;
    this.watchTimer = null;
    this.key = globalThis.crypto?.randomUUID?.() || String(Math.random()).slice(2);
  }

  /** The query parameters that carry the watch set ('' without one). */
  watchQuery() {
    return this.watched === null ? '' : 'watch=' + [...this.watched].map(encodeURIComponent).join(',') + '&';
  }

  /**
   * Follows whose presence the page shows: the next stream or poll asks for these users only; an open stream
   * is told at once (PUT events/watch), or reopened where that node does not serve it.
   */
  setWatched(ids) {
    let next = ids === null ? null : new Set(ids);
    if (next && (next.size > MAX_WATCHED || [...next].join(',').length > MAX_WATCH_QUERY)) next = null;
    const same = next === this.watched || (next && this.watched && next.size === this.watched.size
      && [...next].every((id) => this.watched.has(id)));
    if (same) return;
    this.watched = next;
    if (this.mode !== 'stream' || !this.source) return; // the next stream or poll carries it
    clearTimeout(this.watchTimer);
    this.watchTimer = setTimeout(() => this.pushWatch(), WATCH_DEBOUNCE_MS);
  }

  async pushWatch() {
    if (this.stopped || !this.source) return;
    if (this.watched !== null) {
      try {
        await this.transport.api('PUT', 'events/watch', { stream: this.key, watch: [...this.watched] });
        return;
      } catch (e) { /* another node serves the stream, or it opened without a watch set: reopen it */ }
    }
    this.source?.close();
    this.source = null;
    if (!this.stopped) this.stream();
  }

  /** The current position, so that nothing between reading state and opening the stream is lost. */
  async locate() {
    try {
      const body = await this.transport.api('GET', 'events?wait=0');
      if (body && Number.isFinite(body.lastEventId)) this.lastId = this.floor = body.lastEventId;
    } catch (e) { /* the stream starts fresh */ }
  }

  start() {
    this.stopped = false;
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => this.beat(), HEARTBEAT_MS);
    if (this.transport.EventSource) this.stream(); else this.poll();
  }

  stop() {
    this.stopped = true;
    this.source?.close();
    this.source = null;
    this.pollAbort?.abort();
    clearInterval(this.heartbeatTimer);
    this.setOpen(false);
  }

  beat(force) {
    if (this.stopped || (this.open && !force)) return;
    if (!force && Date.now() - this.lastBeat < HEARTBEAT_MS / 2) return;
    this.lastBeat = Date.now();
    this.transport.api('POST', 'presence/heartbeat').catch(() => {});
  }

  deliver(event, fromStream) {
    if (!event || typeof event !== 'object') return;
    if (Number.isFinite(event.id)) {
      if (!this.remember(event.id)) return;
      const late = this.lastId !== null && event.id < this.lastId;
      if (!late) this.lastId = event.id;
      if (late && fromStream) this.reread();
    }
    try { this.onEvent(event); } catch (e) { console.error('calls: event handler failed', e); }
  }

  /** Records the id as handled; false when it was handled already or is too old to tell. */
  remember(id) {
    if ((this.floor !== null && id <= this.floor) || this.handled.has(id)) return false;
    this.handled.add(id);
    if (this.handled.size > HANDLED_WINDOW) {
      const oldest = this.handled.values().next().value;
      this.handled.delete(oldest);
      this.floor = Math.max(this.floor ?? oldest, oldest);
    }
    return true;
  }

  /** Reads the log again after `floor`; one re-read at a time, and once more if asked meanwhile. */
  async reread() {
    if (this.rereading) {
      this.rereadAgain = true;
      return;
    }
    this.rereading = true;
    try {
      do {
        this.rereadAgain = false;
        const until = this.lastId;
        let after = this.floor ?? Math.min(...this.handled) - 1;
        for (let page = 0; page < REREAD_PAGES && !this.stopped && after < until; page++) {
          const body = await this.transport.api('GET', 'events?' + this.watchQuery() + 'after=' + after + '&wait=0');
          const events = (body && body.events) || [];
          for (const e of events) this.deliver(e, false);
          if (!events.length || !Number.isFinite(body.lastEventId) || body.lastEventId <= after) break;
          after = body.lastEventId;
        }
      } while (this.rereadAgain && !this.stopped);
    } catch (e) {
      // the next late event or reconnect reads again
    } finally {
      this.rereading = false;
    }
  }

  stream() {
    this.mode = 'stream';
    const query = '?' + this.watchQuery() + 'stream=' + encodeURIComponent(this.key)
      + (this.lastId !== null ? '&lastEventId=' + this.lastId : '');
    const Source = this.transport.EventSource;
    const source = new Source(this.transport.base + 'events' + query, { withCredentials: true });
    this.source = source;
    let opened = false;
    source.onopen = () => {
      opened = true;
      this.failures = 0;
      this.setOpen(true);
    };
    source.onmessage = (message) => {
      let event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      this.deliver(event, true);
    };
    source.onerror = () => {
      this.setOpen(false);
      if (this.stopped) return;
      if (!opened) this.failures++;
      opened = false;
      this.beat();
      // While CONNECTING the browser retries by itself, sending Last-Event-ID; CLOSED means it gave up.
      if (source.readyState === Source.CLOSED || this.failures >= STREAM_FAILURES_BEFORE_POLLING) {
        source.close();
        if (this.source === source) this.source = null;
        if (this.failures >= STREAM_FAILURES_BEFORE_POLLING) this.poll();
        else setTimeout(() => { if (!this.stopped && !this.source) this.stream(); }, this.backoff());
      }
    };
  }

  async poll() {
    this.mode = 'poll';
    this.beat(true);
    while (!this.stopped) {
      this.pollAbort = new AbortController();
      try {
        const after = this.lastId !== null ? 'after=' + this.lastId + '&' : '';
        const res = await this.transport.fetch('events?' + this.watchQuery() + after + 'wait=' + POLL_WAIT_SECONDS, {
          signal: this.pollAbort.signal,
        });
        if (!res.ok) throw new CallsError({}, res.status);
        const body = await res.json();
        this.failures = 0;
        for (const e of body.events || []) this.deliver(e);
        if (Number.isFinite(body.lastEventId) && (this.lastId === null || body.lastEventId > this.lastId)) {
          this.lastId = body.lastEventId;
        }
        this.beat();
      } catch (e) {
        if (this.stopped) return;
        this.failures++;
        await new Promise((r) => setTimeout(r, this.backoff()));
      }
    }
  }

  backoff() {
    return Math.min(RECONNECT_MAX_MS, 500 * 2 ** Math.min(this.failures, 6)) * (0.75 + Math.random() / 2);
  }

  setOpen(open) {
    if (this.open === open) return;
    this.open = open;
    this.onState?.(open);
  }
}
