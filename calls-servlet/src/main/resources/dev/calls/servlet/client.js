// Calls browser client: ringing, the call window and presence on any host page.
//
//   <script type="module" src="/api/calls/client.js"></script>
//
// It starts by itself on load (unless <html data-calls-manual>), finds out who is signed in, keeps a live
// connection to the event stream, rings for incoming calls, gives every element with data-calls-user a
// presence dot and call buttons, and shows calls in a floating Jitsi window. Types: client.d.ts beside it.
//
// Native ES modules served as they are, with no build step: this entry holds the client and imports the
// parts from client/ beside it by relative URLs, so it works under any base path.

import { BASE, HEADERS, api, callPath } from './client/api.js';
import { CallWindow } from './client/call-window.js';
import { Connection } from './client/connection.js';
import { flashTitle, incomingDialog, notify, waitingDialog } from './client/dialog.js';
import { el, nameOf, participant } from './client/dom.js';
import { notice } from './client/notices.js';
import { REFUSALS, outgoingDialog } from './client/outgoing.js';
import { PresenceView } from './client/presence.js';
import { reattach, reconcile } from './client/reconcile.js';
import { Ringtone } from './client/ringtone.js';
import { installStyles } from './client/styles.js';
import { Lobby } from './client/lobby.js';

export { CallsError } from './client/api.js';

const KNOWN_CALLS = 64;
const SIGN_OUT_WAIT_MS = 2000;

export class CallsClient {
  constructor() {
    this.me = null;
    this.options = { presence: true, ringing: true, attach: true };
    this.listeners = new Map();
    this.ringtone = new Ringtone();
    this.incoming = new Map(); // callId -> { call, dialog, notification, waiting }
    this.handled = new Set(); // calls answered or declined here: never ring for them again
    this.known = new Map(); // callId -> the latest call seen in an event
    this.outgoing = null; // { call, join, dialog, label, cancelled }
    this.window = null;
    this.presence = new Map(); // userId -> presence
    this.presenceView = new PresenceView(this);
    this.extraWatched = new Set();
    this.starting = null;
    this.lobby = new Lobby(this); // "a guest is waiting — admit / deny", from guest.* events
  }

  /** True while the ringtone plays for an incoming call (a call waiting does not ring). */
  get ringing() {
    return this.ringtone.playing;
  }

  /** Starts the client; repeated calls share the first start. */
  start(options = {}) {
    if (!this.starting) {
      this.starting = this.boot(options).catch((e) => {
        this.starting = null;
        throw e;
      });
    }
    return this.starting;
  }

  async boot({ presence = true, ringing = true, attach = true } = {}) {
    this.options = { presence, ringing, attach };
    installStyles();
    try {
      this.me = await api('GET', 'presence/me');
    } catch (e) {
      if (e.status === 401) return this; // nobody signed in: nothing to show
      throw e;
    }
    this.updatePresence(this.me);
    this.connection = new Connection((e) => this.onEvent(e), (open) => this.emit('connection', { open }));
    this.refreshWatch();
    await this.connection.locate();
    this.ringtone.unlockOnGesture();
    if (presence) this.presenceView.start();
    if (attach) await reattach(this);
    this.connection.start();
    // Leaving the page is not leaving the call (a reload re-attaches), but the room is empty meanwhile.
    window.addEventListener('pagehide', () => {
      const id = this.window?.callId;
      if (id) {
        fetch(BASE + callPath(id, 'room'), {
          method: 'POST', keepalive: true, credentials: 'same-origin',
          headers: { ...HEADERS, 'Content-Type': 'application/json' }, body: '{"inRoom":false}',
        }).catch(() => {});
      }
    });
    document.addEventListener('submit', (e) => this.onSubmit(e));
    this.emit('ready', { me: this.me });
    return this;
  }

  /**
   * Ends the user's presence at once, for the host's sign-out: stops this page's connection and tells the
   * server, so others see the user offline now rather than after the presence timeout. A form marked
   * data-calls-sign-out does this by itself before it is sent.
   */
  async signOut() {
    const stream = this.connection?.key;
    this.stop();
    this.closeAllIncoming();
    try {
      // the server ends this page's stream at once: it may otherwise notice the closed stream only at its next heartbeat
      await api('POST', 'presence/sign-out', stream ? { stream } : undefined);
    } catch (e) { /* signed out already, or the server is gone: the timeout ends the presence then */ }
  }

