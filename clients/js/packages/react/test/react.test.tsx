// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CallsClient, type Call } from '@calls/client';
import { FakeServer } from '../../client/test/fake-server.js';
import {
  CallWindow, CallsProvider, IncomingCallDialog, useActiveCall, useCall, useCallHistory, useIncomingCalls, usePresence,
} from '../src/index.js';
import { JitsiCallWindow } from '../src/jitsi.js';
import { AdminDashboard, type ChartConstructor } from '../src/admin.js';

const clients: CallsClient[] = [];

function setUp(me: string, prepare?: (server: FakeServer) => void) {
  const server = new FakeServer(me);
  prepare?.(server);
  const client = new CallsClient({ baseUrl: 'http://crm.test/api/calls', token: 'secret-token', fetch: server.fetch });
  clients.push(client);
  return { server, client };
}

async function connected(client: CallsClient) {
  await waitFor(() => expect(client.getState().connected).toBe(true));
}

afterEach(() => {
  cleanup();
  for (const c of clients.splice(0)) c.stop();
  delete (window as any).JitsiMeetExternalAPI;
});

function Ringing() {
  const incoming = useIncomingCalls();
  return <output data-testid="ringing">{incoming.map((c) => c.initiator).join(',')}</output>;
}

function Active() {
  const { call, join } = useActiveCall();
  return <output data-testid="active">{call ? call.initiator + ' in ' + (join?.room ?? 'no room yet') : 'none'}</output>;
}

