import { describe, expect, it } from 'vitest';
import type { Position, Signal } from '../api/types';
import { order } from '../test/fixtures';
import { parseFrame, prependSignal, upsertOrder, upsertPosition } from './cacheMerge';
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
