import type { HistoryRow } from '@calls/client';
import { useCallHistory, useCallsState } from '@calls/react';

const OUTCOME: Record<HistoryRow['outcome'], string> = {
  ongoing: 'Ongoing', answered: 'Answered', missed: 'Missed', declined: 'Declined', no_answer: 'No answer',
  cancelled: 'Cancelled', busy: 'Busy', unavailable: 'Not taking calls', failed: 'Failed',
};

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function duration(seconds: number | null | undefined): string {
  if (seconds == null) return '';
  const m = Math.floor(seconds / 60);
  return m + ':' + String(seconds % 60).padStart(2, '0');
}

/** This user's calls, newest first; a call that ends appears at once. */
export function History() {
  const { items, loading, error, hasMore, loadMore } = useCallHistory({ limit: 20 });
  const me = useCallsState().me?.userId;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <>
      <h1>Call history</h1>
      <table id="history">
        <thead><tr><th>When</th><th>With</th><th>Kind</th><th>Direction</th><th>Outcome</th><th>Duration</th></tr></thead>
        <tbody>
          {items.map((row) => (
            <tr key={row.id} data-call={row.id} data-outcome={row.outcome}>
              <td><time dateTime={row.createdAt}>{TIME.format(new Date(row.createdAt))}</time></td>
              <td>{row.participants.filter((p) => p.userId !== me).map((p) => p.name || p.userId).join(', ')}</td>
              <td>{row.type === 'video' ? 'Video' : 'Audio'}</td>
              <td>{row.direction === 'incoming' ? 'Incoming' : 'Outgoing'}</td>
              <td>{OUTCOME[row.outcome] ?? row.outcome}</td>
              <td>{duration(row.durationSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && !items.length && <p>No calls yet.</p>}
      {hasMore && <button type="button" onClick={loadMore} disabled={loading}>More</button>}
    </>
  );
}
