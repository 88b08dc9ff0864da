import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { decisionLinks } from '../../../src/channels/relay/decision-link';
import { LABELS } from '../../../src/agent/render/labels';
import { phoneText } from '../../../src/channels/relay/phone-sink';
import type { Decision } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// What a phone receives: a question or a pleasantry is answered with its own words (never
// the verdict again); a trip message gets the decision, verdict first, in the traveler's language.

const pack = defaultPackIndex();
const now = new Date('2026-03-01T10:00:00Z');
const links = decisionLinks({ secret: 'phone-answers-secret', publicBaseUrl: 'https://trips.example' });

function phone(channel: 'sms' | 'whatsapp', texts: string[]) {
  return [...simulateConversation(texts, now, pack)].map((t) => {
    const decision = { ...t.decision, decision_id: 'dec_01J00000000000000000000000', created_at: now.toISOString() } as Decision;
    return { act: t.dialogue.act, headline: decision.verdict.headline, sent: phoneText({ links }, channel, { tenant_id: 'demo-tenant', decision, text: t.replies[channel], dialogue: t.dialogue }) };
  });
}

describe('phone replies follow the act', () => {
  it('a thank-you and a why on SMS are answered in words, with the link, not with the verdict again', () => {
    const [trip, thanks, why] = phone('sms', ['Kruger in July, 2 adults, 6 days', 'cheers, thanks!', 'why Kruger though?']);
    expect(trip!.sent.startsWith(trip!.headline)).toBe(true);
    expect(thanks!.act).toBe('thanks');
    expect(thanks!.sent).not.toContain(trip!.headline);
    expect(thanks!.sent).toMatch(/welcome/i);
    expect(why!.act).toBe('why');
    expect(why!.sent).toMatch(/^Why/);
    expect(why!.sent).toMatch(/Full decision: https:\/\/trips\.example\/d\/demo-tenant\//);
  });

  it('a German trip message on WhatsApp gets the decision with German headings and link label', () => {
    const [trip] = phone('whatsapp', ['Wir möchten im Juli für 6 Tage in den Krüger-Park, zwei Erwachsene.']);
    expect(trip!.sent).toMatch(/^\*BUCHEN\*: /);
    expect(trip!.sent).toContain(`*${LABELS.de.why}*`);
    expect(trip!.sent).toMatch(/Zur Entscheidung: https:/);
    expect(trip!.sent).not.toMatch(/\b(?:nights|days|Full decision|What would change)\b/);
  });

  it('a trip message that changes nothing, written in another language, keeps the decision in that new language', () => {
    // French first, then the same trip in English, then in German: each kept reply is wholly in the language just written.
    const texts = ['Nous sommes 2 adultes, le Serengeti en juillet, 8 jours', 'We are 2 adults, the Serengeti in July, 8 days', 'Wir sind 2 Erwachsene, Serengeti im Juli, 8 Tage'];
    const turns = [...simulateConversation(texts, now, pack)];
    expect(turns[0]!.decision.localized?.language).toBe('fr');
    expect(turns[1]!.dialogue.kept).toBe(true);
    expect(turns[1]!.decision.localized).toBeUndefined();
    expect(turns[2]!.dialogue.kept).toBe(true);
    expect(turns[2]!.decision.localized?.language).toBe('de');
    for (const channel of ['sms', 'whatsapp'] as const) {
      const [, en, de] = phone(channel, texts);
      expect(en!.sent).toMatch(/\bBook\b/i);
      expect(en!.sent).not.toMatch(/\b(?:Réserver|juillet|nuits|jours|Décision)\b/);
      expect(de!.sent).toMatch(/\bBuchen\b/i);
      expect(de!.sent).not.toMatch(/\b(?:Réserver|juillet|nuits|Book|July|nights|days)\b/);
    }
  });
});
