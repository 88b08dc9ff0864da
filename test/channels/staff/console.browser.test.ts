/**
 * The staff console in Chromium against the real local stack (what `npm start` runs):
 * a traveler chats in the widget, then a staff member opens the printed one-time console
 * link, finds the conversation, reads the decision behind each reply, flags one, takes it
 * through review to corrected, replays it and sees it in the metrics.
 * Screenshots land in screenshots/ (git-ignored) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoConsoleLink } from '../../../src/channels/staff/demo-sign-in';
import type { LocalStack } from '../../../src/local/stack';
import { launchChromium, SCREENSHOTS } from '../../widget/support/browser';
import { freshPage, replies, say } from '../../widget/support/page';
import { startWidgetStack } from '../../widget/support/stack';

const MARA = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person <b>really</b>';
const CHANGE = 'Actually make it April, our dates can move';

let stack: LocalStack;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

/** Clicks, then waits until the page that answers (after the POST's redirect) has loaded. */
async function clickAndLoad(page: Page, target: ReturnType<Page['getByRole']>, path: string | RegExp): Promise<void> {
  const matches = (u: string) => (typeof path === 'string' ? new URL(u).pathname === path : path.test(u));
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'GET' && r.request().resourceType() === 'document' && matches(r.url())), target.click()]);
  await page.waitForLoadState('load');
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `staff-${name}.png`), fullPage: true });
}

beforeAll(async () => {
  [stack, chromium] = await Promise.all([startWidgetStack(), launchChromium()]);
  browser = chromium.browser;
});
afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

