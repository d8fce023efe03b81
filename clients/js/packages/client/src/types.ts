// The API's shapes, named: each one is the generated type from openapi.json.
import type { components } from './generated/openapi.js';

type Schemas = components['schemas'];

export type { components, paths, operations } from './generated/openapi.js';
export type Call = Schemas['Call'];
export type Participant = Schemas['Participant'];
export type Join = Schemas['Join'];
export type StartedCall = Schemas['StartedCall'];
export type StartCallRequest = Schemas['StartCallRequest'];
export type MediaRequest = Schemas['MediaRequest'];
export type RingState = Schemas['RingState'];
export type Presence = Schemas['Presence'];
export type PresenceUpdate = Schemas['PresenceUpdate'];
export type PresencePage = Schemas['PresencePage'];
export type HistoryRow = Schemas['HistoryRow'];
export type HistoryPage = Schemas['HistoryPage'];
export type CallEvent = Schemas['Event'];
export type EventsPage = Schemas['EventsPage'];
export type Problem = Schemas['Problem'];
export type Meeting = Schemas['Meeting'];
export type MeetingRequest = Schemas['MeetingRequest'];
export type MeetingJoin = Schemas['MeetingJoin'];
export type CallStats = Schemas['CallStats'];
export type CallType = Call['type'];
export type CallState = Call['state'];
