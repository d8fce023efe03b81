// The guest's page: the meeting's title and time in local time, the guest's name, a camera and microphone
// check, then the waiting room, and once a host lets the guest in, the call window. It speaks only to the guest
// endpoints of its own pass; it stores nothing (no cookie, no storage), and nothing it fetches before admission
// names the room.

import { CallWindow } from './call-window.js';
import { el } from './dom.js';
import { installStyles } from './styles.js';

const POLL_MS = 2000;
const HEADERS = { Accept: 'application/json', 'X-Requested-With': 'calls-guest' };

async function send(method, url, body) {
  const init = { method, headers: { ...HEADERS }, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch (e) {
    const err = new Error('The server could not be reached.');
    err.status = 0;
    throw err;
  }
  const json = await res.json().catch(() => null);
  if (!res.ok) {
    const err = new Error((json && (json.detail || json.title)) || 'HTTP ' + res.status);
    err.status = res.status;
    err.code = json && json.code;
    err.retryAfter = Number(res.headers.get('Retry-After')) || 0;
    throw err;
  }
  return json;
}

const dateTime = (iso) => new Date(iso).toLocaleString([], { dateStyle: 'full', timeStyle: 'short' });
const time = (iso) => new Date(iso).toLocaleTimeString([], { timeStyle: 'short' });

export async function guestPage(data) {
  const page = new GuestPage(data);
  await page.start();
  return page;
}

class GuestPage {
  constructor(data) {
    this.data = data;
    this.main = document.getElementById('calls-guest');
    this.status = document.getElementById('calls-guest-status');
    this.when = document.getElementById('calls-guest-when');
    this.view = null;
    this.timer = null;
    this.stream = null;
    this.window = null;
    this.done = false;
  }

  async start() {
    installStyles();
    try {
      this.view = await send('GET', this.data.state);
    } catch (e) {
      this.gone(e);
      return;
    }
    const v = this.view;
    document.getElementById('calls-guest-title').textContent = v.title;
    this.when.textContent = v.startsAt
      ? dateTime(v.startsAt) + ' – ' + time(v.endsAt) + ' · hosted by ' + v.hostName
      : v.hostName + ' invites you to a ' + (v.type === 'audio' ? 'voice' : 'video') + ' call';
    this.nameInput = el('input', { id: 'calls-guest-name', type: 'text', maxlength: '100', autocomplete: 'name', value: v.name });
    this.nameInput.value = v.name;
    if (!v.nameEditable) this.nameInput.readOnly = true;
    this.checkBtn = el('button', { type: 'button', text: 'Check camera and microphone', onclick: () => this.check() });
    this.checkNote = el('p', { class: 'muted', role: 'status' });
    this.preview = el('video', { muted: true, autoplay: true, playsinline: true, hidden: true, 'aria-label': 'Your camera' });
    this.joinBtn = el('button', { type: 'button', class: 'primary', text: 'Ask to join', onclick: () => this.knock() });
    this.form = el('section', { 'aria-label': 'Before you join' },
      el('label', { for: 'calls-guest-name', text: 'Your name' }), this.nameInput,
      this.checkBtn, this.checkNote, this.preview, this.joinBtn);
    this.main.insertBefore(this.form, this.status);
    this.show(v);
    if (v.status !== 'invited') this.poll();
  }

  show(v) {
    this.view = v;
    const s = this.status;
    s.removeAttribute('role');
    s.setAttribute('role', 'status');
    switch (v.status) {
      case 'not_open':
        s.textContent = 'The meeting opens at ' + dateTime(v.opensAt) + '. Keep this page open; you can ask to join then.';
        this.joinBtn.disabled = true;
        break;
      case 'invited':
        s.textContent = v.waitingRoom ? 'When you ask to join, the host lets you in.' : 'Ready when you are.';
        this.joinBtn.disabled = false;
        this.joinBtn.hidden = false;
        break;
      case 'waiting_for_host':
        s.textContent = 'Waiting for the host to join…';
        this.waiting();
        break;
      case 'waiting':
        s.textContent = 'Waiting for the host to let you in…';
        this.waiting();
        break;
      case 'admitted':
        s.textContent = 'You are in. Connecting…';
        this.waiting();
        this.enter();
        break;
      case 'denied':
        this.end('The host did not let you in. You can close this page.');
        break;
      default:
        s.textContent = v.status;
    }
  }

  waiting() {
    this.joinBtn.disabled = true;
    this.joinBtn.hidden = true;
    this.nameInput.readOnly = true;
  }

  async check() {
    this.checkBtn.disabled = true;
    try {
      this.stopMedia();
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: this.view.type !== 'audio' });
      if (this.view.type !== 'audio') {
        this.preview.srcObject = this.stream;
        this.preview.hidden = false;
      }
      const cam = this.stream.getVideoTracks()[0];
      const mic = this.stream.getAudioTracks()[0];
      this.checkNote.textContent = (mic ? 'Microphone: ' + (mic.label || 'working') + '. ' : 'No microphone found. ')
        + (this.view.type === 'audio' ? '' : cam ? 'Camera: ' + (cam.label || 'working') + '.' : 'No camera found.');
    } catch (e) {
      this.checkNote.textContent = 'Your camera or microphone could not be used (' + (e.message || e.name)
        + '). You can still join and allow them later.';
    } finally {
      this.checkBtn.disabled = false;
    }
  }

  stopMedia() {
    if (this.stream) this.stream.getTracks().forEach((t) => t.stop());
    this.stream = null;
    this.preview.hidden = true;
    this.preview.srcObject = null;
  }

  async knock() {
    this.joinBtn.disabled = true;
    const name = this.nameInput.value.trim();
    try {
      const v = await send('POST', this.data.knock, this.view.nameEditable && name ? { name } : {});
      this.show(v);
      if (v.status !== 'admitted') this.poll();
    } catch (e) {
      if (e.status === 404) return this.gone(e);
      this.status.setAttribute('role', 'alert');
      this.status.textContent = e.message;
      this.joinBtn.disabled = false;
    }
  }

  poll(delay = POLL_MS) {
    clearTimeout(this.timer);
    if (this.done) return;
    this.timer = setTimeout(async () => {
      try {
        const v = await send('GET', this.data.state);
        if (this.window) {
          this.poll(delay * 2 > 10_000 ? 10_000 : delay * 2);
          return;
        }
        if (v.status !== this.view.status) this.show(v);
        if (!this.done && v.status !== 'admitted') this.poll();
      } catch (e) {
        if (e.status === 404) {
          this.gone(e);
          return;
        }
        this.poll(e.status === 429 && e.retryAfter ? e.retryAfter * 1000 : POLL_MS * 2);
      }
    }, delay);
  }

  async enter() {
    if (this.window || this.entering) return;
    this.entering = true;
    let j;
    try {
      j = await send('GET', this.data.join);
    } catch (e) {
      this.entering = false;
      if (e.status === 404) return this.gone(e);
      this.status.textContent = e.message;
      this.poll();
      return;
    }
    this.stopMedia();
    this.form.hidden = true;
    const page = this;
    const client = {
      me: { userId: j.participantId, name: j.guest.name },
      emit() {},
      report() { return Promise.resolve(null); },
      windowFailed() {},
      windowClosed() {
        page.window = null;
        send('POST', page.data.leave).catch(() => {});
        page.end('You left. You can close this page.');
      },
      openMeeting() { window.location.reload(); },
      call() {},
    };
    this.window = new CallWindow(client, {
      kind: 'meeting', type: j.guest.type, meeting: { id: 'guest', title: j.guest.title }, join: j.join,
      moderator: false, lobby: false, waitForHost: false,
    }, { fullPage: true });
    this.poll(5000);
  }

  end(text) {
    this.done = true;
    clearTimeout(this.timer);
    this.stopMedia();
    this.form.hidden = true;
    this.status.setAttribute('role', 'alert');
    this.status.textContent = text;
  }

  gone(e) {
    const win = this.window;
    this.window = null;
    if (win) win.close();
    if (this.form) this.form.hidden = true;
    this.done = true;
    clearTimeout(this.timer);
    this.status.setAttribute('role', 'alert');
    this.status.textContent = e && e.status === 404
      ? 'This link no longer works: the meeting or call is over, or the invitation was withdrawn.'
      : (e && e.message) || 'This page could not be loaded.';
  }
}
