// @calls/react/admin: the tenant administrator's dashboard, with charts by Chart.js (an optional peer dependency,
// so it lives in its own entry).
import { Chart as ChartJs, registerables, type ChartConfiguration } from 'chart.js';
import { useEffect, useRef, useState } from 'react';
import type { Call, CallStats, CallsError, StatsQuery } from '@calls/client';
import { useCallsClient } from './context.js';

ChartJs.register(...registerables);

/** What the dashboard needs of Chart.js: new Chart(canvas, config), destroy(). */
export type ChartConstructor = new (canvas: HTMLCanvasElement, config: ChartConfiguration) => { destroy(): void };

export interface AdminDashboardProps {
  /** The range and bucket of the statistics (default: the last 30 days, per day). */
  query?: StatsQuery;
  /** How often the live calls are read from the tenant's event log, in ms (default 1000). */
  interval?: number;
  /** Chart.js's constructor (default the chart.js package's). */
  Chart?: ChartConstructor;
}

const seconds = (s: number | null | undefined) => (s == null ? '–' : s.toFixed(1) + ' s');

/**
 * Statistics of the administrator's tenant (figures, calls per period, outcomes) and its live calls, each with
 * End (a stuck call ends for everyone, reason ended_by_admin). To anyone the server does not name an
 * administrator it says so, since the routes answer them 404.
 */
export function AdminDashboard({ query, interval = 1000, Chart = ChartJs as unknown as ChartConstructor }: AdminDashboardProps) {
  const client = useCallsClient();
  const [stats, setStats] = useState<CallStats | null>(null);
  const [calls, setCalls] = useState<Call[]>([]);
  const [error, setError] = useState<CallsError | null>(null);
  const key = JSON.stringify(query ?? {});

  useEffect(() => {
    let live = true;
    client.admin.stats(query).then((s) => { if (live) setStats(s); }, (e) => { if (live) setError(e); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key]);

  useEffect(() => client.admin.watchActiveCalls(setCalls, { interval }), [client, interval]);

  if (error) {
    return <p role="alert">{error.status === 404 ? 'You do not administer calls here.' : error.message}</p>;
  }
  return (
    <section className="calls-admin" data-stats-drawn={stats ? 'true' : undefined}>
      <h2>Statistics</h2>
      {stats ? <Figures stats={stats} /> : <p role="status">Loading…</p>}
      {stats && <Charts stats={stats} Chart={Chart} />}
      <table className="calls-admin-active" data-active-calls={calls.length}>
        <caption>Live calls</caption>
        <thead>
          <tr><th>Caller</th><th>State</th><th>Since</th><th>Participants</th><th>In the room</th><th /></tr>
        </thead>
        <tbody>
          {calls.map((c) => {
            const caller = c.participants.find((p) => p.userId === c.initiator);
            const inRoom = c.participants.filter((p) => p.inRoom).map((p) => p.name);
            return (
              <tr key={c.id} data-call-id={c.id} data-state={c.state}>
                <td>{caller?.name ?? c.initiator}</td>
                <td>{c.state}</td>
                <td>{new Date(c.answeredAt ?? c.createdAt).toLocaleTimeString()}</td>
                <td>{c.participants.map((p) => p.name + ' (' + p.state + ')').join(', ')}</td>
                <td>{inRoom.join(', ') || '–'}</td>
                <td>
                  <button type="button" aria-label={'End the call of ' + (caller?.name ?? c.initiator)}
                    onClick={() => client.admin.endCall(c.id).catch(() => {})}>End</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Figures({ stats: s }: { stats: CallStats }) {
  const rows: [string, string][] = [
    ['Calls', String(s.calls)],
    ['Answered', String(s.answered)],
    ['Answer rate', s.answerRate === null ? '–' : Math.round(s.answerRate * 100) + ' %'],
    ['Time to answer p50 / p90', seconds(s.timeToAnswer.p50Seconds) + ' / ' + seconds(s.timeToAnswer.p90Seconds)],
    ['Duration mean / p50 / p90', [s.duration.meanSeconds, s.duration.p50Seconds, s.duration.p90Seconds].map(seconds).join(' / ')],
    ['Peak concurrent calls', String(s.peakConcurrent)],
    ['Missed most', s.missedByUser.map((m) => m.userId + ' (' + m.missed + ')').join(', ') || '–'],
  ];
  return (
    <dl className="calls-admin-figures">
      {rows.map(([name, value]) => [<dt key={'t' + name}>{name}</dt>, <dd key={'d' + name} data-figure={name}>{value}</dd>])}
    </dl>
  );
}

function Charts({ stats: s, Chart }: { stats: CallStats; Chart: ChartConstructor }) {
  const series = useRef<HTMLCanvasElement>(null);
  const outcomes = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const labels = s.series.map((p) => (s.bucket === 'day' ? p.start.slice(0, 10) : p.start.slice(0, 13) + 'h'));
    const charts = [
      new Chart(series.current!, {
        type: 'bar',
        data: {
          labels,
          datasets: [
            { label: 'Calls', data: s.series.map((p) => p.calls) },
            { label: 'Answered', data: s.series.map((p) => p.answered) },
            { label: 'Missed', data: s.series.map((p) => p.missed) },
          ],
        },
        options: { animation: false, responsive: true, maintainAspectRatio: false },
      }),
      new Chart(outcomes.current!, {
        type: 'doughnut',
        data: { labels: Object.keys(s.byState), datasets: [{ label: 'Calls', data: Object.values(s.byState) }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false },
      }),
    ];
    return () => charts.forEach((c) => c.destroy());
  }, [s, Chart]);
  return (
    <div className="calls-admin-charts">
      <div style={{ position: 'relative', height: 240 }}><canvas ref={series} role="img" aria-label="Calls per period" /></div>
      <div style={{ position: 'relative', height: 240 }}><canvas ref={outcomes} role="img" aria-label="Calls by outcome" /></div>
    </div>
  );
}
