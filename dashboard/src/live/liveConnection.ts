import type { PushFrame } from '../api/types';
import type { ConnectionState } from './connectionStore';
import { parseFrame } from './cacheMerge';

/** The part of the browser WebSocket the connection uses, so tests can hand in a fake. */
export interface SocketLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string) => SocketLike;

export interface LiveConnectionOptions {
  /** The socket URL, or a function giving it at each (re)connect so a refreshed token is used. */
  url: string | (() => string);
  onFrame: (frame: PushFrame) => void;
  onState: (state: ConnectionState, retryAt: number | null) => void;
  /** Called after every successful reconnect: frames sent while away are lost, so lists refetch. */
  onReconnected?: () => void;
  socketFactory?: SocketFactory;
  initialDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  now?: () => number;
}

const browserSocket: SocketFactory = (url) => new WebSocket(url);

/** The live socket URL on the page's own host; the token rides in the query since browsers cannot set headers here. */
export function liveUrl(token: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`;
}

/**
 * The dashboard's WebSocket to the gateway: reconnects with exponential back-off and jitter
 * (1 s doubling to 30 s), reset once a connection opens.
 */
export class LiveConnection {
  private readonly options: Required<Omit<LiveConnectionOptions, 'onReconnected'>> & Pick<LiveConnectionOptions, 'onReconnected'>;
  private socket: SocketLike | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private everOpened = false;
  private stopped = false;

  constructor(options: LiveConnectionOptions) {
    this.options = {
      ...options,
      socketFactory: options.socketFactory ?? browserSocket,
      initialDelayMs: options.initialDelayMs ?? 1_000,
      maxDelayMs: options.maxDelayMs ?? 30_000,
      random: options.random ?? Math.random,
      now: options.now ?? Date.now,
    };
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close(1000, 'signed out');
    }
    this.options.onState('idle', null);
  }

  /** Delay before the given retry (1-based): doubling, capped, with up to 30% jitter so tabs do not reconnect in step. */
  delayFor(attempt: number): number {
    const base = Math.min(this.options.maxDelayMs, this.options.initialDelayMs * 2 ** (attempt - 1));
    return Math.round(base * (0.7 + 0.3 * this.options.random()));
  }

  private connect(): void {
    if (this.stopped) return;
    this.options.onState('connecting', null);
    let socket: SocketLike;
    try {
      const { url } = this.options;
      socket = this.options.socketFactory(typeof url === 'function' ? url() : url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.failures = 0;
      this.options.onState('open', null);
      if (this.everOpened) this.options.onReconnected?.();
      this.everOpened = true;
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      const frame = parseFrame(event.data);
      if (frame) this.options.onFrame(frame);
    };
    socket.onerror = () => {
      // The close event follows and schedules the retry.
    };
    socket.onclose = () => {
      if (this.socket === socket) this.socket = null;
      this.scheduleRetry();
    };
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.failures += 1;
    const delay = this.delayFor(this.failures);
    this.options.onState('waiting', this.options.now() + delay);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect();
    }, delay);
  }
}
