// An EventSource that sends headers: the browser's EventSource cannot send Authorization, so with bearer
// tokens the stream is read with fetch. It keeps EventSource's shape (readyState, onopen, onmessage, onerror,
// close) because the shared connection drives it exactly like the browser's, and its behaviour: a dropped
// stream reconnects by itself with Last-Event-ID (readyState CONNECTING), an HTTP error closes it (CLOSED).

export interface FetchEventSourceInit {
  fetch: typeof fetch;
  headers: () => Record<string, string> | Promise<Record<string, string>>;
  credentials: RequestCredentials;
  /** Milliseconds before reconnecting after the stream dropped (the server's retry: field overrides it). */
  retry?: number;
}

export interface StreamMessage {
  data: string;
  lastEventId: string;
}

/** An EventSource class bound to one fetch, its headers and credentials. */
export interface FetchEventSourceClass {
  new (url: string): FetchEventSource;
  readonly CONNECTING: 0;
  readonly OPEN: 1;
  readonly CLOSED: 2;
}

/** Makes an EventSource class that reads streams with the given fetch and headers. */
export function fetchEventSource(init: FetchEventSourceInit): FetchEventSourceClass {
  return class extends FetchEventSource {
    constructor(url: string) {
      super(url, init);
    }
  };
}

/** One stream read with fetch (see fetchEventSource). */
export class FetchEventSource {
  static readonly CONNECTING = 0 as const;
  static readonly OPEN = 1 as const;
  static readonly CLOSED = 2 as const;

  readonly url: string;
  readyState = 0;
  lastEventId = '';
  onopen: (() => void) | null = null;
  onmessage: ((message: StreamMessage) => void) | null = null;
  onerror: (() => void) | null = null;
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retry: number;
  private readonly init: FetchEventSourceInit;

  constructor(url: string, init: FetchEventSourceInit) {
    this.url = url;
    this.init = init;
    this.retry = init.retry ?? 3000;
    queueMicrotask(() => this.connect());
  }

  close(): void {
    this.readyState = 2;
    if (this.timer) clearTimeout(this.timer);
    this.abort?.abort();
  }

  private async connect(): Promise<void> {
    if (this.readyState === 2) return;
    this.readyState = 0;
    const abort = new AbortController();
    this.abort = abort;
    let res: Response;
    try {
      const headers: Record<string, string> = { Accept: 'text/event-stream', ...(await this.init.headers()) };
      if (this.lastEventId) headers['Last-Event-ID'] = this.lastEventId;
      res = await this.init.fetch(this.url, { headers, credentials: this.init.credentials, signal: abort.signal, cache: 'no-store' });
    } catch (e) {
      return this.dropped();
    }
    const type = res.headers.get('content-type') || '';
    if (!res.ok || !type.startsWith('text/event-stream') || !res.body) {
      if (this.readyState === 2) return;
      this.readyState = 2;
      res.body?.cancel().catch(() => {});
      this.onerror?.();
      return;
    }
    if (this.readyState === 2) return;
    this.readyState = 1;
    this.onopen?.();
    try {
      await this.read(res.body);
    } catch (e) { /* dropped */ }
    this.dropped();
  }

  private dropped(): void {
    if (this.readyState === 2) return;
    this.readyState = 0;
    this.onerror?.();
    if (this.readyState === 2) return; // the handler closed it
    this.timer = setTimeout(() => this.connect(), this.retry);
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let data: string[] = [];
    let id: string | null = null;
    for (;;) {
      const { value, done } = await reader.read();
      if (this.readyState === 2) return;
      if (!done) buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.search(/\r\n|\r|\n/)) >= 0) {
        // a \r that ends the chunk may be the first half of \r\n: wait for the next chunk to tell
        if (!done && end === buffer.length - 1 && buffer[end] === '\r') break;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
        if (line === '') {
          if (id !== null) this.lastEventId = id;
          if (data.length) this.onmessage?.({ data: data.join('\n'), lastEventId: this.lastEventId });
          data = [];
          id = null;
          continue;
        }
        if (line.startsWith(':')) continue; // a comment: the server's heartbeat
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'data') data.push(value);
        else if (field === 'id' && !value.includes('\0')) id = value;
        else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
      }
      if (done) return;
    }
  }
  }
