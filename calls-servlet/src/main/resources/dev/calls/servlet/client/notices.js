// Notices on the page and announcements for screen readers.

import { el } from './dom.js';

const NOTICE_MS = 10_000;

let notices = null;
let live = null;

/** Says something to screen readers without showing it. */
export function announce(text) {
  if (!live) {
    live = el('div', { class: 'calls-sr', 'aria-live': 'assertive' });
    document.body.append(live);
  }
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

export function notice(text) {
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
