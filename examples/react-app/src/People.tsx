import type { CallType, Presence } from '@calls/client';
import { useCallsClient, useCallsState, usePresence } from '@calls/react';
import { useEffect, useState } from 'react';
import { get, type Entry, type Session } from './session';

const REFUSALS: Record<string, (name: string) => string> = {
  recipient_busy: (n) => `${n} is busy in another call.`,
  recipient_offline: (n) => `${n} is offline.`,
  recipient_unavailable: (n) => `${n} is not taking calls right now.`,
  not_permitted: (n) => `You may not call ${n}.`,
  rate_limited: () => 'Too many calls started; try again in a minute.',
};

/** The organization's people and customers, each with a live presence dot and call buttons. */
export function People({ session }: { session: Session }) {
  const [people, setPeople] = useState<{ employees: Entry[]; customers: Entry[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ employees: Entry[]; customers: Entry[] }>(session, '/api/people').then(setPeople, (e) => setError(e.message));
  }, [session]);
  const ids = people ? [...people.employees, ...people.customers].map((e) => e.userId).filter((x): x is string => !!x) : [];
  const presence = usePresence(ids);
  if (error) return <p role="alert">{error}</p>;
  if (!people) return <p role="status">Loading…</p>;
  return (
    <>
      <h1>People in {session.user.organizationName}</h1>
      <ul className="people" id="people">
        {people.employees.map((e) => <Row key={e.id} entry={e} presence={presence[e.userId!]} />)}
      </ul>
      <h2>Customers</h2>
      <ul className="people" id="customers">
        {people.customers.map((e) => <Row key={e.id} entry={e} presence={e.userId ? presence[e.userId] : undefined} />)}
      </ul>
    </>
  );
}

function statusOf(p: Presence | undefined): string {
  if (!p || !p.online || p.status === 'offline') return 'offline';
  if (p.doNotDisturb) return 'dnd';
  return p.status;
}

const LABEL: Record<string, string> = { online: 'Online', away: 'Away', busy: 'Busy', dnd: 'Do not disturb', offline: 'Offline' };

function Row({ entry, presence }: { entry: Entry; presence: Presence | undefined }) {
  const client = useCallsClient();
  const { active, outgoing } = useCallsState();
  const [notice, setNotice] = useState<string | null>(null);
  const status = statusOf(presence);
  const callee = entry.kind === 'customer' ? entry.note.replace(/^account manager /, '') : entry.name;
  const call = async (type: CallType) => {
    setNotice(null);
    try {
      await client.call(entry.userId!, { type });
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      setNotice(REFUSALS[code]?.(callee) ?? (e as Error).message);
    }
  };
  const busy = !!active || !!outgoing;
  return (
    <li className="person" data-user={entry.userId ?? undefined} data-entry={entry.kind + ':' + entry.id}>
      {entry.userId ? <span className="dot" data-status={status} role="img" aria-label={LABEL[status]} /> : <span />}
      <span className="name">{entry.name} <small>{entry.note}</small></span>
      <span className="status">{entry.userId ? LABEL[status] + (presence?.inCall ? ' · in a call' : '') : 'your account'}</span>
      {entry.userId && (
        <span className="actions">
          <button type="button" aria-label={'Call ' + callee} disabled={status === 'offline' || busy} onClick={() => call('audio')}>Call</button>
          <button type="button" aria-label={'Video call ' + callee} disabled={status === 'offline' || busy} onClick={() => call('video')}>Video</button>
        </span>
      )}
      {notice && <p className="notice" role="alert">{notice}</p>}
    </li>
  );
}
