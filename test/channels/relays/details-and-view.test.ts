/**
 * "details" on a phone, and the page a phone reply links to (review of the phone page):
 * - a reply promises 'Reply "details" for the full reasoning'; by SMS that answer used to be
 *   the verdict again, cut at three segments, with no assumptions or trade-offs. It is now the
 *   ledger within MAX_DETAILS_SEGMENTS, whole items only, every section keeping its first items,
 *   and the link line, which says more follows there when something was left out;
 * - the page read "Book: Book Etosha…": the verdict word now reads once, in every outcome and
 *   language it renders.
 * Real signed webhooks against the local stack (DynamoDB Local, the provider emulator); the page
 * for every outcome through the view itself, over decisions the rules made.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { detailsText, MAX_DETAILS_SEGMENTS, MAX_WHATSAPP_CHARS } from '../../../src/channels/relay/details-reply';
import { decisionLinks } from '../../../src/channels/relay/decision-link';
import { decisionView } from '../../../src/channels/relay/decision-view';
import { MAX_SMS_SEGMENTS } from '../../../src/channels/relay/phone-reply';
import { segmentSms } from '../../../src/channels/relay/sms-segments';
import { LABELS } from '../../../src/agent/render/labels';
import type { Language } from '../../../src/domain/dialogue';
import type { Decision } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules/decide';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import type { LocalStack } from '../../../src/local/stack';
import { startTestStack } from '../../support/stack';
import { sampleDecision } from '../../support/sample-decision';
import { metaJson, wamid } from './fixtures';
import { eventually, relayClient } from './relay-client';

const NOW = '2026-12-01T09:00:00Z';
const ETOSHA = 'Etosha in August, 2 adults, 7 days, we love elephants, $5000 per person';
const ETOSHA_FR = 'Etosha en août, 2 adultes, 7 jours, nous adorons les éléphants, 5000 dollars par personne';
const MARA_DE = 'Masai Mara im August, 2 Erwachsene, 7 Tage, wir lieben die Migration, 6000 Dollar pro Person';

/** The headings of the ledger's sections, per language. */
const SECTIONS = (lang: Language) => [LABELS[lang].assumptions, LABELS[lang].gains, LABELS[lang].losses, LABELS[lang].changes].map((h) => `${h}${LABELS[lang].colon.trimEnd()}`);
const MORE: Record<Language, string> = { en: 'More in the full decision: ', fr: 'La suite dans la décision complète : ', de: 'Alles Weitere in der Entscheidung: ' };

let stack: LocalStack;
let relay: ReturnType<typeof relayClient>;
let n = 0;
const number = () => `+2547${String(Date.now() % 1e6).padStart(6, '0')}${String(++n).padStart(2, '0')}`.slice(0, 13);

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  relay = relayClient(stack);
}, 120_000);
afterAll(() => stack?.stop());

/** The link at the end of a phone reply. */
function linkIn(text: string): string {
  const link = /(https?:\/\/\S+\/d\/\S+)$/.exec(text)?.[1];
  expect(link, text).toBeDefined();
  return link!;
}

/** The stored decision a phone link opens. */
async function decisionOf(link: string): Promise<Decision> {
  const ulid = /\/d\/demo\/([0-9A-Z]{26})\./.exec(link)![1];
  return (await stack.app.repos.decisions.get('demo', `dec_${ulid}`))!;
}

/**
 * What every SMS answer to "details" keeps to: more than a verdict's room and within its own cap,
 * each section of the ledger present with whole items, and the link last.
 */
function expectSmsDetails(text: string, lang: Language) {
  const s = segmentSms(text);
  expect(s.segments, text).toBeLessThanOrEqual(MAX_DETAILS_SEGMENTS);
  expect(s.segments, text).toBeGreaterThan(MAX_SMS_SEGMENTS);
  expect(text.length).toBeLessThanOrEqual(1600); // Twilio's limit of one message body
  const lines = text.split('\n');
  for (const heading of SECTIONS(lang)) {
    const at = lines.indexOf(heading);
    expect(at, `${heading} in ${text}`).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^- /);
  }
  // Never a word cut: no line but the link's ends in "..." unless the ledger wrote it.
  expect(lines.filter((l) => /\.\.\.$/.test(l)), text).toEqual([]);
  const last = lines.at(-1)!;
  expect(last.startsWith(`${LABELS[lang].fullDecision}${LABELS[lang].colon}`) || last.startsWith(MORE[lang]), last).toBe(true);
}

