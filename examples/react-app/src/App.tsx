import { CallsClient } from '@calls/client';
import { CallsProvider, IncomingCallDialog, useCallsState } from '@calls/react';
import { JitsiCallWindow } from '@calls/react/jitsi';
import { useEffect, useMemo, useState } from 'react';
import { History } from './History';
import { People } from './People';
import { saved, signOut, type Session } from './session';
import { SignIn } from './SignIn';
import { StatusMenu } from './StatusMenu';

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
      <Crm session={session} onSignOut={leave} onExpired={() => setSession(null)} />
      <IncomingCallDialog />
      <JitsiCallWindow displayName={session.user.displayName} />
    </CallsProvider>
  );
}

function Crm({ session, onSignOut, onExpired }: { session: Session; onSignOut: () => void; onExpired: () => void }) {
  const [tab, setTab] = useState<'people' | 'history'>('people');
  const { status, connected } = useCallsState();
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
        </nav>
        <span className="who" id="signed-in-as">{session.user.displayName}</span>
        <span className="live" data-connected={connected} title={connected ? 'Live' : 'Connecting…'} />
        <StatusMenu />
        <button type="button" onClick={onSignOut}>Sign out</button>
      </header>
      <main>{tab === 'people' ? <People session={session} /> : <History />}</main>
    </>
  );
}
