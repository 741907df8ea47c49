import type { LoginResponse, Order } from '../api/types';
import type { SocketLike } from '../live/liveConnection';

export function order(overrides: Partial<Order> = {}): Order {
  return {
    hash: '0xaaaa000000000000000000000000000000000000000000000000000000000001',
    signalId: 'sig-1',
    market: '0xmarket0000000000000000000000000000000000000000000000000000000001',
    token: '71321045679252212594626385532706912750332728571942532289631379312455583992563',
    side: 'BUY',
    price: 0.55,
    size: 100,
    filled: 0,
    status: 'LIVE',
    timeInForce: 'GTC',
    statusReason: null,
    createdAt: '2026-03-01T12:00:00Z',
    updatedAt: '2026-03-01T12:00:00Z',
    ...overrides,
  };
}

export const loginResponse: LoginResponse = {
  accessToken: 'header.payload.signature',
  tokenType: 'Bearer',
  expiresIn: 3600,
  username: 'alice',
  role: 'trader',
};

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A WebSocket stand-in the test drives by hand: open it, push frames, drop it. */
export class FakeSocket implements SocketLike {
  static instances: FakeSocket[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;

  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }

  static factory = (url: string): SocketLike => new FakeSocket(url);

  static latest(): FakeSocket {
    const socket = FakeSocket.instances.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }

  open(): void {
    this.onopen?.(new Event('open'));
  }

  push(frame: unknown): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(frame) }));
  }

  drop(): void {
    this.onclose?.(new CloseEvent('close', { code: 1006 }));
  }

  close(): void {
    this.closed = true;
  }
}
