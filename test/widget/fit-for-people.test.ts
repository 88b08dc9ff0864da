import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { LocalStack } from '../../src/local/stack';
import { launchChromium, screenshot } from './support/browser';
import { focused, freshPage, say } from './support/page';
import { SocketTap } from './support/socket-tap';
import { startWidgetStack } from './support/stack';

/**
 * Issue #6 "Fit for people": the panel as a dialog (modal where it covers the
 * page), reduced motion and forced colours, in chromium on the shipped bundle.
 */
let stack: LocalStack;
let chromium: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  [stack, chromium] = await Promise.all([startWidgetStack(), launchChromium()]);
});

afterAll(async () => {
  await chromium?.close();
  await stack?.stop();
});

/** The panel's dialog attributes, and the text its aria-labelledby points at. */
function dialog(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-trip-agent]')!.shadowRoot!;
    const panel = root.querySelector('.panel')!;
    const label = root.getElementById(panel.getAttribute('aria-labelledby') ?? '');
    return { role: panel.getAttribute('role'), modal: panel.getAttribute('aria-modal'), label: label?.textContent ?? null };
  });
}

/** Starts recording the CSS animations that start inside the widget (an animation that ends before it is looked at still counts). */
function recordAnimations(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __started?: string[] };
    w.__started = [];
    document.querySelector('[data-trip-agent]')!.shadowRoot!.addEventListener('animationstart', (e) => w.__started!.push((e as AnimationEvent).animationName));
  });
}

/** Names of the CSS animations started inside the widget since the last call, and those playing now. */
function runningAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __started?: string[] };
    const started = (w.__started ?? []).splice(0);
    const playing = document
      .querySelector('[data-trip-agent]')!
      .shadowRoot!.getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => (a as CSSAnimation).animationName);
    return [...new Set([...started, ...playing])];
  });
}

async function tabToLauncher(page: Page): Promise<void> {
  for (let i = 0; i < 20 && (await focused(page)) !== 'button.launcher'; i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('button.launcher');
}

describe('the widget fits the people using it', () => {
  test('on a phone the full-screen panel is a modal dialog: focus enters, Tab cannot leave, Escape closes back to the launcher', async () => {
    const { page, problems } = await freshPage(chromium.browser, stack.url, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(stack.url);
    await tabToLauncher(page);
    await page.keyboard.press('Enter');
    expect(await dialog(page)).toEqual({ role: 'dialog', modal: 'true', label: 'Savanna & Co. advisor' });
    expect(await focused(page)).toBe('textarea.');

    // Forward past the last control wraps to the first, and back again.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button.send');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button.new');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button.send');
    // However long one tabs, in either direction, focus stays in the panel.
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i < 6 ? 'Tab' : 'Shift+Tab');
      seen.add(await focused(page));
    }
    expect([...seen].filter((f) => f.startsWith('outside'))).toEqual([]);
    expect(seen).toEqual(new Set(['button.new', 'button.close', 'ol.log', 'textarea.', 'button.send']));
    // A host page script that grabs focus while the panel covers the page does not get it.
    await page.evaluate(() => document.querySelector<HTMLElement>('.cta')!.focus());
    expect(await focused(page)).toBe('textarea.');
    await screenshot(page, 'phone-modal');

    // Turned sideways past the breakpoint, the panel no longer covers the page: not modal.
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(async () => (await dialog(page)).modal).toBe(null);
    await page.setViewportSize({ width: 375, height: 740 });
    await expect.poll(async () => (await dialog(page)).modal).toBe('true');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(false);
    expect(await focused(page)).toBe('button.launcher');
    expect(await dialog(page)).toMatchObject({ modal: null });
    expect(await page.locator('.launcher').getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
  });

  test('on a larger screen the panel is a non-modal dialog: Tab may leave it, Escape still closes back to the launcher', async () => {
    const { page, problems } = await freshPage(chromium.browser, stack.url);
    await page.goto(stack.url);
    await tabToLauncher(page);
    await page.keyboard.press('Enter');
    expect(await dialog(page)).toEqual({ role: 'dialog', modal: null, label: 'Savanna & Co. advisor' });
    expect(await focused(page)).toBe('textarea.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button.send');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^outside:/);
    // The page behind stays usable while the panel is open.
    await page.evaluate(() => document.querySelector<HTMLElement>('.cta')!.focus());
    expect(await focused(page)).toBe('outside:BUTTON');

    await page.locator('textarea').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.panel').isVisible()).toBe(false);
    expect(await focused(page)).toBe('button.launcher');
    expect(problems).toEqual([]);
  });

  test('with reduced motion asked for, nothing animates (while it does otherwise)', async () => {
    const watch = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, problems } = await freshPage(chromium.browser, stack.url, { reducedMotion });
      const tap = await SocketTap.attach(page);
      // Keep the typing line up (its "off" and the reply never arrive), as during a slow turn.
      tap.swallow = (f) => (f.type === 'typing' && f.on === false) || f.type === 'reply';
      await page.goto(stack.url);
      await recordAnimations(page);
      await page.locator('.launcher').click();
      await expect.poll(() => page.locator('.panel').isVisible()).toBe(true);
      const opening = await runningAnimations(page);
      await say(page, 'Masai Mara in August, 2 adults');
      await expect.poll(() => page.locator('.typing').isVisible()).toBe(true);
      const typing = await runningAnimations(page);
      const panel = await page.locator('.panel').evaluate((el) => getComputedStyle(el).animationName);
      await screenshot(page, `motion-${reducedMotion}`);
      expect(problems).toEqual([]);
      return { opening, typing, panel };
    };

    const usual = await watch('no-preference');
    expect(usual.opening).toContain('ta-in');
    expect(usual.typing).toContain('ta-pulse');
    expect(await watch('reduce')).toEqual({ opening: [], typing: [], panel: 'none' });
  });

  test('in forced colours (high contrast) boxes keep real borders and focus rings stay visible', async () => {
    const { page, problems } = await freshPage(chromium.browser, stack.url, { forcedColors: 'active' });
    await page.goto(stack.url);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const border = (selector: string) => page.locator(selector).evaluate((el) => `${getComputedStyle(el).borderTopStyle} ${parseFloat(getComputedStyle(el).borderTopWidth)}`);
    // Backgrounds and shadows are gone in this mode: the launcher and the panel are drawn by their borders.
    expect(await border('.launcher')).toBe('solid 2');
    await tabToLauncher(page);
    const ring = await page.locator('.launcher').evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('Enter');
    expect(await border('.panel')).toBe('solid 1');
    expect(await border('.send')).toBe('solid 2');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button.send');
    expect(await page.locator('.send').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    // A trip message, so the reply is a verdict with its badge (a greeting is answered with a welcome, no badge).
    await say(page, 'Masai Mara in August, 2 adults, 7 days');
    await expect.poll(() => page.locator('.msg.agent').count(), { timeout: 20_000 }).toBe(1);
    expect(await border('.msg.user')).toBe('solid 1');
    expect(await border('.badge')).toBe('solid 1');
    await screenshot(page, 'forced-colors');
    expect(problems).toEqual([]);
  });
});
