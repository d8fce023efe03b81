// The incoming-call dialog, and the system notification of a call while the page is hidden.

import { el, kindOf } from './dom.js';
import { announce } from './notices.js';

export function incomingDialog(call, caller, onAccept, onDecline) {
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

/** A system notification of the call while the page is hidden, when the user allowed them; null otherwise. */
export function notifyIfHidden(call, caller) {
  if (!document.hidden || !('Notification' in window) || Notification.permission !== 'granted') return null;
  try {
    const n = new Notification('Incoming call from ' + caller, { body: kindOf(call), tag: 'calls-' + call.id, requireInteraction: true });
    n.onclick = () => { window.focus(); n.close(); };
    return n;
  } catch (e) {
    return null; // notifications unavailable here
  }
}
