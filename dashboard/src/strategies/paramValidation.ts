import type { StrategyParameter } from '../api/types';

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const INTEGER = /^-?\d+$/;
const ISO_DURATION = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;
const SHORT_DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/i;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** A duration in milliseconds, from ISO-8601 (PT30S, P1DT2H) or short form (30s, 5m, 2h, 1d); null if neither. */
export function durationMs(text: string): number | null {
  const value = text.trim();
  const short = SHORT_DURATION.exec(value);
  if (short) return Number(short[1]) * UNIT_MS[short[2]!.toLowerCase()]!;
  const iso = ISO_DURATION.exec(value);
  if (!iso || value.toUpperCase() === 'P' || value.toUpperCase().endsWith('T')) return null;
  const [, d = '0', h = '0', m = '0', s = '0'] = iso;
  return ((Number(d) * 24 + Number(h)) * 60 + Number(m)) * 60_000 + Number(s) * 1_000;
}

/** The value of a bound in the parameter's own unit (milliseconds for durations), or null when unbounded. */
function bound(parameter: StrategyParameter, value: StrategyParameter['min']): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (parameter.type === 'duration' && typeof value === 'string') return durationMs(value);
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * Why a typed value is not acceptable for a parameter, or null when it is. The gateway checks
 * again; this only spares a round trip for the obvious mistakes (and uses the same min/max).
 */
export function validateParam(parameter: StrategyParameter, text: string): string | null {
  const value = text.trim();
  if (parameter.type === 'boolean') return value === 'true' || value === 'false' ? null : 'must be true or false';
  if (value === '') return 'required';
  let n: number;
  switch (parameter.type) {
    case 'integer':
      if (!INTEGER.test(value)) return 'must be a whole number';
      n = Number(value);
      break;
    case 'decimal':
      if (!DECIMAL.test(value)) return 'must be a number';
      n = Number(value);
      break;
    case 'duration': {
      const ms = durationMs(value);
      if (ms === null) return 'must be a duration like PT30S, 5m or 2h';
      n = ms;
      break;
    }
    default:
      return null;
  }
  const min = bound(parameter, parameter.min);
  const max = bound(parameter, parameter.max);
  if (min !== null && n < min) return `must be at least ${parameter.min}`;
  if (max !== null && n > max) return `must be at most ${parameter.max}`;
  return null;
}

/** A parameter's current value as the text its input shows. */
export function paramText(parameter: StrategyParameter): string {
  return typeof parameter.value === 'number' ? String(parameter.value) : String(parameter.value);
}