  onSubmit(e) {
    const form = e.target;
    if (!form.matches?.('form[data-calls-sign-out]') || e.defaultPrevented || form.dataset.callsSignedOut) return;
    e.preventDefault();
    form.dataset.callsSignedOut = 'true';
    const send = () => form.submit();
    Promise.race([this.signOut(), new Promise((r) => setTimeout(r, SIGN_OUT_WAIT_MS))]).then(send, send);
  }

  /**
   * Presence subscriptions: the page gets presence changes only of the users it shows (data-calls-user, followed
   * as the page changes) and of those given to watch(), unless <html data-calls-watch="all"> asks for everyone's.
   */
  refreshWatch() {
    if (!this.connection) return;
    if (document.documentElement.dataset.callsWatch === 'all') {
      this.connection.setWatched(null);
      return;
    }
    const shown = this.options?.presence === false ? [] : this.presenceView.shown();
    this.connection.setWatched([...shown, ...this.extraWatched]);
  }

  /** Also get presence changes of these users (for a host's own presence display); returns this. */
  watch(userIds) {
    for (const id of userIds || []) if (id) this.extraWatched.add(String(id));
    this.refreshWatch();
    return this;
  }

  closeAllIncoming() {
    for (const id of [...this.incoming.keys()]) this.closeIncoming(id);
  }

  stop() {
    this.connection?.stop();
    this.presenceView.stop();
    this.ringtone.stop();
  }

  on(name, fn) {
    if (!this.listeners.has(name)) this.listeners.set(name, new Set());
    this.listeners.get(name).add(fn);
    return () => this.listeners.get(name)?.delete(fn);
  }

  emit(name, detail) {
    for (const fn of this.listeners.get(name) || []) {
      try { fn(detail); } catch (e) { console.error(e); }
    }
    document.dispatchEvent(new CustomEvent('calls:' + name, { detail }));
  }

  /** Tells the server about this device's side of a call; a call that ended meanwhile is no error. */
  report(callId, what, body) {
    return api('POST', callPath(callId, what), body).catch((e) => {
      if (e.status !== 404 && e.status !== 409) console.warn('calls: could not report ' + what + ': ' + e.code);
      return null;
    });
  }

  // ------------------------------------------------ outgoing

  /** Rings a user (or several, for a group call). Resolves to the call, or null when it could not start. */
  async call(userIds, { type = 'video', name } = {}) {
    await this.start();
    if (!this.me) {
      notice('Please sign in first.');
      return null;
    }
    const returnFocus = document.activeElement !== document.body ? document.activeElement : null;
    const ids = Array.isArray(userIds) ? userIds : [userIds];
    const label = name || ids.map((id) => this.presence.get(id)?.name || id).join(', ');
    if (this.outgoing || this.window) {
      notice('Finish the current call first.');
      return null;
    }
    let body;
    try {
      body = await api('POST', '', { recipientIds: ids, type });
    } catch (e) {
      const text = REFUSALS[e.code]?.(label) || e.message;
      notice(text, { keep: true });
      this.emit('callFailed', { code: e.code, message: text });
      return null;
    }
    const { join, ...call } = body;
    const latest = this.known.get(call.id) || call;
    if (call.initiator !== this.me.userId) {
      // they were calling us at that moment: this answered their call
      this.handled.add(call.id);
      this.closeIncoming(call.id);
      this.openSession({ kind: 'call', type: call.type, call: latest, join });
      return latest;
    }
    this.outgoing = { call, join, label, returnFocus, cancelled: false, dialog: outgoingDialog(call, label, () => this.cancel()) };
    this.emit('calling', { call });
    reconcile(this, latest);
    return latest;
  }

  /** Cancels the outgoing call before anyone answered. */
  async cancel() {
    const out = this.outgoing;
    if (!out) return;
    out.cancelled = true;
    this.outgoing = null;
    out.dialog.remove();
    try {
      await api('POST', callPath(out.call.id, 'cancel'));
    } catch (e) {
      // answered at that very moment: the callee must not wait alone in the room
      if (e.status === 409) await this.report(out.call.id, 'leave');
    }
  }

  // ------------------------------------------------ incoming

