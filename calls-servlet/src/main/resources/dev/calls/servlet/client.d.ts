// Type declarations for the Calls browser client served at /api/calls/client.js (this file is served at
// /api/calls/client.d.ts). The JSON shapes are those of the HTTP API (/api/calls/openapi.json). client.js
// imports its parts from /api/calls/client/*.js; what they export is internal: import from client.js only.

export type MediaType = 'audio' | 'video';
export type CallState = 'ringing' | 'active' | 'completed' | 'missed' | 'declined' | 'cancelled' | 'failed';
export type EndReason = 'no_answer' | 'declined' | 'cancelled_by_caller' | 'hung_up' | 'busy' | 'unavailable' | 'room_destroyed'
  | 'max_duration' | 'idle' | 'failed' | 'ended_by_admin';
export type ParticipantState = 'invited' | 'ringing' | 'joined' | 'left' | 'declined' | 'missed';
export type PresenceStatus = 'online' | 'away' | 'busy' | 'offline';
/** What the status menu offers: the statuses a user sets, plus do-not-disturb. */
export type StatusChoice = 'online' | 'away' | 'busy' | 'dnd';
export type EventType = 'call.ringing' | 'call.acknowledged' | 'call.accepted' | 'call.declined' | 'call.cancelled'
  | 'call.missed' | 'call.ended' | 'participant.joined' | 'participant.left' | 'participant.media' | 'presence.changed';

/** ISO-8601 instant, such as "2026-03-02T10:00:00Z". */
export type Instant = string;

export interface Participant {
  userId: string;
  name: string;
  role: 'host' | 'guest';
  state: ParticipantState;
  audioMuted: boolean;
  videoMuted: boolean;
  connectionQuality: string | null;
  /** The participant's browser (or the media server) reports being in the media room. */
  inRoom: boolean;
  joinedAt: Instant | null;
  leftAt: Instant | null;
}

/** GET /api/calls/{id}, and the answer to every action on a call. */
export interface Call {
  id: string;
  type: MediaType;
  state: CallState;
  endReason: EndReason | null;
  initiator: string;
  participants: Participant[];
  room: string;
  createdAt: Instant;
  answeredAt: Instant | null;
  endedAt: Instant | null;
  durationSeconds: number | null;
}

/** GET /api/calls/{id}/join: what Jitsi's IFrame API is built from. */
export interface JoinInfo {
  provider: string;
  domain: string;
  room: string;
  url: string;
  jwt: string | null;
  appId: string | null;
  expiresAt: Instant | null;
  /** The deployment's external_api.js. */
  scriptUrl: string;
  /** embed: the IFrame API in the page; window: the meeting page (url) in a window of its own, the page keeping the controls. */
  display: 'embed' | 'window';
}

/** POST /api/calls: the call plus the caller's join information (201; 200 when it answered their call). */
export interface StartedCall extends Call {
  join: JoinInfo;
}

/** GET /api/calls/active. */
export interface ActiveCalls {
  items: Call[];
}

export interface Presence {
  userId: string;
  name: string;
  /** What others see: offline when not online, busy while in a call. */
  status: PresenceStatus;
  /** The status the user set. */
  chosenStatus: PresenceStatus;
  message: string | null;
  available: boolean;
  doNotDisturb: boolean;
  lastSeen: Instant | null;
  online: boolean;
  inCall: boolean;
  callable: boolean;
}

/**
 * One event, as a server-sent event's data (the message has no event name: read `type`) or in a long-poll
 * answer. `id` is also the SSE id used with Last-Event-ID.
 */
export interface CallEvent {
  id: number;
  type: EventType;
  callId: string | null;
  at: Instant;
  actor: string | null;
  /** Call events carry the call as it is after the event. */
  call?: Call;
  /** presence.changed carries the presence. */
  presence?: Presence;
  /** participant.media: userId, audioMuted, videoMuted ("true"/"false"), connectionQuality. */
  data: Record<string, string>;
}

/** GET /api/calls/events?after=&wait=: the long-poll answer; pass lastEventId back as after. */
export interface EventsPage {
  events: CallEvent[];
  lastEventId: number;
}

/** A scheduled meeting, as GET /api/calls/meetings/{id} shows it. */
export interface Meeting {
  id: string;
  title: string;
  host: string;
  inviteeIds: string[];
  type: MediaType;
  startsAt: Instant;
  endsAt: Instant;
  room: string;
  [field: string]: unknown;
}

/** GET /api/calls/meetings/{id}/join. */
export interface MeetingJoin {
  meeting: Meeting;
  join: JoinInfo;
  /** This attendee is the organizer (a Jitsi moderator). */
  moderator: boolean;
  /** The deployment holds guests in a lobby; the organizer's window turns it on. */
  lobby: boolean;
  /** A guest who should expect to wait for the organizer. */
  waitForHost: boolean;
}

