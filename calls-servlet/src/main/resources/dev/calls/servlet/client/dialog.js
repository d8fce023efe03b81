// The incoming-call cards (a call ringing; a call waiting while this device is in a call), and the system
// notification of a call the user might not hear or see.

import { el, initials, kindOf } from './dom.js';
import { announce } from './notices.js';

let stack = null;

/** Ringing cards sit in one corner stack, newest above the others, so two calls never cover each other. */
function ringStack() {
  if (!stack || !stack.isConnected) {
    stack = el('div', { class: 'calls-layer calls-rings' });
    document.body.prepend(stack); // first in tab order, not last
  }
  return stack;
}

/**
 * A call ringing: Accept (and, for a video call, Answer with audio only) and Decline. Enter on the card
 * accepts, Escape declines.
 */
export function incomingDialog(call, caller, { onAccept, onAudioOnly, onDecline }) {
  const how = call.type === 'audio' ? 'audio' : 'video';
  const audioOnly = how === 'video' && onAudioOnly
    ? el('button', { class: 'calls-btn calls-audio-only', type: 'button', text: 'Audio only', 'aria-label': 'Answer with audio only',
      title: 'Answer with audio only', onclick: onAudioOnly })
    : null;
  return ringDialog(call, caller, {
    title: 'Incoming call from ' + caller,
    label: `Incoming ${how} call from ${caller}`,
    kind: kindOf(call),
    onAccept,
    onDecline,
    buttons: [audioOnly, el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'Accept', onclick: onAccept })],
  });
}

/** A call ringing while this device is in a call: a quiet card, no ringtone; answering ends the current call. */
export function waitingDialog(call, caller, onAnswer, onDecline) {
  const dialog = ringDialog(call, caller, {
    title: 'Call waiting — ' + caller,
    label: `Call waiting: ${call.type === 'audio' ? 'audio' : 'video'} call from ${caller}`,
    kind: kindOf(call) + ' · you are in a call',
    onAccept: onAnswer,
    onDecline,
    buttons: [el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'End current and answer', onclick: onAnswer })],
  });
  dialog.root.setAttribute('data-calls-waiting', call.id);
  dialog.root.classList.add('calls-quiet');
  return dialog;
}

// Focus moves to the card (unless the user is typing); keys act only while focus is in the card, so typing
// elsewhere never answers a call. Focus goes back where it was when the card closes without a call.
function ringDialog(call, caller, { title, label, kind, onAccept, onDecline, buttons }) {
  const titleId = 'calls-in-' + call.id;
  const previous = document.activeElement;
  const sound = el('div', { class: 'calls-sound', hidden: true });
  const root = el('div', {
    class: 'calls-card calls-ring', role: 'dialog', 'aria-modal': 'false', tabindex: '-1',
    'aria-label': label, 'aria-describedby': titleId + '-kind', 'data-calls-incoming': call.id,
    onkeydown: (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onDecline();
      } else if (e.key === 'Enter' && e.target === root) {
        e.preventDefault();
        onAccept();
      }
    },
  },
  el('div', { class: 'calls-ring-head' },
    el('span', { class: 'calls-avatar', 'aria-hidden': 'true', text: initials(caller) }),
    el('div', {}, el('h2', { id: titleId, text: title }), el('p', { id: titleId + '-kind', text: kind }))),
  sound,
  el('div', { class: 'calls-actions' },
    el('button', { class: 'calls-btn calls-decline', type: 'button', text: 'Decline', onclick: onDecline }), ...buttons));
  ringStack().append(root);
  announce(label);
  if (!typing(previous)) root.focus({ preventScroll: true });
  return {
    root,
    title,
    /** Where focus was before the card took it: the call window hands it back there when the call ends. */
    previous: previous && previous !== document.body ? previous : null,
    /** The browser holds the ringtone back until the user interacts: says so, with a button that plays it. */
    soundBlocked(onEnable, onNotify) {
      const enable = el('button', { class: 'calls-btn', type: 'button', text: 'Turn on sound', onclick: onEnable });
      const notify = onNotify && 'Notification' in window && Notification.permission === 'default'
        ? el('button', { class: 'calls-btn', type: 'button', text: 'Notify me of calls', onclick: onNotify }) : null;
      sound.replaceChildren(el('p', { role: 'alert', 'data-calls-sound-blocked': '', text: 'This call rings silently: the browser blocked its sound.' }),
        el('div', { class: 'calls-actions' }, enable, notify));
      sound.hidden = false;
    },
    soundOn() {
      sound.hidden = true;
      sound.replaceChildren();
    },
    remove() {
      const focused = root.contains(document.activeElement);
      root.remove();
      if (stack && !stack.childElementCount) stack.remove();
      if (focused && previous && previous !== document.body && previous.isConnected) previous.focus({ preventScroll: true });
    },
  };
}

const typing = (node) => !!node && (node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName));

/**
 * A system notification of the call while the page is hidden or its ring is silent, when the user allowed
 * them; null otherwise.
 */
export function notify(call, title, { silent = false } = {}) {
  if (!(document.hidden || silent) || !('Notification' in window) || Notification.permission !== 'granted') return null;
  try {
    const n = new Notification(title, { body: kindOf(call), tag: 'calls-' + call.id, requireInteraction: true });
    n.onclick = () => { window.focus(); n.close(); };
    return n;
  } catch (e) {
    return null; // notifications unavailable here
  }
}

/** Alternates the tab's title with the call while it rings, so a tab in the background shows it; returns a stop. */
export function flashTitle(text) {
  const original = document.title;
  let on = false;
  const timer = setInterval(() => {
    on = !on;
    document.title = on ? text : original;
  }, 1000);
  document.title = text;
  on = true;
  return () => {
    clearInterval(timer);
    document.title = original;
  };
}
