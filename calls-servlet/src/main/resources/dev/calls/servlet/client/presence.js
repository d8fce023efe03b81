// Presence on the page: a dot and call buttons on every element with data-calls-user, and the status menu.

import { api } from './api.js';
import { el } from './dom.js';
import { notice } from './notices.js';

const STATUS_LABEL = { online: 'Online', away: 'Away', busy: 'Busy', dnd: 'Do not disturb', offline: 'Offline' };

/** What a presence dot shows: offline when not online, do-not-disturb, else the status others see. */
function presenceKey(p) {
  if (!p || !p.online || p.status === 'offline') return 'offline';
  if (p.doNotDisturb) return 'dnd';
  return p.status || 'online';
}

/** What the user chose, as the status menu shows it. */
const chosenKey = (p) => (p.doNotDisturb ? 'dnd' : (p.chosenStatus === 'offline' ? 'online' : p.chosenStatus || 'online'));

/** Decorates the page for a client: reads client.me and client.presence, calls client.call and client.setStatus. */
export class PresenceView {
  constructor(client) {
    this.client = client;
    this.observer = null;
  }

  /** Decorates what is on the page now and whatever is added later, and shows the status menu. */
  start() {
    this.decorate(document.body);
    this.client.refreshWatch();
    this.observer = new MutationObserver((records) => {
      let changed = false;
      for (const r of records) {
        for (const n of r.addedNodes) if (n.nodeType === 1) { this.decorate(n); changed = true; }
        if (r.removedNodes.length) changed = true;
      }
      if (changed) this.client.refreshWatch();
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
    this.statusMenu();
  }

  stop() {
    this.observer?.disconnect();
  }

  /** The users the page names now (data-calls-user): whose presence it shows. */
  shown() {
    return [...document.querySelectorAll('[data-calls-user]')].map((n) => n.dataset.callsUser).filter(Boolean);
  }

  /** Shows one user's presence wherever the page names them; the status menu too when it is the user's own. */
  show(p) {
    const me = this.client.me;
    if (me && p.userId === me.userId) {
      const select = document.querySelector('[data-calls-status-select]');
      if (select) select.value = chosenKey(me);
    }
    for (const node of document.querySelectorAll('[data-calls-user="' + CSS.escape(p.userId) + '"]')) this.paint(node, p);
  }

  paint(node, p) {
    const key = presenceKey(p);
    const label = STATUS_LABEL[key] || key;
    const dot = node.querySelector(':scope > .calls-dot');
    if (dot) {
      dot.dataset.status = key;
      dot.setAttribute('aria-label', label);
      dot.title = label + (p.message ? ' · ' + p.message : '');
    }
    const text = node.querySelector('[data-calls-status]');
    if (text) text.textContent = label + (p.inCall ? ' · in a call' : '') + (p.message ? ' · ' + p.message : '');
    for (const b of node.querySelectorAll(':scope > .calls-user-btn')) b.disabled = key === 'offline';
  }

  decorate(root) {
    localTimes(root);
    const client = this.client;
    const nodes = root.matches?.('[data-calls-user]') ? [root] : [];
    nodes.push(...(root.querySelectorAll?.('[data-calls-user]') || []));
    const fresh = [];
    for (const node of nodes) {
      if (node.hasAttribute('data-calls-decorated')) continue;
      const id = node.dataset.callsUser;
      if (!id) continue;
      node.setAttribute('data-calls-decorated', '');
      const name = node.dataset.callsName || node.textContent.trim() || id;
      node.prepend(el('span', { class: 'calls-dot', role: 'img', 'data-status': 'offline', 'aria-label': 'Offline', title: 'Offline' }));
      if (!client.me || id !== client.me.userId) {
        node.append(
          el('button', { class: 'calls-user-btn', type: 'button', 'aria-label': 'Call ' + name, text: 'Call', disabled: true,
            onclick: () => client.call(id, { type: 'audio', name }) }),
          el('button', { class: 'calls-user-btn', type: 'button', 'aria-label': 'Video call ' + name, text: 'Video', disabled: true,
            onclick: () => client.call(id, { type: 'video', name }) }));
      }
      const known = client.presence.get(id);
      if (known) this.paint(node, known); else fresh.push(id);
    }
    if (fresh.length) this.load([...new Set(fresh)]);
  }

  async load(ids) {
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      try {
        const res = await api('GET', 'presence?userIds=' + chunk.map(encodeURIComponent).join(','));
        for (const p of res.items || []) this.client.updatePresence(p);
      } catch (e) { /* they stay shown as offline */ }
    }
  }

  statusMenu() {
    const client = this.client;
    let host = document.querySelector('[data-calls-status-menu]');
    if (!host) {
      host = el('div', { class: 'calls-layer calls-status' });
      document.body.append(host);
    }
    if (host.querySelector('[data-calls-status-select]')) return;
    host.classList.add('calls-status-menu');
    const select = el('select', { id: 'calls-status-select', 'data-calls-status-select': '' },
      ...['online', 'away', 'busy', 'dnd'].map((v) => el('option', { value: v, text: STATUS_LABEL[v] })));
    select.value = chosenKey(client.me);
    select.addEventListener('change', () => client.setStatus(select.value).catch((e) => notice(e.message)));
    host.append(el('label', { for: 'calls-status-select', text: 'Status' }), select);
    if ('Notification' in window && Notification.permission === 'default') {
      const ask = el('button', { class: 'calls-user-btn', type: 'button', text: 'Notify me of calls',
        onclick: () => client.requestNotifications().finally(() => ask.remove()) });
      host.append(ask);
    }
  }
}

const LOCAL = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Shows every <time data-calls-local datetime="…"> in the reader's own time zone and locale (the host page
 * renders UTC, which the server knows; the browser knows the reader's zone). The full instant stays in a tooltip.
 */
function localTimes(root) {
  const nodes = root.matches?.('time[data-calls-local]') ? [root] : [...(root.querySelectorAll?.('time[data-calls-local]') || [])];
  for (const node of nodes) {
    if (node.hasAttribute('data-calls-localized')) continue;
    const at = new Date(node.getAttribute('datetime'));
    if (Number.isNaN(at.getTime())) continue;
    node.setAttribute('data-calls-localized', '');
    node.title = node.textContent;
    node.textContent = LOCAL.format(at);
  }
}