  /**
   * Rings for the call; while this device is in a call (a window is open) as a quiet "call waiting". A ring
   * the browser keeps silent (no gesture on the page yet) says so on the card, with a button that plays it,
   * and a system notification when the user allowed them; the tab's title flashes while anything rings.
   */
  showIncoming(call, { waiting = this.window !== null } = {}) {
    const caller = nameOf(participant(call, call.initiator)) || call.initiator;
    const decline = () => this.decline(call.id);
    const dialog = waiting
      ? waitingDialog(call, caller, () => this.accept(call.id, { leaveCurrent: true }), decline)
      : incomingDialog(call, caller, {
        onAccept: () => this.accept(call.id),
        onAudioOnly: () => this.accept(call.id, { audioOnly: true }),
        onDecline: decline,
      });
    const entry = { call, dialog, notification: null, waiting, stopUnlock: null };
    this.incoming.set(call.id, entry);
    if (waiting) this.ringtone.beep(); else this.ringtone.start();
    this.report(call.id, 'acknowledge');
    const silent = !waiting && !this.ringtone.audible;
    if (silent) {
      dialog.soundBlocked(() => this.ringtone.unlock(), () => this.requestNotifications());
      entry.stopUnlock = this.ringtone.onUnlock(() => dialog.soundOn());
    }
    if (!this.stopFlash) this.stopFlash = flashTitle('☎ Call from ' + caller);
    entry.notification = notify(call, dialog.title, { silent });
    this.emit('incoming', { call, waiting, silent });
  }

  closeIncoming(callId) {
    const entry = this.incoming.get(callId);
    if (!entry) return false;
    this.lastFocus = entry.dialog.previous;
    entry.dialog.remove();
    entry.notification?.close();
    entry.stopUnlock?.();
    this.incoming.delete(callId);
    if (![...this.incoming.values()].some((e) => !e.waiting)) this.ringtone.stop();
    if (!this.incoming.size && this.stopFlash) {
      this.stopFlash();
      this.stopFlash = null;
    }
    return true;
  }

  /**
   * Answers the call. With leaveCurrent the user's current call is left first ("end current and answer");
   * without it, an answer the server refuses because the user is in another call offers that choice.
   */
  async accept(callId, { leaveCurrent = false, audioOnly = false } = {}) {
    const rung = this.incoming.get(callId)?.call || this.known.get(callId);
    this.handled.add(callId);
    this.closeIncoming(callId);
    const returnFocus = this.lastFocus;
    const current = this.window && this.window.callId !== callId ? this.window : null;
    if (current && leaveCurrent) current.replaced = true; // its end is the user's choice: no "call ended" notice
    try {
      const call = await api('POST', callPath(callId, 'accept'), leaveCurrent ? { leaveCurrent: true } : undefined);
      const join = await api('GET', callPath(callId, 'join'));
      this.openSession({ kind: 'call', type: call.type, call: this.newer(call), join, audioOnly, returnFocus });
    } catch (e) {
      if (current) current.replaced = false;
      if (e.code === 'already_in_call' && rung) {
        this.handled.delete(callId);
        this.showIncoming(this.newer(rung), { waiting: true });
      } else {
        notice(e.status === 409 || e.status === 404 ? 'That call is no longer available.' : e.message);
      }
    }
  }

  async decline(callId) {
    this.handled.add(callId);
    this.closeIncoming(callId);
    await this.report(callId, 'decline');
  }

  // ------------------------------------------------ the window

  openSession(session, options) {
    const id = session.kind === 'call' ? session.call.id : session.meeting.id;
    const current = this.window;
    if (current && (current.callId === id || current.session.meeting?.id === id)) return current;
    current?.hangUp();
    this.window = new CallWindow(this, session, options);
    this.emit('callStarted', { session, call: session.call });
    return this.window;
  }

  windowClosed(w) {
    if (this.window === w) this.window = null;
    // calls waiting while that call went on now ring as usual, unless another window opens at once
    queueMicrotask(() => {
      if (this.window) return;
      for (const entry of [...this.incoming.values()].filter((e) => e.waiting)) {
        this.closeIncoming(entry.call.id);
        this.showIncoming(this.newer(entry.call), { waiting: false });
      }
    });
    // a page made for this one call should not be left blank
    if (w.fullPage) document.body.append(el('p', { class: 'calls-layer calls-card calls-toast', role: 'status', text: 'The call has ended.' }));
    this.emit('callEnded', { session: w.session, call: w.session.call });
  }

