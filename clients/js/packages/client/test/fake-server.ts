// A stand-in for the Calls API, answering the client's fetch in the same process: a few users, calls that
// ring and get answered, and an event stream the test pushes events into (and can drop).
import type { Call, CallEvent, Presence } from '../src/types.js';

export interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: any;
}

interface Stream {
  controller: ReadableStreamDefaultController<Uint8Array>;
  key: string;
  watch: string[] | null;
}

const encoder = new TextEncoder();

export class FakeServer {
  readonly requests: Seen[] = [];
  readonly calls = new Map<string, Call>();
  readonly presence = new Map<string, Presence>();
  readonly log: CallEvent[] = [];
  streams: Stream[] = [];
  token: string | null = 'secret-token';
  /** Whether the signed-in user administers the tenant (else the admin routes are 404, as on the server). */
  admin = false;
  /** How join information says to show the room (the server's calls.jitsi.display). */
  display: 'embed' | 'window' = 'embed';
  private seq = 100;
  private callSeq = 0;

  constructor(readonly me: string) {
    for (const id of ['alice', 'bob', 'carol']) this.presence.set(id, presence(id));
  }

  /** The client's fetch. */
  fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input), 'http://crm.test');
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const path = url.pathname.replace(/^\/api\/calls\/?/, '');
    this.requests.push({ method: init.method ?? 'GET', path: path + url.search, headers, body });
    if (this.token && headers.authorization !== 'Bearer ' + this.token) {
      return problem(401, 'unauthenticated');
    }
    return this.route(init.method ?? 'GET', path, url.searchParams, headers, body, init.signal ?? undefined);
  };

  private route(method: string, path: string, q: URLSearchParams, headers: Record<string, string>, body: any,
    signal?: AbortSignal): Response {
    const key = method + ' ' + path;
    if (key === 'GET presence/me') return json(this.presence.get(this.me));
    if (key === 'GET active') return json({ items: [...this.calls.values()].filter((c) => c.state === 'ringing' || c.state === 'active') });
    if (key === 'GET presence') return json({ items: (q.get('userIds') ?? '').split(',').map((id) => this.presence.get(id)).filter(Boolean) });
    if (key === 'POST presence/heartbeat') return new Response(null, { status: 204 });
    if (key === 'GET events' && headers.accept === 'text/event-stream') return this.openStream(q, signal);
    if (key === 'GET events') {
      const after = Number(q.get('after') ?? this.seq);
      return json({ events: this.log.filter((e) => e.id > after), lastEventId: this.seq });
    }
    if (key === 'PUT events/watch') {
      const s = this.streams.find((x) => x.key === body.stream);
      if (!s) return problem(404, 'not_found');
      s.watch = body.watch;
      return new Response(null, { status: 204 });
    }
    if (key === 'POST ') {
      const call = this.newCall(this.me, body.recipientIds[0], body.type);
      return json({ ...call, join: join(call, this.display) }, 201);
    }
    if (key === 'GET history') {
      return json({ items: [...this.calls.values()].filter((c) => c.state !== 'ringing' && c.state !== 'active')
        .map((c) => ({ ...c, direction: c.initiator === this.me ? 'outgoing' : 'incoming', outcome: 'answered', counterparts: [] })),
      nextCursor: null });
    }
    if (path.startsWith('admin/')) return this.adminRoute(method, path, q);
    const m = /^([^/]+)(?:\/(.+))?$/.exec(path);
    const call = m && this.calls.get(m[1]);
    if (!call) return problem(404, 'not_found');
    const action = m![2];
    if (method === 'GET' && !action) return json(call);
    if (method === 'GET' && action === 'join') return json(join(call, this.display));
    if (method === 'POST' && action === 'accept') return json(this.answer(call.id, this.me));
    if (method === 'POST' && (action === 'leave' || action === 'end')) return json(this.hangUp(call.id, this.me));
    if (method === 'POST' && action === 'decline') return json(this.update(call.id, 'declined', this.me, 'declined', 'call.declined'));
    if (method === 'POST' && action === 'cancel') return json(this.update(call.id, 'cancelled', this.me, 'left', 'call.cancelled'));
    if (method === 'POST') return json(call);
    return problem(404, 'not_found');
  }

  private adminRoute(method: string, path: string, q: URLSearchParams): Response {
    if (!this.admin) return problem(404, 'not_found');
    const live = () => [...this.calls.values()].filter((c) => c.state === 'ringing' || c.state === 'active');
    if (method === 'GET' && path === 'admin/stats') {
      return json({
        from: q.get('from') ?? '2026-01-01T00:00:00Z', to: q.get('to') ?? '2026-01-03T00:00:00Z', bucket: q.get('bucket') ?? 'day',
        calls: 4, answered: 3, answerRate: 0.75, byState: { completed: 3, missed: 1 }, byEndReason: { hung_up: 3, no_answer: 1 },
        timeToAnswer: { count: 3, meanSeconds: 4, p50Seconds: 3.5, p90Seconds: 6.2 },
        duration: { count: 3, meanSeconds: 70, p50Seconds: 60, p90Seconds: 120 },
        missedByUser: [{ userId: 'bob', missed: 1 }], peakConcurrent: 2,
        series: [{ start: '2026-01-01T00:00:00Z', calls: 3, answered: 2, missed: 1 }, { start: '2026-01-02T00:00:00Z', calls: 1, answered: 1, missed: 0 }],
      });
    }
    if (method === 'GET' && path === 'admin/calls/active') return json({ calls: live() });
    if (method === 'GET' && path === 'admin/events') {
      const after = Number(q.get('after') ?? this.seq);
      return json({ events: this.log.filter((e) => e.id > after && e.call), lastEventId: this.seq });
    }
    const end = /^admin\/calls\/([^/]+)\/end$/.exec(path);
    if (method === 'POST' && end && this.calls.has(end[1])) {
      const call = this.update(end[1], 'completed', 'nobody', 'left', 'call.ended');
      const ended = { ...call, endReason: 'ended_by_admin' as const };
      this.calls.set(ended.id, ended);
      return json(ended);
    }
    return problem(404, 'not_found');
  }

  private openStream(q: URLSearchParams, signal?: AbortSignal): Response {
    let stream!: Stream;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        stream = { controller, key: q.get('stream') ?? '', watch: q.has('watch') ? (q.get('watch') || '').split(',') : null };
        this.streams.push(stream);
        controller.enqueue(encoder.encode(': open\n\n'));
      },
      cancel: () => { this.streams = this.streams.filter((s) => s !== stream); },
    });
    signal?.addEventListener('abort', () => this.drop(stream));
    return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
  }

  /** Ends every open stream, as a network drop or a restart would. */
  dropStreams(): void {
    for (const s of [...this.streams]) this.drop(s);
  }

  private drop(s: Stream): void {
    if (!this.streams.includes(s)) return;
    this.streams = this.streams.filter((x) => x !== s);
    try { s.controller.close(); } catch (e) { /* closed already */ }
  }

  /** Appends an event to the log and sends it down every open stream. */
  publish(type: CallEvent['type'], fields: Partial<CallEvent>): CallEvent {
    const event = { id: ++this.seq, type, callId: null, at: new Date().toISOString(), actor: null, data: {}, ...fields } as CallEvent;
    this.log.push(event);
    const frame = encoder.encode('id: ' + event.id + '\ndata: ' + JSON.stringify(event) + '\n\n');
    for (const s of this.streams) {
      if (type === 'presence.changed' && s.watch && !s.watch.includes(event.presence!.userId)) continue;
      s.controller.enqueue(frame);
    }
    return event;
  }

  newCall(from: string, to: string, type: 'audio' | 'video' = 'video'): Call {
    const id = '00000000-0000-4000-8000-' + String(++this.callSeq).padStart(12, '0');
    const call: Call = {
      id, type, state: 'ringing', endReason: null, initiator: from, room: 'crm-room-' + id,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, this.callSeq)).toISOString(), answeredAt: null, endedAt: null, durationSeconds: null,
      participants: [participant(from, 'host', 'joined'), participant(to, 'guest', 'ringing')],
    };
    this.calls.set(id, call);
    this.publish('call.ringing', { callId: id, actor: from, call });
    return call;
  }

  answer(id: string, by: string): Call {
    return this.update(id, 'active', by, 'joined', 'call.accepted');
  }

  hangUp(id: string, by: string): Call {
    return this.update(id, 'completed', by, 'left', 'call.ended');
  }

  update(id: string, state: Call['state'], by: string, participantState: string, event: CallEvent['type']): Call {
    const old = this.calls.get(id)!;
    const call: Call = {
      ...old, state,
      participants: old.participants.map((p) => (p.userId === by ? { ...p, state: participantState as any } : p)),
      endReason: state === 'completed' ? 'hung_up' : state === 'declined' ? 'declined' : state === 'cancelled' ? 'cancelled_by_caller' : null,
    };
    this.calls.set(id, call);
    this.publish(event, { callId: id, actor: by, call });
    return call;
  }

  setPresence(userId: string, patch: Partial<Presence>): void {
    const p = { ...this.presence.get(userId)!, ...patch };
    this.presence.set(userId, p);
    this.publish('presence.changed', { actor: userId, presence: p });
  }
}

function participant(userId: string, role: 'host' | 'guest', state: string) {
  return { userId, name: userId.toUpperCase(), role, state, audioMuted: false, videoMuted: false, connectionQuality: null,
    inRoom: false, joinedAt: null, leftAt: null } as unknown as Call['participants'][number];
}

function presence(userId: string): Presence {
  return { userId, name: userId.toUpperCase(), status: 'online', chosenStatus: 'online', message: null, available: true,
    doNotDisturb: false, lastSeen: null, online: true, inCall: false, callable: true } as unknown as Presence;
}

function join(call: Call, display: 'embed' | 'window') {
  return { provider: 'public', domain: 'meet.example', room: call.room, url: 'https://meet.example/' + call.room, jwt: null,
    appId: null, expiresAt: null, scriptUrl: 'https://meet.example/external_api.js', display };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function problem(status: number, code: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: code, status, detail: 'no: ' + code, code }),
    { status, headers: { 'Content-Type': 'application/problem+json' } });
}
