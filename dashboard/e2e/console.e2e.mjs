// The operator's console end to end, in headless chromium against a running demo:
//   BASE_URL=http://127.0.0.1:8080 ADMIN_PASSWORD=... SIM_URL=http://127.0.0.1:PORT/sim node e2e/console.e2e.mjs
// Each step prints what it proves; the first failure saves screenshots (FAILURE_DIR) and exits 1.
import {
  api,
  assert,
  assertDashboardServed,
  eventually,
  exitWith,
  launch,
  logIn,
  runSteps,
  settings,
  triggerWhaleTrade,
} from './harness.mjs';

const TERMINAL = new Set(['FILLED', 'CANCELLED', 'EXPIRED', 'REJECTED']);
const RUN = Date.now().toString(36);

/** Every pushed frame a tab receives on its live socket, parsed. */
function recordFrames(page) {
  const frames = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      try {
        frames.push(JSON.parse(typeof payload === 'string' ? payload : payload.toString()));
      } catch {
        // not a frame of ours
      }
    });
  });
  return frames;
}

/** The order rows on the Orders page as shown: hash and status badge text. */
function orderRows(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid^="order-row-"]')).map((row) => ({
      hash: row.getAttribute('data-order'),
      status: row.querySelector('[data-status]')?.getAttribute('data-status') ?? null,
    })),
  );
}

