// Calls browser client: ringing, the call window and presence on any host page.
//
//   <script type="module" src="/api/calls/client.js"></script>
//
// It starts by itself on load (unless <html data-calls-manual>), finds out who is signed in, keeps a live
// connection to the event stream, rings for incoming calls, gives every element with data-calls-user a
// presence dot and call buttons, and shows calls in a floating Jitsi window. Types: client.d.ts beside it.
//
// One dependency-free file served as is, with no build step and one request; hence longer than the
// project's other files. Sections: HTTP · DOM and styles · ringtone · event connection · call window ·
// dialogs and notices · presence · the client.

const BASE = new URL('.', import.meta.url).pathname; // such as "/api/calls/"
const HEARTBEAT_MS = 60_000;
const RECONNECT_MAX_MS = 30_000;
const STREAM_FAILURES_BEFORE_POLLING = 3;
const POLL_WAIT_SECONDS = 25;
const SCRIPT_TIMEOUT_MS = 20_000;
const NOTICE_MS = 10_000;
const KNOWN_CALLS = 64;

// ---------------------------------------------------------------- HTTP

/** A problem answer (RFC 9457) from the server, or a network failure (status 0). */
export class CallsError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || (status ? 'HTTP ' + status : 'the server could not be reached'));
    this.name = 'CallsError';
    this.code = problem.code || (status ? 'http_' + status : 'network');
    this.status = status;
    this.problem = problem;
  }
}

const HEADERS = { Accept: 'application/json', 'X-Requested-With': 'calls-client' };

async function api(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { ...HEADERS } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(BASE + path, init);
  } catch (e) {
    throw new CallsError({}, 0);
  }
  const text = await res.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch (e) { json = { detail: text.slice(0, 200) }; }
  }
  if (!res.ok) throw new CallsError(json || {}, res.status);
  return json;
}

const callPath = (id, action) => encodeURIComponent(id) + (action ? '/' + action : '');

// ---------------------------------------------------------------- DOM and styles

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

const participant = (call, userId) => (call.participants || []).find((p) => p.userId === userId);
const nameOf = (p) => (p && (p.name || p.userId)) || '';

