import { describe, expect, it } from 'vitest';
import type { StrategyParameter } from '../api/types';
import { durationMs, validateParam } from './paramValidation';

const p = (type: StrategyParameter['type'], min: StrategyParameter['min'] = null, max: StrategyParameter['max'] = null): StrategyParameter => ({
  key: 'k', value: '', type, min, max, description: null,
});

describe('strategy parameter validation', () => {
  it('checks decimals against type and bounds', () => {
    expect(validateParam(p('decimal', 0, 1), '0.75')).toBeNull();
    expect(validateParam(p('decimal', 0, 1), '1')).toBeNull();
    expect(validateParam(p('decimal', 0, 1), '1.01')).toBe('must be at most 1');
    expect(validateParam(p('decimal', '0.1', 1), '0.05')).toBe('must be at least 0.1');
    expect(validateParam(p('decimal'), 'abc')).toBe('must be a number');
    expect(validateParam(p('decimal'), '')).toBe('required');
  });

  it('checks integers', () => {
    expect(validateParam(p('integer', 1, 100), '20')).toBeNull();
    expect(validateParam(p('integer', 1, 100), '2.5')).toBe('must be a whole number');
    expect(validateParam(p('integer', 1, 100), '0')).toBe('must be at least 1');
  });

  it('checks durations in ISO-8601 or short form against duration bounds', () => {
    expect(durationMs('PT30S')).toBe(30_000);
    expect(durationMs('P1DT2H')).toBe(26 * 3_600_000);
    expect(durationMs('5m')).toBe(300_000);
    expect(durationMs('P')).toBeNull();
    expect(durationMs('PT')).toBeNull();
    expect(validateParam(p('duration', 'PT1H', 'P7D'), 'PT2H')).toBeNull();
    expect(validateParam(p('duration', 'PT1H', 'P7D'), '30m')).toBe('must be at least PT1H');
    expect(validateParam(p('duration', 'PT1H', 'P7D'), 'P8D')).toBe('must be at most P7D');
    expect(validateParam(p('duration'), 'soon')).toBe('must be a duration like PT30S, 5m or 2h');
  });

  it('checks booleans', () => {
    expect(validateParam(p('boolean'), 'true')).toBeNull();
    expect(validateParam(p('boolean'), 'yes')).toBe('must be true or false');
  });
});
