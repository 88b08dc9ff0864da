/**
 * The signed web view follows the language of the reply that carried its link (issue 15):
 * real signed SMS and WhatsApp webhooks against the local stack on DynamoDB Local, the
 * conversation switching language, and the link of the latest reply opened over HTTP. The
 * page is checked with the same English stop-list as every other French or German reply.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../../src/config';
import { leadIdForSession } from '../../../src/domain/ids';
import { demoTenant } from '../../../src/app';
import { demoRelays } from '../../../src/local/relays';
import { decisionLinks } from '../../../src/channels/relay/decision-link';
import { startLocalStack, type LocalStack } from '../../../src/local/stack';
import { sharedEndpoint } from '../../support/dynamodb';
import { englishIn } from '../../support/english-words';
import { eventually, relayClient } from './relay-client';

const SECRET = 'view-language-test-link-secret';
const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';

let stack: LocalStack;
let relay: ReturnType<typeof relayClient>;
let n = 0;
const number = () => `+2547${String(Date.now() % 1e6).padStart(6, '0')}${String(++n).padStart(2, '0')}`.slice(0, 13);

beforeAll(async () => {
  const endpoint = await sharedEndpoint();
  const prefix = `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  // A known link key, so the test can sign a link as replies were signed before the language was.
  const config = loadConfig({ DYNAMODB_ENDPOINT: endpoint, TABLE_PREFIX: prefix, PORT: '0', LOG_LEVEL: 'silent', DECISION_LINK_SECRET: SECRET });
  stack = await startLocalStack({ config, port: 0 });
  relay = relayClient(stack);
  // A tenant whose approved follow-up template is French.
  const base = demoRelays(config);
  await stack.app.repos.tenants.put({ ...demoTenant(new Date()), tenant_id: 'frtpl', name: 'frtpl Safaris', relays: { ...base, followup_template: { ...base.followup_template!, language: 'fr' } } });
}, 120_000);
afterAll(() => stack?.stop());

/** The link at the end of a phone reply, after its label in any language. */
function linkIn(text: string | undefined): string {
  const link = /(https?:\/\/\S+\/d\/\S+)\s*$/.exec(text ?? '')?.[1];
  expect(link, text).toBeDefined();
  return link!;
}

async function open(link: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const res = await fetch(link, { headers });
  return { status: res.status, body: await res.text() };
}

/** The stored decision a reply's link names. */
async function decisionOf(link: string) {
  const ulid = /\/d\/demo\/([0-9A-Z]{26})\./.exec(link)![1];
  return stack.app.repos.decisions.get('demo', `dec_${ulid}`);
}

