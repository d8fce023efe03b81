import { afterEach, describe, expect, it } from 'vitest';
import { CallsClient, CallsError, fetchEventSource, type CallsState } from '../src/index.js';
import { FakeServer } from './fake-server.js';

const clients: CallsClient[] = [];

function client(server: FakeServer, token: string | null = 'secret-token') {
  const c = new CallsClient({ baseUrl: 'http://crm.test/api/calls', token, fetch: server.fetch });
  clients.push(c);
  return c;
}

/** Waits until the state satisfies the check (events arrive asynchronously). */
async function until(c: CallsClient, check: (s: CallsState) => boolean, what = 'the state', ms = 2000): Promise<CallsState> {
  for (let i = 0; i < ms / 10; i++) {
    if (check(c.getState())) return c.getState();
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting for ' + what + ': ' + JSON.stringify(c.getState()));
}

afterEach(() => {
  for (const c of clients.splice(0)) c.stop();
});

describe('CallsClient', () => {
  it('startWithBearerTokenThenEveryRequestAndTheStreamSendAuthorization', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    await c.start();
    await until(c, (s) => s.connected, 'the stream');

    expect(c.getState().status).toBe('ready');
    expect(c.getState().me?.userId).toBe('bob');
    const stream = server.requests.find((r) => r.headers.accept === 'text/event-stream');
    expect(stream?.path).toMatch(/^events\?/);
    expect(server.requests.every((r) => r.headers.authorization === 'Bearer secret-token')).toBe(true);
    expect(server.requests.filter((r) => r.method !== 'GET').every((r) => r.headers['x-requested-with'] === 'calls-client')).toBe(true);
  });

  it('tokenFunctionThenAskedForEachRequest', async () => {
    const server = new FakeServer('bob');
    let token = 'first';
    server.token = 'first';
    const c = new CallsClient({ baseUrl: '/api/calls', token: async () => token, fetch: server.fetch, stream: 'poll' });
    await c.api('GET', 'presence/me');
    token = 'second';
    server.token = 'second';
    await c.api('GET', 'presence/me');
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer first', 'Bearer second']);
  });

  it('signedOutWhenServerAnswers401ThenStatusSignedOut', async () => {
    const server = new FakeServer('bob');
    const c = client(server, 'wrong');
    const state = await c.start();
    expect(state.status).toBe('signedOut');
    expect(server.streams).toHaveLength(0);
  });

  it('tokenDiesMidSessionThenStreamStopsAndStatusSignedOut', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    await c.start();
    await until(c, (s) => s.connected, 'the stream');

    server.token = 'renewed-elsewhere'; // the client's token is no longer accepted
    server.dropStreams();
    const s = await until(c, (x) => x.status === 'signedOut', 'signedOut', 3000);
    expect(s.connected).toBe(false);
    const seen = server.requests.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.requests.length).toBe(seen); // no retries, no polling, no heartbeats
  });

  it('tokenDiesWhileLongPollingThenPollingStopsAndStatusSignedOut', async () => {
    const server = new FakeServer('bob');
    const c = new CallsClient({ baseUrl: '/api/calls', token: 'secret-token', fetch: server.fetch, stream: 'poll' });
    clients.push(c);
    await c.start();
    await until(c, (s) => server.requests.some((r) => r.path.startsWith('events?') && r.path.includes('wait=25')), 'a poll');

    server.token = 'renewed-elsewhere';
    await until(c, (x) => x.status === 'signedOut', 'signedOut', 3000);
    const seen = server.requests.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.requests.length).toBe(seen);

    server.token = 'secret-token'; // signed in again: start() picks up
    expect((await c.start()).status).toBe('ready');
  });

  it('problemAnswerThenCallsErrorWithItsCode', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    const error = await c.getCall('no-such-call').catch((e) => e);
    expect(error).toBeInstanceOf(CallsError);
    expect(error.code).toBe('not_found');
    expect(error.status).toBe(404);
  });

  it('incomingCallThenListedUntilAcceptedThenActiveWithJoin', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    const rang: string[] = [];
    c.on('incoming', ({ call }) => rang.push(call.id));
    await c.start();
    await until(c, (s) => s.connected);

    const first = server.newCall('alice', 'bob');
    const second = server.newCall('carol', 'bob');
    const ringing = await until(c, (s) => s.incoming.length === 2, 'two incoming calls');
    expect(ringing.incoming.map((x) => x.id)).toEqual([first.id, second.id]);
    expect(rang).toEqual([first.id, second.id]);

    const { call, join } = await c.accept(first.id);
    expect(call.state).toBe('active');
    expect(join.room).toBe(first.room);
    const after = await until(c, (s) => s.active?.id === first.id);
    expect(after.incoming.map((x) => x.id)).toEqual([second.id]);
    expect(after.joins[first.id].room).toBe(first.room);

    await c.decline(second.id);
    expect(c.getState().incoming).toEqual([]);
  });

  it('callEndsElsewhereThenCallEndedAndNoLongerActive', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    const ended: string[] = [];
    c.on('callEnded', ({ call }) => ended.push(call.state));
    await c.start();
    await until(c, (s) => s.connected);
    const call = server.newCall('alice', 'bob');
    await until(c, (s) => s.incoming.length === 1);
    await c.accept(call.id);
    server.hangUp(call.id, 'alice');
    const s = await until(c, (x) => x.active === null && x.calls[call.id]?.state === 'completed');
    expect(s.incoming).toEqual([]);
    expect(ended).toEqual(['completed']);
  });

  it('reloadDuringCallThenStartReattachesWithFreshJoin', async () => {
    const server = new FakeServer('bob');
    const call = server.newCall('alice', 'bob');
    server.answer(call.id, 'bob');
    const c = client(server);
    const state = await c.start();
    expect(state.active?.id).toBe(call.id);
    expect(state.joins[call.id].room).toBe(call.room);
    expect(state.incoming).toEqual([]);
  });

  it('reloadWhileRingingThenIncomingAgain', async () => {
    const server = new FakeServer('bob');
    const call = server.newCall('alice', 'bob');
    const state = await client(server).start();
    expect(state.incoming.map((x) => x.id)).toEqual([call.id]);
  });

  it('outgoingCallThenOutgoingUntilAnsweredThenActive', async () => {
    const server = new FakeServer('alice');
    const c = client(server);
    await c.start();
    await until(c, (s) => s.connected);
    const started = await c.call('bob', { type: 'audio' });
    expect(server.requests.find((r) => r.method === 'POST' && r.path === '')?.body).toEqual({ recipientIds: ['bob'], type: 'audio' });
    expect(c.getState().outgoing?.id).toBe(started.id);
    expect(c.getState().joins[started.id]).toEqual(started.join);
    server.answer(started.id, 'bob');
    server.update(started.id, 'active', 'alice', 'joined', 'participant.joined');
    const s = await until(c, (x) => x.active?.id === started.id);
    expect(s.outgoing).toBeNull();
  });

  it('streamDropsThenReconnectsWithLastEventIdAndMissesNothing', async () => {
    const server = new FakeServer('bob');
    const c = new CallsClient({ baseUrl: '/api/calls', token: 'secret-token', fetch: server.fetch });
    clients.push(c);
    await c.start();
    await until(c, (s) => s.connected);
    const first = server.newCall('alice', 'bob');
    await until(c, (s) => s.incoming.length === 1);
    const lastSeen = server.log[server.log.length - 1].id;

    server.dropStreams();
    await until(c, (s) => !s.connected, 'the drop');
    await until(c, (s) => s.connected, 'the reconnect', 8000); // EventSource's own retry, about 3 s
    const reconnect = server.requests.filter((r) => r.headers.accept === 'text/event-stream').at(-1)!;
    expect(reconnect.headers['last-event-id']).toBe(String(lastSeen));
    expect(reconnect.headers.authorization).toBe('Bearer secret-token');

    const second = server.newCall('carol', 'bob');
    const s = await until(c, (x) => x.incoming.length === 2);
    expect(s.incoming.map((x) => x.id)).toEqual([first.id, second.id]);
  }, 15000);

  it('watchThenStreamAsksForThoseUsersAndPresenceFollows', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    const stop = c.watch(['alice']);
    await c.start();
    await until(c, (s) => s.connected);
    const stream = server.requests.find((r) => r.headers.accept === 'text/event-stream')!;
    expect(stream.path).toContain('watch=alice');

    server.setPresence('alice', { status: 'away' });
    await until(c, (s) => s.presence.alice?.status === 'away', 'alice away');

    c.watch(['carol']);
    await until(c, () => server.requests.some((r) => r.method === 'PUT' && r.path === 'events/watch'), 'the watch change');
    const change = server.requests.find((r) => r.method === 'PUT' && r.path === 'events/watch')!;
    expect([...change.body.watch].sort()).toEqual(['alice', 'carol']);
    expect(change.body.stream).toBe(new URLSearchParams(stream.path.split('?')[1]).get('stream'));

    stop();
    expect(c.watched()).toEqual(['carol']);
  });

  it('stopDuringStartThenNoStreamOpens', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    const starting = c.start();
    c.stop();
    await starting;
    await new Promise((r) => setTimeout(r, 50));
    expect(server.requests.some((r) => r.headers.accept === 'text/event-stream')).toBe(false);
    expect(c.getState().connected).toBe(false);

    await c.start();
    await until(c, (s) => s.connected, 'the stream after a new start');
  });

  it('signOutThenServerToldWhichStreamEnds', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    await c.start();
    await until(c, (s) => s.connected);
    const key = new URLSearchParams(server.requests.find((r) => r.headers.accept === 'text/event-stream')!.path.split('?')[1]).get('stream');
    await c.signOut();
    const signOut = server.requests.find((r) => r.path === 'presence/sign-out')!;
    expect(signOut.method).toBe('POST');
    expect(signOut.body).toEqual({ stream: key });
    expect(c.getState().status).toBe('idle');
  });

  it('loadPresenceThenStateHoldsThem', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    await c.loadPresence(['alice', 'carol']);
    expect(Object.keys(c.getState().presence).sort()).toEqual(['alice', 'carol']);
    expect(server.requests[0].path).toBe('presence?userIds=alice,carol');
  });

  it('historyThenPagedRequest', async () => {
    const server = new FakeServer('bob');
    const c = client(server);
    const call = server.newCall('alice', 'bob');
    server.answer(call.id, 'bob');
    server.hangUp(call.id, 'bob');
    const page = await c.history({ limit: 5, missed: true });
    expect(server.requests[0].path).toBe('history?limit=5&missed=true');
    expect(page.items.map((r) => r.id)).toEqual([call.id]);
  });

  it('adminThenStatsLiveCallsAndEndingOne', async () => {
    const server = new FakeServer('alice');
    server.admin = true;
    const c = client(server);
    const stats = await c.admin.stats({ bucket: 'hour', from: new Date(Date.UTC(2026, 0, 1)) });
    expect(server.requests[0].path).toBe('admin/stats?from=2026-01-01T00%3A00%3A00.000Z&bucket=hour');
    expect(stats.answerRate).toBe(0.75);

    const call = server.newCall('bob', 'carol');
    const seen: string[][] = [];
    const stop = c.admin.watchActiveCalls((calls) => seen.push(calls.map((x) => x.id)), { interval: 20 });
    await until(c, () => seen.length > 0, 'the live calls');
    expect(seen[0]).toEqual([call.id]);
    const ended = await c.admin.endCall(call.id);
    expect(ended.endReason).toBe('ended_by_admin');
    await until(c, () => seen.at(-1)?.length === 0, 'the ended call gone');
    stop();
  });

  it('notAdminThenAdminRoutesAreNotFound', async () => {
    const c = client(new FakeServer('alice'));
    const error = await c.admin.stats().catch((e) => e);
    expect(error).toBeInstanceOf(CallsError);
    expect(error.status).toBe(404);
  });

  it('crLfSplitAcrossChunksThenOneLineEndNotTwo', async () => {
    const encoder = new TextEncoder();
    const chunks = ['data: a\r', '\ndata: b\r', '\n\r', '\n', 'data: c\r\rdata: d\r\r'];
    const fetchStream: typeof fetch = async () => new Response(new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close(); // the last \r ends its line when the stream ends
      },
    }), { headers: { 'Content-Type': 'text/event-stream' } });
    const Source = fetchEventSource({ fetch: fetchStream, headers: () => ({}), credentials: 'same-origin' });
    const source = new Source('http://crm.test/api/calls/events');
    const messages: string[] = [];
    source.onmessage = (m) => messages.push(m.data);
    for (let i = 0; i < 100 && messages.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    source.close();
    expect(messages).toEqual(['a\nb', 'c', 'd']);
  });

  it('importedWithoutWindowThenNothingTouchesTheDom', async () => {
    expect(typeof (globalThis as any).window).toBe('undefined');
    const module = await import('../src/index.js');
    const c = new module.CallsClient({ token: 't', fetch: new FakeServer('bob').fetch });
    expect(c.getState().status).toBe('idle');
  });
});
