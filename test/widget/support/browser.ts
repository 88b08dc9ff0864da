import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'screenshots');

/**
 * Debian's chromium driven by playwright-core; `launch()` gives it a fresh temporary
 * profile (user data dir) of its own each time. Fails loudly
 * (never skips) when the browser is missing: CI installs it.
 */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (the browser tests need it)`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Saves a screenshot under screenshots/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `widget-${name}.png`) });
}

/**
 * Collects what the page must never do: requests to any origin but the stack's,
 * CSP violations, and uncaught errors.
 */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  const wsOrigin = origin.replace(/^http/, 'ws');
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith(wsOrigin)) problems.push(`request to another host: ${r.url()}`);
  });
  page.on('websocket', (ws) => {
    if (!ws.url().startsWith(wsOrigin)) problems.push(`socket to another host: ${ws.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { problems };
}
