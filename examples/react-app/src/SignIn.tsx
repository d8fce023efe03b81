import { useState, type FormEvent } from 'react';
import { signIn, type Session } from './session';

export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    try {
      onSignedIn(await signIn(String(form.get('username')), String(form.get('password'))));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main>
      <form className="card signin" onSubmit={submit}>
        <h1>Sign in</h1>
        {error && <p className="error" role="alert" id="signin-error">{error}</p>}
        <label htmlFor="username">Username</label>
        <input id="username" name="username" autoComplete="username" required autoFocus />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" disabled={busy}>Sign in</button>
        <p className="hint">Demo users: testuser4, calluser4, calluser8 … password testpass123</p>
      </form>
    </main>
  );
}