function formatDuration(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

const STYLE = `
.calls-layer{position:fixed;z-index:2147483000;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#f5f5f5;box-sizing:border-box}
.calls-layer *{box-sizing:border-box}
.calls-card{background:#1f2430;border-radius:12px;box-shadow:0 10px 30px rgba(0,0,0,.35);padding:16px;min-width:280px;max-width:min(360px,calc(100vw - 32px))}
.calls-card h2{font-size:16px;margin:0 0 4px;color:#fff}
.calls-card p{margin:0 0 12px;color:#c9cdd6}
.calls-actions{display:flex;gap:8px;justify-content:flex-end}
.calls-btn{border:0;border-radius:8px;padding:8px 14px;font:inherit;cursor:pointer;color:#fff;background:#3b4252}
.calls-btn:hover{filter:brightness(1.15)}
.calls-btn:disabled{opacity:.45;cursor:default;filter:none}
.calls-btn:focus-visible,.calls-user-btn:focus-visible{outline:2px solid #8ab4f8;outline-offset:2px}
.calls-accept{background:#1e8e3e}.calls-decline,.calls-hangup{background:#c5221f}
.calls-mute[aria-pressed="true"],.calls-camera[aria-pressed="false"]{background:#8a6d00}
.calls-toast{right:16px;bottom:16px}
.calls-notices{top:16px;right:16px;display:flex;flex-direction:column;gap:8px;align-items:flex-end;pointer-events:none}
.calls-notice{pointer-events:auto;display:flex;gap:12px;align-items:center;background:#1f2430;border-radius:10px;padding:10px 12px;box-shadow:0 6px 20px rgba(0,0,0,.3);max-width:min(420px,calc(100vw - 32px))}
.calls-notice .calls-btn{padding:4px 10px}
.calls-window{width:400px;height:300px;display:flex;flex-direction:column;background:#111;border-radius:12px;overflow:hidden;box-shadow:0 10px 30px rgba(0,0,0,.45)}
.calls-window.calls-min{height:auto;width:260px}
.calls-window.calls-min .calls-stage,.calls-window.calls-min .calls-peers{display:none}
.calls-window.calls-full{inset:0;width:auto;height:auto;border-radius:0}
.calls-head{display:flex;align-items:center;gap:8px;padding:6px 10px;background:#1f2430;cursor:move;user-select:none;touch-action:none}
.calls-full .calls-head{cursor:default}
.calls-head .calls-title{flex:1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;font-weight:600}
.calls-head .calls-btn{padding:2px 8px;font-size:12px}
.calls-timer{font-variant-numeric:tabular-nums;color:#c9cdd6}
.calls-peers{display:flex;flex-wrap:wrap;gap:6px;padding:4px 10px;background:#1f2430;margin:0;list-style:none;font-size:12px;color:#c9cdd6}
.calls-peers:empty{display:none}
.calls-badge{margin-left:4px;border-radius:6px;padding:0 6px;background:#c5221f;color:#fff;font-size:11px}
.calls-stage{flex:1;position:relative;background:#000;min-height:0}
.calls-stage iframe{width:100%;height:100%;border:0;display:block}
.calls-stage-note{position:absolute;inset:auto 0 0 0;margin:0;padding:8px 12px;background:rgba(0,0,0,.6);color:#eee}
.calls-error{position:absolute;inset:0;margin:0;padding:24px;display:flex;flex-direction:column;gap:12px;justify-content:center;align-items:center;text-align:center;color:#ffb4a9;background:#1a1a1a}
.calls-bar{display:flex;gap:6px;padding:6px;background:#1f2430;justify-content:center}
.calls-dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:#9aa0a6;margin:0 6px;vertical-align:middle;flex:none}
.calls-dot[data-status="online"]{background:#1e8e3e}.calls-dot[data-status="away"]{background:#f9ab00}
.calls-dot[data-status="busy"],.calls-dot[data-status="dnd"]{background:#d93025}
.calls-user-btn{margin-left:6px;border:1px solid #c0c4cc;border-radius:6px;background:#fff;color:#202124;padding:2px 8px;cursor:pointer;font:inherit;font-size:13px}
.calls-user-btn:disabled{opacity:.45;cursor:default}
.calls-status{left:16px;bottom:16px;background:#1f2430;border-radius:8px;padding:6px 10px;display:flex;gap:8px;align-items:center}
.calls-status-menu select{font:inherit}
.calls-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;

let stylesInstalled = false;

// A constructed style sheet needs no 'unsafe-inline' under a host's content security policy; where that is
// not supported, a <style> element carries the page's nonce.
function installStyles() {
  if (stylesInstalled) return;
  stylesInstalled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return;
  } catch (e) { /* fall through */ }
  const style = el('style', { text: STYLE });
  const withNonce = document.querySelector('script[nonce],style[nonce]');
  if (withNonce && withNonce.nonce) style.nonce = withNonce.nonce;
  document.head.append(style);
}

// ---------------------------------------------------------------- ringtone (Web Audio, no file)

class Ringtone {
  constructor() {
    this.ctx = null;
    this.timer = null;
  }

  get playing() {
    return this.timer !== null;
  }

  context() {
    const AudioCtx = window.AudioContext || window.webkitAudioContext;
    if (!this.ctx && AudioCtx) {
      try { this.ctx = new AudioCtx(); } catch (e) { this.ctx = null; }
    }
    return this.ctx;
  }

  /** Browsers let audio start only after a gesture: the first click or key on the page unlocks it. */
  unlockOnGesture() {
    const unlock = () => {
      this.context()?.resume?.().catch(() => {});
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
    };
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
  }

  start() {
    if (this.timer !== null) return;
    const ring = () => {
      const ctx = this.context();
      if (!ctx || ctx.state !== 'running') {
        ctx?.resume?.().catch(() => {});
        if (!ctx || ctx.state !== 'running') return;
      }
      const now = ctx.currentTime;
      // two short bursts of 440 + 480 Hz, the usual ring cadence
      for (const offset of [0, 0.5]) {
        for (const freq of [440, 480]) {
          const osc = ctx.createOscillator();
          const gain = ctx.createGain();
          osc.frequency.value = freq;
          gain.gain.setValueAtTime(0.0001, now + offset);
          gain.gain.exponentialRampToValueAtTime(0.08, now + offset + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.4);
          osc.connect(gain).connect(ctx.destination);
          osc.start(now + offset);
          osc.stop(now + offset + 0.42);
        }
      }
    };
    this.timer = setInterval(ring, 3000);
    ring();
  }

  stop() {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}

// ---------------------------------------------------------------- the event connection

// Server-sent events (each message one line of JSON with the event's id; no event names), resumed with
// Last-Event-ID; long-polling when streams keep failing. Heartbeats only while no stream is open.
class Connection {
  constructor(onEvent, onState) {
    this.onEvent = onEvent;
    this.onState = onState;
    this.lastId = null;
    this.failures = 0;
    this.mode = 'stream';
    this.source = null;
    this.open = false;
    this.stopped = false;
    this.heartbeatTimer = null;
    this.lastBeat = 0;
  }

  /** The current position, so that nothing between reading state and opening the stream is lost. */
  async locate() {
    try {
      const body = await api('GET', 'events?wait=0');
      if (body && Number.isFinite(body.lastEventId)) this.lastId = body.lastEventId;
    } catch (e) { /* the stream starts fresh */ }
  }

  start() {
    this.stopped = false;
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => this.beat(), HEARTBEAT_MS);
    if (typeof EventSource === 'function') this.stream(); else this.poll();
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
    api('POST', 'presence/heartbeat').catch(() => {});
  }

  deliver(event) {
    if (!event || typeof event !== 'object') return;
    if (Number.isFinite(event.id)) {
      if (this.lastId !== null && event.id <= this.lastId) return; // seen already (a replay overlaps)
      this.lastId = event.id;
    }
    try { this.onEvent(event); } catch (e) { console.error('calls: event handler failed', e); }
  }

  stream() {
    this.mode = 'stream';
    const query = this.lastId !== null ? '?lastEventId=' + this.lastId : '';
    const source = new EventSource(BASE + 'events' + query, { withCredentials: true });
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
      this.deliver(event);
    };
    source.onerror = () => {
      this.setOpen(false);
      if (this.stopped) return;
      if (!opened) this.failures++;
      opened = false;
      this.beat();
      // While CONNECTING the browser retries by itself, sending Last-Event-ID; CLOSED means it gave up.
      if (source.readyState === EventSource.CLOSED || this.failures >= STREAM_FAILURES_BEFORE_POLLING) {
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
        const res = await fetch(BASE + 'events?' + after + 'wait=' + POLL_WAIT_SECONDS, {
          credentials: 'same-origin', headers: HEADERS, signal: this.pollAbort.signal,
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

// ---------------------------------------------------------------- the call window

const scripts = new Map();

function loadScript(src) {
  if (!scripts.has(src)) {
    const host = new URL(src, location.href).host;
    const loading = new Promise((resolve, reject) => {
      if (typeof window.JitsiMeetExternalAPI === 'function') {
        resolve(window.JitsiMeetExternalAPI);
        return;
      }
      const s = document.createElement('script');
      const timer = setTimeout(() => fail(`the meeting service at ${host} did not answer`), SCRIPT_TIMEOUT_MS);
      const fail = (why) => {
        clearTimeout(timer);
        scripts.delete(src);
        s.remove();
        reject(new Error(why));
      };
      s.src = src;
      s.async = true;
      s.onload = () => {
        clearTimeout(timer);
        if (typeof window.JitsiMeetExternalAPI === 'function') resolve(window.JitsiMeetExternalAPI);
        else fail(`the meeting service at ${host} sent a script without the meeting API`);
      };
      s.onerror = () => fail(`the meeting service at ${host} could not be reached`);
      document.head.append(s);
    });
    scripts.set(src, loading);
  }
  return scripts.get(src);
}

// A session is what the window shows: a call ({kind:'call', call, join}) or a scheduled meeting
// ({kind:'meeting', meeting, join, moderator, lobby, waitForHost}).
class CallWindow {
  constructor(client, session, { fullPage = false } = {}) {
    this.client = client;
    this.session = session;
    this.fullPage = fullPage;
    this.closed = false;
    this.leaving = false;
    this.failed = false;
    this.audioMuted = false;
    this.videoMuted = session.type === 'audio';
    this.startedAt = startTime(session);
    const title = this.title();
    this.titleEl = el('span', { class: 'calls-title', text: title });
    this.timer = el('span', { class: 'calls-timer', role: 'timer', 'aria-label': 'Call duration', text: '00:00' });
    this.minBtn = el('button', { class: 'calls-btn', type: 'button', text: 'Minimise', onclick: () => this.toggleMinimised() });
    this.peers = el('ul', { class: 'calls-peers', 'aria-label': 'Participants' });
    this.note = el('p', { class: 'calls-stage-note', role: 'status', text: 'Connecting…' });
    this.stage = el('div', { class: 'calls-stage' }, this.note);
    // Pressed means muted for Mute and on for Camera; either way the highlighted state is "not sending".
    this.muteBtn = el('button', { class: 'calls-btn calls-mute', type: 'button', 'aria-pressed': 'false', text: 'Mute',
      onclick: () => this.command('toggleAudio') });
    this.camBtn = el('button', { class: 'calls-btn calls-camera', type: 'button', 'aria-pressed': String(!this.videoMuted), text: 'Camera',
      onclick: () => this.command('toggleVideo') });
    this.hangBtn = el('button', { class: 'calls-btn calls-hangup', type: 'button', text: 'Hang up', onclick: () => this.hangUp() });
    this.head = el('div', { class: 'calls-head' }, this.titleEl, this.timer, fullPage ? null : this.minBtn);
    this.root = el('section', {
      class: 'calls-layer calls-window' + (fullPage ? ' calls-full' : ''),
      role: 'region', 'aria-label': session.kind === 'meeting' ? title : 'Call with ' + title,
      'data-calls-window': session.kind === 'call' ? session.call.id : session.meeting.id,
    }, this.head, this.peers, this.stage, el('div', { class: 'calls-bar' }, this.muteBtn, this.camBtn, this.hangBtn));
    document.body.append(this.root);
    if (!fullPage) {
      const r = this.root.getBoundingClientRect();
      this.place(window.innerWidth - r.width - 16, window.innerHeight - r.height - 16);
      this.draggable();
    }
    if (session.kind === 'call') this.update(session.call);
    this.tick = setInterval(() => { this.timer.textContent = formatDuration(Date.now() - this.startedAt); }, 1000);
    this.mount();
  }

  get callId() {
    return this.session.kind === 'call' ? this.session.call.id : null;
  }

  title() {
    const s = this.session;
    if (s.kind === 'meeting') return s.meeting.title || 'Meeting';
    const me = this.client.me?.userId;
    return s.call.participants.filter((p) => p.userId !== me).map(nameOf).join(', ') || 'Call';
  }

  async mount() {
    const join = this.session.join;
    let Api;
    try {
      if (!join || !join.scriptUrl) throw new Error('the server gave no meeting script');
      Api = await loadScript(join.scriptUrl);
    } catch (e) {
      this.fail(e.message);
      return;
    }
    if (this.closed) return;
    const me = this.client.me || {};
    const config = {
      prejoinConfig: { enabled: false },
      prejoinPageEnabled: false,
      startWithAudioMuted: false,
      startWithVideoMuted: this.session.type === 'audio',
      deeplinking: { disabled: true },
      p2p: { enabled: true },
      disableInviteFunctions: true,
    };
    if (!this.fullPage) config.toolbarButtons = []; // the window's own bar has the controls
    try {
      this.api = new Api(join.domain, {
        roomName: join.room,
        parentNode: this.stage,
        width: '100%',
        height: '100%',
        jwt: join.jwt || undefined,
        userInfo: { displayName: me.name || me.userId || '' },
        configOverwrite: config,
        interfaceConfigOverwrite: { MOBILE_APP_PROMO: false, SHOW_CHROME_EXTENSION_BANNER: false },
      });
    } catch (e) {
      this.fail(e.message || String(e));
      return;
    }
    const frame = this.api.getIFrame?.();
    if (frame && !frame.getAttribute('allow')) frame.setAttribute('allow', 'camera; microphone; display-capture; autoplay; clipboard-write');
    if (this.session.waitForHost) this.note.textContent = 'Waiting for the host to let you in…';
    this.listen();
  }

  listen() {
    const on = (name, fn) => this.api.addListener(name, (...args) => { if (!this.closed) fn(...args); });
    on('videoConferenceJoined', () => {
      this.note.remove();
      this.report('room', { inRoom: true });
      if (this.session.kind === 'meeting' && this.session.moderator && this.session.lobby) this.command('toggleLobby', true);
      this.client.emit('joined', { session: this.session });
    });
    on('videoConferenceLeft', () => this.report('room', { inRoom: false }));
    on('readyToClose', () => this.hangUp());
    on('participantJoined', (p) => this.client.emit('participantJoined', { session: this.session, participant: p }));
    on('participantLeft', (p) => this.client.emit('participantLeft', { session: this.session, participant: p }));
    on('audioMuteStatusChanged', (e) => {
      this.audioMuted = !!(e && e.muted);
      this.muteBtn.setAttribute('aria-pressed', String(this.audioMuted));
      this.report('media', { audioMuted: this.audioMuted });
    });
    on('videoMuteStatusChanged', (e) => {
      this.videoMuted = !!(e && e.muted);
      this.camBtn.setAttribute('aria-pressed', String(!this.videoMuted));
      this.report('media', { videoMuted: this.videoMuted });
    });
    on('errorOccurred', (e) => {
      const error = (e && e.error) || e || {};
      if (error.isFatal || (e && e.isFatal)) this.fail(error.message || error.name || 'the meeting connection failed');
    });
    on('cameraError', (e) => notice('Camera: ' + ((e && e.message) || 'not available')));
    on('micError', (e) => notice('Microphone: ' + ((e && e.message) || 'not available')));
  }

  command(name, ...args) {
    try { this.api?.executeCommand(name, ...args); } catch (e) { /* the frame may be gone */ }
  }

  /** Reports to the server, for calls only (a meeting has no call to report on). */
  report(what, body) {
    if (this.session.kind !== 'call') return Promise.resolve(null);
    return this.client.report(this.session.call.id, what, body);
  }

  /** The latest state of the call: who is muted, who has the camera off (the line is empty otherwise). */
  update(call) {
    this.session.call = call;
    const me = this.client.me?.userId;
    const items = [];
    for (const p of call.participants) {
      if (p.userId === me || p.state !== 'joined') continue;
      const name = nameOf(p);
      const badges = [];
      if (p.audioMuted) badges.push(el('span', { class: 'calls-badge', role: 'img', 'aria-label': name + ' is muted', text: 'muted' }));
      if (p.videoMuted && call.type === 'video') {
        badges.push(el('span', { class: 'calls-badge', role: 'img', 'aria-label': name + ' has the camera off', text: 'camera off' }));
      }
      if (badges.length) items.push(el('li', { class: 'calls-peer', 'data-user': p.userId }, name, ...badges));
    }
    this.peers.replaceChildren(...items);
  }

  /** Jitsi could not be used: says why, ends the call as failed, and stays until dismissed. */
  fail(reason) {
    if (this.closed || this.failed) return;
    this.failed = true;
    try { this.api?.dispose(); } catch (e) { /* ignore */ }
    this.api = null;
    clearInterval(this.tick);
    const close = el('button', { class: 'calls-btn', type: 'button', text: 'Close', onclick: () => this.close() });
    this.stage.replaceChildren(el('div', { class: 'calls-error', role: 'alert' },
      el('span', { text: 'The call could not start: ' + reason + '.' }), close));
    this.muteBtn.disabled = true;
    this.camBtn.disabled = true;
    this.hangBtn.disabled = true;
    this.report('fail');
    this.client.windowFailed(this, reason);
  }

  hangUp() {
    if (this.closed || this.leaving) return;
    this.leaving = true;
    this.command('hangup');
    this.report('leave');
    this.close();
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.tick);
    window.removeEventListener('resize', this.onResize);
    try { this.api?.dispose(); } catch (e) { /* ignore */ }
    this.root.remove();
    this.client.windowClosed(this);
  }

  toggleMinimised() {
    const min = this.root.classList.toggle('calls-min');
    this.minBtn.textContent = min ? 'Restore' : 'Minimise';
    this.keepInView();
  }

  place(x, y) {
    this.root.style.left = x + 'px';
    this.root.style.top = y + 'px';
    this.keepInView();
  }

  keepInView() {
    const r = this.root.getBoundingClientRect();
    const x = Math.min(Math.max(0, r.left), Math.max(0, window.innerWidth - r.width));
    const y = Math.min(Math.max(0, r.top), Math.max(0, window.innerHeight - r.height));
    this.root.style.left = x + 'px';
    this.root.style.top = y + 'px';
  }

  draggable() {
    let start = null;
    this.head.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || e.target.closest('button')) return;
      const r = this.root.getBoundingClientRect();
      start = { dx: e.clientX - r.left, dy: e.clientY - r.top };
      this.head.setPointerCapture?.(e.pointerId);
      e.preventDefault();
    });
    this.head.addEventListener('pointermove', (e) => {
      if (start) this.place(e.clientX - start.dx, e.clientY - start.dy);
    });
    const end = () => { start = null; };
    this.head.addEventListener('pointerup', end);
    this.head.addEventListener('pointercancel', end);
    this.onResize = () => this.keepInView();
    window.addEventListener('resize', this.onResize);
  }
}

// The timer counts from the answer when this page joins a call already under way (a reload), as far as
// the two clocks agree; otherwise from now.
function startTime(session) {
  const answered = session.kind === 'call' && session.call.answeredAt ? Date.parse(session.call.answeredAt) : NaN;
  const now = Date.now();
  return Number.isFinite(answered) && answered <= now && now - answered < 12 * 3600_000 ? answered : now;
}

// ---------------------------------------------------------------- dialogs and notices

let notices = null;
let live = null;

/** Says something to screen readers without showing it. */
function announce(text) {
  if (!live) {
    live = el('div', { class: 'calls-sr', 'aria-live': 'assertive' });
    document.body.append(live);
  }
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

function notice(text) {
  if (!notices || !notices.isConnected) {
    notices = el('div', { class: 'calls-layer calls-notices' });
    document.body.append(notices);
  }
  const root = el('div', { class: 'calls-notice', role: 'alert', 'data-calls-notice': '' }, el('span', { text }));
  const dismiss = el('button', { class: 'calls-btn', type: 'button', text: 'Dismiss', onclick: () => root.remove() });
  root.append(dismiss);
  notices.append(root);
  setTimeout(() => root.remove(), NOTICE_MS);
  return root;
}

const kindOf = (call) => (call.type === 'audio' ? 'Audio call' : 'Video call');

function incomingDialog(call, caller, onAccept, onDecline) {
  const titleId = 'calls-in-' + call.id;
  const root = el('div', {
    class: 'calls-layer calls-toast calls-card', role: 'dialog', 'aria-modal': 'false',
    'aria-labelledby': titleId, 'aria-describedby': titleId + '-kind', 'data-calls-incoming': call.id,
  },
  el('h2', { id: titleId, text: 'Incoming call from ' + caller }),
  el('p', { id: titleId + '-kind', text: kindOf(call) }),
  el('div', { class: 'calls-actions' },
    el('button', { class: 'calls-btn calls-decline', type: 'button', text: 'Decline', onclick: onDecline }),
    el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'Accept', onclick: onAccept })));
  document.body.append(root);
  announce(`Incoming ${call.type} call from ${caller}`);
  return root;
}

function outgoingDialog(call, callee, onCancel) {
  const titleId = 'calls-out-' + call.id;
  const status = el('p', { role: 'status', text: kindOf(call) + ' · calling…' });
  const root = el('div', {
    class: 'calls-layer calls-toast calls-card', role: 'dialog', 'aria-modal': 'false',
    'aria-labelledby': titleId, 'data-calls-outgoing': call.id,
  },
  el('h2', { id: titleId, text: 'Calling ' + callee + '…' }), status,
  el('div', { class: 'calls-actions' },
    el('button', { class: 'calls-btn calls-decline', type: 'button', text: 'Cancel', onclick: onCancel })));
  document.body.append(root);
  return {
    root,
    update(c) {
      const rung = c.participants.some((p) => p.userId !== c.initiator && p.state === 'ringing');
      status.textContent = kindOf(c) + (rung ? ' · ringing…' : ' · calling…');
    },
    remove() { root.remove(); },
  };
}

const REFUSALS = {
  recipient_busy: (n) => `${n} is busy in another call.`,
  recipient_offline: (n) => `${n} is offline.`,
  recipient_unavailable: (n) => `${n} is not taking calls right now.`,
  not_permitted: (n) => `You may not call ${n}.`,
  rate_limited: () => 'Too many calls started; try again in a minute.',
};

/** What the caller is told when a call ends before anyone answered. */
function unansweredText(call, label) {
  if (call.state === 'declined') return `${label} declined the call.`;
  if (call.state === 'missed') return call.endReason === 'busy' ? `${label} is busy in another call.` : `${label} did not answer.`;
  if (call.state === 'failed') return `The call to ${label} could not be connected.`;
  if (call.state === 'cancelled') return 'Call cancelled.';
  return `The call to ${label} ended.`;
}

function endedText(call, label) {
  if (call.state === 'failed') return `The call with ${label} failed: the meeting could not be joined.`;
  if (call.endReason === 'max_duration') return `The call with ${label} reached its time limit.`;
  return `Call with ${label} ended.`;
}

// ---------------------------------------------------------------- presence

const STATUS_LABEL = { online: 'Online', away: 'Away', busy: 'Busy', dnd: 'Do not disturb', offline: 'Offline' };

/** What a presence dot shows: offline when not online, do-not-disturb, else the status others see. */
function presenceKey(p) {
  if (!p || !p.online || p.status === 'offline') return 'offline';
  if (p.doNotDisturb) return 'dnd';
  return p.status || 'online';
}

/** What the user chose, as the status menu shows it. */
const chosenKey = (p) => (p.doNotDisturb ? 'dnd' : (p.chosenStatus === 'offline' ? 'online' : p.chosenStatus || 'online'));

// ---------------------------------------------------------------- the client

export class CallsClient {
  constructor() {
    this.me = null;
    this.options = { presence: true, ringing: true, attach: true };
    this.listeners = new Map();
    this.ringtone = new Ringtone();
    this.incoming = new Map(); // callId -> { call, dialog, notification }
    this.handled = new Set(); // calls answered or declined here: never ring for them again
    this.known = new Map(); // callId -> the latest call seen in an event
    this.outgoing = null; // { call, join, dialog, label, cancelled }
    this.window = null;
    this.presence = new Map(); // userId -> presence
    this.starting = null;
  }

  /** True while an incoming call rings. */
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
    await this.connection.locate();
    this.ringtone.unlockOnGesture();
    if (presence) {
      this.decorate(document.body);
      this.observer = new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) this.decorate(n);
      });
      this.observer.observe(document.body, { childList: true, subtree: true });
      this.statusMenu();
    }
    if (attach) await this.reattach();
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
    this.emit('ready', { me: this.me });
    return this;
  }

  stop() {
    this.connection?.stop();
    this.observer?.disconnect();
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
      notice(text);
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
    this.outgoing = { call, join, label, cancelled: false, dialog: outgoingDialog(call, label, () => this.cancel()) };
    this.emit('calling', { call });
    this.reconcile(latest);
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

  showIncoming(call) {
    const caller = nameOf(participant(call, call.initiator)) || call.initiator;
    const dialog = incomingDialog(call, caller, () => this.accept(call.id), () => this.decline(call.id));
    const entry = { call, dialog, notification: null };
    this.incoming.set(call.id, entry);
    this.ringtone.start();
    this.report(call.id, 'acknowledge');
    if (document.hidden && 'Notification' in window && Notification.permission === 'granted') {
      try {
        const n = new Notification('Incoming call from ' + caller, { body: kindOf(call), tag: 'calls-' + call.id, requireInteraction: true });
        n.onclick = () => { window.focus(); n.close(); };
        entry.notification = n;
      } catch (e) { /* notifications unavailable here */ }
    }
    this.emit('incoming', { call });
  }

  closeIncoming(callId) {
    const entry = this.incoming.get(callId);
    if (!entry) return false;
    entry.dialog.remove();
    entry.notification?.close();
    this.incoming.delete(callId);
    if (this.incoming.size === 0) this.ringtone.stop();
    return true;
  }

  async accept(callId) {
    this.handled.add(callId);
    this.closeIncoming(callId);
    if (this.window && this.window.callId !== callId) this.window.hangUp();
    try {
      const call = await api('POST', callPath(callId, 'accept'));
      const join = await api('GET', callPath(callId, 'join'));
      this.openSession({ kind: 'call', type: call.type, call: this.newer(call), join });
    } catch (e) {
      notice(e.status === 409 || e.status === 404 ? 'That call is no longer available.' : e.message);
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

  /** After a reload: ring again, show the outgoing call, or re-enter the call under way. */
  async reattach() {
    let active;
    try { active = await api('GET', 'active'); } catch (e) { return; }
    for (const call of active.items || []) this.reconcile(call, { attach: true });
  }

  // ------------------------------------------------ events

  onEvent(event) {
    this.emit('event', event);
    if (event.type === 'presence.changed') {
      if (event.presence) this.updatePresence(event.presence);
      return;
    }
    if (!event.call || !this.me) return;
    this.known.delete(event.call.id);
    this.known.set(event.call.id, event.call);
    if (this.known.size > KNOWN_CALLS) this.known.delete(this.known.keys().next().value);
    if (event.type === 'call.ringing' && (event.data?.userId === this.me.userId)) this.handled.delete(event.call.id); // rung again
    if (event.type === 'participant.media') this.emit('media', { callId: event.callId, userId: event.data?.userId, data: event.data || {} });
    this.reconcile(event.call, { event });
  }

  newer(call) {
    return this.known.get(call.id) || call;
  }

  /** Brings this page in line with one call's state: dialogs, ringtone, window, notices. */
  reconcile(call, { event, attach = false } = {}) {
    const myId = this.me?.userId;
    const mine = participant(call, myId);
    if (!mine) return;
    const liveCall = call.state === 'ringing' || call.state === 'active';
    const pending = mine.state === 'invited' || mine.state === 'ringing';
    const caller = nameOf(participant(call, call.initiator)) || call.initiator;
    const others = call.participants.filter((p) => p.userId !== myId).map(nameOf).join(', ');

    if (liveCall && pending && call.initiator !== myId) {
      if (this.options.ringing && !this.incoming.has(call.id) && !this.handled.has(call.id)) this.showIncoming(call);
    } else if (this.closeIncoming(call.id)) {
      if (mine.state === 'missed') notice(`Missed call from ${caller}.`);
      else if (mine.state === 'joined' && this.window?.callId !== call.id) notice('Answered on another device.');
    } else if (event?.type === 'call.missed' && call.endReason === 'busy' && call.initiator !== myId) {
      notice(`Missed call from ${caller} while you were in a call.`);
    }

    const out = this.outgoing;
    if (out && out.call.id === call.id) {
      out.call = call;
      if (call.state === 'active') {
        this.outgoing = null;
        out.dialog.remove();
        this.openJoined(call, out.join);
      } else if (!liveCall) {
        this.outgoing = null;
        out.dialog.remove();
        if (!out.cancelled) notice(unansweredText(call, out.label));
        this.emit('callEnded', { call });
      } else {
        out.dialog.update(call);
      }
    } else if (attach && call.state === 'ringing' && call.initiator === myId && !this.outgoing) {
      this.outgoing = { call, join: null, label: others, cancelled: false, dialog: outgoingDialog(call, others, () => this.cancel()) };
      this.outgoing.dialog.update(call);
    }

    const w = this.window;
    if (w && w.callId === call.id) {
      if (!liveCall || mine.state !== 'joined') {
        w.close();
        if (!liveCall) notice(endedText(call, others));
      } else {
        w.update(call);
      }
    } else if (attach && call.state === 'active' && mine.state === 'joined' && !w) {
      this.openJoined(call, null);
    }
  }

  async openJoined(call, join) {
    try {
      const info = join || await api('GET', callPath(call.id, 'join'));
      this.openSession({ kind: 'call', type: call.type, call: this.newer(call), join: info });
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
    if (this.me && p.userId === this.me.userId) {
      this.me = { ...this.me, ...p };
      const select = document.querySelector('[data-calls-status-select]');
      if (select) select.value = chosenKey(this.me);
    }
    for (const node of document.querySelectorAll('[data-calls-user="' + CSS.escape(p.userId) + '"]')) this.paint(node, p);
    this.emit('presence', p);
  }

  paint(node, p) {
    const key = presenceKey(p);
    const label = STATUS_LABEL[key] || key;
    const dot = node.querySelector(':scope > .calls-dot');
    if (dot) {
      dot.dataset.status = key;
      dot.setAttribute('aria-label', label);
      dot.title = label + (p.message ? ' · ' + p.message : '');
    }
    const text = node.querySelector('[data-calls-status]');
    if (text) text.textContent = label + (p.inCall ? ' · in a call' : '') + (p.message ? ' · ' + p.message : '');
    for (const b of node.querySelectorAll(':scope > .calls-user-btn')) b.disabled = key === 'offline';
  }

  decorate(root) {
    const nodes = root.matches?.('[data-calls-user]') ? [root] : [];
    nodes.push(...(root.querySelectorAll?.('[data-calls-user]') || []));
    const fresh = [];
    for (const node of nodes) {
      if (node.hasAttribute('data-calls-decorated')) continue;
      const id = node.dataset.callsUser;
      if (!id) continue;
      node.setAttribute('data-calls-decorated', '');
      const name = node.dataset.callsName || node.textContent.trim() || id;
      node.prepend(el('span', { class: 'calls-dot', role: 'img', 'data-status': 'offline', 'aria-label': 'Offline', title: 'Offline' }));
      if (!this.me || id !== this.me.userId) {
        node.append(
          el('button', { class: 'calls-user-btn', type: 'button', 'aria-label': 'Call ' + name, text: 'Call', disabled: true,
            onclick: () => this.call(id, { type: 'audio', name }) }),
          el('button', { class: 'calls-user-btn', type: 'button', 'aria-label': 'Video call ' + name, text: 'Video', disabled: true,
            onclick: () => this.call(id, { type: 'video', name }) }));
      }
      const known = this.presence.get(id);
      if (known) this.paint(node, known); else fresh.push(id);
    }
    if (fresh.length) this.loadPresence([...new Set(fresh)]);
  }

  async loadPresence(ids) {
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      try {
        const res = await api('GET', 'presence?userIds=' + chunk.map(encodeURIComponent).join(','));
        for (const p of res.items || []) this.updatePresence(p);
      } catch (e) { /* they stay shown as offline */ }
    }
  }

  statusMenu() {
    let host = document.querySelector('[data-calls-status-menu]');
    if (!host) {
      host = el('div', { class: 'calls-layer calls-status' });
      document.body.append(host);
    }
    if (host.querySelector('[data-calls-status-select]')) return;
    host.classList.add('calls-status-menu');
    const select = el('select', { id: 'calls-status-select', 'data-calls-status-select': '' },
      ...['online', 'away', 'busy', 'dnd'].map((v) => el('option', { value: v, text: STATUS_LABEL[v] })));
    select.value = chosenKey(this.me);
    select.addEventListener('change', () => this.setStatus(select.value).catch((e) => notice(e.message)));
    host.append(el('label', { for: 'calls-status-select', text: 'Status' }), select);
    if ('Notification' in window && Notification.permission === 'default') {
      const ask = el('button', { class: 'calls-user-btn', type: 'button', text: 'Notify me of calls',
        onclick: () => this.requestNotifications().finally(() => ask.remove()) });
      host.append(ask);
    }
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
