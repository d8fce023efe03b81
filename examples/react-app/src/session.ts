// Signing in to the CRM: POST /api/login trades a username and password for a bearer token, kept for this tab
// (sessionStorage), so a reload stays signed in and re-attaches to a call under way.

const KEY = 'crm.session';

export interface Me {
  username: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
}

export interface Session {
  token: string;
  user: Me;
}

export interface Entry {
  kind: 'employee' | 'customer';
  id: string;
  name: string;
  note: string;
  /** Whom a call button rings: the colleague, or a customer's account manager (none: no button). */
  userId: string | null;
}

export function saved(): Session | null {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? JSON.parse(text) : null;
  } catch (e) {
    return null;
  }
}

export async function signIn(username: string, password: string): Promise<Session> {
  const res = await fetch('/api/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.detail || 'Could not sign in.');
  const session = { token: body.token, user: body.user } as Session;
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** Forgets the session of this tab (its token no longer signs in: the server restarted, or it expired). */
export function forget(): void {
  sessionStorage.removeItem(KEY);
}

export async function signOut(session: Session): Promise<void> {
  sessionStorage.removeItem(KEY);
  await fetch('/api/logout', { method: 'POST', headers: { Authorization: 'Bearer ' + session.token } }).catch(() => {});
}

/** GET a CRM API path with the bearer token; a 401 means the token is gone (signed out elsewhere, restart). */
export async function get<T>(session: Session, path: string): Promise<T> {
  const res = await fetch(path, { headers: { Authorization: 'Bearer ' + session.token, Accept: 'application/json' } });
  if (res.status === 401) {
    sessionStorage.removeItem(KEY);
    throw new Error('signed-out');
  }
  if (!res.ok) throw new Error('HTTP ' + res.status);
  return res.json();
}
