// Calls browser client: the API base and thin wrappers over the HTTP API, as an ES module.
// Usage: import { startCall, events } from '/api/calls/client.js';

/** Where the API answers, derived from where this module was loaded from (such as /api/calls). */
export const apiBase = new URL('.', import.meta.url).pathname.replace(/\/$/, '');

/** Calls the API; resolves with the JSON answer, rejects with an Error carrying status, code and problem. */
export async function request(method, path, body) {
  const headers = { 'X-Requested-With': 'calls', Accept: 'application/json' };
  const init = { method, credentials: 'same-origin', headers };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(apiBase + path, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((data && data.detail) || response.statusText);
    error.status = response.status;
    error.code = data && data.code;
    error.problem = data;
    throw error;
  }
  return data;
}

const call = (id) => '/' + encodeURIComponent(id);

export const startCall = (recipientIds, type = 'video') => request('POST', '/', { recipientIds, type });
export const getCall = (id) => request('GET', call(id));
export const acknowledge = (id) => request('POST', call(id) + '/acknowledge');
export const accept = (id) => request('POST', call(id) + '/accept');
export const decline = (id) => request('POST', call(id) + '/decline');
export const cancel = (id) => request('POST', call(id) + '/cancel');
export const leave = (id) => request('POST', call(id) + '/leave');
export const end = (id) => request('POST', call(id) + '/end');
export const updateMedia = (id, media) => request('POST', call(id) + '/media', media);
export const ringAgain = (id, userId) => request('POST', call(id) + '/ring', { userId });
export const join = (id) => request('GET', call(id) + '/join');
export const ringState = (id) => request('GET', call(id) + '/ring-state');
export const activeCalls = () => request('GET', '/active');
export const history = (query = '') => request('GET', '/history' + (query ? '?' + query : ''));
export const myPresence = () => request('GET', '/presence/me');
export const setPresence = (update) => request('PUT', '/presence/me', update);
export const heartbeat = () => request('POST', '/presence/heartbeat');
export const presenceOf = (userIds) => request('GET', '/presence?userIds=' + encodeURIComponent(userIds.join(',')));
export const embedUrl = (id) => apiBase + '/embed/' + encodeURIComponent(id);

/** Opens the event stream; calls onEvent with each event object. Returns the EventSource (close() it). */
export function events(onEvent) {
  const source = new EventSource(apiBase + '/events', { withCredentials: true });
  source.onmessage = (message) => onEvent(JSON.parse(message.data));
  return source;
}
