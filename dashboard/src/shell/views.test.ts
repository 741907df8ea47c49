import { describe, expect, it } from 'vitest';
import { hrefFor, routeFor } from './views';

describe('hash routes', () => {
  it('maps #/page and #/page/param, and anything else to the overview', () => {
    expect(routeFor('#/whales')).toMatchObject({ view: { id: 'whales' }, param: null });
    expect(routeFor('#/whales/0xabc')).toMatchObject({ view: { id: 'whales' }, param: '0xabc' });
    expect(routeFor('#/orders/')).toMatchObject({ view: { id: 'orders' }, param: null });
    expect(routeFor('')).toMatchObject({ view: { id: 'overview' }, param: null });
    expect(routeFor('#/nope/1')).toMatchObject({ view: { id: 'overview' }, param: null });
  });

  it('round-trips a parameter through the link', () => {
    const href = hrefFor('signals', 'sig/1 x');
    expect(href).toBe('#/signals/sig%2F1%20x');
    expect(routeFor(href).param).toBe('sig/1 x');
  });
});
