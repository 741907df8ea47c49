import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '../api/queries';
import type { ControlState, DeadLetter, Position, Signal, SignalDetail, Strategy, Whale, WhaleDetail } from '../api/types';
import { controlState, deadLetter, order, signal, strategy, whale, whaleDetail } from '../test/fixtures';
import { applyFrame, parseFrame, prependSignal, upsertOrder, upsertPosition } from './cacheMerge';
import { LiveConnection } from './liveConnection';

const position = (token: string, size: number): Position => ({
  market: '0xm', token, outcome: 'Yes', size, costBasis: size * 0.5, realizedPnl: 0, fees: 0, updatedAt: '2026-03-01T12:00:00Z',
});

describe('cache merge', () => {
  it('keeps the newer order state when an older event arrives late', () => {
    const newer = order({ status: 'FILLED', updatedAt: '2026-03-01T12:00:05Z' });
    const older = order({ status: 'LIVE', updatedAt: '2026-03-01T12:00:01Z' });
    expect(upsertOrder([newer], older)).toEqual([newer]);
  });

  it('replaces a position by token and adds unseen tokens on top', () => {
    const list = upsertPosition([position('a', 10), position('b', 5)], position('b', 7));
    expect(list.map((p) => [p.token, p.size])).toEqual([['a', 10], ['b', 7]]);
    expect(upsertPosition(list, position('c', 1)).map((p) => p.token)).toEqual(['c', 'a', 'b']);
  });

  it('does not show a redelivered signal twice', () => {
    const signal = { id: 's1' } as Signal;
    expect(prependSignal(prependSignal(undefined, signal), signal)).toHaveLength(1);
  });

  it('ignores frames that are not ours', () => {
    expect(parseFrame('not json')).toBeNull();
    expect(parseFrame('{"type":"hello","payload":{}}')).toBeNull();
    expect(parseFrame('{"topic":"signals","type":"signal","payload":{"id":"s1"}}')?.type).toBe('signal');
  });
});

