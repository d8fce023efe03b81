// The browser client's own modules (calls-servlet/src/main/resources/dev/calls/servlet/client/), bundled into
// this package by esbuild under the alias @calls/shared: one source for client.js and @calls/client.

declare module '@calls/shared/api.js' {
  export interface SharedTransportOptions {
    base?: string;
    headers?: () => Record<string, string> | Promise<Record<string, string>>;
    credentials?: RequestCredentials;
    fetch?: typeof fetch;
    EventSource?: unknown;
  }
  export interface SharedTransport {
    base: string;
    fetch(path: string, init?: RequestInit): Promise<Response>;
    api<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  }
  export function transport(options?: SharedTransportOptions): SharedTransport;
  export const HEADERS: Record<string, string>;
  export class CallsError extends Error {
    constructor(problem: object, status: number);
    code: string;
    status: number;
    problem: Record<string, unknown>;
  }
}

declare module '@calls/shared/connection.js' {
  import type { SharedTransport } from '@calls/shared/api.js';
  export class Connection {
    constructor(onEvent: (event: any) => void, onState: (open: boolean) => void, transport?: SharedTransport);
    open: boolean;
    mode: 'stream' | 'poll';
    lastId: number | null;
    key: string;
    setWatched(ids: Iterable<string> | null): void;
    locate(): Promise<void>;
    start(): void;
    stop(): void;
  }
}

declare module '@calls/admin.js' {
  import type { SharedTransport } from '@calls/shared/api.js';
  export function adminApi(transport?: SharedTransport): {
    stats(query?: { from?: string | Date; to?: string | Date; bucket?: 'day' | 'hour' }): Promise<any>;
    activeCalls(): Promise<any[]>;
    endCall(id: string): Promise<any>;
    watchActiveCalls(onChange: (calls: any[]) => void, options?: { interval?: number }): () => void;
  };
}

declare module '@calls/shared/meeting-link.js' {
  export function meetingUrl(join: { url: string }, me: { name?: string | null; userId?: string } | null | undefined,
    options?: { audioOnly?: boolean }): string;
  export function openMeetingWindow(url: string, name: string, existing?: Window | null): Window | null;
  export function findMeetingWindow(name: string): Window | null;
  export function meetingWindowOpened(name: string): boolean;
  export function forgetMeetingWindow(name: string): void;
}
