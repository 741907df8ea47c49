// A PNG of every dashboard page, from a running gateway with some data in it:
//   BASE_URL=http://127.0.0.1:8080 ADMIN_PASSWORD=... node e2e/screenshots.mjs --out DIR
// `./polybot screenshots --out DIR` starts a demo, makes the whale trade and runs this.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { api, assertDashboardServed, eventually, exitWith, launch, logIn, runSteps, settings } from './harness.mjs';

/** Charts animate in; give them this long after the page's data is on screen. */
const SETTLE_MS = 1500;

const VIEWPORT = { width: 1440, height: 900 };
const MAX_HEIGHT = 3000;

/**
 * A page scrolls inside its own root, so a full-page shot would stop at the window: grow the window
 * by what the page hides (up to MAX_HEIGHT) so the picture shows all of it.
 */
async function fitToContent(page) {
  const hidden = await page.evaluate(() => {
    let most = 0;
    // The page's own scroller, not panels inside it that are meant to scroll (a wallet's 100 trades).
    for (const el of document.querySelectorAll('main, main > *, [data-testid^="page-"]')) {
      if (/(auto|scroll)/.test(getComputedStyle(el).overflowY)) most = Math.max(most, el.scrollHeight - el.clientHeight);
    }
    return most;
  });
  if (hidden > 0) await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(VIEWPORT.height + hidden, MAX_HEIGHT) });
}

function outDir() {
  const i = process.argv.indexOf('--out');
  const dir = i >= 0 ? process.argv[i + 1] : process.env.OUT_DIR;
  if (!dir) throw new Error('where to? pass --out DIR (or set OUT_DIR)');
  return resolve(dir);
}

async function main() {
  const config = settings();
  const dir = outDir();
  mkdirSync(dir, { recursive: true });
  await assertDashboardServed(config);
  const rest = await api(config);
  const whale = (await rest.get('/api/whales?sort=score&dir=desc&limit=1'))[0];
  const order = (await rest.get('/api/orders')).find((o) => o.status === 'FILLED') ?? (await rest.get('/api/orders'))[0];
  if (!whale) throw new Error('no scored wallet to show: GET /api/whales is empty');
  if (!order) throw new Error('no order to show: GET /api/orders is empty (make a whale trade first)');

  const { browser, context } = await launch(config);
  try {
    const page = await context.newPage();
    await logIn(page, config);
    await page.locator('[aria-label="live connection"][data-state="open"]').waitFor();

    // Each page: its route, and what must be on screen (its data, not a spinner) before the shot.
    const shots = [
      ['overview', '#/overview', ['page-overview', 'positions-table']],
      ['whales', '#/whales', ['whales-table', 'baskets']],
      ['whale-detail', `#/whales/${whale.address}`, ['page-whale', 'pin-button|unpin-button']],
      ['signals', '#/signals', ['signals-list']],
      ['orders', '#/orders', ['orders-table', 'fills-table']],
      ['order-detail', `#/orders/${encodeURIComponent(order.hash)}`, ['order-detail']],
      ['positions', '#/positions', ['positions-table']],
      ['strategies', '#/strategies', ['strategy-whale-copy', 'strategy-basket-copy']],
      ['system', '#/system', ['page-system', 'audit-log']],
      ['settings', '#/settings', ['page-settings', 'users-table']],
    ];
    return await runSteps(`screenshots into ${dir}`, config, context, shots.map(([name, route, testIds]) => [
      `${name} (${route})`,
      async () => {
        await page.goto(`${config.baseUrl}/${route}`);
        for (const id of testIds) {
          await page.locator(id.split('|').map((one) => `[data-testid="${one}"]`).join(', ')).first().waitFor();
        }
        await eventually(`${name} to finish loading`, async () => (await page.getByText('Loading…').count()) === 0, { timeoutMs: 15_000 });
        const failed = await page.getByText('Could not load:').allTextContents();
        if (failed.length > 0) throw new Error(`${name} shows load errors: ${failed.join('; ')}`);
        // The pointer rests on the login button's spot, over the charts: move it off so no tooltip shows.
        await page.mouse.move(0, 0);
        await fitToContent(page);
        await page.waitForTimeout(SETTLE_MS);
        const file = `${dir}/${name}.png`;
        await page.screenshot({ path: file, fullPage: true });
        await page.setViewportSize(VIEWPORT);
        return file;
      },
    ]));
  } finally {
    await browser.close();
  }
}

exitWith(main);