/** What the call window shows. */
export type Session =
  | { kind: 'call'; type: MediaType; call: Call; join: JoinInfo }
  | { kind: 'meeting'; type: MediaType; meeting: Meeting; join: JoinInfo; moderator: boolean; lobby: boolean;
      waitForHost: boolean };

/** The floating (or full-page) window around Jitsi's IFrame API. */
export interface CallWindow {
  readonly session: Session;
  /** The call's id, null for a meeting. */
  readonly callId: string | null;
  readonly audioMuted: boolean;
  readonly videoMuted: boolean;
  /** Leaves the call (a 1:1 call then ends) and closes the window. */
  hangUp(): void;
  toggleMinimised(): void;
  /** The whole page for the call, and back (Escape too). */
  toggleExpanded(): void;
}

/** Listener payloads of `calls.on(name, …)`; each is also dispatched on document as `calls:<name>`. */
export interface CallsEvents {
  ready: { me: Presence };
  connection: { open: boolean };
  event: CallEvent;
  presence: Presence;
  /**
   * A call rings this user; `waiting` when this device is in a call (shown quietly as call waiting); `silent` when
   * the browser holds the ringtone back until the user interacts with the page (the card then says so).
   */
  incoming: { call: Call; waiting: boolean; silent: boolean };
  calling: { call: Call };
  callStarted: { session: Session; call?: Call };
  callEnded: { session?: Session; call?: Call };
  callFailed: { code: string; message: string; call?: Call };
  joined: { session: Session };
  media: { callId: string; userId?: string; data: Record<string, string> };
  participantJoined: { session: Session; participant: unknown };
  participantLeft: { session: Session; participant: unknown };
}

/** An error answered by the server as RFC 9457 problem+json (status 0: the server could not be reached). */
export declare class CallsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly problem: Record<string, unknown>;
}

export interface StartOptions {
  /** Presence dots, call buttons and the status menu (default true). */
  presence?: boolean;
  /** Incoming-call dialogs and the ringtone (default true). */
  ringing?: boolean;
  /** Picks up this user's ringing and active calls at start, as after a reload (default true). */
  attach?: boolean;
}

export declare class CallsClient {
  /** The signed-in user's presence, once started; null when nobody is signed in. */
  me: Presence | null;
  /** Presence of the users shown on the page, by user id. */
  readonly presence: Map<string, Presence>;
  /** The open call window, if any. */
  readonly window: CallWindow | null;
  /** True while the ringtone plays for an incoming call (a call waiting does not ring). */
  readonly ringing: boolean;
  /** Starts the client (automatic unless <html data-calls-manual>); repeated calls share the first start. */
  start(options?: StartOptions): Promise<CallsClient>;
  stop(): void;
  /** Rings one user, or several for a group call. Resolves to the call, or null when it could not start. */
  call(userIds: string | string[], options?: { type?: MediaType; name?: string }): Promise<Call | null>;
  /**
   * Answers a call. `leaveCurrent` leaves the call the user is in first ("end current and answer"); without it,
   * an answer refused because the user is in another call (already_in_call) shows the call-waiting choice.
   * `audioOnly` joins a video call with the camera off.
   */
  accept(callId: string, options?: { leaveCurrent?: boolean; audioOnly?: boolean }): Promise<void>;
  decline(callId: string): Promise<void>;
  /** Cancels the outgoing call before anyone answered. */
  cancel(): Promise<void>;
  /** Opens one call in the window; `fullPage` fills the page (the embed page). */
  openCall(callId: string, options?: { fullPage?: boolean }): Promise<CallWindow | null>;
  /** Opens a scheduled meeting (GET meetings/{id}/join); the organizer moderates. */
  openMeeting(meetingId: string, options?: { fullPage?: boolean }): Promise<CallWindow | null>;
  setStatus(status: StatusChoice): Promise<Presence>;
  /**
   * Ends the user's presence at once (POST presence/sign-out) and stops this page's connection: call it from the
   * host's sign-out, or mark the sign-out form `data-calls-sign-out` and the client does it before the form is sent.
   */
  signOut(): Promise<void>;
  /**
   * Also get presence changes of these users. The page otherwise gets them only for the users it shows
   * (elements with data-calls-user) and its own; <html data-calls-watch="all"> asks for the whole tenant's.
   */
  watch(userIds: string[]): this;
  /** Asks for permission to notify of calls while the page is hidden or its ring is silent. */
  requestNotifications(): Promise<NotificationPermission>;
  on<K extends keyof CallsEvents>(name: K, listener: (detail: CallsEvents[K]) => void): () => void;
}

/** The client instance the module starts on load. */
export declare const calls: CallsClient;
export default calls;
