// A meeting shown in a window or tab of its own, for deployments that end embedded meetings early (meet.jit.si
// does after five minutes): the call window in the page keeps the call's state, who is in it, the timer and
// Hang up; the meeting's own page has the media controls.

import { el } from './dom.js';
import { findMeetingWindow, forgetMeetingWindow, meetingUrl, meetingWindowOpened, openMeetingWindow } from './meeting-link.js';
import { announce } from './notices.js';

export class MeetingWindow {
  constructor(callWindow, join) {
    this.w = callWindow;
    const session = callWindow.session;
    this.url = meetingUrl(join, callWindow.client.me, { audioOnly: session.type === 'audio' || !!session.audioOnly });
    this.name = 'calls-meeting-' + (callWindow.callId || callWindow.session.meeting.id);
    this.popup = null;
    this.button = el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'Show the call', onclick: () => this.open() });
    for (const b of [callWindow.muteBtn, callWindow.camBtn, callWindow.shareBtn, callWindow.devBtn]) b.hidden = true;
    callWindow.note.textContent = 'The call is open in a window of its own.';
    callWindow.stage.classList.add('calls-elsewhere');
    callWindow.stage.append(this.button);
    if (meetingWindowOpened(this.name)) this.findAgain(); else this.open();
    // closing the meeting's window is leaving the call
    this.watch = setInterval(() => { if (this.popup && this.popup.closed) this.w.hangUp(); }, 500);
  }

  open() {
    const popup = openMeetingWindow(this.url, this.name, this.popup);
    if (!popup) {
      this.w.note.textContent = 'Your browser blocked the call\'s window. Press "Show the call" to open it.';
      this.button.focus({ preventScroll: true });
      return;
    }
    this.popup = popup;
    this.w.note.textContent = 'The call is open in a window of its own.';
    this.connected();
  }

  /** After a reload: the meeting is open already; its window is found again, never loaded a second time. */
  findAgain() {
    this.popup = findMeetingWindow(this.name);
    this.w.note.textContent = this.popup ? 'The call is open in a window of its own.'
      : 'The call is open in another window. Press "Show the call" to open it here again.';
    this.connected();
  }

  connected() {
    if (!this.w.joined) {
      this.w.joined = true;
      announce('Connected: ' + this.w.root.getAttribute('aria-label') + ', in a window of its own.');
      this.w.client.emit('joined', { session: this.w.session });
    }
  }

  close() {
    clearInterval(this.watch);
    forgetMeetingWindow(this.name);
    try { this.popup?.close(); } catch (e) { /* gone already */ }
  }
}
