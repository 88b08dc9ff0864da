import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { LocalStack } from '../../src/local/stack';
import { launchChromium } from './support/browser';
import { freshPage, replies, say } from './support/page';
import { startWidgetStack } from './support/stack';

// A French or German traveler's decision is the same card an English one gets (verdict
// first, the ledger folded behind "more"), in their language; the chips of a missing-inputs
// reply follow the reply's language, not the page's data-locale.

const ISSUED_FR = ['Réserver', 'Attendre', 'Changer', 'Renoncer'];
const ISSUED_DE = ['Buchen', 'Warten', 'Wechseln', 'Verwerfen'];

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

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const fresh = await freshPage(browser, stack.url);
  await fresh.page.goto(`${stack.url}${path}`);
  await fresh.page.locator('.launcher').click();
  await expect.poll(() => fresh.page.locator('.panel').isVisible()).toBe(true);
  return fresh;
}

/** The words of the card's folded sections, in order. */
function sections(card: ReturnType<Page['locator']>): Promise<string[]> {
  return card.locator('details > summary').allTextContents();
}

describe('replies in the traveler’s language, in chromium against the local stack', () => {
  test('a French decision on the French page is a card with its ledger folded, in French', async () => {
    const { page, problems } = await open('/demo/fr.html');
    await say(page, 'Nous sommes 2 adultes, le Masai Mara en août, 7 jours, 6000 dollars par personne');
    const card = await replies(page, 1);
    expect(await card.getAttribute('class')).not.toContain('answer');
    expect(ISSUED_FR).toContain(await card.locator('.badge').textContent());
    expect(await page.locator('.msg.agent').last().getAttribute('lang')).toBe('fr');
    expect(await sections(card)).toEqual(['Hypothèses', 'Gains et pertes', 'Ce qui changerait cette décision']);
    expect(await card.locator('details[open]').count()).toBe(0);
    await card.locator('summary', { hasText: 'Hypothèses' }).click();
    const assumption = card.locator('details[open] li').first();
    await expect.poll(() => assumption.isVisible()).toBe(true);
    // The French copy of the record, with French typography for the percentage.
    expect(await assumption.textContent()).toMatch(/\(\d{1,3}\u202f%\)$/);
    expect(await card.locator('.confidence').textContent()).toMatch(/^Confiance \d{1,3}\u202f%$/);
    expect(await card.textContent()).not.toMatch(/\b(?:Book|Assumptions|nights|days|fair value|premium)\b/);
    expect(problems).toEqual([]);
  });

  test('a German traveler on the English page gets the German card, and a French hello there gets French chips', async () => {
    const { page, problems } = await open('/');
    await say(page, 'Wir sind zwei Erwachsene und möchten im August für 7 Tage in die Masai Mara, Budget 6000 Dollar pro Person');
    const card = await replies(page, 1);
    expect(ISSUED_DE).toContain(await card.locator('.badge').textContent());
    expect(await sections(card)).toEqual(['Annahmen', 'Vor- und Nachteile', 'Was diese Entscheidung ändern würde']);
    expect(await card.textContent()).not.toMatch(/\b(?:Book|Wait|Assumptions|Gains|nights|days)\b/);

    // A new conversation, started in French on the English page: the welcome's chips are French.
    await page.locator('.new').click();
    await say(page, 'Bonjour ! Nous aimerions faire un safari');
    const welcome = await replies(page, 1);
    const chips = welcome.locator('.chip');
    await expect.poll(() => chips.count()).toBeGreaterThan(0);
    const labels = await chips.allTextContents();
    const fields = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-field') ?? ''));
    const french: Record<string, string> = { destinations: 'Où', month: 'Quand', duration_days: 'Durée', adults: 'Adultes', group_size: 'Groupe', budget_amount: 'Budget', priorities: 'Priorités' };
    for (const [k, field] of fields.entries()) if (french[field]) expect(labels[k]).toBe(french[field]);
    expect(labels).not.toContain('Where');
    expect(labels).not.toContain('When');
    // A chip starts the answer in French too.
    await chips.first().click();
    expect(await page.locator('textarea').inputValue()).toMatch(/^(?:Nous|Notre|Nos|Les|Ce)\b/);
    expect(problems).toEqual([]);
  });
});
