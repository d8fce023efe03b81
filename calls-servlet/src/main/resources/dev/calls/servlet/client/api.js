// HTTP: the API's base path, its fetch helper and the error it throws.

/** Where the API answers, such as "/api/calls/": the folder above this module's. */
export const BASE = new URL('..', import.meta.url).pathname;

/** A problem answer (RFC 9457) from the server, or a network failure (status 0). */
export class CallsError extends Error {
  constructor(problem, status) {
    super(problem.detail || problem.title || (status ? 'HTTP ' + status : 'the server could not be reached'));
    this.name = 'CallsError';
    this.code = problem.code || (status ? 'http_' + status : 'network');
    this.status = status;
    this.problem = problem;
  }
}

export const HEADERS = { Accept: 'application/json', 'X-Requested-With': 'calls-client' };

/** Sends one request to the API; resolves to the JSON answer (null when empty), rejects with a CallsError. */
export async function api(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { ...HEADERS } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(BASE + path, init);
  } catch (e) {
    throw new CallsError({}, 0);
  }
  const text = await res.text();
  let json = null;
  if (text) {
    try { json = JSON.parse(text); } catch (e) { json = { detail: text.slice(0, 200) }; }
  }
  if (!res.ok) throw new CallsError(json || {}, res.status);
  return json;
}

export const callPath = (id, action) => encodeURIComponent(id) + (action ? '/' + action : '');