describe('LiveConnection back-off', () => {
  it('doubles from one second up to thirty with at most 30% jitter below', () => {
    const none = new LiveConnection({ url: 'ws://x', onFrame: () => {}, onState: () => {}, random: () => 1 });
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => none.delayFor(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    const most = new LiveConnection({ url: 'ws://x', onFrame: () => {}, onState: () => {}, random: () => 0 });
    expect(most.delayFor(1)).toBe(700);
  });
});

describe('new frame types', () => {
  const client = () => new QueryClient();

  it('replaces the control state on a control-state frame', () => {
    const c = client();
    c.setQueryData(queryKeys.control, controlState());
    applyFrame(c, parseFrame(JSON.stringify({ topic: 'control', type: 'control-state', payload: controlState({ tradingState: 'HALTED', reason: 'drawdown', liveArmed: true }) }))!);
    expect(c.getQueryData<ControlState>(queryKeys.control)).toMatchObject({ tradingState: 'HALTED', reason: 'drawdown', liveArmed: true });
  });

  it('attaches a risk decision to its signal in the list and in the detail, leaving others alone', () => {
    const c = client();
    c.setQueryData(queryKeys.signals, [signal({ id: 's1' }), signal({ id: 's2' })]);
    c.setQueryData(queryKeys.signal('s1'), { ...signal({ id: 's1' }), orders: [] });
    const event = { signalId: 's1', approved: false, code: 'MAX_EXPOSURE', detail: 'market exposure over limit', figures: { exposure: 1200, limit: 1000 }, decidedAt: '2026-03-01T12:00:01Z' };
    applyFrame(c, { topic: 'risk', type: 'risk-decision', payload: event });
    const [s1, s2] = c.getQueryData<Signal[]>(queryKeys.signals)!;
    expect(s1!.decision).toEqual({ approved: false, code: 'MAX_EXPOSURE', detail: 'market exposure over limit', figures: { exposure: 1200, limit: 1000 }, decidedAt: '2026-03-01T12:00:01Z' });
    expect(s2!.decision).toBeNull();
    expect(c.getQueryData<SignalDetail>(queryKeys.signal('s1'))!.decision?.code).toBe('MAX_EXPOSURE');
  });

  it('upserts a whale row in the list and its detail page', () => {
    const c = client();
    const a = whale({ address: '0xa' });
    c.setQueryData(queryKeys.whales, [a, whale({ address: '0xb' })]);
    c.setQueryData(queryKeys.whale('0xa'), whaleDetail(a));
    applyFrame(c, { topic: 'control', type: 'whale', payload: { ...a, pinned: true } });
    expect(c.getQueryData<Whale[]>(queryKeys.whales)!.map((w) => [w.address, w.pinned])).toEqual([['0xa', true], ['0xb', false]]);
    expect(c.getQueryData<WhaleDetail>(queryKeys.whale('0xa'))!.whale.pinned).toBe(true);
    expect(c.getQueryData<WhaleDetail>(queryKeys.whale('0xa'))!.trades).toHaveLength(1);
  });

  it('replaces a strategy by name', () => {
    const c = client();
    c.setQueryData(queryKeys.strategies, [strategy(), strategy({ name: 'consensus' })]);
    applyFrame(c, { topic: 'control', type: 'strategy', payload: strategy({ enabled: false }) });
    expect(c.getQueryData<Strategy[]>(queryKeys.strategies)!.map((s) => [s.name, s.enabled])).toEqual([['whale-follow', false], ['consensus', true]]);
  });

  it('adds open dead letters and drops retried or discarded ones', () => {
    const c = client();
    c.setQueryData(queryKeys.deadLetters, [deadLetter({ id: 1 })]);
    applyFrame(c, { topic: 'dlq', type: 'dead-letter', payload: deadLetter({ id: 2 }) });
    expect(c.getQueryData<DeadLetter[]>(queryKeys.deadLetters)!.map((l) => l.id)).toEqual([1, 2]);
    applyFrame(c, { topic: 'dlq', type: 'dead-letter', payload: deadLetter({ id: 1, status: 'RETRIED' }) });
    expect(c.getQueryData<DeadLetter[]>(queryKeys.deadLetters)!.map((l) => l.id)).toEqual([2]);
  });

  it('puts a fill on top of the fills list once', () => {
    const c = client();
    const fill = { tradeId: 't1', orderHash: '0xh', market: 'm', token: 't', side: 'BUY' as const, price: 0.5, size: 10, fee: 0, eventTime: '2026-03-01T12:00:00Z' };
    c.setQueryData(queryKeys.fills, []);
    applyFrame(c, { topic: 'orders.events', type: 'fill', payload: fill });
    applyFrame(c, { topic: 'orders.events', type: 'fill', payload: fill });
    expect(c.getQueryData(queryKeys.fills)).toEqual([fill]);
  });

  it('leaves lists not loaded yet unloaded, so opening the page fetches them whole', () => {
    const c = client();
    applyFrame(c, { topic: 'orders.events', type: 'order', payload: order() });
    applyFrame(c, { topic: 'orders.events', type: 'position', payload: position('a', 1) });
    applyFrame(c, { topic: 'signals', type: 'signal', payload: signal({ id: 's1' }) });
    expect(c.getQueryData(queryKeys.orders)).toBeUndefined();
    expect(c.getQueryData(queryKeys.positions)).toBeUndefined();
    expect(c.getQueryData(queryKeys.signals)).toBeUndefined();
  });

  it('keeps reference price and slippage an order frame does not carry', () => {
    const listed = order({ referencePrice: 0.54, slippage: 0.01 });
    const frame = order({ status: 'FILLED', updatedAt: '2026-03-01T12:00:09Z', referencePrice: undefined, slippage: undefined });
    expect(upsertOrder([listed], frame)[0]).toMatchObject({ status: 'FILLED', referencePrice: 0.54, slippage: 0.01 });
  });

  it('ignores unknown frame types and frames without an object payload', () => {
    expect(parseFrame('{"topic":"x","type":"basket-consensus","payload":{"id":1}}')).toBeNull();
    expect(parseFrame('{"topic":"control","type":"control-state","payload":"HALTED"}')).toBeNull();
    expect(parseFrame('{"topic":"control","type":"control-state","payload":{"tradingState":"HALTED"}}')?.type).toBe('control-state');
  });
});
