import { describe, expect, test } from 'vitest';
import { decisionLinks } from '../../../src/channels/relay/decision-link';
import { MAX_SMS_SEGMENTS, plainForSms, renderSmsReply, renderWhatsappReply, type PhoneDecision } from '../../../src/channels/relay/phone-reply';
import { fitSegments, segmentSms } from '../../../src/channels/relay/sms-segments';

describe('SMS segment counting', () => {
  test('GSM-7: 160 in one segment, 153 a segment beyond', () => {
    expect(segmentSms('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1, units: 160 });
    expect(segmentSms('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
    expect(segmentSms('a'.repeat(306)).segments).toBe(2);
    expect(segmentSms('a'.repeat(307)).segments).toBe(3);
  });

  test('extension characters take two septets and are not split across segments', () => {
    expect(segmentSms('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', segments: 1, units: 160 });
    expect(segmentSms('€'.repeat(81)).segments).toBe(2);
    // 152 plain septets then a euro: the euro cannot start at septet 153, it opens segment 2.
    expect(segmentSms(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3);
    expect(segmentSms(`${'a'.repeat(151)}€${'a'.repeat(153)}`).segments).toBe(2);
  });

  test('one emoji makes the whole text UCS-2: 70 a segment, 67 beyond, surrogate pairs kept whole', () => {
    expect(segmentSms(`${'a'.repeat(68)}🦁`)).toMatchObject({ encoding: 'UCS-2', segments: 1, units: 70, characters: 69 });
    expect(segmentSms(`${'a'.repeat(69)}🦁`).segments).toBe(2);
    expect(segmentSms(`${'a'.repeat(150)}🦁`).segments).toBe(3);
    // 66 units then an emoji: it would straddle the boundary, so it opens the next segment.
    expect(segmentSms(`${'a'.repeat(66)}🦁${'a'.repeat(66)}`).segments).toBe(3);
    expect(segmentSms(`${'a'.repeat(65)}🦁${'a'.repeat(65)}`).segments).toBe(2);
    expect(segmentSms('Ünïcödé ç').encoding).toBe('UCS-2');
    expect(segmentSms('Ünïcödé ç'.replace('ï', 'i').replace('ö', 'o').replace('é', 'e').replace('ç', 'c')).encoding).toBe('GSM-7');
  });

  test('fitSegments cuts at a word and stays within the budget in both encodings', () => {
    const words = 'the migration crosses the Mara river in August '.repeat(20);
    const gsm = fitSegments(words, 2);
    expect(segmentSms(gsm).segments).toBeLessThanOrEqual(2);
    expect(gsm.endsWith('...')).toBe(true);
    const ucs = fitSegments(`🦁 ${words}`, 2);
    expect(segmentSms(ucs)).toMatchObject({ encoding: 'UCS-2' });
    expect(segmentSms(ucs).segments).toBeLessThanOrEqual(2);
    expect(ucs.endsWith('…')).toBe(true);
    expect(fitSegments('short', 1)).toBe('short');
  });
});

const BOOK: PhoneDecision = {
  verdict: {
    outcome: 'book',
    headline: 'August is the right time for the Masai Mara’s migration',
    summary:
      'The herds are in the Mara from July to October and August is the peak of the river crossings. Your budget of USD 6,000 per person covers a fair-value camp for 7 days. Expect company at the crossings: it is high season.',
  },
  tradeoffs: { gains: ['River crossings at their peak', 'Dry roads and easy game viewing'], losses: ['High-season prices', 'Busy crossing points'] },
  change_conditions: ['If your dates move to November, Tanzania’s southern Serengeti becomes the better choice.', 'A budget under USD 3,000 per person.'],
};
const LINK = 'http://127.0.0.1:8787/d/demo/01JABCDEFGHJKMNPQRSTVWXYZ0.mb3k2xq.AbCdEfGhIjKlMnOpQrStUv';

describe('phone replies', () => {
  test('SMS: verdict first, one line of what would change it, the link whole, within 3 GSM-7 segments', () => {
    const text = renderSmsReply(BOOK, LINK);
    expect(text.startsWith('BOOK: August is the right time')).toBe(true);
    expect(text).toContain('What would change it: If your dates move to November');
    expect(text.endsWith(`Full decision: ${LINK}`)).toBe(true);
    const s = segmentSms(text);
    expect(s.encoding).toBe('GSM-7'); // the curly apostrophes were made plain
    expect(s.segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
  });

  test('SMS: an emoji in the decision turns it UCS-2 and the text is cut to still fit 3 segments', () => {
    const emoji = { ...BOOK, verdict: { ...BOOK.verdict, headline: `${BOOK.verdict.headline} 🦁` } };
    const text = renderSmsReply(emoji, LINK);
    const s = segmentSms(text);
    expect(s.encoding).toBe('UCS-2');
    expect(s.segments).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
    expect(text.startsWith('BOOK: ')).toBe(true);
    expect(text.endsWith(LINK)).toBe(true);
  });

  test('WhatsApp: one message with reasons both ways, the plan in brief and the link', () => {
    const text = renderWhatsappReply(BOOK, { title: 'Mara migration', duration_days: 7, route: [{ name: 'Masai Mara', nights: 6 }] }, LINK);
    expect(text.split('\n')[0]).toBe('*BOOK*: August is the right time for the Masai Mara’s migration');
    expect(text).toContain('+ River crossings at their peak');
    expect(text).toContain('- High-season prices');
    expect(text).toContain('*Plan*: Mara migration (7 days): Masai Mara 6n');
    expect(text.indexOf('*What would change it*')).toBeGreaterThan(text.indexOf('*Why*'));
    expect(text.endsWith(LINK)).toBe(true);
  });

  test('a refusal asks for what is missing, verdict first', () => {
    const refusal: PhoneDecision = {
      verdict: { outcome: 'refused', headline: 'I need a little more to decide', summary: 'Tell me when you want to travel and where.' },
      tradeoffs: { gains: [], losses: [] },
      change_conditions: [],
      refusal: { reason: 'missing_inputs', missing_inputs: ['month', 'destinations'], next_action: 'Tell me the month.' },
    };
    const text = renderSmsReply(refusal);
    expect(text).toBe('NOT YET: I need a little more to decide\nTell me when you want to travel and where.');
  });

  test('plainForSms keeps emoji and scripts, replaces typography', () => {
    expect(plainForSms('“Mara” – it’s… 🦁 ñ')).toBe('"Mara" - it\'s... 🦁 ñ');
  });
});

describe('signed decision links', () => {
  const links = decisionLinks({ secret: 'a-test-secret-of-some-length', publicBaseUrl: 'https://trips.example.com/', ttlDays: 30 });
  const now = new Date('2026-12-06T12:00:00Z');
  const id = 'dec_01JABCDEFGHJKMNPQRSTVWXYZ0';

  test('a link opens its decision for its tenant until it expires', () => {
    const url = links.linkFor('demo', id, now);
    expect(url).toMatch(/^https:\/\/trips\.example\.com\/d\/demo\/01JABCDEFGHJKMNPQRSTVWXYZ0\.[0-9a-z]+\.[A-Za-z0-9_-]{22}$/);
    const token = url.split('/').pop()!;
    expect(links.open('demo', token, new Date('2027-01-04T12:00:00Z'))).toEqual({ ok: true, decisionId: id });
    expect(links.open('demo', token, new Date('2027-01-06T12:00:01Z'))).toEqual({ ok: false, reason: 'expired' });
  });

  test('another tenant, another decision, a changed expiry or another key is refused', () => {
    const token = links.linkFor('demo', id, now).split('/').pop()!;
    expect(links.open('acme', token, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(links.open('demo', token.replace('01JABCDEFGHJKMNPQRSTVWXYZ0', '01JABCDEFGHJKMNPQRSTVWXYZ1'), now)).toEqual({ ok: false, reason: 'bad_signature' });
    const [ulid, expiry, sig] = token.split('.') as [string, string, string];
    expect(links.open('demo', `${ulid}.${(parseInt(expiry, 36) + 86_400).toString(36)}.${sig}`, now)).toEqual({ ok: false, reason: 'bad_signature' });
    const other = decisionLinks({ secret: 'another-secret-of-some-length', publicBaseUrl: 'https://trips.example.com' });
    expect(other.open('demo', token, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(links.open('demo', 'garbage', now)).toEqual({ ok: false, reason: 'malformed' });
  });

  test('a link signed for a language opens in it; editing, adding or dropping the language breaks the signature', () => {
    const url = links.linkFor('demo', id, now, 'fr');
    expect(url).toMatch(/^https:\/\/trips\.example\.com\/d\/demo\/01JABCDEFGHJKMNPQRSTVWXYZ0\.[0-9a-z]+\.fr\.[A-Za-z0-9_-]{22}$/);
    const token = url.split('/').pop()!;
    expect(links.open('demo', token, now)).toEqual({ ok: true, decisionId: id, language: 'fr' });
    const [ulid, expiry, , sig] = token.split('.') as [string, string, string, string];
    expect(links.open('demo', `${ulid}.${expiry}.de.${sig}`, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(links.open('demo', `${ulid}.${expiry}.en.${sig}`, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(links.open('demo', `${ulid}.${expiry}.${sig}`, now)).toEqual({ ok: false, reason: 'bad_signature' });
    const plain = links.linkFor('demo', id, now).split('/').pop()!.split('.') as [string, string, string];
    expect(links.open('demo', `${plain[0]}.${plain[1]}.fr.${plain[2]}`, now)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(links.open('demo', `${ulid}.${expiry}.es.${sig}`, now)).toEqual({ ok: false, reason: 'malformed' });
    // Expired, the signature still vouches for the language the page should say so in.
    expect(links.open('demo', token, new Date('2027-01-06T12:00:01Z'))).toEqual({ ok: false, reason: 'expired', language: 'fr' });
  });
});
