// The incoming-call dialogs (a call ringing; a call waiting while this device is in a call), and the system
// notification of a call while the page is hidden.

import { el, kindOf } from './dom.js';
import { announce } from './notices.js';

export function incomingDialog(call, caller, onAccept, onDecline) {
  return ringDialog(call, 'Incoming call from ' + caller, kindOf(call), onDecline,
    el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'Accept', onclick: onAccept }),
    `Incoming ${call.type} call from ${caller}`);
}

/** A call ringing while this device is in a call: no ringtone, and answering ends the current call. */
export function waitingDialog(call, caller, onAnswer, onDecline) {
  const dialog = ringDialog(call, 'Call waiting — ' + caller, kindOf(call) + ' · you are in a call', onDecline,
    el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'End current and answer', onclick: onAnswer }),
    `Call waiting: ${call.type} call from ${caller}`);
  dialog.root.setAttribute('data-calls-waiting', call.id);
  return dialog;
}

// Focus moves to the dialog (unless the user is typing), Escape declines, and focus goes back when it closes.
function ringDialog(call, title, kind, onDecline, answer, announcement) {
  const titleId = 'calls-in-' + call.id;
  const previous = document.activeElement;
  const root = el('div', {
    class: 'calls-layer calls-toast calls-card', role: 'dialog', 'aria-modal': 'false', tabindex: '-1',
    'aria-labelledby': titleId, 'aria-describedby': titleId + '-kind', 'data-calls-incoming': call.id,
    onkeydown: (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onDecline();
    },
  },
  el('h2', { id: titleId, text: title }),
  el('p', { id: titleId + '-kind', text: kind }),
  el('div', { class: 'calls-actions' },
    el('button', { class: 'calls-btn calls-decline', type: 'button', text: 'Decline', onclick: onDecline }), answer));
  document.body.append(root);
  announce(announcement);
  if (!typing(previous)) root.focus({ preventScroll: true });
  return {
    root,
    title,
    remove() {
      const focused = root.contains(document.activeElement);
      root.remove();
      if (focused && previous && previous !== document.body && previous.isConnected) previous.focus({ preventScroll: true });
    },
  };
}

const typing = (node) => !!node && (node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName));

/** A system notification of the call while the page is hidden, when the user allowed them; null otherwise. */
export function notifyIfHidden(call, title) {
  if (!document.hidden || !('Notification' in window) || Notification.permission !== 'granted') return null;
  try {
    const n = new Notification(title, { body: kindOf(call), tag: 'calls-' + call.id, requireInteraction: true });
    n.onclick = () => { window.focus(); n.close(); };
    return n;
  } catch (e) {
    return null; // notifications unavailable here
  }
}
