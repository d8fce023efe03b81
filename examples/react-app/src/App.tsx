import { CallsClient } from '@calls/client';
import { CallsProvider, IncomingCallDialog, useCallsClient, useCallsState } from '@calls/react';
import { JitsiCallWindow } from '@calls/react/jitsi';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { History } from './History';
import { People } from './People';
import { forget, saved, signOut, type Session } from './session';
import { SignIn } from './SignIn';
import { StatusMenu } from './StatusMenu';

// Chart.js comes with the admin view only, loaded when an administrator opens it
const AdminDashboard = lazy(() => import('@calls/react/admin').then((m) => ({ default: m.AdminDashboard })));

export function App() {
  const [session, setSession] = useState<Session | null>(saved);
  // one client per signed-in user; the token rides on every request and on the event stream
  const client = useMemo(() => (session ? new CallsClient({ baseUrl: '/api/calls', token: session.token }) : null), [session]);
  if (!session || !client) return <SignIn onSignedIn={setSession} />;
  const leave = async () => {
    await client.signOut();
    await signOut(session);
    setSession(null);
  };
  return (
    <CallsProvider client={client}>
      <Crm session={session} onSignOut={leave} onExpired={() => { forget(); setSession(null); }} />
      <IncomingCallDialog />
      <JitsiCallWindow displayName={session.user.displayName} />
    </CallsProvider>
  );
}

function Crm({ session, onSignOut, onExpired }: { session: Session; onSignOut: () => void; onExpired: () => void }) {
  const [tab, setTab] = useState<'people' | 'history' | 'admin'>('people');
  const { status, connected } = useCallsState();
  const client = useCallsClient();
  // the admin routes answer only the organization's administrators (calladmin); everyone else gets 404
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    client.admin.activeCalls().then(() => setAdmin(true), () => setAdmin(false));
  }, [client]);
  useEffect(() => {
    if (status === 'signedOut') onExpired();
  }, [status, onExpired]);
  return (
    <>
      <header className="bar">
        <strong>CRM · {session.user.organizationName}</strong>
        <nav aria-label="Sections">
          <button type="button" aria-current={tab === 'people' ? 'page' : undefined} onClick={() => setTab('people')}>People</button>
          <button type="button" aria-current={tab === 'history' ? 'page' : undefined} onClick={() => setTab('history')}>History</button>
          {admin && (
            <button type="button" aria-current={tab === 'admin' ? 'page' : undefined} onClick={() => setTab('admin')}>Admin</button>
          )}
        </nav>
        <span className="who" id="signed-in-as">{session.user.displayName}</span>
        <span className="live" data-connected={connected} title={connected ? 'Live' : 'Connecting…'} />
        <StatusMenu />
        <button type="button" onClick={onSignOut}>Sign out</button>
      </header>
      <main>
        {tab === 'people' ? <People session={session} /> : tab === 'history' ? <History /> : (
          <Suspense fallback={<p role="status">Loading…</p>}><h1>Calls in {session.user.organizationName}</h1><AdminDashboard /></Suspense>
        )}
      </main>
    </>
  );
}
