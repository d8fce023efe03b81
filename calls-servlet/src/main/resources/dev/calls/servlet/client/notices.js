// Notices on the page and announcements for screen readers.

import { el } from './dom.js';

const NOTICE_MS = 10_000;

let notices = null;
let live = null;

/** Says something to screen readers without showing it (ringing, connected, ended). */
export function announce(text) {
  if (!live || !live.isConnected) {
    live = el('div', { class: 'calls-sr', 'aria-live': 'assertive', 'data-calls-live': '' });
    document.body.append(live);
  }
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

/**
 * Shows a notice. Information goes after ten seconds; an error or a missed call ({keep: true}) stays until dismissed. Notices
 * go into the host's element marked data-calls-notices when the page has one (so they cover nothing), else
 * into a stack at the bottom of the window, away from the page's own header.
 */
export function notice(text, { keep = false } = {}) {
  const host = document.querySelector('[data-calls-notices]');
  if (host) {
    notices = host;
    host.classList.add('calls-notices-inline');
  } else if (!notices || !notices.isConnected) {
    notices = el('div', { class: 'calls-layer calls-notices' });
    document.body.append(notices);
  }
  const root = el('div', { class: 'calls-notice' + (keep ? ' calls-notice-kept' : ''), role: 'alert', 'data-calls-notice': keep ? 'kept' : 'passing' },
    el('span', { text }));
  const dismiss = el('button', { class: 'calls-btn', type: 'button', text: 'Dismiss', onclick: () => root.remove() });
  root.append(dismiss);
  notices.append(root);
  if (!keep) setTimeout(() => root.remove(), NOTICE_MS);
  return root;
}