describe('SMS: the page behind the link follows the language of the reply', () => {
  test('English, then French, then German: each reply’s link opens the page wholly in that language; the earlier links keep theirs', async () => {
    const from = number();
    const en = await relay.sms('demo', from, TRIP);
    const enLink = linkIn(en.message);
    // A new decision's page is in its own language: its link needs no language (three SMS characters kept).
    expect(enLink).toMatch(/\/[0-9A-Z]{26}\.[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
    const enPage = await open(enLink);
    expect(enPage.status).toBe(200);
    expect(enPage.body).toContain('<html lang="en">');
    expect(enPage.body).toContain('Assumptions');

    // A question in French keeps the English decision (nothing new is stored) and answers in French.
    const fr = await relay.sms('demo', from, 'Pourquoi le Masai Mara plutôt que le Serengeti ? Nous préférons lire en français.');
    expect(fr.message).toContain('Décision complète');
    const frLink = linkIn(fr.message);
    expect(frLink).toMatch(/\.fr\.[A-Za-z0-9_-]{22}$/);
    // A redelivery of that SMS gets the recorded answer, the same signed link.
    expect(linkIn((await relay.sms('demo', from, 'Pourquoi le Masai Mara plutôt que le Serengeti ? Nous préférons lire en français.', fr.sid)).message)).toBe(frLink);
    const stored = await decisionOf(frLink);
    expect(stored?.decision_id).toBe((await decisionOf(enLink))?.decision_id);
    expect(stored?.localized).toBeUndefined(); // the record stays as it was made
    const frPage = await open(frLink);
    expect(frPage.status).toBe(200);
    expect(frPage.body).toContain('<html lang="fr">');
    expect(frPage.body).toContain('Hypothèses');
    expect(englishIn(frPage.body), frPage.body).toEqual([]);

    const de = await relay.sms('demo', from, 'Und warum nicht Amboseli? Wir lesen lieber auf Deutsch.');
    expect(de.message).toContain('Zur Entscheidung');
    const dePage = await open(linkIn(de.message));
    expect(dePage.status).toBe(200);
    expect(dePage.body).toContain('<html lang="de">');
    expect(dePage.body).toContain('Annahmen');
    expect(englishIn(dePage.body), dePage.body).toEqual([]);

    // Each link keeps the language it was sent in: the English reply's page is still English.
    expect((await open(enLink)).body).toContain('<html lang="en">');
  });

  test('a French decision read after the traveler switches to English opens in English', async () => {
    const from = number();
    const fr = await relay.sms('demo', from, 'Nous sommes deux adultes et rêvons du Masai Mara en août, 7 jours, 6000 dollars par personne.');
    const frLink = linkIn(fr.message);
    expect((await decisionOf(frLink))?.localized?.language).toBe('fr');
    expect((await open(frLink)).body).toContain('<html lang="fr">');

    const en = await relay.sms('demo', from, 'Why the Masai Mara and not the Serengeti? Sorry, we would rather read English.');
    const enPage = await open(linkIn(en.message));
    expect(enPage.status).toBe(200);
    expect(enPage.body).toContain('<html lang="en">');
    expect(enPage.body).toContain('What would change this');
    expect(enPage.body).not.toMatch(/Hypothèses|Ce qui changerait/);
  });

  test('a link signed before the language was (no language in it) still opens, in the language the decision was stored in', async () => {
    const from = number();
    const fr = await relay.sms('demo', from, 'Nous sommes deux adultes et rêvons du Masai Mara en août, 7 jours, 6000 dollars par personne.');
    const decision = await decisionOf(linkIn(fr.message));
    const old = decisionLinks({ secret: SECRET, publicBaseUrl: stack.url }).linkFor('demo', decision!.decision_id, new Date(decision!.created_at));
    expect(old).toMatch(/\/d\/demo\/[0-9A-Z]{26}\.[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
    const page = await open(old);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="fr">');
    expect(englishIn(page.body), page.body).toEqual([]);
  });

  test('a link whose language was edited, added or removed is refused like any tampered link, and says so in the browser’s language', async () => {
    const from = number();
    await relay.sms('demo', from, TRIP);
    const fr = await relay.sms('demo', from, 'Pourquoi le Masai Mara ? Nous préférons lire en français.');
    const link = linkIn(fr.message);
    expect((await open(link)).status).toBe(200);
    for (const tampered of [link.replace('.fr.', '.de.'), link.replace('.fr.', '.en.'), link.replace('.fr.', '.')]) {
      const page = await open(tampered, { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' });
      expect(page.status, tampered).toBe(404);
      expect(page.body).toContain('<html lang="fr">');
      expect(page.body).toContain('Ce lien ne mène nulle part.');
      expect(page.body).not.toContain('Hypothèses');
    }
    // An unknown language is no link at all; with no browser language the refusal is English.
    const unknown = await open(link.replace('.fr.', '.es.'));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('This link does not open anything.');
  });

  test('an expired link is answered in the language it was signed for', async () => {
    const links = decisionLinks({ secret: SECRET, publicBaseUrl: stack.url, ttlDays: -1 });
    const expired = links.linkFor('demo', 'dec_01JABCDEFGHJKMNPQRSTVWXYZ0', new Date(), 'de');
    const page = await open(expired);
    expect(page.status).toBe(410);
    expect(page.body).toContain('<html lang="de">');
    expect(page.body).toContain('Dieser Link ist abgelaufen.');
  });
});

describe('WhatsApp: the same, through the Cloud API', () => {
  test('an English conversation that switches to German gets a German page behind the German reply', async () => {
    const from = number();
    await relay.whatsapp('demo', from, TRIP);
    const first = await eventually(() => relay.outbox(`whatsapp:${from}`), (rows) => rows.length >= 1);
    expect(linkIn(first[0]!.text)).not.toMatch(/\.(?:en|fr|de)\./);
    await relay.whatsapp('demo', from, 'Warum gerade die Masai Mara und nicht die Serengeti? Wir lesen lieber auf Deutsch.');
    const rows = await eventually(() => relay.outbox(`whatsapp:${from}`), (r) => r.length >= 2);
    const reply = rows[1]!.text;
    expect(reply).toContain('Zur Entscheidung');
    const page = await open(linkIn(reply));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="de">');
    expect(englishIn(page.body), page.body).toEqual([]);
  });
});

describe('the sweep’s follow-up in the language of the decision it follows up', () => {
  /** Puts the traveler's lead into WAITING with its follow-up due, as a wait decision would. */
  async function waiting(tenantId: string, channel: 'sms' | 'whatsapp', from: string): Promise<void> {
    const contact = (await stack.relays.relays.deps.contacts.get(tenantId, channel, from))!;
    const lead = (await stack.app.repos.leads.get(tenantId, leadIdForSession(contact.session_id), true))!;
    await stack.app.repos.leads.save({ ...lead, lead_state: 'WAITING', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', next_action_at: new Date(Date.now() + 86_400_000).toISOString() }, lead.version);
  }

  test('a French traveler told to wait gets the follow-up SMS wholly in French, its link opening the French page', async () => {
    const from = number();
    const first = await relay.sms('demo', from, 'Nous sommes deux adultes et voulons aller au Masai Mara en avril.');
    expect(first.message).toMatch(/^ATTENDRE/);
    await waiting('demo', 'sms', from);
    await stack.sweep(new Date(Date.now() + 2 * 86_400_000));
    const out = await relay.outbox(from);
    expect(out).toHaveLength(1);
    const text = out[0]!.text;
    expect(text).toMatch(/^Je reviens vers vous au sujet de votre voyage\. Lors de notre dernier échange, notre conseil était d'attendre : le Masai Mara/);
    expect(text).toContain('Décision complète : ');
    expect(englishIn(text), text).toEqual([]);
    expect(out[0]!.segments).toBeLessThanOrEqual(3);
    const page = await open(linkIn(text));
    expect(page.body).toContain('<html lang="fr">');
    expect(englishIn(page.body), page.body).toEqual([]);
  });

  test('WhatsApp outside 24 h: a French template gets the French headline, an English one the English headline', async () => {
    const wait = 'Nous sommes deux adultes et voulons aller au Masai Mara en avril.';
    const headlines: Record<string, string> = {};
    for (const tenant of ['frtpl', 'demo']) {
      const from = number();
      const first = await relay.twilioWhatsapp(tenant, from, wait);
      expect(first.message).toMatch(/^\*ATTENDRE/);
      await waiting(tenant, 'whatsapp', from);
      await stack.sweep(new Date(Date.now() + 2 * 86_400_000));
      const out = await relay.outbox(`whatsapp:${from}`);
      expect(out.at(-1)!.template?.id).toMatch(/^HX/);
      headlines[tenant] = out.at(-1)!.template!.variables[0]!;
    }
    expect(headlines.frtpl).toMatch(/^Le Masai Mara sera nettement plus favorable en /);
    expect(englishIn(headlines.frtpl!)).toEqual([]);
    expect(headlines.demo).toMatch(/^Wait for /);
  });
});
