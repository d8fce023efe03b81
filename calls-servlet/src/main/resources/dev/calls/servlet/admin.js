// The tenant administrator's view: statistics, the live calls of the tenant and ending a stuck call.
// A host page loads Chart.js itself (a <script> of its own copy) and mounts the view:
//   import { mountAdminView } from '/api/calls/admin.js';
//   mountAdminView(document.querySelector('#admin'), { Chart: window.Chart });
// Only users the server's AdminPolicy names get answers; to anyone else the routes do not exist (404).

import { PAGE } from './client/api.js';

/**
 * The administrator's requests through a transport (api.js): the page's own by default; @calls/client passes
 * its own (base URL, bearer token). Returns { stats, activeCalls, endCall, watchActiveCalls }.
 */
export function adminApi(transport = PAGE) {
  const api = (method, path, body) => transport.api(method, path, body);

  /** Statistics of the calls created in [from, to): { from, to, bucket: 'day'|'hour' }, each optional. */
  function stats(query = {}) {
    const params = new URLSearchParams();
    for (const key of ['from', 'to', 'bucket']) {
      if (query[key]) params.set(key, query[key] instanceof Date ? query[key].toISOString() : query[key]);
    }
    const q = params.toString();
    return api('GET', 'admin/stats' + (q ? '?' + q : ''));
  }

  /** The tenant's ringing and active calls, oldest first. */
  async function activeCalls() {
    return (await api('GET', 'admin/calls/active')).calls;
  }

  /** Ends a call for everyone (reason ended_by_admin); resolves to the ended call. */
  function endCall(id) {
    return api('POST', 'admin/calls/' + encodeURIComponent(id) + '/end');
  }

  /**
   * Keeps a map of the tenant's live calls (id → call) current: reads the live calls once, then follows the
   * tenant's call events on the administrators' event stream (GET admin/events as text/event-stream), which
   * resumes by itself after a drop. Where the stream is not offered (no EventSource, or a transport without
   * tenant-wide delivery), it reads the tenant's event log every `interval` ms instead. `onChange(calls)` gets
   * the live calls, oldest first, after every change. Returns a function that stops watching.
   */
  function watchActiveCalls(onChange, { interval = 1000 } = {}) {
    const live = new Map();
    let after = 0;
    let stopped = false;
    let timer = null;
    let source = null;
    let ready = false;
    const pending = [];
    const emit = () => onChange([...live.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
    const apply = (call) => {
      if (call.state === 'ringing' || call.state === 'active') live.set(call.id, call);
      else live.delete(call.id);
    };
    const poll = async () => {
      timer = null;
      try {
        const page = await api('GET', 'admin/events?after=' + after);
        after = page.lastEventId;
        let changed = false;
        for (const e of page.events) {
          if (e.call) { apply(e.call); changed = true; }
        }
        if (changed) emit();
      } catch (e) {
        // the next round tries again
      }
      if (!stopped) timer = setTimeout(poll, interval);
    };
    const polling = () => { if (!stopped && !timer) timer = setTimeout(poll, interval); };
    const follow = () => {
      const Source = transport.EventSource;
      if (!Source) return false;
      source = new Source(transport.base + 'admin/events', { withCredentials: true });
      source.onmessage = (m) => {
        let e;
        try { e = JSON.parse(m.data); } catch (err) { return; }
        const id = Number(m.lastEventId);
        if (Number.isFinite(id) && id > after) after = id;
        if (!e.call) return;
        // until the live calls are read, held: they may predate what the read returns
        if (!ready) { pending.push(e.call); return; }
        apply(e.call);
        emit();
      };
      source.onerror = () => {
        // a drop is resumed by the stream itself (Last-Event-ID); a refusal closes it: read the log instead
        if (source && source.readyState === 2) { source = null; polling(); }
      };
      return true;
    };
    (async () => {
      // the end of the log first: the live calls read next are the state at least up to there
      after = (await api('GET', 'admin/events')).lastEventId;
      const streaming = follow();
      (await activeCalls()).forEach(apply);
      pending.splice(0).forEach(apply);
      ready = true;
      emit();
      if (!streaming) polling();
    })().catch(() => { ready = true; polling(); });
    return () => {
      stopped = true;
      clearTimeout(timer);
      if (source) source.close();
    };
  }

  return { stats, activeCalls, endCall, watchActiveCalls };
}

const PAGE_ADMIN = adminApi();
export const { stats, activeCalls, endCall, watchActiveCalls } = PAGE_ADMIN;

const el = (tag, attrs = {}, text) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

const seconds = (s) => (s === null || s === undefined ? '–' : s.toFixed(1) + ' s');

/**
 * Renders the view into `root`: figures, a chart of calls per bucket (answered and missed), a chart of
 * outcomes, and the live calls table with an End button per call. `Chart` is Chart.js's constructor.
 * Returns { refresh(query), stop() }.
 */
export function mountAdminView(root, { Chart, query = {}, interval = 1000 } = {}) {
  root.replaceChildren();
  const figures = el('dl', { class: 'calls-admin-figures', 'data-admin': 'figures' });
  const seriesCanvas = el('canvas', { 'data-admin': 'series-chart', 'aria-label': 'Calls per period', role: 'img' });
  const outcomeCanvas = el('canvas', { 'data-admin': 'outcome-chart', 'aria-label': 'Calls by outcome', role: 'img' });
  const table = el('table', { class: 'calls-admin-active', 'data-admin': 'active' });
  table.innerHTML = '<caption>Live calls</caption><thead><tr><th>Caller</th><th>State</th><th>Since</th>'
    + '<th>Participants</th><th>In the room</th><th></th></tr></thead><tbody></tbody>';
  root.append(el('h2', {}, 'Statistics'), figures, seriesCanvas, outcomeCanvas, table);
  let charts = [];

  const refresh = async (q = query) => {
    const s = await stats(q);
    figures.replaceChildren();
    const add = (name, value) => figures.append(el('dt', {}, name), el('dd', { 'data-figure': name }, String(value)));
    add('Calls', s.calls);
    add('Answered', s.answered);
    add('Answer rate', s.answerRate === null ? '–' : Math.round(s.answerRate * 100) + ' %');
    add('Time to answer p50 / p90', seconds(s.timeToAnswer.p50Seconds) + ' / ' + seconds(s.timeToAnswer.p90Seconds));
    add('Duration mean / p50 / p90', seconds(s.duration.meanSeconds) + ' / ' + seconds(s.duration.p50Seconds)
      + ' / ' + seconds(s.duration.p90Seconds));
    add('Peak concurrent calls', s.peakConcurrent);
    add('Missed most', s.missedByUser.map((m) => m.userId + ' (' + m.missed + ')').join(', ') || '–');
    charts.forEach((c) => c.destroy());
    const labels = s.series.map((p) => (s.bucket === 'day' ? p.start.slice(0, 10) : p.start.slice(0, 13) + 'h'));
    charts = [
      new Chart(seriesCanvas, {
        type: 'bar',
        data: { labels, datasets: [
          { label: 'Calls', data: s.series.map((p) => p.calls) },
          { label: 'Answered', data: s.series.map((p) => p.answered) },
          { label: 'Missed', data: s.series.map((p) => p.missed) }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false },
      }),
      new Chart(outcomeCanvas, {
        type: 'doughnut',
        data: { labels: Object.keys(s.byState), datasets: [{ label: 'Calls', data: Object.values(s.byState) }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false },
      }),
    ];
    root.dataset.statsDrawn = 'true';
    return s;
  };

  const render = (calls) => {
    const body = table.tBodies[0];
    body.replaceChildren(...calls.map((c) => {
      const row = el('tr', { 'data-call-id': c.id, 'data-state': c.state });
      const end = el('button', { type: 'button', 'data-admin-end': c.id }, 'End');
      end.addEventListener('click', () => endCall(c.id).catch(() => {}));
      const joined = c.participants.filter((p) => p.state === 'joined').map((p) => p.name);
      const inRoom = c.participants.filter((p) => p.inRoom).map((p) => p.name);
      const caller = c.participants.find((p) => p.userId === c.initiator);
      row.append(el('td', {}, caller ? caller.name : c.initiator), el('td', {}, c.state),
        el('td', {}, new Date(c.answeredAt || c.createdAt).toLocaleTimeString()),
        el('td', {}, c.participants.map((p) => p.name + ' (' + p.state + ')').join(', ')),
        el('td', {}, (inRoom.length ? inRoom : joined.length ? [] : ['–']).join(', ')),
        el('td', {}, ''));
      row.lastChild.append(end);
      return row;
    }));
    root.dataset.activeCalls = String(calls.length);
  };

  refresh().catch(() => {});
  const stop = watchActiveCalls(render, { interval });
  return { refresh, stop: () => { stop(); charts.forEach((c) => c.destroy()); } };
}
