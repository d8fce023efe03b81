// The people page: presence dots, call buttons, incoming and outgoing calls, the call window.
// Plain JavaScript over the Calls HTTP API and its event stream (the API base comes from calls.base-path).
const api = document.body.dataset.api;
const me = document.body.dataset.user;
const panel = document.getElementById('call-panel');
const text = document.getElementById('call-text');
const actions = document.getElementById('call-actions');
const frame = document.getElementById('call-frame');
const notice = document.getElementById('notice');
let current = null;

async function request(method, path, body) {
  const headers = { 'X-Requested-With': 'calls-example', Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(api + path, init);
  const data = response.status === 204 ? null : await response.json();
  if (!response.ok) {
    throw new Error((data && data.detail) || response.statusText);
  }
  return data;
}

function say(message) {
  notice.textContent = message;
}

function nameOf(call, userId) {
  const p = call.participants.find((x) => x.userId === userId);
  return p ? p.name : userId;
}

function showPresence(p) {
  const row = document.querySelector('[data-user="' + CSS.escape(p.userId) + '"]');
  if (!row) {
    return;
  }
  row.querySelector('.dot').className = 'dot ' + p.status;
  row.querySelector('.status').textContent = p.status + (p.message ? ' · ' + p.message : '');
  row.querySelectorAll('button[data-call]').forEach((b) => { b.disabled = !p.callable; });
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function show(call, message, buttons) {
  current = call;
  panel.hidden = false;
  text.textContent = message;
  actions.replaceChildren(...buttons);
}

function hide(message) {
  current = null;
  panel.hidden = true;
  frame.hidden = true;
  frame.removeAttribute('src');
  actions.replaceChildren();
  if (message) {
    say(message);
  }
}

function openCall(call) {
  show(call, 'In a ' + call.type + ' call', [button('Hang up', () => request('POST', '/' + call.id + '/end').catch((e) => say(e.message)))]);
  frame.src = api + '/embed/' + encodeURIComponent(call.id);
  frame.hidden = false;
}

function incoming(call) {
  show(call, 'Incoming ' + call.type + ' call from ' + nameOf(call, call.initiator), [
    button('Accept', () => request('POST', '/' + call.id + '/accept').then(openCall).catch((e) => say(e.message))),
    button('Decline', () => request('POST', '/' + call.id + '/decline').then(() => hide()).catch((e) => say(e.message))),
  ]);
  request('POST', '/' + call.id + '/acknowledge').catch(() => {});
}

function outgoing(call) {
  const callee = call.participants.filter((p) => p.userId !== me).map((p) => p.name).join(', ');
  show(call, 'Calling ' + callee + '…', [
    button('Cancel', () => request('POST', '/' + call.id + '/cancel').then(() => hide()).catch((e) => say(e.message))),
  ]);
}

const endings = {
  'call.declined': 'The call was declined.',
  'call.cancelled': 'The caller hung up.',
  'call.missed': 'Missed call.',
  'call.ended': 'The call ended.',
};

function onCallEvent(event) {
  const call = event.call;
  const mine = call.participants.find((p) => p.userId === me);
  if (event.type === 'call.ringing' && call.initiator !== me && mine && (mine.state === 'invited' || mine.state === 'ringing')) {
    incoming(call);
  } else if (event.type === 'call.accepted' && current && current.id === call.id && call.initiator === me) {
    openCall(call);
  } else if (endings[event.type] && current && current.id === call.id) {
    hide(endings[event.type]);
  }
}

document.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-call]');
  if (!b) {
    return;
  }
  request('POST', '', { recipientIds: [b.dataset.to], type: b.dataset.call })
    .then((call) => (call.state === 'active' ? openCall(call) : outgoing(call)))
    .catch((err) => say(err.message));
});

document.getElementById('my-status').addEventListener('change', (e) => {
  request('PUT', '/presence/me', { status: e.target.value }).then(() => say('Status: ' + e.target.value))
    .catch((err) => say(err.message));
});

const events = new EventSource(api + '/events');
events.onmessage = (m) => {
  const event = JSON.parse(m.data);
  if (event.type === 'presence.changed') {
    showPresence(event.presence);
  } else if (event.call) {
    onCallEvent(event);
  }
};

request('GET', '/presence/me').then((p) => { document.getElementById('my-status').value = p.chosenStatus; }).catch(() => {});
request('GET', '/active').then((r) => {
  const call = r.items[0];
  if (call && call.state === 'active') {
    openCall(call);
  }
}).catch(() => {});