async function main() {
  const config = settings();
  const { browser, context } = await launch(config);
  try {
    const rest = await api(config);
    const orders = await context.newPage();
    const ordersFrames = recordFrames(orders);
    let signals;
    let signalsFrames;
    const seen = {};

    return await runSteps('console e2e', config, context, [
      ['the gateway serves the built dashboard at /', async () => {
        await assertDashboardServed(config);
        return 'GET / is the single-page app, not the "dashboard was not built" page';
      }],

      ['a wrong password is refused on the login form', async () => {
        await orders.goto(config.baseUrl + '/');
        await orders.locator('input[name="username"]').fill(config.username);
        await orders.locator('input[name="password"]').fill('not-the-password');
        await orders.getByRole('button', { name: 'Sign in' }).click();
        await orders.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
        assert(await orders.getByTestId('nav-overview').count() === 0, 'the dashboard opened with a wrong password');
        return 'the form says "Wrong username or password." and stays on the login page';
      }],

      ['the admin logs in through the form and sees the live header', async () => {
        await logIn(orders, config);
        const state = orders.getByTestId('trading-state');
        await eventually('the header to show ACTIVE', async () => (await state.getAttribute('data-state')) === 'ACTIVE');
        await orders.locator('[aria-label="live connection"][data-state="open"]').waitFor();
        const mode = (await orders.getByTestId('trading-mode').textContent())?.trim();
        return `header: trading ACTIVE, mode "${mode}", live socket open`;
      }],

      ['a whale trade shows up live: a FILLED order on Orders and its signal on Signals, without a reload', async () => {
        // Two tabs, each with its own session (sessionStorage is per tab): Orders and Signals, open before the trade.
        await orders.getByTestId('nav-orders').click();
        await orders.getByTestId('page-orders').waitFor();
        signals = await context.newPage();
        signalsFrames = recordFrames(signals);
        await logIn(signals, config);
        await signals.getByTestId('nav-signals').click();
        await signals.getByTestId('page-signals').waitFor();
        await signals.locator('[aria-label="live connection"][data-state="open"]').waitFor();
        for (const tab of [orders, signals]) await tab.evaluate((run) => { window.__e2eLoaded = run; }, RUN);
        const before = new Set((await rest.get('/api/orders')).map((o) => o.hash));
        const listRequests = [];
        for (const tab of [orders, signals]) {
          tab.on('request', (r) => { if (/\/api\/(orders|signals)(\?|$)/.test(r.url())) listRequests.push(r.url()); });
        }

        const trade = await triggerWhaleTrade(config);
        const filled = await eventually('a new FILLED order row on the Orders page', async () =>
          (await orderRows(orders)).find((row) => row.status === 'FILLED' && !before.has(row.hash)), { timeoutMs: 60_000 });
        const order = (await rest.get(`/api/orders/${filled.hash}`)).order;
        assert(order.status === 'FILLED', `the API says order ${filled.hash} is ${order.status}`);
        const signal = signals.getByTestId(`signal-${order.signalId}`);
        await signal.waitFor({ timeout: 30_000 });
        await signal.locator('[data-approved="true"]').waitFor({ timeout: 30_000 });

        for (const tab of [orders, signals]) {
          assert(await tab.evaluate(() => window.__e2eLoaded) === RUN, `tab ${tab.url()} was reloaded`);
        }
        assert(ordersFrames.some((f) => f.type === 'order' && f.payload?.hash === filled.hash && f.payload?.status === 'FILLED'),
          'the Orders tab got no pushed FILLED order frame for the order it shows');
        assert(signalsFrames.some((f) => f.type === 'signal' && f.payload?.id === order.signalId),
          'the Signals tab got no pushed signal frame for the signal it shows');
        seen.order = order;
        return `whale bought $${trade.notional}; order ${filled.hash.slice(0, 12)}… FILLED (${order.filled} shares) and signal ` +
          `${order.signalId} approved appeared via pushed frames, pages not reloaded (list refetches meanwhile: ${listRequests.length})`;
      }],

      ['a page opened after live frames arrived lists the earlier orders and signals too, not just the pushed ones', async () => {
        await signals.close();
        // A fresh session that sits on Overview while a copy happens, then opens Orders and Signals.
        const late = await context.newPage();
        const lateFrames = recordFrames(late);
        await logIn(late, config);
        await late.locator('[aria-label="live connection"][data-state="open"]').waitFor();
        const before = new Set((await rest.get('/api/orders')).map((o) => o.hash));
        await triggerWhaleTrade(config);
        const pushed = await eventually('a new order pushed to the Overview tab', async () =>
          lateFrames.find((f) => f.type === 'order' && f.payload?.hash && !before.has(f.payload.hash)), { timeoutMs: 60_000 });

        await late.getByTestId('nav-orders').click();
        await late.getByTestId('page-orders').waitFor();
        const apiOrders = await rest.get('/api/orders?limit=200');
        await eventually('every order of GET /api/orders on the Orders page', async () => {
          const shown = new Set((await orderRows(late)).map((row) => row.hash));
          const missing = apiOrders.filter((o) => !shown.has(o.hash));
          if (missing.length > 0) throw new Error(`${missing.length} of ${apiOrders.length} orders missing, e.g. ${missing[0].hash} ${missing[0].status}`);
          return true;
        }, { timeoutMs: 5_000 });

        await late.getByTestId('nav-signals').click();
        await late.getByTestId('page-signals').waitFor();
        const apiSignals = await rest.get('/api/signals?limit=200');
        await eventually('every signal of GET /api/signals on the Signals page', async () => {
          const shown = new Set(await late.evaluate(() =>
            Array.from(document.querySelectorAll('[data-testid^="signal-"]')).map((el) => el.getAttribute('data-testid').slice('signal-'.length))));
          const missing = apiSignals.filter((sig) => !shown.has(sig.id));
          if (missing.length > 0) throw new Error(`${missing.length} of ${apiSignals.length} signals missing, e.g. ${missing[0].id}`);
          return true;
        }, { timeoutMs: 5_000 });
        await late.close();
        return `order ${pushed.payload.hash.slice(0, 12)}… was pushed while on Overview; Orders then showed all ${apiOrders.length} ` +
          `orders and Signals all ${apiSignals.length} signals the API lists`;
      }],

      ['a whale is pinned on the Whales page with a reason, and the API agrees', async () => {
        await orders.getByTestId('nav-whales').click();
        await orders.getByTestId('whales-table').waitFor();
        const whales = await rest.get('/api/whales');
        const byAddress = new Map(whales.map((w) => [w.address, w]));
        const shown = await orders.evaluate(() =>
          Array.from(document.querySelectorAll('[data-testid^="whale-row-"]')).map((r) => r.getAttribute('data-testid').slice('whale-row-'.length)));
        const address = shown.find((a) => byAddress.get(a) && !byAddress.get(a).pinned && !byAddress.get(a).banned);
        assert(address, `no unpinned wallet among the ${shown.length} rows shown`);
        await orders.getByTestId(`whale-row-${address}`).click();
        await orders.getByTestId('page-whale').waitFor();
        const reason = `e2e ${RUN}: pinned by the console test`;
        await orders.getByTestId('pin-button').click();
        await orders.getByTestId('action-reason').fill(reason);
        await orders.getByTestId('action-confirm').click();
        await orders.getByTestId('unpin-button').waitFor();
        await orders.locator('section[aria-label="wallet"]').getByText('pinned', { exact: true }).waitFor();

        const detail = await rest.get(`/api/whales/${address}`);
        assert(detail.whale.pinned === true && detail.whale.whitelisted === true, `the API shows ${address} as ${JSON.stringify(detail.whale)}`);
        const change = detail.changes.find((c) => (c.reason ?? '').includes(reason));
        assert(change && change.actor === config.username, `no whitelist change with the reason in ${JSON.stringify(detail.changes)}`);
        return `wallet ${address} (${byAddress.get(address).classification}): the page shows "pinned" and an Unpin button; ` +
          `GET /api/whales/${address.slice(0, 10)}… has pinned=true and the change "${change.reason}" by ${change.actor}`;
      }],

      ['a strategy parameter changed on the Strategies page is saved and applied', async () => {
        await orders.getByTestId('nav-strategies').click();
        await orders.getByTestId('page-strategies').waitFor();
        const current = (await rest.get('/api/strategies')).find((s) => s.name === 'basket-copy');
        assert(current, 'no basket-copy strategy in GET /api/strategies');
        const parameter = current.parameters.find((p) => p.key === 'minWallets');
        const value = Number(parameter.value);
        const next = String(value < Number(parameter.max) ? value + 1 : value - 1);
        const card = orders.getByTestId('strategy-basket-copy');
        const input = card.getByTestId('strategy-param-minWallets');
        assert(await input.inputValue() === String(value), `the form shows minWallets ${await input.inputValue()}, the API ${value}`);
        await input.fill(next);
        await card.getByTestId('strategy-save').click();
        await card.getByRole('status').filter({ hasText: 'Saved and applied.' }).waitFor();

        const after = (await rest.get('/api/strategies')).find((s) => s.name === 'basket-copy');
        const saved = after.parameters.find((p) => p.key === 'minWallets');
        assert(String(saved.value) === next, `GET /api/strategies has minWallets ${saved.value}, expected ${next}`);
        const audit = await rest.get('/api/audit?limit=20');
        assert(audit.some((a) => a.action === 'strategy.update' && a.detail.includes('minWallets')), 'no strategy.update in the audit log');
        return `basket-copy minWallets ${value} -> ${next}: "Saved and applied." on the card, GET /api/strategies says ${saved.value}, audited`;
      }],

      ['the kill switch halts trading: HALTED on the page and every role, no open order left', async () => {
        const reason = `e2e ${RUN}: kill switch drill`;
        await orders.getByTestId('kill-switch').click();
        await orders.getByTestId('kill-reason').fill(reason);
        await orders.getByTestId('kill-confirm').click();
        await eventually('the header to show HALTED', async () => (await orders.getByTestId('trading-state').getAttribute('data-state')) === 'HALTED');
        assert((await orders.getByTestId('trading-state').textContent())?.trim() === 'HALTED', 'the badge text is not HALTED');
        await orders.getByRole('alert').filter({ hasText: reason }).waitFor();
        await orders.getByTestId('release-button').waitFor();

        const control = await rest.get('/api/control');
        assert(control.tradingState === 'HALTED' && control.reason === reason && control.by === config.username,
          `GET /api/control: ${JSON.stringify({ state: control.tradingState, reason: control.reason, by: control.by })}`);
        const roles = await eventually('every role to report HALTED', async () => {
          const now = (await rest.get('/api/control')).roles;
          return now.length > 0 && now.every((r) => r.state === 'HALTED') ? now : null;
        });
        const cancelAll = await eventually('the kill switch cancel-all in the audit log', async () =>
          (await rest.get('/api/audit?limit=50')).find((a) => a.action === 'killswitch.cancel-all' && a.detail.includes(reason)));
        const all = await rest.get('/api/orders');
        const open = all.filter((o) => !TERMINAL.has(o.status));
        assert(open.length === 0, `orders still open after the kill: ${JSON.stringify(open.map((o) => [o.hash, o.status]))}`);
        return `page: badge HALTED, banner with the reason, Release offered; API: HALTED by ${control.by}, roles ` +
          `${roles.map((r) => `${r.role}=${r.state}`).join(', ')}; ${all.length} orders, none open; audit: "${cancelAll.detail}"`;
      }],
    ]);
  } finally {
    await browser.close();
  }
}

exitWith(main);
