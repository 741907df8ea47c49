// What every end-to-end script needs: its settings from the environment, the Debian chromium
// driven by playwright-core, the REST API, and steps that say what they prove and leave a
// screenshot behind when they fail.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The settings, from the environment; a missing one is a clear error, not a default that hides it. */
export function settings() {
  const required = (name) => {
    const value = process.env[name];
    if (!value) throw new Error(`environment variable ${name} is required (see dashboard/e2e/README.md)`);
    return value.replace(/\/+$/, '');
  };
  return {
    baseUrl: required('BASE_URL'),
    password: required('ADMIN_PASSWORD'),
    username: process.env.ADMIN_USER || 'admin',
    simUrl: process.env.SIM_URL ? process.env.SIM_URL.replace(/\/+$/, '') : null,
    chromium: process.env.CHROMIUM || '/usr/bin/chromium',
    failureDir: process.env.FAILURE_DIR || join(tmpdir(), 'polybot-e2e-failures'),
  };
}

/** Headless Debian chromium. Never `npx playwright install`: the browser comes from the OS packages. */
export async function launch(config) {
  if (!existsSync(config.chromium)) {
    throw new Error(`no chromium at ${config.chromium}: install the Debian package (apt-get install chromium) or set CHROMIUM`);
  }
  const browser = await chromium.launch({ executablePath: config.chromium, headless: true, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  context.setDefaultTimeout(15_000);
  return { browser, context };
}

/** The REST API as the admin: a token of its own, so checks do not share the browser's session. */
export async function api(config) {
  const login = await fetch(`${config.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: config.username, password: config.password }),
  });
  if (login.status !== 200) throw new Error(`API login as ${config.username} answered ${login.status}: ${await login.text()}`);
  const { accessToken } = await login.json();
  const call = async (method, path, body) => {
    const response = await fetch(`${config.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body) };
}

/** The informed wallet of the simulated world trades now (the simulator's operator endpoint). */
export async function triggerWhaleTrade(config) {
  if (!config.simUrl) throw new Error('environment variable SIM_URL is required to make the whale trade');
  const response = await fetch(`${config.simUrl}/whale-trade`, { method: 'POST' });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST ${config.simUrl}/whale-trade answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

/** Logs in through the form on the page and waits for the signed-in header. */
export async function logIn(page, config) {
  await page.goto(config.baseUrl + '/');
  await page.locator('input[name="username"]').fill(config.username);
  await page.locator('input[name="password"]').fill(config.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('nav-overview').waitFor();
}

/** Checks the gateway serves the built dashboard rather than its "not built" page. */
export async function assertDashboardServed(config) {
  const response = await fetch(config.baseUrl + '/');
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET / answered ${response.status}`);
  if (!html.includes('<div id="root">') || html.includes('was not built')) {
    throw new Error('the gateway does not serve the built dashboard (was it built with -DskipUi?)');
  }
}

/** Polls until check() returns a truthy value, or fails with what it waited for. */
export async function eventually(what, check, { timeoutMs = 30_000, intervalMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Runs the steps in order, printing each one's claim and what it showed; the first failure saves a
 * screenshot of every open page and ends the run with exit code 1.
 */
export async function runSteps(title, config, context, steps) {
  const started = Date.now();
  console.log(`${title}: ${config.baseUrl}`);
  let n = 0;
  for (const [claim, body] of steps) {
    n++;
    const stepStarted = Date.now();
    try {
      const shown = await body();
      console.log(`  ok ${n} - ${claim} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)${shown ? `\n       ${shown}` : ''}`);
    } catch (error) {
      console.log(`  FAILED ${n} - ${claim}\n       ${error?.stack ?? error}`);
      await saveFailureScreenshots(config, context, n);
      return false;
    }
  }
  console.log(`${title}: all ${n} steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

async function saveFailureScreenshots(config, context, step) {
  if (!context) return;
  mkdirSync(config.failureDir, { recursive: true });
  const pages = context.pages();
  for (let i = 0; i < pages.length; i++) {
    const file = join(config.failureDir, `failure-step${step}-tab${i + 1}.png`);
    try {
      await pages[i].screenshot({ path: file, fullPage: true });
      console.log(`       screenshot: ${file} (${pages[i].url()})`);
    } catch (e) {
      console.log(`       could not save a screenshot of tab ${i + 1}: ${e.message}`);
    }
  }
}

/** Runs main, turning any error into exit code 1 with the message (a missing browser, a bad setting). */
export function exitWith(main) {
  main().then(
    (passed) => process.exit(passed ? 0 : 1),
    (error) => {
      console.error(`e2e: ${error?.stack ?? error}`);
      process.exit(1);
    },
  );
}
