// The host's side of the waiting room: "Ann Client is waiting — Admit / Deny", from guest.waiting events. The
// card goes into the open call window (above its controls) or, with no window open (the meeting page before the
// host joins, any other page), into a stack of its own; guest.admitted and guest.denied (from this or another
// device, or the meeting's own rule) take it away. When the host joins a meeting or a call they host, the guests
// who knocked before (while no page of theirs was open) are read from the pass list and shown too.

import { api } from './api.js';
import { el } from './dom.js';
import { announce } from './notices.js';

export class Lobby {
  constructor(client) {
    this.client = client;
    this.cards = new Map(); // guestId -> card
    this.stack = null;
    client.on('joined', ({ session }) => this.catchUp(session));
  }

  /** The guests already waiting for what the host just joined. */
  async catchUp(session) {
    for (const card of this.cards.values()) this.place(card); // into the window that just opened
    let target;
    if (session.kind === 'meeting' && session.moderator) {
      target = { meetingId: session.meeting.id };
    } else if (session.kind === 'call' && session.call.initiator === this.client.me?.userId) {
      target = { callId: session.call.id };
    } else {
      return;
    }
    const base = target.meetingId ? 'meetings/' + encodeURIComponent(target.meetingId) : encodeURIComponent(target.callId);
    try {
      const list = await api('GET', base + '/guests');
      for (const g of list.items || []) {
        if (g.state === 'waiting') this.show({ ...target, guestId: g.id, name: g.name });
      }
    } catch (e) { /* not a host of it after all, or gone: nothing to show */ }
  }

  onEvent(event) {
    if (!event || typeof event.type !== 'string' || !event.type.startsWith('guest.')) return;
    const d = event.data || {};
    if (!d.guestId) return;
    if (event.type === 'guest.waiting') this.show(d);
    else this.remove(d.guestId);
  }

  path(d, action) {
    const target = d.meetingId ? 'meetings/' + encodeURIComponent(d.meetingId) : encodeURIComponent(d.callId);
    return target + '/guests/' + encodeURIComponent(d.guestId) + '/' + action;
  }

  show(d) {
    if (this.cards.has(d.guestId)) return;
    const name = d.name || 'A guest';
    const message = el('p', { class: 'calls-lobby-text', text: name + ' is waiting' });
    const admit = el('button', { class: 'calls-btn calls-accept', type: 'button', text: 'Admit' });
    const deny = el('button', { class: 'calls-btn calls-decline', type: 'button', text: 'Deny' });
    const card = el('section', {
      class: 'calls-card calls-lobby', role: 'group', 'aria-label': name + ' is waiting', 'data-calls-guest': d.guestId,
    }, message, el('div', { class: 'calls-actions' }, admit, deny));
    admit.addEventListener('click', () => this.decide(d, 'admit', card, message));
    deny.addEventListener('click', () => this.decide(d, 'deny', card, message));
    this.cards.set(d.guestId, card);
    this.place(card);
    announce(name + ' is waiting to join. Admit or deny.');
  }

  /** In the call window when one is open, else in the lobby's own stack. */
  place(card) {
    const w = this.client.window;
    if (w && !w.closed && w.root && w.root.isConnected) {
      const bar = w.root.querySelector('.calls-bar');
      w.root.insertBefore(card, bar);
      return;
    }
    if (!this.stack || !this.stack.isConnected) {
      this.stack = el('div', { class: 'calls-layer calls-lobbies', role: 'region', 'aria-label': 'Waiting room' });
      document.body.append(this.stack);
    }
    this.stack.append(card);
  }

  async decide(d, action, card, message) {
    const buttons = card.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await api('POST', this.path(d, action));
      this.remove(d.guestId);
      announce((d.name || 'The guest') + (action === 'admit' ? ' was let in.' : ' was turned away.'));
    } catch (e) {
      if (e.status === 404) {
        this.remove(d.guestId);
        return;
      }
      message.textContent = (d.name || 'The guest') + ' is waiting — ' + e.message;
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  remove(guestId) {
    const card = this.cards.get(guestId);
    if (!card) return;
    this.cards.delete(guestId);
    card.remove();
    if (this.stack && !this.stack.children.length) {
      this.stack.remove();
      this.stack = null;
    }
  }
}