describe('the staff console in chromium', () => {
  test('chat in the widget, then sign in, find it, read, flag, review to corrected, replay, metrics', async () => {
    // A traveler talks to the agent in the widget: two replies, the second revising the first.
    const traveler = await freshPage(browser, stack.url);
    await traveler.page.goto(stack.url);
    await traveler.page.locator('.launcher').click();
    await say(traveler.page, MARA);
    await replies(traveler.page, 1);
    await say(traveler.page, CHANGE);
    await replies(traveler.page, 2);
    expect(traveler.problems).toEqual([]);

    const { page, problems } = await freshPage(browser, stack.url);
    // Signed out, the console sends you to sign in.
    await page.goto(`${stack.url}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    expect(await page.getByLabel('Staff token').count()).toBe(1);

    // The one-time link npm start prints: a GET shows a button, the button signs in.
    const link = await demoConsoleLink(stack.store.ctx, stack.app.clock, stack.url);
    await page.goto(link);
    await shot(page, 'sign-in');
    await Promise.all([page.waitForURL(`${stack.url}/console`, { timeout: 10_000 }), page.getByRole('button', { name: 'Sign in' }).click()]).catch(async (e) => {
      throw new Error(`sign-in did not land on /console: ${page.url()} ${(await page.content()).slice(0, 800)} ${problems.join(' | ')}`, { cause: e });
    });
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'staff_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // The link is used up.
    const again = await page.context().request.post(`${stack.url}/console/sign-in/once`, { form: { code: new URL(link).searchParams.get('code')! }, maxRedirects: 0 });
    expect(again.status()).toBe(401);

    // Keyboard first: the skip link is the first stop and lands on the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');

    // Find the conversation by the traveler's words.
    await page.getByLabel('Search').fill('migration');
    await Promise.all([page.waitForURL(/q=migration/), page.getByRole('button', { name: 'Show' }).click()]);
    const rows = page.locator('table.list tbody tr');
    expect(await rows.count()).toBe(1);
    await shot(page, 'conversations');
    // The transcript, each reply's verdict inline, the decision beside it.
    await Promise.all([page.waitForURL(/\/console\/conversations\/sess_/), rows.first().locator('a').first().click()]);
    const messages = page.locator('ol.messages > li');
    expect(await messages.count()).toBe(4);
    // Traveler text is text: the tag shows as typed, no element is made of it.
    expect(await page.locator('li.msg.inbound .text').first().textContent()).toBe(MARA);
    expect(await page.locator('li.msg.inbound b').count()).toBe(0);
    expect(await page.locator('li.msg.outbound .verdict').count()).toBe(2);
    const panel = page.locator('aside .panel');
    expect(await panel.locator('h4', { hasText: 'Assumptions' }).count()).toBe(1);
    expect(await panel.locator('.assumptions li').first().textContent()).toMatch(/\(\d+\.\d%\)$/);
    expect(await panel.locator('dt', { hasText: 'Logic version' }).count()).toBe(1);
    expect(await panel.locator('dt', { hasText: 'Prompt version' }).count()).toBe(1);
    // Choosing the first reply's verdict shows that decision in the panel.
    const firstVerdict = page.locator('li.msg.outbound .verdict a').first();
    await Promise.all([page.waitForURL(/decision=dec_/), firstVerdict.click()]);
    await expect.poll(() => page.locator('li.msg.outbound .verdict a[aria-current="true"]').first().textContent()).toBe(await firstVerdict.textContent());
    await shot(page, 'conversation');

    // The latest decision superseded the first: its page shows the revision diff.
    const lastVerdict = page.locator('li.msg.outbound .verdict a').last();
    const lastId = new URL((await lastVerdict.getAttribute('href'))!, stack.url).searchParams.get('decision');
    await Promise.all([page.waitForURL(new RegExp(`decision=${lastId}`)), lastVerdict.click()]);
    await Promise.all([page.waitForURL(new RegExp(`/console/decisions/${lastId}$`)), page.getByRole('link', { name: /Open decision/ }).click()]);
    expect(await page.locator('.revision caption', { hasText: 'Traveler inputs that changed' }).count()).toBe(1);
    expect(await page.locator('.revision th[scope="row"]', { hasText: 'month' }).count()).toBe(1);

    // Flag it, with a reason and notes.
    await page.getByLabel('Reason').selectOption('assumption_failure');
    await page.getByLabel('Notes (internal)').fill('They meant the school holidays <i>only</i>');
    await Promise.all([page.waitForURL(/\/console\/reviews\/rev_/), page.getByRole('button', { name: 'Flag this decision' }).click()]);
    expect(await page.locator('.facts dd strong').first().textContent()).toBe('queued');
    expect(await page.locator('.facts dd', { hasText: 'school holidays' }).textContent()).toContain('<i>only</i>');
    const reviewUrl = page.url();

    // The queue lists it with its age and reason.
    await page.goto(`${stack.url}/console/reviews`);
    expect(await page.locator('tbody tr', { hasText: 'assumption_failure' }).count()).toBe(1);
    await shot(page, 'review-queue');
    await page.goto(reviewUrl);

    // Review it: start, then resolve as corrected with a new logic version.
    const reviewPath = new URL(reviewUrl).pathname;
    await clickAndLoad(page, page.getByRole('button', { name: 'Start review' }), reviewPath);
    expect(await page.locator('.facts dd strong').first().textContent()).toBe('in_review');
    expect(await page.locator('.panel dd[data-review-status]').textContent()).toMatch(/^in review · assumption_failure/);
    await page.getByRole('radio', { name: 'Corrected' }).check();
    await page.getByLabel('Action taken (when corrected)').selectOption('updated_rules');
    await page.getByLabel('New logic version (when the rules changed)').fill('rules_v1.1');
    await page.getByLabel('Public note').fill('School-holiday dates are now asked for.');
    await shot(page, 'review-form');
    await clickAndLoad(page, page.getByRole('button', { name: 'Save resolution' }), reviewPath);
    expect(await page.locator('.facts dd strong').first().textContent()).toBe('corrected');
    expect(await page.locator('.panel dd', { hasText: /^CORRECTED$/ }).count()).toBe(1);
    // The panel's Review row follows the review item, as the queue does.
    expect(await page.locator('.panel dd[data-review-status="corrected"]').count()).toBe(1);

    // Replay it: same inputs, same logic version, same verdict.
    await clickAndLoad(page, page.getByRole('link', { name: 'Replay under current rules' }), /\/replay$/);
    expect(await page.getByRole('status').textContent()).toContain('Unchanged');
    expect(await page.locator('.sidebyside .side').count()).toBe(2);
    await shot(page, 'replay');

    // The metrics, drawn and tabled.
    // A fresh stack whose sweep has not run yet: the page builds today's figures itself.
    await page.goto(`${stack.url}/console/metrics`);
    const summary = page.locator('.facts');
    expect(await summary.locator('dd').nth(2).textContent()).toBe('2');
    expect(await page.locator('p.note', { hasText: 'no figures' }).count()).toBe(0);
    await clickAndLoad(page, page.getByRole('button', { name: "Rebuild today's figures now" }), '/console/metrics');
    expect(await summary.locator('dd').nth(2).textContent()).toBe('2');
    // Completion, outcome mix, reversals and bookings drawn; no refusal or drop-off today, and the page says so.
    expect(await page.locator('svg[role="img"]').count()).toBe(3);
    expect(await page.locator('p.note', { hasText: 'Nothing in this period.' }).count()).toBe(2);
    expect(await page.locator('table caption', { hasText: 'Decisions by outcome and day' }).count()).toBe(1);
    await shot(page, 'metrics');

    // Sign out ends the session.
    await clickAndLoad(page, page.getByRole('button', { name: 'Sign out' }), '/console/sign-in');
    await page.goto(`${stack.url}/console/metrics`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    expect(problems).toEqual([]);
  }, 120_000);
});
