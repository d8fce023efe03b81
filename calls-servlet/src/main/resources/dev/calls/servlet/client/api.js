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

/**
 * How requests reach the server. The browser client uses the default one: the path this module was served
 * from and the page's cookies. @calls/client (the npm package built from these modules) makes its own, with a
 * base URL, an Authorization header per request, its own fetch and a fetch-based event stream.
 *
 * base: where the API answers, ending in "/"; headers(): extra headers for each request (may be a promise);
 * credentials: fetch's credentials mode; fetch: the fetch function; EventSource: the event stream's class
 * (EventSource's shape; without one, and without a global EventSource, the connection long-polls).
 */
export function transport({ base = BASE, headers = () => ({}), credentials = 'same-origin', fetch: send, EventSource: Source } = {}) {
  const doFetch = send || ((url, init) => fetch(url, init));
  const t = {
    base,
    /** fetch for a path under the base, with the client's headers and credentials. */
    async fetch(path, init = {}) {
      return doFetch(base + path, { credentials, ...init, headers: { ...HEADERS, ...(await headers()), ...init.headers } });
    },
    /** Sends one request to the API; resolves to the JSON answer (null when empty), rejects with a CallsError. */
    async api(method, path, body) {
      const init = { method, headers: {} };
      if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
      let res;
      try {
        res = await t.fetch(path, init);
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
    },
    /** The event stream's class, or null where there is none (long-polling then). */
    get EventSource() {
      return Source || (typeof EventSource === 'function' ? EventSource : null);
    },
  };
  return t;
}

/** The browser client's transport: this module's base path and the page's cookies. */
export const PAGE = transport();

/** Sends one request to the API; resolves to the JSON answer (null when empty), rejects with a CallsError. */
export function api(method, path, body) {
  return PAGE.api(method, path, body);
}

export const callPath = (id, action) => encodeURIComponent(id) + (action ? '/' + action : '');
