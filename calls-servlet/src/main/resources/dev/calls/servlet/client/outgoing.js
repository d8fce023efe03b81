// The outgoing call: the "calling…" dialog and what the caller is told when no one answers.

import { el, kindOf } from './dom.js';

export function outgoingDialog(call, callee, onCancel) {
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

export const REFUSALS = {
  recipient_busy: (n) => `${n} is busy in another call.`,
  recipient_offline: (n) => `${n} is offline.`,
  recipient_unavailable: (n) => `${n} is not taking calls right now.`,
  not_permitted: (n) => `You may not call ${n}.`,
  rate_limited: () => 'Too many calls started; try again in a minute.',
};

/** What the caller is told when a call ends before anyone answered. */
export function unansweredText(call, label) {
  if (call.state === 'declined') return `${label} declined the call.`;
  if (call.state === 'missed') return call.endReason === 'busy' ? `${label} is busy in another call.` : `${label} did not answer.`;
  if (call.state === 'failed') return `The call to ${label} could not be connected.`;
  if (call.state === 'cancelled') return 'Call cancelled.';
  return `The call to ${label} ended.`;
}

/**
 * What this side is told when the other side ended the call: a failure (an error, kept until dismissed) or a
 * summary with the duration.
 */
export function endedText(call, label, duration) {
  // a participant whose media failed leaves: the call completes with reason failed, or fails outright; this
  // side's own failure shows in its window, so here it was the other side
  if (call.state === 'failed' || call.endReason === 'failed') {
    return { text: `${label}'s connection to the call failed, so the call ended.`, error: true };
  }
  if (call.endReason === 'max_duration') return { text: `Call with ${label} reached its time limit — ${duration}`, error: false };
  return { text: `Call with ${label} ended — ${duration}`, error: false };
}
