// The call window: Jitsi's IFrame API in a floating (or full-page) frame with the call's own controls.

import { api, callPath } from './api.js';
import { DevicePanel } from './devices.js';
import { el, formatDuration, nameOf, shortDuration } from './dom.js';
import { icon } from './icons.js';
import { loadScript } from './meeting-script.js';
import { MeetingWindow } from './meeting-window.js';
import { announce, notice } from './notices.js';

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
    this.joined = false;
    this.audioMuted = false;
    this.videoMuted = session.type === 'audio' || !!session.audioOnly;
    this.sharing = false;
    this.startedAt = startTime(session);
    const title = this.title();
    const id = 'calls-w-' + (session.kind === 'call' ? session.call.id : session.meeting.id);
    this.titleEl = el('span', { class: 'calls-title', text: title });
    this.timer = el('span', { class: 'calls-timer', role: 'timer', 'aria-label': 'Call duration', text: '00:00' });
    this.minBtn = iconButton('calls-min-btn', () => this.toggleMinimised());
    this.expandBtn = iconButton('calls-expand-btn', () => this.toggleExpanded());
    this.peers = el('ul', { class: 'calls-peers', 'aria-label': 'Participants' });
    this.note = el('p', { class: 'calls-stage-note', role: 'status', text: 'Connecting…' });
    this.stage = el('div', { class: 'calls-stage' }, this.note);
    // Pressed means "not sending" for Mute and the camera, and "sharing" for the screen; the name says what a press does.
    this.muteBtn = iconButton('calls-mute', () => this.command('toggleAudio'));
    this.camBtn = iconButton('calls-camera', () => this.command('toggleVideo'));
    this.shareBtn = iconButton('calls-share', () => this.command('toggleShareScreen'));
    this.devices = new DevicePanel(id + '-devices', () => this.api);
    this.devBtn = iconButton('calls-devices-btn', () => this.toggleDevices(), { 'aria-controls': id + '-devices', 'aria-expanded': 'false' });
    setButton(this.devBtn, 'Choose microphone and camera', 'devices');
    this.hangBtn = iconButton('calls-hangup', () => this.hangUp());
    setButton(this.hangBtn, 'Hang up', 'hangup');
    this.showMedia();
    this.head = el('div', { class: 'calls-head' }, this.titleEl, this.timer, fullPage ? null : this.expandBtn, fullPage ? null : this.minBtn);
    this.showSize();
    const bar = el('div', { class: 'calls-bar', role: 'toolbar', 'aria-label': 'Call controls' },
      this.muteBtn, this.camBtn, this.shareBtn, this.devBtn, this.hangBtn);
    this.root = el('section', {
      class: 'calls-layer calls-window' + (fullPage ? ' calls-full' : ''), tabindex: '-1',
      role: 'region', 'aria-label': session.kind === 'meeting' ? title : 'Call with ' + title,
      'data-calls-window': session.kind === 'call' ? session.call.id : session.meeting.id,
      onkeydown: (e) => this.onKey(e),
    }, this.head, this.peers, this.stage, this.devices.root, bar);
    document.body.append(this.root);
    if (!fullPage) {
      const r = this.root.getBoundingClientRect();
      this.place(window.innerWidth - r.width - 16, window.innerHeight - r.height - 16);
      this.draggable();
    }
    // Focus follows the call into the window, unless the user is busy elsewhere on the page.
    const active = document.activeElement;
    if (!active || active === document.body || active === session.returnFocus || active.closest?.('.calls-rings, [data-calls-outgoing]')) {
      this.root.focus({ preventScroll: true });
    }
    if (session.kind === 'call') this.update(session.call);
    this.tick = setInterval(() => { this.timer.textContent = formatDuration(Date.now() - this.startedAt); }, 1000);
    this.mount();
  }

  showMedia() {
    setButton(this.muteBtn, this.audioMuted ? 'Unmute' : 'Mute', 'mic', this.audioMuted);
    setButton(this.camBtn, this.videoMuted ? 'Start camera' : 'Stop camera', 'camera', this.videoMuted);
    setButton(this.shareBtn, this.sharing ? 'Stop sharing' : 'Share screen', 'screen', this.sharing, this.sharing);
  }

  showSize() {
    const min = this.root?.classList.contains('calls-min');
    const big = this.root?.classList.contains('calls-full');
    setButton(this.minBtn, min ? 'Restore' : 'Minimise', min ? 'restore' : 'minimise');
    setButton(this.expandBtn, big ? 'Shrink' : 'Expand', big ? 'shrink' : 'expand');
    this.minBtn.removeAttribute('aria-pressed');
    this.expandBtn.removeAttribute('aria-pressed');
  }

  // Keys on the window: Escape closes the device list or leaves full page; Alt+arrows move the small window,
  // Alt+Shift+arrows resize it (a mouse drags the title bar or the corner).
  onKey(e) {
    if (e.key === 'Escape' && this.devices.open) {
      e.preventDefault();
      this.toggleDevices();
      return;
    }
    if (e.key === 'Escape' && this.root.classList.contains('calls-full') && !this.fullPage) {
      e.preventDefault();
      this.toggleExpanded();
      return;
    }
    const step = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
    if (!step || !e.altKey || this.fullPage || this.root.classList.contains('calls-full')) return;
    e.preventDefault();
    const r = this.root.getBoundingClientRect();
    if (e.shiftKey) {
      this.root.style.width = Math.max(280, r.width + step[0] * 40) + 'px';
      this.root.style.height = Math.max(200, r.height + step[1] * 30) + 'px';
      this.keepInView();
    } else {
      this.place(r.left + step[0] * 40, r.top + step[1] * 40);
    }
  }

  toggleDevices() {
    if (this.devices.open) {
      this.devices.hide();
      this.devBtn.setAttribute('aria-expanded', 'false');
      this.devBtn.focus();
    } else {
      this.devBtn.setAttribute('aria-expanded', 'true');
      this.devices.show();
    }
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
    if (join && join.display === 'window') {
      this.external = new MeetingWindow(this, join);
      return;
    }
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
      startWithVideoMuted: this.session.type === 'audio' || !!this.session.audioOnly,
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
      this.joined = true;
      announce('Connected: ' + this.root.getAttribute('aria-label') + '.');
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
      this.showMedia();
      this.report('media', { audioMuted: this.audioMuted });
    });
    on('videoMuteStatusChanged', (e) => {
      this.videoMuted = !!(e && e.muted);
      this.showMedia();
      this.report('media', { videoMuted: this.videoMuted });
    });
    on('screenSharingStatusChanged', (e) => {
      this.sharing = !!(e && e.on);
      this.showMedia();
    });
    on('errorOccurred', (e) => {
      const error = (e && e.error) || e || {};
      if (error.isFatal || (e && e.isFatal)) this.fail(error.message || error.name || 'the meeting connection failed');
    });
    on('cameraError', (e) => notice('Camera: ' + ((e && e.message) || 'not available'), { keep: true }));
    on('micError', (e) => notice('Microphone: ' + ((e && e.message) || 'not available'), { keep: true }));
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

  /**
   * Jitsi could not be used on this device: says so (whose side failed, not which server), ends the call as
   * failed, and stays until closed; Retry calls the same people again (a meeting is simply opened again).
   */
  fail(reason) {
    if (this.closed || this.failed) return;
    this.failed = true;
    try { this.api?.dispose(); } catch (e) { /* ignore */ }
    this.api = null;
    clearInterval(this.tick);
    const close = el('button', { class: 'calls-btn', type: 'button', text: 'Close', onclick: () => this.close() });
    const retry = el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'Retry', onclick: () => this.retry() });
    this.stage.replaceChildren(el('div', { class: 'calls-error', role: 'alert' },
      el('span', { text: 'Your connection to the call failed: ' + reason + '. The other side was told.' }),
      el('div', { class: 'calls-actions' }, close, retry)));
    for (const b of [this.muteBtn, this.camBtn, this.shareBtn, this.devBtn, this.hangBtn]) b.disabled = true;
    retry.focus({ preventScroll: true });
    this.report('fail');
    this.client.windowFailed(this, reason);
  }

  /**
   * Tries again: a meeting is opened again; a call others are still in (a group call) is rejoined by an invitee;
   * otherwise the same people are called again.
   */
  async retry() {
    const s = this.session;
    this.close();
    if (s.kind === 'meeting') {
      this.client.openMeeting(s.meeting.id, { fullPage: this.fullPage });
      return;
    }
    const me = this.client.me?.userId;
    let call = s.call;
    try {
      call = await api('GET', callPath(s.call.id));
    } catch (e) { /* decided from what the window knew */ }
    if (call.state === 'active' && call.initiator !== me) {
      this.client.accept(call.id);
      return;
    }
    const others = s.call.participants.filter((p) => p.userId !== me);
    this.client.call(others.map((p) => p.userId), { type: s.call.type, name: others.map(nameOf).join(', ') });
  }

  /** How long the call went on, for the summary after it. */
  duration(call) {
    const s = call && Number.isFinite(call.durationSeconds) ? call.durationSeconds : (Date.now() - this.startedAt) / 1000;
    return shortDuration(s);
  }

  hangUp() {
    if (this.closed || this.leaving) return;
    this.leaving = true;
    this.command('hangup');
    this.report('leave');
    this.close();
    if (this.session.kind === 'call' && this.joined) notice(`Call with ${this.title()} — ${this.duration()}`);
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.tick);
    window.removeEventListener('resize', this.onResize);
    this.external?.close();
    try { this.api?.dispose(); } catch (e) { /* ignore */ }
    const focused = this.root.contains(document.activeElement) || document.activeElement === document.body;
    this.root.remove();
    announce('Call ended.');
    const back = this.session.returnFocus;
    if (focused && back && back.isConnected) back.focus({ preventScroll: true });
    this.client.windowClosed(this);
  }

  toggleMinimised() {
    this.root.classList.remove('calls-full');
    this.root.classList.toggle('calls-min');
    this.showSize();
    this.keepInView();
  }

  /** The whole page for the call, and back. */
  toggleExpanded() {
    this.root.classList.remove('calls-min');
    const big = this.root.classList.toggle('calls-full');
    this.showSize();
    if (!big) this.keepInView();
  }

  place(x, y) {
    this.root.style.left = x + 'px';
    this.root.style.top = y + 'px';
    this.keepInView();
  }

  keepInView() {
    if (this.root.classList.contains('calls-full')) return;
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

function iconButton(cls, onclick, attrs = {}) {
  return el('button', { class: 'calls-btn calls-icon ' + cls, type: 'button', onclick, ...attrs });
}

/** Names a button by what a press does, with a tooltip of the same words and, for toggles, its state. */
function setButton(button, label, iconName, pressed, iconOff) {
  button.setAttribute('aria-label', label);
  button.title = label;
  if (pressed !== undefined) button.setAttribute('aria-pressed', String(!!pressed));
  button.replaceChildren(icon(iconName, iconOff === undefined ? !!pressed : iconOff));
}
