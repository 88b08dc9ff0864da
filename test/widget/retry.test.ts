import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demoTenant } from '../../src/app';
import type { LocalStack } from '../../src/local/stack';
import { launchChromium, screenshot } from './support/browser';
import { focused, freshPage, replies, say } from './support/page';
import { SocketTap } from './support/socket-tap';
import { startWidgetStack } from './support/stack';

/**
 * Issue #6 "A conversation that survives real networks": a message the server
 * refused gets a Retry that resends it under the same client_message_id, so
 * however many attempts reach the server, it is decided and answered once.
 */
const MARA = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';
const MORE = 'Actually we are 3 adults';
const LATER = 'We could go in September instead';

let stack: LocalStack;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  [stack, chromium] = await Promise.all([startWidgetStack(), launchChromium()]);
  // This stack's demo tenant takes two messages per connection a minute: a traveler's third is
  // refused (rate_limited) by the real server. Set before any socket, so no cached copy is older.
  const demo = demoTenant(stack.app.clock());
  await stack.app.repos.tenants.put({ ...demo, rate_limits: { per_connection_per_minute: 2, per_tenant_per_minute: 600 } });
});

afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

/** The state note of the last traveler message. */
const lastState = (page: Page) => page.locator('.msg.user').last().locator('.state').textContent();

/** The widget's stored conversation (localStorage). */
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('tripAgent.demo') ?? '{}') as { outbox?: { client_message_id: string }[]; history?: { id: string; failed?: string }[] });

describe('a refused message can be sent again, once', () => {
  test('a third message, rate-limited, gets a labelled, keyboard-reachable Retry; retried offline it waits, survives a reload, and is answered once under its first id', async () => {
    const { page, problems } = await freshPage(chromium.browser, stack.url);
    const tap = await SocketTap.attach(page);
    await page.goto(stack.url);
    await page.locator('.launcher').click();
    await say(page, MARA);
    await replies(page, 1);
    await say(page, MORE);
    await replies(page, 2);

    // The real server refuses the third message on this connection (rate_limited).
    await say(page, LATER);
    await expect.poll(() => lastState(page)).toMatch(/^ · Not sent: Too many messages/);
    const refused = tap.received.find((f) => f.type === 'error')!;
    expect(refused).toMatchObject({ code: 'rate_limited' });
    const id = refused.client_message_id as string;
    expect(tap.sentOf('sendMessage').find((f) => f.text === LATER)?.client_message_id).toBe(id);
    // The failure is announced, and the control is named for its action and described by its message.
    expect(await page.locator('[role=status]').textContent()).toMatch(/^Not sent: Too many messages/);
    const retry = page.getByRole('button', { name: 'Retry' });
    expect(await retry.count()).toBe(1);
    expect(await retry.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).getElementById(el.getAttribute('aria-describedby')!)?.textContent)).toBe(LATER);
    await screenshot(page, 'not-sent');

    // Retried at once, by keyboard, on the same connection: refused again, same id, Retry back.
    for (let i = 0; i < 10 && (await focused(page)) !== 'button.retry'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button.retry');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('textarea.');
    await expect.poll(() => tap.received.filter((f) => f.type === 'error').length).toBe(2);
    await expect.poll(() => retry.count()).toBe(1);
    expect(tap.sentOf('sendMessage').filter((f) => f.text === LATER).map((f) => f.client_message_id)).toEqual([id, id]);

    // The network drops; Retry now queues the message, under the same id, to wait for it.
    tap.refuse = true;
    await tap.cut();
    await expect.poll(() => page.locator('.status').textContent()).toMatch(/^Offline/);
    await retry.click();
    expect(await lastState(page)).toBe(' · Waiting to send');
    expect(await retry.count()).toBe(0);
    expect((await stored(page)).outbox?.map((e) => e.client_message_id)).toEqual([id]);

    // The page is reloaded while still offline: the queued retry is still there.
    await page.reload();
    await page.locator('.launcher').click();
    await expect.poll(() => lastState(page)).toBe(' · Waiting to send');
    expect(await retry.count()).toBe(0);

    // Back online (a new connection, so under the limit): sent once more, same id, answered once.
    tap.refuse = false;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await replies(page, 3);
    expect(await lastState(page)).toBe('');
    expect(tap.sentOf('sendMessage').filter((f) => f.text === LATER).map((f) => f.client_message_id)).toEqual([id, id, id]);
    const answer = tap.received.filter((f) => f.type === 'ack' && f.client_message_id === id);
    expect(answer).toHaveLength(1);
    expect(await page.locator('.msg.agent').last().getAttribute('data-id')).toBe(tap.received.find((f) => f.type === 'reply' && f.reply_to === answer[0]!.message_id)?.message_id);
    const after = await stored(page);
    expect(after.outbox).toEqual([]);
    expect(after.history?.find((e) => e.id === id)?.failed).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test('a first attempt reported unavailable but delivered late is deduplicated: the widget resends it on its own, and the resend and the late original get one reply between them', async () => {
    const { page, problems } = await freshPage(chromium.browser, stack.url);
    const tap = await SocketTap.attach(page);
    // The first attempt is stuck on a slow path, and the backend reports it unsaved, word for
    // word what the server sends when its store write fails (routes.ts, code "unavailable").
    let held = false;
    tap.hold = (f) => f.action === 'sendMessage' && !held && (held = true);
    await page.goto(stack.url);
    await page.locator('.launcher').click();
    await say(page, MARA);
    await expect.poll(() => held).toBe(true);
    const id = tap.sentOf('sendMessage')[0]!.client_message_id as string;
    tap.inject({ type: 'error', code: 'unavailable', message: 'We could not save your message. Please try again in a moment.', client_message_id: id });
    // `unavailable` means "not known to be stored; send the same id again": the widget does,
    // after a backoff, and the traveler is not asked to.
    await replies(page, 1);
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    const acks = () => tap.received.filter((f) => f.type === 'ack' && f.client_message_id === id);
    expect(acks()).toMatchObject([{ duplicate: false }]);

    // The original arrives now: the server recognises the id and repeats its recorded reply.
    tap.release();
    await expect.poll(() => acks().length).toBe(2);
    expect(acks()[1]).toMatchObject({ duplicate: true, message_id: acks()[0]!.message_id });
    await expect.poll(() => tap.received.filter((f) => f.type === 'reply').length).toBe(2);
    const [first, again] = tap.received.filter((f) => f.type === 'reply');
    expect(again!.message_id).toBe(first!.message_id);
    expect(tap.sentOf('sendMessage').map((f) => f.client_message_id)).toEqual([id, id]);
    // One answer on screen, the message no longer marked as refused.
    expect(await page.locator('.msg.agent').count()).toBe(1);
    expect(await lastState(page)).toBe('');
    expect(await page.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    await screenshot(page, 'retried');
    expect(problems).toEqual([]);
  });
});
