/**
 * The phone page in Chromium against the local stack: a person texts the agent by SMS and
 * by WhatsApp from a number of their choice and reads the replies from the local outbox,
 * each SMS with its segment count; a reply's link opens the decision.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { LocalStack } from '../../../src/local/stack';
import { launchChromium, screenshot, watchPage } from '../../widget/support/browser';
import { startTestStack } from '../../support/stack';

const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';
let stack: LocalStack;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  [stack, chromium] = await Promise.all([startTestStack(), launchChromium()]);
  browser = chromium.browser;
}, 120_000);
afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

describe('the phone page in chromium', () => {
  test('texts by SMS and by WhatsApp and shows each reply, SMS with its segments; the link opens the decision', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const { problems } = watchPage(page, stack.url);
    await page.goto(`${stack.url}/phone`);

    await page.locator('#from').fill('+254 711 223 344');
    await page.locator('#from').dispatchEvent('change');
    await page.locator('#channel').selectOption('sms');
    await page.locator('#text').fill(TRIP);
    await page.getByRole('button', { name: 'Send' }).click();

    const sms = page.locator('.msg.agent').first();
    await expect.poll(() => sms.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('.msg.me').first().textContent()).toBe(TRIP);
    expect(await sms.textContent()).toMatch(/^(BOOK|WAIT|SWITCH|DISCARD|Book|Wait|Switch|Discard)\b/);
    const meta = await sms.locator('.meta').textContent();
    expect(meta).toMatch(/^SMS · [123] segments? · GSM-7$/);
    expect(Number(await sms.getAttribute('data-segments'))).toBeLessThanOrEqual(3);
    // The reply went to that number in the outbox, as the page shows it.
    const outbox = (await (await fetch(`${stack.url}/_local/outbox?to=${encodeURIComponent('+254711223344')}`)).json()) as Array<{ text: string }>;
    expect(outbox).toHaveLength(1);
    expect((await sms.textContent())!.startsWith(outbox[0]!.text.slice(0, 40))).toBe(true);
    await screenshot(page, 'phone-sms');

    // The link to the full decision opens it.
    const link = sms.locator('a');
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${stack.url}/d/demo/`));
    const view = await context.newPage();
    await view.goto(href!);
    expect(await view.locator('h1').textContent()).toBeTruthy();
    expect(await view.getByRole('heading', { name: 'What would change this' }).count()).toBe(1);
    await view.close();

    // The same number on WhatsApp (Cloud API): a fresh thread for that address, one reply.
    await page.locator('#channel').selectOption('whatsapp-meta');
    await expect.poll(() => page.locator('.msg').count()).toBe(0);
    await page.locator('#text').fill(TRIP);
    await page.keyboard.press('Enter');
    const wa = page.locator('.msg.agent').first();
    await expect.poll(() => wa.count(), { timeout: 20_000 }).toBe(1);
    expect(await wa.textContent()).toMatch(/^\*/);
    expect(await wa.locator('.meta').textContent()).toBe('WhatsApp');
    await screenshot(page, 'phone-whatsapp');

    // Traveler-supplied and agent text is shown as text, never as markup.
    await page.locator('#text').fill('<img src=x onerror=alert(1)> hello');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('.msg.me').count()).toBe(2);
    expect(await page.locator('.msg.me img').count()).toBe(0);
    expect(await page.locator('.msg.me').nth(1).textContent()).toBe('<img src=x onerror=alert(1)> hello');

    // A number that is not one is refused on the page, nothing sent.
    await page.locator('#from').fill('12');
    await page.locator('#text').fill('hello');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/international form/);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
