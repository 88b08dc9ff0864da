import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalStack } from '../../src/local/stack';
import { contrastRatios, launchChromium, screenshot } from './support/browser';
import { focused, freshPage, replies, say } from './support/page';
import { SocketTap } from './support/socket-tap';
import { startWidgetStack } from './support/stack';

const MARA = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';
const ISSUED = ['book', 'wait', 'switch', 'discard'];

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

function fresh(opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: string[] }> {
  return freshPage(browser, stack.url, opts);
}

describe('the shipped widget in chromium, against the local stack', () => {
  test('runs calls queued before it loaded, converses to a verdict card, verdict first, and expands its details', async () => {
    const { page, problems } = await fresh();
    // Hold the script back so the page's calls land in the plain array first.
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/widget.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(stack.url, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Is August right for us?' }).click();
    expect(await page.evaluate(() => (window as unknown as { tripAgent: unknown[] }).tripAgent)).toEqual([['open'], ['send', MARA]]);
    release();
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(true);
    expect(await page.locator('.msg.user .text').first().textContent()).toBe(MARA);

    const card = await replies(page, 1);
    const outcome = await card.getAttribute('data-outcome');
    expect(ISSUED).toContain(outcome);
    // Verdict first: badge and headline, then the summary, the ledger folded below.
    const order = await card.evaluate((el) => Array.from(el.children, (c) => c.className || c.tagName.toLowerCase()));
    expect(order.slice(0, 2)).toEqual(['verdict', 'summary']);
    expect(order.filter((c) => c === 'details')).toHaveLength(3);
    expect((await card.locator('.headline').textContent())?.length).toBeGreaterThan(5);
    expect(await card.locator('details[open]').count()).toBe(0);

    await card.locator('summary', { hasText: 'Assumptions' }).click();
    const assumption = card.locator('details[open] li').first();
    await expect.poll(() => assumption.isVisible()).toBe(true);
    expect(await assumption.textContent()).toMatch(/\(\d{1,3}%\)$/);
    await card.locator('summary', { hasText: 'Gains and losses' }).click();
    expect(await card.locator('ul.gains li').count()).toBeGreaterThan(0);
    expect(await card.locator('ul.losses li').count()).toBeGreaterThan(0);
    if (outcome === 'book') expect(await card.locator('.plan li').count()).toBeGreaterThan(0);

    // The reply is announced, and the host page's styles (uppercase buttons) stay outside.
    expect(await page.locator('[role=status]').textContent()).toContain(await card.locator('.headline').textContent());
    expect(await page.locator('.send').evaluate((el) => getComputedStyle(el).textTransform)).toBe('none');
    expect(await page.locator('time').first().textContent()).toMatch(/\d{1,2}[:h.]\d{2}/);
    await screenshot(page, 'verdict');

    // Text meets WCAG AA (4.5:1) everywhere it is drawn, the accent's included.
    const selectors = ['h2', '.status', '.new', '.badge', '.headline', '.summary', '.confidence', 'summary', '.meta', '.msg.user .text', '.send', 'textarea'];
    const ratios = await contrastRatios(page, selectors);
    expect(Object.keys(ratios)).toEqual(selectors);
    for (const [sel, ratio] of Object.entries(ratios)) expect(ratio, sel).toBeGreaterThanOrEqual(4.5);
    expect(problems).toEqual([]);
  });

  test("a refusal's chip starts the answer, the answer is taken, and a new conversation starts over", async () => {
    const { page, problems } = await fresh();
    await page.goto(stack.url);
    await page.locator('.launcher').click();
    await say(page, 'hi <b>there</b>');

    const refusal = await replies(page, 1);
    expect(await refusal.getAttribute('data-outcome')).toBe('refused');
    // Traveler text is text: the tag shows as typed and no element is made of it.
    expect(await page.locator('.msg.user .text').first().textContent()).toBe('hi <b>there</b>');
    expect(await page.locator('.msg.user b').count()).toBe(0);

    const chip = refusal.locator('.chip').first();
    const field = await chip.getAttribute('data-field');
    expect(field).toBeTruthy();
    await screenshot(page, 'refusal');
    await chip.click();
    const prompt = await page.locator('textarea').inputValue();
    expect(prompt.length).toBeGreaterThan(3);
    expect(await focused(page)).toBe('textarea.');

    const answers: Record<string, string> = { destinations: 'the Masai Mara', month: 'August', duration_days: '7 days', adults: '2 adults', group_size: '2 adults', budget_amount: '$6000 per person' };
    await page.keyboard.type(answers[field!] ?? 'August');
    await page.keyboard.press('Enter');
    const next = await replies(page, 2);
    expect(await page.locator('.msg.user .text').last().textContent()).toBe(prompt + (answers[field!] ?? 'August'));
    if ((await next.getAttribute('data-outcome')) === 'refused') {
      expect(await next.locator(`.chip[data-field="${field}"]`).count()).toBe(0);
    }

    // "New conversation" forgets this one and starts another session.
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('tripAgent.demo') ?? '{}') as { session_id?: string; history?: unknown[] });
    const before = (await stored()).session_id;
    expect(before).toMatch(/^sess_/);
    await page.getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(async () => (await stored()).session_id).toMatch(/^sess_/);
    expect((await stored()).session_id).not.toBe(before);
    expect(await page.locator('.msg').count()).toBe(0);
    expect(await page.locator('.hint').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  test('after a reload the history is back and a reply missed meanwhile is fetched', async () => {
    const { page, problems } = await fresh();
    const tap = await SocketTap.attach(page);
    await page.goto(stack.url);
    await page.locator('.launcher').click();
    await say(page, MARA);
    await replies(page, 1);
    const first = tap.received.find((f) => f.type === 'reply')!;
    const session = tap.received.find((f) => f.type === 'session')!;

    // The next reply is lost with the page: the server stored it, the widget never saw it.
    let lost: Record<string, unknown> | undefined;
    tap.swallow = (f) => f.type === 'reply' && (lost = f) !== undefined;
    await say(page, 'Actually we are 3 adults');
    await expect.poll(() => lost !== undefined, { timeout: 20_000 }).toBe(true);
    expect(await page.locator('.msg.agent').count()).toBe(1);
    tap.swallow = () => false;

    await page.reload();
    await page.locator('.launcher').click();
    await expect.poll(() => page.locator('.msg.user .text').allTextContents()).toEqual([MARA, 'Actually we are 3 adults']);
    await replies(page, 2);
    expect(await page.locator('.msg.agent').last().getAttribute('data-id')).toBe(lost!.message_id);
    const resume = tap.sentOf('hello').at(-1)!;
    expect(resume).toEqual({ action: 'hello', session_id: session.session_id, after_message_id: first.message_id });
    expect(tap.received.filter((f) => f.type === 'session').at(-1)).toMatchObject({ session_id: session.session_id, resumed: true });
    await screenshot(page, 'after-reload');
    expect(problems).toEqual([]);
  });

  test('a killed socket clears a stuck typing line, reconnects, and delivers once what was typed while offline', async () => {
    const { page } = await fresh();
    const tap = await SocketTap.attach(page);
    await page.goto(stack.url);
    await page.locator('.launcher').click();
    // The first reply and its typing "off" die with the socket: the typing line is left on.
    let lost: Record<string, unknown> | undefined;
    tap.swallow = (f) => (f.type === 'typing' && f.on === false) || (f.type === 'reply' && (lost = f) !== undefined);
    await say(page, MARA);
    await expect.poll(() => lost !== undefined, { timeout: 20_000 }).toBe(true);
    expect(await page.locator('.typing').isVisible()).toBe(true);
    const session = tap.received.find((f) => f.type === 'session')!;

    tap.swallow = () => false;
    tap.refuse = true;
    await tap.cut();
    await expect.poll(() => page.locator('.status').textContent()).toMatch(/^Offline/);
    expect(await page.locator('.typing').isVisible()).toBe(false);
    await say(page, 'We could go in September instead');
    const queued = page.locator('.msg.user').last();
    await expect.poll(() => queued.locator('.state').textContent()).toContain('Waiting to send');
    await screenshot(page, 'offline');
    expect(tap.sentOf('sendMessage')).toHaveLength(1);

    tap.refuse = false;
    await expect.poll(() => page.locator('.status').textContent(), { timeout: 20_000 }).toBe('Online');
    try {
      await replies(page, 2);
    } catch (err) {
      throw new Error(`${(err as Error).message}\nsent: ${JSON.stringify(tap.sent)}\nreceived: ${JSON.stringify(tap.received.map((f) => f.type))}`);
    }
    // The lost reply came back with the resume, then the queued message's own reply.
    expect(await page.locator('.msg.agent').first().getAttribute('data-id')).toBe(lost!.message_id);
    expect(await queued.locator('.state').textContent()).toBe('');
    expect(tap.sentOf('sendMessage').filter((f) => f.text === 'We could go in September instead')).toHaveLength(1);
    expect(tap.sentOf('hello').at(-1)).toEqual({ action: 'hello', session_id: session.session_id });
    expect(tap.connections).toBe(2);
  });

  test('works by keyboard alone', async () => {
    const { page, problems } = await fresh();
    await page.goto(stack.url);
    // Tab through the host page until the launcher has focus.
    for (let i = 0; i < 20 && (await focused(page)) !== 'button.launcher'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button.launcher');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('textarea.');
    await page.keyboard.type(MARA);
    await page.keyboard.press('Enter');
    const card = await replies(page, 1);

    // Back from the composer to the card's disclosures, and open one with the keyboard.
    for (let i = 0; i < 10 && !(await focused(page)).startsWith('summary'); i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^summary/);
    await page.keyboard.press('Enter');
    expect(await card.locator('details[open]').count()).toBe(1);
    await screenshot(page, 'keyboard');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(false);
    expect(await focused(page)).toBe('button.launcher');
    expect(problems).toEqual([]);
  });

  test('on a phone it fills the screen with an obvious way out, in French, and mirrors for RTL', async () => {
    const { page, problems } = await fresh({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(`${stack.url}/demo/fr.html`);
    const launcher = page.locator('.launcher');
    expect(await launcher.textContent()).toBe('Préparer mon voyage');
    await launcher.tap();
    const panel = page.locator('.panel');
    await expect.poll(() => panel.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    const close = page.locator('.close');
    expect(await close.getAttribute('aria-label')).toBe('Fermer');
    const box = (await close.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await screenshot(page, 'phone');
    await close.tap();
    await expect.poll(() => panel.isVisible()).toBe(false);

    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    const ltrSide = (await launcher.boundingBox())!;
    expect(ltrSide.x + ltrSide.width / 2).toBeLessThan(375 / 2);
    expect(problems).toEqual([]);
  });
});
