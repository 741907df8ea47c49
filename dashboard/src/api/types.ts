/**
 * Shapes of the gateway's JSON. Decimals arrive as plain JSON numbers (the gateway writes
 * BigDecimal as plain values); they are only formatted here, never used for order arithmetic.
 */
export type Decimal = number | string;

export type Side = 'BUY' | 'SELL';

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
}

export type Role = 'viewer' | 'trader' | 'admin';

export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  username: string;
  role: Role | string;
}

/** One frame pushed by the gateway on /ws. */
export type PushFrame =
  | { topic: string; type: 'order'; payload: Order }
  | { topic: string; type: 'fill'; payload: Fill }
  | { topic: string; type: 'position'; payload: Position }
  | { topic: string; type: 'signal'; payload: Signal };

/** The gateway's one error body. */
export interface ErrorBody {
  error: string;
  status: number;
}
