import type {
  Basket,
  ControlState,
  DeadLetter,
  LoginResponse,
  Order,
  Overview,
  Position,
  Signal,
  Strategy,
  SystemStatus,
  Whale,
  WhaleDetail,
} from '../api/types';
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
    referencePrice: 0.54,
    slippage: null,
    ...overrides,
  };
}

export function position(overrides: Partial<Position> = {}): Position {
  return {
    market: '0xm1',
    token: 'tok-1',
    outcome: 'Yes',
    size: 100,
    costBasis: 55,
    realizedPnl: 0,
    fees: 0.1,
    updatedAt: '2026-03-01T12:00:00Z',
    markPrice: 0.6,
    unrealizedPnl: 5,
    category: 'sports',
    question: 'Will the Yankees win?',
    ...overrides,
  };
}

export function signal(overrides: Partial<Signal> = {}): Signal {
  return {
    id: 'sig-1',
    strategy: 'whale-follow',
    market: '0xm1',
    token: 'tok-1',
    outcome: 'Yes',
    side: 'BUY',
    referencePrice: 0.55,
    triggerNotional: 2500,
    reason: 'informed wallet bought',
    provenance: { wallet: '0x1111111111111111111111111111111111111111', trade: 't-9' },
    createdAt: '2026-03-01T12:00:00Z',
    decision: null,
    ...overrides,
  };
}

export function whale(overrides: Partial<Whale> = {}): Whale {
  return {
    address: '0x1111111111111111111111111111111111111111',
    label: null,
    classification: 'informed',
    score: 0.8,
    sharpe: 1.9,
    winRate: 0.62,
    winRateLower: 0.55,
    winRateUpper: 0.69,
    rollingWinRate: 0.6,
    kelly: 0.12,
    evPerDollar: 0.07,
    markout1h: 0.01,
    markout24h: 0.03,
    positions: 12,
    trades: 140,
    decayed: false,
    linkedGroup: null,
    whitelisted: true,
    pinned: false,
    banned: false,
    scoredAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

export function whaleDetail(w: Whale = whale()): WhaleDetail {
  return {
    whale: w,
    history: [
      { computedAt: '2026-02-28T00:00:00Z', score: 0.7, sharpe: 1.5, winRate: 0.6, kelly: 0.1, evPerDollar: 0.05 },
      { computedAt: '2026-03-01T00:00:00Z', score: 0.8, sharpe: 1.9, winRate: 0.62, kelly: 0.12, evPerDollar: 0.07 },
    ],
    trades: [
      { id: 'tr-1', market: '0xm1', question: 'Will the Yankees win?', token: 'tok-1', outcome: 'Yes', side: 'BUY', price: 0.41, size: 5000, notional: 2050, time: '2026-03-01T11:00:00Z' },
    ],
    evidence: { resolvedMarkets: 48, brierScore: 0.19 },
    changes: [{ whitelisted: true, reason: 'score above threshold', actor: 'scoring', changedAt: '2026-02-20T00:00:00Z' }],
  };
}

export function basket(overrides: Partial<Basket> = {}): Basket {
  return {
    id: 'b1',
    name: 'MLB sharps',
    category: 'sports',
    userDefined: false,
    wallets: ['0x1111111111111111111111111111111111111111', '0x2222222222222222222222222222222222222222'],
    consensus: [
      { market: '0xm1', question: 'Will the Yankees win?', token: 'tok-1', outcome: 'Yes', side: 'BUY', share: 0.85, wallets: 4, windowHours: 24, vwap: 0.42 },
    ],
    ...overrides,
  };
}

export function controlState(overrides: Partial<ControlState> = {}): ControlState {
  return {
    tradingState: 'ACTIVE',
    reason: null,
    since: null,
    by: null,
    mode: 'paper',
    liveArmed: false,
    riskLimits: { maxSlippage: '0.02' },
    roles: [],
    ...overrides,
  };
}

export function overview(overrides: Partial<Overview> = {}): Overview {
  return {
    equity: 10234.5,
    startingBalance: 10000,
    realizedPnl: 180.25,
    unrealizedPnl: 54.25,
    exposure: 1520,
    openPositions: 3,
    openOrders: 2,
    equityCurve: [
      { time: '2026-03-01T00:00:00Z', equity: 10000 },
      { time: '2026-03-02T00:00:00Z', equity: 10234.5 },
    ],
    dailyPnl: [{ day: '2026-03-01', realized: 180.25, unrealized: 54.25, fees: 3.1 }],
    exposureByMarket: [
      { market: '0xm1', question: 'Will the Yankees win?', notional: 1020 },
      { market: '0xm2', question: null, notional: 500 },
    ],
    exposureByCategory: [{ category: 'sports', notional: 1520 }],
    feeds: [
      { name: 'market-ws', connected: true, lastMessageAt: '2026-03-02T00:00:00Z', staleSeconds: 2 },
      { name: 'user-ws', connected: false, lastMessageAt: null, staleSeconds: null },
    ],
    ...overrides,
  };
}

export function strategy(overrides: Partial<Strategy> = {}): Strategy {
  return {
    name: 'whale-follow',
    enabled: true,
    description: 'Copy informed wallets',
    parameters: [
      { key: 'minScore', value: 0.6, type: 'decimal', min: 0, max: 1, description: 'lowest score followed' },
      { key: 'maxWallets', value: 20, type: 'integer', min: 1, max: 100, description: null },
      { key: 'window', value: 'PT24H', type: 'duration', min: 'PT1H', max: 'P7D', description: null },
      { key: 'copyBuysOnly', value: false, type: 'boolean', min: null, max: null, description: null },
    ],
    ...overrides,
  };
}

export function systemStatus(overrides: Partial<SystemStatus> = {}): SystemStatus {
  return {
    roles: [
      { role: 'execution', instance: 'exec-1', state: 'ACTIVE', mode: 'paper', reportedAt: '2026-03-01T12:00:00Z', healthy: true },
      { role: 'ingest', instance: 'ingest-1', state: 'ACTIVE', mode: 'paper', reportedAt: '2026-03-01T11:00:00Z', healthy: false },
    ],
    feeds: [{ name: 'market-ws', connected: true, lastMessageAt: '2026-03-01T12:00:00Z', staleSeconds: 300 }],
    bus: [{ topic: 'orders.events', group: 'gateway', lag: 3, pending: 0 }],
    deadLetters: 1,
    ...overrides,
  };
}

export function deadLetter(overrides: Partial<DeadLetter> = {}): DeadLetter {
  return {
    id: 7,
    status: 'OPEN',
    originalId: 'msg-1',
    topic: 'signals',
    group: 'execution',
    type: 'signal',
    error: 'unknown token',
    deliveries: 5,
    failedAt: '2026-03-01T12:00:00Z',
    original: '{"id":"sig-9"}',
    ...overrides,
  };
}

export const loginResponse: LoginResponse = {
  accessToken: 'header.payload.signature',
  refreshToken: 'refresh-1',
  expiresIn: 3600,
  user: { username: 'alice', role: 'trader', totpEnrolled: false },
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
