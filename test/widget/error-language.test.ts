import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoTenant } from '../../src/app';
import type { LocalStack } from '../../src/local/stack';
import { launchChromium } from './support/browser';
import { freshPage, replies, say } from './support/page';
import { SocketTap } from './support/socket-tap';
import { startWidgetStack } from './support/stack';

// A refusal on a French or German page is said in the page's language: the server's
// `error` frames are English (PROTOCOL.md §1), so the widget writes its own words for them.

let stack: LocalStack;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  [stack, chromium] = await Promise.all([startWidgetStack(), launchChromium()]);
  // One message per connection a minute: the second is refused (rate_limited) by the real server.
  const demo = demoTenant(stack.app.clock());
  await stack.app.repos.tenants.put({ ...demo, rate_limits: { per_connection_per_minute: 1, per_tenant_per_minute: 600 } });
});

afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

describe('a refused message on a French page', () => {
  test('is marked "Non envoyé" with a French reason and a French Retry, never the server’s English words', async () => {
    const { page, problems } = await freshPage(chromium.browser, stack.url);
    const tap = await SocketTap.attach(page);
    await page.goto(`${stack.url}/demo/fr.html`);
    await page.locator('.launcher').click();
    await say(page, 'Nous sommes 2 adultes, le Masai Mara en août, 7 jours');
    await replies(page, 1);
    await say(page, 'Et pourquoi pas le Serengeti ?');
    const state = page.locator('.msg.user').last().locator('.state');
    await expect.poll(() => state.textContent()).toBe(' · Non envoyé: réessayez dans un instant.');
    expect(tap.received.find((f) => f.type === 'error')).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^Too many/) });
    expect(await page.locator('[role=status]').textContent()).toBe('Non envoyé: réessayez dans un instant.');
    expect(await page.getByRole('button', { name: 'Réessayer' }).count()).toBe(1);
    // Kept across a reload in the same words.
    await page.reload();
    await page.locator('.launcher').click();
    await expect.poll(() => page.locator('.msg.user').last().locator('.state').textContent()).toBe(' · Non envoyé: réessayez dans un instant.');
    expect(problems).toEqual([]);
  });
});
