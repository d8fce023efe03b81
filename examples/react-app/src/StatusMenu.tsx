import { useCallsClient, useCallsState } from '@calls/react';

const CHOICES = [['online', 'Online'], ['away', 'Away'], ['busy', 'Busy'], ['dnd', 'Do not disturb']] as const;

/** The user's own status; do-not-disturb stops ringing. */
export function StatusMenu() {
  const client = useCallsClient();
  const { me } = useCallsState();
  if (!me) return null;
  const value = me.doNotDisturb ? 'dnd' : me.chosenStatus === 'offline' ? 'online' : me.chosenStatus;
  return (
    <label className="status-menu">
      Status{' '}
      <select id="status" value={value} onChange={(e) => {
        const v = e.target.value;
        client.setPresence(v === 'dnd' ? { doNotDisturb: true } : { status: v as 'online', doNotDisturb: false }).catch(() => {});
      }}>
        {CHOICES.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
      </select>
    </label>
  );
}
