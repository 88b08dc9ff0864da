import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { watchPage } from './browser';

/** A fresh browser context and page (desktop size unless told), watched for stray requests, CSP breaks and errors. */
export async function freshPage(browser: Browser, origin: string, opts: BrowserContextOptions = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...opts });
  const page = await context.newPage();
  const { problems } = watchPage(page, origin);
  return { page, problems };
}

/** Types a message in the widget's composer and sends it with Enter. */
export async function say(page: Page, text: string): Promise<void> {
  await page.locator('textarea').fill(text);
  await page.locator('textarea').press('Enter');
}

/** Waits until the conversation shows `n` reply cards; returns the last. */
export async function replies(page: Page, n: number) {
  await expect.poll(() => page.locator('.msg.agent').count(), { timeout: 20_000 }).toBe(n);
  return page.locator('.msg.agent .card').last();
}

/** The element focused inside the widget's shadow root, as `tag.class`, or `outside:TAG` when focus is on the host page. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-trip-agent]')?.shadowRoot?.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${el.className}` : `outside:${document.activeElement?.tagName}`;
  });
}