  windowFailed(w, reason) {
    if (this.window === w) this.window = null; // the message stays; new calls may start
    this.emit('callFailed', { code: 'media_failed', message: reason, call: w.session.call });
  }

  /** Opens one call in the window (the embed page: full page). */
  async openCall(callId, options = {}) {
    await this.start(this.starting ? undefined : { presence: false, ringing: false, attach: false });
    try {
      const call = await api('GET', callPath(callId));
      const join = await api('GET', callPath(callId, 'join'));
      return this.openSession({ kind: 'call', type: call.type, call: this.newer(call), join }, options);
    } catch (e) {
      this.unavailable(e, options, 'This call');
      return null;
    }
  }

  /** Opens a scheduled meeting: GET meetings/{id}/join gives the room; the organizer moderates. */
  async openMeeting(meetingId, options = {}) {
    await this.start(this.starting ? undefined : { presence: false, ringing: false, attach: false });
    try {
      const m = await api('GET', 'meetings/' + encodeURIComponent(meetingId) + '/join');
      return this.openSession({
        kind: 'meeting', type: m.meeting.type, meeting: m.meeting, join: m.join,
        moderator: !!m.moderator, lobby: !!m.lobby, waitForHost: !!m.waitForHost,
      }, options);
    } catch (e) {
      this.unavailable(e, options, 'This meeting');
      return null;
    }
  }

  unavailable(e, options, what) {
    const text = e.status === 409 ? `${what} has ended.` : e.status === 404 ? `${what} was not found.`
      : e.status === 401 ? 'Please sign in first.' : e.message;
    if (options && options.fullPage) {
      document.body.append(el('p', { class: 'calls-layer calls-card calls-toast', role: 'alert', text }));
    } else {
      notice(text);
    }
  }

  // ------------------------------------------------ events

  onEvent(event) {
    this.emit('event', event);
    if (event.type === 'presence.changed') {
      if (event.presence) this.updatePresence(event.presence);
      return;
    }
    if (event.type && event.type.startsWith('guest.')) {
      this.lobby.onEvent(event);
      return;
    }
    if (!event.call || !this.me) return;
    this.known.delete(event.call.id);
    this.known.set(event.call.id, event.call);
    if (this.known.size > KNOWN_CALLS) this.known.delete(this.known.keys().next().value);
    if (event.type === 'call.ringing' && (event.data?.userId === this.me.userId)) this.handled.delete(event.call.id); // rung again
    if (event.type === 'participant.media') this.emit('media', { callId: event.callId, userId: event.data?.userId, data: event.data || {} });
    reconcile(this, event.call, { event });
  }

  newer(call) {
    return this.known.get(call.id) || call;
  }

  async openJoined(call, join, returnFocus = null) {
    try {
      const info = join || await api('GET', callPath(call.id, 'join'));
      this.openSession({ kind: 'call', type: call.type, call: this.newer(call), join: info, returnFocus });
    } catch (e) {
      if (e.status !== 409 && e.status !== 404) notice(e.message);
    }
  }

  // ------------------------------------------------ presence

  /** Sets the user's own status: online, away, busy, or dnd (do not disturb: online, but nothing rings). */
  async setStatus(status) {
    const body = status === 'dnd' ? { doNotDisturb: true } : { status, doNotDisturb: false };
    this.updatePresence(await api('PUT', 'presence/me', body));
    return this.me;
  }

  /** Asks for permission to show a system notification when a call comes in while the page is hidden. */
  async requestNotifications() {
    if (!('Notification' in window)) return 'denied';
    return Notification.requestPermission();
  }

  updatePresence(p) {
    if (!p || !p.userId) return;
    this.presence.set(p.userId, p);
    if (this.me && p.userId === this.me.userId) this.me = { ...this.me, ...p };
    this.presenceView.show(p);
    this.emit('presence', p);
  }
}

export const calls = new CallsClient();

// Start on load unless the page starts it itself: <html data-calls-manual>.
if (!document.documentElement.hasAttribute('data-calls-manual')) {
  const go = () => calls.start().catch((e) => console.error('calls: could not start', e));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go, { once: true });
  else go();
}

export default calls;
