// The call window: Jitsi's IFrame API in a floating (or full-page) frame with the call's own controls.

import { el, formatDuration, nameOf } from './dom.js';
import { loadScript } from './meeting-script.js';
import { notice } from './notices.js';

// A session is what the window shows: a call ({kind:'call', call, join}) or a scheduled meeting
// ({kind:'meeting', meeting, join, moderator, lobby, waitForHost}).
export class CallWindow {
  constructor(client, session, { fullPage = false } = {}) {
    this.client = client;
    this.session = session;
    this.fullPage = fullPage;
    this.closed = false;
    this.leaving = false;
    this.replaced = false; // the user answered another call in its place
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