describe('"details" by SMS carries the reasoning it promised', () => {
  test('English: the ledger, not the verdict again; a redelivery gets the same text', async () => {
    const from = number();
    const verdict = await relay.sms('demo', from, ETOSHA);
    expect(segmentSms(verdict.message!).segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
    const details = await relay.sms('demo', from, 'details');
    const text = details.message!;
    expectSmsDetails(text, 'en');
    expect(text.startsWith('Book Etosha National Park for August.\n')).toBe(true);
    // Every item is one the decision holds, whole, with the confidence of an assumption.
    const d = await decisionOf(linkIn(text));
    const items = text.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
    const known = [...d.assumptions.map((a) => `${a.text} (${Math.round(a.confidence * 100)}%)`), ...d.tradeoffs.gains, ...d.tradeoffs.losses, ...d.change_conditions].map((x) => x.replace(/[\u2018\u2019]/g, "'"));
    for (const item of items) expect(known).toContain(item);
    expect(items.length).toBeGreaterThanOrEqual(8);
    // The summary the verdict SMS cut ("…It is a 5 h...") arrives whole.
    expect(text).toContain(d.verdict.summary);
    expect((await relay.sms('demo', from, 'details', details.sid)).message).toBe(text);
    // Staff read what was answered.
    const contact = await stack.relays.relays.deps.contacts.get('demo', 'sms', from);
    const replies = (await stack.app.repos.messages.transcript('demo', contact!.session_id, { limit: 20 })).items.filter((m) => m.direction === 'outbound');
    expect(replies.at(-1)?.dialogue?.answered).toMatch(/^details: the full reasoning/);
  });

  test('French "détails": UCS-2, so fewer items fit; each section keeps its first and the link says the rest is there', async () => {
    const from = number();
    await relay.sms('demo', from, ETOSHA_FR);
    const text = (await relay.sms('demo', from, 'détails')).message!;
    expect(segmentSms(text).encoding).toBe('UCS-2');
    expectSmsDetails(text, 'fr');
    expect(text.startsWith('Réserver : le parc d')).toBe(true);
    expect(text.split('\n').at(-1)!.startsWith(MORE.fr)).toBe(true);
    const page = await fetch(linkIn(text));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="fr">');
  });

  test('German "mehr" and "Details": the whole ledger fits, GSM-7', async () => {
    for (const ask of ['mehr', 'Details']) {
      const from = number();
      await relay.sms('demo', from, MARA_DE);
      const text = (await relay.sms('demo', from, ask)).message!;
      expect(segmentSms(text).encoding).toBe('GSM-7');
      expectSmsDetails(text, 'de');
      expect(text.startsWith('Buchen: Masai Mara im August.\n')).toBe(true);
    }
  });
});

describe('"details" by WhatsApp', () => {
  /** A Cloud API text message exactly as typed (the shared fixture adds an emoji). */
  async function whatsapp(from: string, text: string, emoji = false) {
    const raw = metaJson('meta-text-message.json', { PHONE_ID: 'demo-phone-id', WAID: from.slice(1), WAMID: wamid(), BODY: text });
    return relay.postMeta('demo', emoji ? raw : raw.replace(' \\ud83e\\udd81', ''));
  }

  test('Cloud API: the whole ledger and the link in one message, also when an emoji comes with the word', async () => {
    for (const emoji of [false, true]) {
      const from = number();
      await whatsapp(from, ETOSHA, emoji);
      await eventually(() => relay.outbox(`whatsapp:${from}`), (o) => o.length >= 1);
      await whatsapp(from, 'details', emoji);
      const out = await eventually(() => relay.outbox(`whatsapp:${from}`), (o) => o.length >= 2);
      const text = out[1]!.text;
      expect(text.length).toBeLessThanOrEqual(MAX_WHATSAPP_CHARS);
      for (const heading of ['Assumptions:', 'Gains: ', 'Losses: ', 'What would change this:']) expect(text, `emoji ${emoji}`).toContain(heading);
      expect(text).toMatch(/\n\nFull decision: http\S+$/);
    }
  });

  test('through Twilio, in French: the localized ledger, whole', async () => {
    const from = number();
    await relay.twilioWhatsapp('demo', from, ETOSHA_FR);
    const text = (await relay.twilioWhatsapp('demo', from, 'détails')).message!;
    for (const heading of SECTIONS('fr')) expect(text).toContain(heading);
    expect(text).toMatch(/\n\nDécision complète : http\S+$/);
  });
});

describe('fitting a long ledger', () => {
  const LINK = 'https://trips.example.com/d/demo/01JABCDEFGHJKMNPQRSTVWXYZ0.mb3k2xq.fr.AbCdEfGhIjKlMnOpQrStUv';
  const item = (k: number) => `Une raison assez longue numéro ${k}, écrite en français, pour remplir l'écran d'un téléphone.`;
  const ledger = [
    'Réserver : le parc d\u2019Etosha en août.',
    'Première phrase du résumé, qui dit l\u2019essentiel. Deuxième phrase, plus longue, qui détaille le coût et la route.',
    'Programme (7 jours) : le parc d\u2019Etosha (6 nuits).',
    ...SECTIONS('fr').flatMap((h, s) => [h, ...[1, 2, 3, 4].map((k) => `- ${item(s * 10 + k)}`)]),
  ].join('\n');

  test('SMS: within the cap, whole items, every section keeps its first ones', () => {
    const text = detailsText('sms', ledger, LINK, 'fr');
    expect(segmentSms(text).segments).toBeLessThanOrEqual(MAX_DETAILS_SEGMENTS);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Réserver : le parc d\'Etosha en août.');
    for (const [s, h] of SECTIONS('fr').entries()) {
      expect(lines).toContain(h);
      expect(lines[lines.indexOf(h) + 1]).toBe(`- ${item(s * 10 + 1)}`);
    }
    // With more room (GSM-7), the summary stays and the sections lose their last items evenly.
    const plain = ledger.replace(/ç/g, 'c').replace(/û/g, 'u').replace(/\u2019/g, "'");
    expect(segmentSms(plain).encoding).toBe('GSM-7');
    const gsm = detailsText('sms', plain, LINK, 'fr').split('\n');
    expect(gsm[1]).toMatch(/^Première phrase du résumé, qui dit l'essentiel\./);
    const counts = SECTIONS('fr').map((h) => {
      const after = gsm.slice(gsm.indexOf(h) + 1);
      const end = after.findIndex((l) => !l.startsWith('- '));
      return end;
    });
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(counts.reduce((a, b) => a + b)).toBeLessThan(16);
    expect(lines.filter((l) => l.startsWith('- ')).every((l) => /téléphone\.$/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe(`${MORE.fr}${LINK}`);
  });

  test('SMS: a ledger that fits is whole, with the usual link line; without a link a cut says so', () => {
    const short = 'Book Etosha.\nA summary.\nAssumptions:\n- One (70%)';
    expect(detailsText('sms', short, LINK, 'en')).toBe(`${short}\nFull decision: ${LINK}`);
    const cut = detailsText('sms', ledger, undefined, 'fr');
    expect(segmentSms(cut).segments).toBeLessThanOrEqual(MAX_DETAILS_SEGMENTS);
    expect(cut.endsWith('...')).toBe(true);
  });

  test('WhatsApp: whole within 4,096 characters; past them, items left out and the link says so', () => {
    expect(detailsText('whatsapp', ledger, LINK, 'fr')).toBe(`${ledger}\n\nDécision complète : ${LINK}`);
    const huge = [ledger.split('\n').slice(0, 3).join('\n'), ...SECTIONS('fr').flatMap((h, s) => [h, ...Array.from({ length: 12 }, (_, k) => `- ${item(s * 100 + k)}`)])].join('\n');
    const text = detailsText('whatsapp', huge, LINK, 'fr');
    expect(text.length).toBeLessThanOrEqual(MAX_WHATSAPP_CHARS);
    expect(text.split('\n').at(-1)).toBe(`${MORE.fr}${LINK}`);
  });
});

describe('the decision page reads its verdict once', () => {
  const pack = defaultPackIndex();
  const now = new Date('2026-03-01T10:00:00Z');
  const links = decisionLinks({ secret: 'test-secret-for-links', publicBaseUrl: 'https://trips.example' });
  const CASES: Array<[string, TripInputs]> = [
    ['book', { destinations: ['etosha'], month: 8, adults: 2, duration_days: 7 }],
    ['wait', { destinations: ['masai_mara'], month: 4, adults: 2 }],
    ['switch', { destinations: ['okavango_delta'], month: 7, adults: 2, budget_amount: 800, budget_currency: 'EUR', budget_basis: 'per_person', duration_days: 8 }],
    ['discard', { destinations: ['bwindi'], month: 7, adults: 2, children: 1, child_ages: [9], priorities: ['gorillas'] }],
    ['refused', {}],
  ];
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

  for (const [outcome, inputs] of CASES) {
    for (const lang of ['en', 'fr', 'de'] as const) {
      test(`${outcome}, ${lang}`, async () => {
        const content = decide(inputs, pack, now).content;
        expect(content.verdict.outcome).toBe(outcome);
        const decision = sampleDecision(content, now);
        const view = decisionView({ links, clock: () => now, decision: async () => decision, itinerary: async () => undefined });
        const page = await view.request(new URL(links.linkFor('demo-tenant', decision.decision_id, now, lang)).pathname);
        expect(page.status).toBe(200);
        const body = await page.text();
        const label = LABELS[lang].outcome[outcome as keyof (typeof LABELS)['en']['outcome']];
        const title = text(/<title>(.*?)<\/title>/.exec(body)![1]!);
        const verdict = text(body.slice(body.indexOf('<body>'), body.indexOf('</h1>')));
        const twice = new RegExp(`^\\s*${label}\\W+${label}\\b`, 'i');
        expect(title, title).not.toMatch(twice);
        expect(verdict, verdict).not.toMatch(twice);
        // The verdict is still said, first, once.
        expect(title.toLocaleLowerCase(lang).startsWith(label.toLocaleLowerCase(lang)), title).toBe(true);
        expect(verdict.trim().startsWith(label), verdict).toBe(true);
        // No second colon in a title ("Wait: Go in March instead: …").
        expect(title.split(LABELS[lang].colon.trim()).length, title).toBeLessThanOrEqual(2);
      });
    }
  }

  test('text in the verdict is escaped in the title and in the heading, the badge beside it or above it', async () => {
    const content = decide(CASES[0]![1], pack, now).content;
    for (const headline of ['Book <img src=x onerror=alert(1)> & co for August.', '<b>Etosha</b> for August.']) {
      const decision = sampleDecision({ ...content, verdict: { ...content.verdict, headline } }, now);
      const view = decisionView({ links, clock: () => now, decision: async () => decision, itinerary: async () => undefined });
      const body = await (await view.request(new URL(links.linkFor('demo-tenant', decision.decision_id, now)).pathname)).text();
      expect(body).not.toMatch(/<img|<b>/);
      expect(body).toMatch(/<title>[^<]*&lt;(img|b)/);
      expect(body).toMatch(/<h1 class="verdict">[^]*&lt;(img|b)[^]*<\/h1>/);
    }
  });

  test('the page behind the reviewer\'s Etosha SMS: "Book Etosha…" once, in title and heading', async () => {
    const from = number();
    const reply = await relay.sms('demo', from, ETOSHA);
    const body = await (await fetch(linkIn(reply.message!))).text();
    expect(body).toContain('<title>Book Etosha National Park for August.</title>');
    expect(body).toContain('<h1 class="verdict"><span class="badge">Book</span> Etosha National Park for August.</h1>');
    expect(body).not.toMatch(/Book:? Book/);
  });
});