describe('@calls/react', () => {
  it('incomingCallThenDialogAndAcceptOpensTheCall', async () => {
    const { server, client } = setUp('bob');
    render(
      <CallsProvider client={client}>
        <Ringing />
        <IncomingCallDialog />
        <CallWindow>{({ call, join }) => <p data-testid="window">{call.id} {join?.room}</p>}</CallWindow>
      </CallsProvider>,
    );
    await connected(client);
    let call!: Call;
    act(() => { call = server.newCall('alice', 'bob'); });

    const dialog = await screen.findByRole('dialog', { name: 'ALICE is calling' });
    expect(dialog.textContent).toContain('Video call');
    expect(screen.getByTestId('ringing').textContent).toBe('alice');
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));

    await waitFor(() => expect(screen.getByTestId('window').textContent).toBe(call.id + ' ' + call.room));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('ringing').textContent).toBe('');
    expect(server.requests.some((r) => r.method === 'POST' && r.path === call.id + '/accept')).toBe(true);
  });

  it('declineThenDialogGoesAndServerTold', async () => {
    const { server, client } = setUp('bob');
    render(<CallsProvider client={client}><IncomingCallDialog /></CallsProvider>);
    await connected(client);
    let call!: Call;
    act(() => { call = server.newCall('alice', 'bob', 'audio'); });
    expect((await screen.findByRole('dialog')).textContent).toContain('Audio call');
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(server.calls.get(call.id)!.state).toBe('declined'));
  });

  it('activeCallBeforeMountThenUseActiveCallReattaches', async () => {
    const { client } = setUp('bob', (server) => {
      const call = server.newCall('alice', 'bob');
      server.answer(call.id, 'bob');
    });
    render(<CallsProvider client={client}><Active /></CallsProvider>);
    await waitFor(() => expect(screen.getByTestId('active').textContent).toMatch(/^alice in crm-room-/));
  });

  it('usePresenceThenWatchedAndLive', async () => {
    const { server, client } = setUp('bob');
    function Dots() {
      const presence = usePresence(['alice', 'carol']);
      return <output data-testid="dots">{['alice', 'carol'].map((id) => id + ':' + (presence[id]?.status ?? '?')).join(' ')}</output>;
    }
    render(<CallsProvider client={client}><Dots /></CallsProvider>);
    await waitFor(() => expect(screen.getByTestId('dots').textContent).toBe('alice:online carol:online'));
    await connected(client);
    const stream = server.requests.find((r) => r.headers.accept === 'text/event-stream')!;
    expect(decodeURIComponent(stream.path)).toContain('watch=alice,carol');
    act(() => server.setPresence('carol', { status: 'away' }));
    await waitFor(() => expect(screen.getByTestId('dots').textContent).toBe('alice:online carol:away'));
  });

  it('useCallHistoryThenRowsAndReloadWhenACallEnds', async () => {
    const { server, client } = setUp('bob', (s) => {
      const old = s.newCall('alice', 'bob');
      s.answer(old.id, 'bob');
      s.hangUp(old.id, 'bob');
    });
    function History() {
      const { items, loading } = useCallHistory();
      return <output data-testid="history">{loading ? 'loading' : items.length + ' calls'}</output>;
    }
    render(<CallsProvider client={client}><History /></CallsProvider>);
    await waitFor(() => expect(screen.getByTestId('history').textContent).toBe('1 calls'));
    await connected(client);
    let call!: Call;
    act(() => { call = server.newCall('carol', 'bob'); });
    await waitFor(() => expect(client.getState().incoming).toHaveLength(1));
    await act(() => client.accept(call.id));
    act(() => { server.hangUp(call.id, 'carol'); });
    await waitFor(() => expect(screen.getByTestId('history').textContent).toBe('2 calls'));
  });

  it('useCallWithUnknownIdThenLoadedFromServer', async () => {
    let id = '';
    const { client } = setUp('bob', (s) => { id = s.newCall('alice', 'bob').id; });
    function One() {
      const { call } = useCall(id);
      return <output data-testid="one">{call?.state ?? 'loading'}</output>;
    }
    render(<CallsProvider client={client} autoStart={false}><One /></CallsProvider>);
    await waitFor(() => expect(screen.getByTestId('one').textContent).toBe('ringing'));
  });

  it('jitsiCallWindowThenMeetingWithRoomAndTokenMinimiseAndHangUp', async () => {
    const built: any[] = [];
    (window as any).JitsiMeetExternalAPI = class {
      listeners: Record<string, ((e: unknown) => void)[]> = {};
      constructor(domain: string, options: any) {
        built.push({ domain, options, api: this });
        const frame = document.createElement('iframe');
        options.parentNode.append(frame);
      }
      on(name: string, fn: (e: unknown) => void) { (this.listeners[name] ??= []).push(fn); }
      addListener(name: string, fn: (e: unknown) => void) { this.on(name, fn); }
      addEventListener(name: string, fn: (e: unknown) => void) { this.on(name, fn); }
      emit(name: string, e?: unknown) { for (const fn of this.listeners[name] ?? []) fn(e); }
      getIFrame() { return document.querySelector('iframe'); }
      dispose() {}
      executeCommand() {}
    };
    const { server, client } = setUp('bob', (s) => {
      const call = s.newCall('alice', 'bob');
      s.answer(call.id, 'bob');
    });
    render(<CallsProvider client={client}><JitsiCallWindow /></CallsProvider>);
    const win = await screen.findByRole('dialog', { name: 'Call with ALICE' });
    await waitFor(() => expect(built).toHaveLength(1));
    const call = [...server.calls.values()][0];
    expect(built[0].domain).toBe('meet.example');
    expect(built[0].options.roomName).toBe(call.room);

    fireEvent.click(screen.getByRole('button', { name: 'Minimise' }));
    expect(win.dataset.minimised).toBe('true');
    expect(screen.getByRole('button', { name: 'Restore' }).getAttribute('aria-pressed')).toBe('true');

    act(() => built[0].api.emit('videoConferenceJoined', {}));
    await waitFor(() => expect(server.requests.some((r) => r.path === call.id + '/room' && r.body.inRoom === true)).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.calls.get(call.id)!.state).toBe('completed');
  });

  it('joinDisplayWindowThenMeetingOpensInItsOwnWindowWithoutOpenerFocusedAgainAndClosingLeaves', async () => {
    const opened: { url: string | undefined; name: string | undefined }[] = [];
    const navigations: string[] = [];
    let focused = 0;
    let href = 'about:blank';
    const popup = {
      closed: false,
      opener: window as unknown,
      location: {
        get href() { return href; },
        set href(url: string) { navigations.push(url); href = url; },
      },
      focus() { focused++; },
    };
    const original = window.open;
    window.open = ((url?: string, name?: string) => { opened.push({ url, name }); return popup as unknown as Window; }) as typeof window.open;
    try {
      const { server, client } = setUp('bob', (s) => {
        s.display = 'window';
        const call = s.newCall('alice', 'bob');
        s.answer(call.id, 'bob');
      });
      render(<CallsProvider client={client}><JitsiCallWindow displayName="Bob B." /></CallsProvider>);
      await screen.findByText('The meeting is open in its own window.');
      const call = [...server.calls.values()][0];
      // opened blank, its opener cut, then sent to the meeting without prejoin and with the name
      expect(opened).toEqual([{ url: '', name: 'calls-' + call.id }]);
      expect(popup.opener).toBeNull();
      expect(navigations).toHaveLength(1);
      expect(navigations[0].split('#')[0]).toBe('https://meet.example/' + call.room);
      expect(navigations[0]).toContain('config.prejoinConfig.enabled=false');
      expect(navigations[0]).toContain('userInfo.displayName=' + encodeURIComponent(JSON.stringify('Bob B.')));
      expect(document.querySelector('iframe')).toBeNull();

      // the button brings the live window to the front instead of loading the meeting again
      fireEvent.click(screen.getByRole('button', { name: 'Open the meeting window' }));
      expect(opened).toHaveLength(1);
      expect(navigations).toHaveLength(1);
      expect(focused).toBeGreaterThanOrEqual(2);
      // an open window is not a joined conference
      expect(server.requests.some((r) => r.path === call.id + '/room')).toBe(false);

      // closing the meeting's window leaves the call, and the tab forgets the window
      expect(sessionStorage.getItem('calls-meeting-window:calls-' + call.id)).toBe('1');
      popup.closed = true;
      await waitFor(() => expect(server.calls.get(call.id)!.state).toBe('completed'), { timeout: 3000 });
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(sessionStorage.getItem('calls-meeting-window:calls-' + call.id)).toBeNull();
    } finally {
      window.open = original;
    }
  });

  it('reloadWhileTheMeetingIsInItsOwnWindowThenItIsNotOpenedASecondTime', async () => {
    const navigations: string[] = [];
    const blank = {
      closed: false,
      location: { href: 'about:blank' },
      close() { blank.closed = true; },
      focus() {},
    };
    Object.defineProperty(blank.location, 'href', { get: () => 'about:blank', set: (url: string) => { navigations.push(url); } });
    const original = window.open;
    window.open = (() => blank as unknown as Window) as typeof window.open;
    try {
      const { server, client } = setUp('bob', (s) => {
        s.display = 'window';
        const call = s.newCall('alice', 'bob');
        s.answer(call.id, 'bob');
      });
      const call = [...server.calls.values()][0];
      // the page opened the meeting's window before the reload; this browser cannot find it by name any more
      sessionStorage.setItem('calls-meeting-window:calls-' + call.id, '1');
      render(<CallsProvider client={client}><JitsiCallWindow /></CallsProvider>);
      await screen.findByText('The meeting is open in another window.');
      expect(blank.closed).toBe(true);
      expect(navigations).toEqual([]);
      expect(server.calls.get(call.id)!.state).toBe('active');
    } finally {
      window.open = original;
      sessionStorage.clear();
    }
  });

  it('outgoingCallThenWindowSaysCallingAndCancelEndsIt', async () => {
    const { server, client } = setUp('alice');
    render(<CallsProvider client={client}><JitsiCallWindow /></CallsProvider>);
    await connected(client);
    const started = await act(() => client.call('bob', { type: 'audio' }));
    await screen.findByRole('dialog', { name: 'Calling BOB…' });
    expect(screen.getByRole('status').textContent).toBe('Audio call · ringing…');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(server.calls.get(started.id)!.state).toBe('cancelled');
  });

  it('adminDashboardThenFiguresChartsAndLiveCallsWithEnd', async () => {
    const drawn: any[] = [];
    const Chart = class {
      constructor(canvas: HTMLCanvasElement, config: any) { drawn.push({ label: canvas.getAttribute('aria-label'), config }); }
      destroy() {}
    } as unknown as ChartConstructor;
    const { server, client } = setUp('alice', (s) => { s.admin = true; });
    let call!: Call;
    act(() => { call = server.newCall('bob', 'carol'); });
    render(<CallsProvider client={client} autoStart={false}><AdminDashboard Chart={Chart} interval={20} /></CallsProvider>);

    await waitFor(() => expect(screen.getByText('75 %')).toBeTruthy());
    expect(screen.getByText('60.0 s', { exact: false }).textContent).toBe('70.0 s / 60.0 s / 120.0 s');
    expect(drawn.map((d) => d.label)).toEqual(['Calls per period', 'Calls by outcome']);
    expect(drawn[0].config.data.labels).toEqual(['2026-01-01', '2026-01-02']);
    expect(drawn[1].config.data.datasets[0].data).toEqual([3, 1]);

    const row = await waitFor(() => {
      const r = document.querySelector('tr[data-call-id="' + call.id + '"]');
      expect(r).not.toBeNull();
      return r!;
    });
    expect(row.textContent).toContain('BOB');
    fireEvent.click(screen.getByRole('button', { name: 'End the call of BOB' }));
    await waitFor(() => expect(document.querySelector('tr[data-call-id]')).toBeNull());
    expect(server.calls.get(call.id)!.endReason).toBe('ended_by_admin');
  });

  it('adminDashboardForSomeoneElseThenSaysSo', async () => {
    const { client } = setUp('alice');
    render(<CallsProvider client={client} autoStart={false}><AdminDashboard Chart={class { destroy() {} } as any} /></CallsProvider>);
    expect((await screen.findByRole('alert')).textContent).toBe('You do not administer calls here.');
  });
});
