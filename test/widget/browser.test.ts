import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalStack } from '../../src/local/stack';
import { launchChromium, screenshot, watchPage } from './support/browser';
import { startWidgetStack } from './support/stack';

const MARA = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';

let stack: LocalStack;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  [stack, chromium] = await Promise.all([startWidgetStack(), launchChromium()]);
  browser = chromium.browser;
});

afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

async function fresh(opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...opts });
  const page = await context.newPage();
  const { problems } = watchPage(page, stack.url);
  return { context, page, problems };
}

/** Types a message in the widget's composer and sends it with Enter. */
async function say(page: Page, text: string): Promise<void> {
  await page.locator('textarea').fill(text);
  await page.locator('textarea').press('Enter');
}

describe('the shipped widget in chromium, against the local stack', () => {
  test('converses to a verdict card, verdict first, and expands its details', async () => {
    const { context, page, problems } = await fresh();
    await page.goto(stack.url);
    const launcher = page.locator('.launcher');
    await launcher.click();
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(true);
    await say(page, MARA);

    const card = page.locator('.card').last();
    await card.waitFor();
    const outcome = await card.getAttribute('data-outcome');
    expect(['book', 'wait', 'switch', 'discard']).toContain(outcome);
    await screenshot(page, 'verdict');
  });
});
