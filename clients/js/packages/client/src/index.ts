// @calls/client: the Calls API for single-page apps and servers, typed from the server's openapi.json.
export { CallsClient, CallsError } from './client.js';
export type { CallsClientOptions, CallsState, CallsEventName, TokenSource } from './client.js';
export type { CallsAdmin, StatsQuery } from './admin.js';
export { FetchEventSource, fetchEventSource } from './fetch-event-source.js';
export type { FetchEventSourceClass, FetchEventSourceInit, StreamMessage } from './fetch-event-source.js';
export * from './types.js';
export { findMeetingWindow, forgetMeetingWindow, meetingUrl, meetingWindowOpened, openMeetingWindow } from './meeting-link.js';
