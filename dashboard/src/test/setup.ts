import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout: charts only need ResizeObserver to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

// jsdom lays nothing out, so every chart measures 0×0 and recharts says so; that is expected here.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('of chart should be greater than 0')) return;
  warn(...args);
};

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  window.location.hash = '';
});
