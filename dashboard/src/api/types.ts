/**
 * Shapes of the gateway's JSON (see contract/api-contract.md). Decimals arrive as plain JSON numbers
 * (the gateway writes BigDecimal as plain values); they are only formatted here, never used for
 * order arithmetic. Timestamps are ISO-8601 strings in UTC; wallet addresses lower-case 0x hex.
 */
export type Decimal = number | string;

export type Side = 'BUY' | 'SELL';

export type Role = 'viewer' | 'trader' | 'admin';

// ---- auth -----------------------------------------------------------------------------------

export interface User {
  username: string;
  role: Role | string;
  totpEnrolled: boolean;
}

/** The answer of POST /api/auth/login and POST /api/auth/refresh. */
export interface LoginResponse {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token is valid for. */
  expiresIn: number;
  user: User;
}

export interface TotpEnrolment {
  /** Base32 secret to type into an authenticator app. */
  secret: string;
  otpauthUri: string;
}

export interface TotpVerified {
  totpEnrolled: true;
}

// ---- control --------------------------------------------------------------------------------

export type TradingState = 'ACTIVE' | 'REDUCING' | 'HALTED';

export type Mode = 'sim' | 'paper' | 'live';

/** One instance's latest status report on `control`. */
export interface RoleStatus {
  role: string;
  instance: string;
  state: TradingState;
  reason: string | null;
  since: string | null;
  by: string | null;
  mode: Mode | string;
  liveArmed: boolean;
  riskLimits: Record<string, string>;
  reportedAt: string;
}

/** GET /api/control, and the payload of `control-state` frames. */
export interface ControlState {
  tradingState: TradingState;
  reason: string | null;
  since: string | null;
  by: string | null;
  mode: Mode | string;
  liveArmed: boolean;
  riskLimits: Record<string, string>;
  roles: RoleStatus[];
}

// ---- overview -------------------------------------------------------------------------------

export interface EquityPoint {
  time: string;
  equity: Decimal;
}

export interface DailyPnl {
  /** Calendar day, e.g. 2026-11-21. */
  day: string;
  realized: Decimal;
  unrealized: Decimal;
  fees: Decimal;
}

export interface MarketExposure {
  market: string;
  question: string | null;
  notional: Decimal;
}

export interface CategoryExposure {
  category: string;
  notional: Decimal;
}

export interface FeedHealth {
  name: string;
  connected: boolean;
  lastMessageAt: string | null;
  staleSeconds: number | null;
}

export interface Overview {
  equity: Decimal;
  startingBalance: Decimal;
  realizedPnl: Decimal;
  unrealizedPnl: Decimal;
  exposure: Decimal;
  openPositions: number;
  openOrders: number;
  equityCurve: EquityPoint[];
  dailyPnl: DailyPnl[];
  exposureByMarket: MarketExposure[];
  exposureByCategory: CategoryExposure[];
  feeds: FeedHealth[];
}

// ---- whales and baskets ---------------------------------------------------------------------

export type WhaleClass = 'informed' | 'market_maker' | 'bot' | 'unknown';

export type WhaleSort = 'score' | 'sharpe' | 'winRate' | 'kelly' | 'ev' | 'trades';

export interface Whale {
  address: string;
  label: string | null;
  classification: WhaleClass | string;
  score: Decimal | null;
  sharpe: Decimal | null;
  winRate: Decimal | null;
  /** Lower and upper bound of the win rate's confidence interval. */
  winRateLower: Decimal | null;
  winRateUpper: Decimal | null;
  rollingWinRate: Decimal | null;
  kelly: Decimal | null;
  evPerDollar: Decimal | null;
  markout1h: Decimal | null;
  markout24h: Decimal | null;
  positions: number;
  trades: number;
  decayed: boolean;
  linkedGroup: string | null;
  whitelisted: boolean;
  pinned: boolean;
  banned: boolean;
  scoredAt: string | null;
}

export interface WhaleMetricsPoint {
  computedAt: string;
  score: Decimal | null;
  sharpe: Decimal | null;
  winRate: Decimal | null;
  kelly: Decimal | null;
  evPerDollar: Decimal | null;
}

export interface WhaleTrade {
  id: string;
  market: string;
  question: string | null;
  token: string;
  outcome: string | null;
  side: Side;
  price: Decimal;
  size: Decimal;
  notional: Decimal;
  time: string;
}

export interface WhitelistChange {
  whitelisted: boolean;
  reason: string | null;
  actor: string | null;
  changedAt: string;
}

export interface WhaleDetail {
  whale: Whale;
  history: WhaleMetricsPoint[];
  trades: WhaleTrade[];
  evidence: Record<string, Decimal | string | boolean | null>;
  changes: WhitelistChange[];
}

export type WhaleAction = 'pin' | 'unpin' | 'ban' | 'unban';

export interface Consensus {
  market: string;
  question: string | null;
  token: string;
  outcome: string | null;
  side: Side;
  /** Share of the basket's wallets on this side, 0 to 1. */
  share: Decimal;
  wallets: number;
  windowHours: number;
  vwap: Decimal | null;
}

export interface Basket {
  id: string;
  name: string;
  category: string | null;
  userDefined: boolean;
  wallets: string[];
  consensus: Consensus[];
}

