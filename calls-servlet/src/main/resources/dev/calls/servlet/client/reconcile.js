// Brings the page in line with a call's state, from an event or, after a reload, from the active calls.

import { api } from './api.js';
import { nameOf, participant } from './dom.js';
import { notice } from './notices.js';
import { endedText, outgoingDialog, unansweredText } from './outgoing.js';

/** After a reload: ring again, show the outgoing call, or re-enter the call under way. */
export async function reattach(client) {
  let active;
  try { active = await api('GET', 'active'); } catch (e) { return; }
  for (const call of active.items || []) reconcile(client, call, { attach: true });
}

/** Brings the client's page in line with one call's state: dialogs, ringtone, window, notices. */
export function reconcile(client, call, { event, attach = false } = {}) {
  const myId = client.me?.userId;
  const mine = participant(call, myId);
  if (!mine) return;
  const liveCall = call.state === 'ringing' || call.state === 'active';
  const pending = mine.state === 'invited' || mine.state === 'ringing';
  const caller = nameOf(participant(call, call.initiator)) || call.initiator;
  const others = call.participants.filter((p) => p.userId !== myId).map(nameOf).join(', ');

  if (liveCall && pending && call.initiator !== myId) {
    if (client.options.ringing && !client.incoming.has(call.id) && !client.handled.has(call.id)) client.showIncoming(call);
  } else if (client.closeIncoming(call.id)) {
    if (mine.state === 'missed') {
      notice(call.endReason === 'busy' ? `Missed call from ${caller}: you answered another call.` : `Missed call from ${caller}.`, { keep: true });
    }
    else if (mine.state === 'joined' && client.window?.callId !== call.id) notice('Answered on another device.');
    else if (mine.state === 'declined') notice('Declined on another device.');
  } else if (event?.type === 'call.missed' && call.endReason === 'busy' && call.initiator !== myId) {
    notice(`Missed call from ${caller} while you were in a call.`, { keep: true });
  }

  const out = client.outgoing;
  if (out && out.call.id === call.id) {
    out.call = call;
    if (call.state === 'active') {
      client.outgoing = null;
      out.dialog.remove();
      client.openJoined(call, out.join, out.returnFocus);
    } else if (!liveCall) {
      client.outgoing = null;
      out.dialog.remove();
      if (!out.cancelled) notice(unansweredText(call, out.label), { keep: call.state !== 'cancelled' });
      client.emit('callEnded', { call });
    } else {
      out.dialog.update(call);
    }
  } else if (attach && call.state === 'ringing' && call.initiator === myId && !client.outgoing) {
    client.outgoing = { call, join: null, label: others, cancelled: false, dialog: outgoingDialog(call, others, () => client.cancel()) };
    client.outgoing.dialog.update(call);
  }

  const w = client.window;
  if (w && w.callId === call.id) {
    if (!liveCall || mine.state !== 'joined') {
      w.close();
      if (!liveCall && !w.replaced) {
        const ended = endedText(call, others, w.duration(call));
        notice(ended.text, { keep: ended.error });
      }
    } else {
      w.update(call);
    }
  } else if (attach && call.state === 'active' && mine.state === 'joined' && !w) {
    client.openJoined(call, null);
  }
}