// ---- signals, orders, fills, positions ------------------------------------------------------

export type OrderStatus =
  | 'NEW'
  | 'SUBMITTED'
  | 'LIVE'
  | 'MATCHED'
  | 'DELAYED'
  | 'UNKNOWN'
  | 'PARTIALLY_FILLED'
  | 'FILLED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'REJECTED';

export type TimeInForce = 'GTC' | 'GTD' | 'FOK' | 'FAK';

export interface Order {
  hash: string;
  signalId: string;
  market: string;
  token: string;
  side: Side;
  price: Decimal;
  size: Decimal;
  filled: Decimal;
  status: OrderStatus;
  timeInForce: TimeInForce | string;
  statusReason: string | null;
  createdAt: string;
  updatedAt: string;
  /** The signal's reference price; absent on frames from older gateways. */
  referencePrice?: Decimal | null;
  /** Fill VWAP minus reference, signed so positive is worse for us; null before any fill. */
  slippage?: Decimal | null;
}

export interface OrderTransition {
  status: OrderStatus | string;
  at: string;
  reason: string | null;
}

export interface Fill {
  tradeId: string;
  orderHash: string;
  market: string;
  token: string;
  side: Side;
  price: Decimal;
  size: Decimal;
  fee: Decimal;
  eventTime: string;
}

export interface OrderDetail {
  order: Order;
  timeline: OrderTransition[];
  fills: Fill[];
}

export interface Position {
  market: string;
  token: string;
  outcome: string | null;
  size: Decimal;
  costBasis: Decimal;
  realizedPnl: Decimal;
  fees: Decimal;
  updatedAt: string;
  markPrice?: Decimal | null;
  unrealizedPnl?: Decimal | null;
  category?: string | null;
  question?: string | null;
}

/** The risk check's verdict on a signal, with the figures it compared. */
export interface RiskDecision {
  approved: boolean;
  code: string;
  detail: string | null;
  figures: Record<string, Decimal | string>;
  decidedAt: string;
}

/** Payload of `risk-decision` frames. */
export interface RiskDecisionEvent extends RiskDecision {
  signalId: string;
}

export interface Signal {
  id: string;
  strategy: string;
  market: string;
  token: string;
  outcome: string | null;
  side: Side;
  referencePrice: Decimal;
  triggerNotional: Decimal | null;
  reason: string | null;
  provenance: Record<string, string>;
  createdAt: string;
  /** Null until the risk check has decided; absent on frames sent before the decision. */
  decision?: RiskDecision | null;
}

export interface SignalDetail extends Signal {
  orders: Order[];
}

// ---- strategies -----------------------------------------------------------------------------

export type ParameterType = 'decimal' | 'integer' | 'duration' | 'boolean';

export interface StrategyParameter {
  key: string;
  value: Decimal | boolean | string;
  type: ParameterType;
  min: Decimal | string | null;
  max: Decimal | string | null;
  description: string | null;
}

export interface Strategy {
  name: string;
  enabled: boolean;
  description: string | null;
  parameters: StrategyParameter[];
}

export interface StrategyUpdate {
  enabled?: boolean;
  parameters?: Record<string, string | boolean>;
}

// ---- system ---------------------------------------------------------------------------------

export interface RoleHealth {
  role: string;
  instance: string;
  state: TradingState | string;
  mode: Mode | string;
  reportedAt: string;
  healthy: boolean;
}

export interface BusLag {
  topic: string;
  group: string;
  lag: number | null;
  pending: number;
}

export interface SystemStatus {
  roles: RoleHealth[];
  feeds: FeedHealth[];
  bus: BusLag[];
  deadLetters: number;
}

export type DeadLetterStatus = 'OPEN' | 'RETRIED' | 'DISCARDED';

export interface DeadLetter {
  id: number;
  status: DeadLetterStatus | string;
  originalId: string;
  topic: string;
  group: string;
  type: string;
  error: string;
  deliveries: number;
  failedAt: string;
  /** The original message as JSON text. */
  original: string;
}

export interface AuditEntry {
  id: number;
  actor: string;
  action: string;
  detail: string | null;
  at: string;
}

// ---- users ----------------------------------------------------------------------------------

export interface UserAccount {
  username: string;
  role: Role | string;
  totpEnrolled: boolean;
  createdAt: string;
}

export interface NewUser {
  username: string;
  password: string;
  role: Role;
}

export interface UserChange {
  role?: Role;
  password?: string;
}

// ---- live socket ----------------------------------------------------------------------------

/** One frame pushed by the gateway on /ws; frames of other types are ignored. */
export type PushFrame =
  | { topic: string; type: 'order'; payload: Order }
  | { topic: string; type: 'fill'; payload: Fill }
  | { topic: string; type: 'position'; payload: Position }
  | { topic: string; type: 'signal'; payload: Signal }
  | { topic: string; type: 'control-state'; payload: ControlState }
  | { topic: string; type: 'risk-decision'; payload: RiskDecisionEvent }
  | { topic: string; type: 'whale'; payload: Whale }
  | { topic: string; type: 'strategy'; payload: Strategy }
  | { topic: string; type: 'dead-letter'; payload: DeadLetter };

export type PushFrameType = PushFrame['type'];

/** The gateway's one error body. */
export interface ErrorBody {
  error: string;
  status: number;
}
