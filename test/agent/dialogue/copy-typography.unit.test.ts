import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { hours } from '../../../src/agent/dialogue/format';
import { decisionLinks } from '../../../src/channels/relay/decision-link';
import { renderSmsReply, renderWhatsappReply } from '../../../src/channels/relay/phone-reply';
import { phoneText } from '../../../src/channels/relay/phone-sink';
import type { Decision } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Copy defects a fluent reader flagged in the third review (docs/fluent-review.md): a fact
// list mixing phrases with and without their article, two colons in one French sentence, a
// capital after a French label's colon, "Min.." at a sentence's end, a sentence fragment
// after a short verdict.

const pack = defaultPackIndex();
const now = new Date('2026-03-01T10:00:00Z');
const links = decisionLinks({ secret: 'copy-typography-secret', publicBaseUrl: 'https://trips.example' });

function conversation(texts: string[]) {
  return [...simulateConversation(texts, now, pack)].map((t) => {
    const decision = { ...t.decision, decision_id: 'dec_01J00000000000000000000000', created_at: now.toISOString() } as Decision;
    const phone = (channel: 'sms' | 'whatsapp') => phoneText({ links }, channel, { tenant_id: 'demo-tenant', decision, text: t.replies[channel], dialogue: t.dialogue });
    return { ...t, sms: phone('sms'), whatsapp: phone('whatsapp') };
  });
}

/** French sentences of a text (links and list markers aside). */
function sentences(text: string): string[] {
  return text
    .replace(/https?:\/\/\S+/g, '')
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('copy a fluent reader passes', () => {
  it('a French fact list gives every fact its article, and a comparison says each place in a sentence of its own', () => {
    const [, why, whyNot] = conversation(['Nous sommes deux adultes, le Serengeti en juillet, 9 jours', 'Pourquoi ce choix ?', 'Et pourquoi pas le Masai Mara ?']);
    expect(why!.replies.web).toMatch(/les traversées de rivière, une excellente observation de la faune \(5\/5\), la saison sèche et une forte affluence \(5\/5\)/);
    expect(why!.replies.web).not.toMatch(/, (?:observation|saison|affluence|prix)\b/);
    for (const s of sentences(whyNot!.replies.web)) expect(s.split(' : ').length, s).toBeLessThanOrEqual(2);
    expect(whyNot!.replies.web).toMatch(/Par comparaison, le Serengeti : /);
  });

  it('English facts read alike: a word for each rating, never a bare "rated"', () => {
    const [, why] = conversation(['We are 2 adults, Serengeti in July, 9 days', 'why though?']);
    expect(why!.replies.web).toMatch(/^Why "Book" for Serengeti National Park in July: the river crossings, excellent game viewing \(5\/5\), the dry season and busy parks \(crowding 5\/5\)\.$/);
  });

  it('German facts read as a list of nouns with their rating, and hours are written out', () => {
    const [, why] = conversation(['Wir sind zwei Erwachsene und möchten im August in die Masai Mara, 7 Tage.', 'Warum gerade dort?']);
    expect(why!.replies.web).toMatch(/Flussüberquerungen, hervorragende Tierbeobachtung \(5\/5\), Trockenzeit und viel Andrang \(5\/5\)/);
    expect(hours(0.5, 'de')).toBe('30 Minuten');
    expect(hours(2.5, 'de')).toBe('2,5 Stunden');
    expect(hours(0.5, 'fr')).toBe('30 min');
    expect(hours(0.3, 'en')).toBe('20 min');
    expect(hours(2.5, 'fr')).toBe('2,5 h');
  });

  it('on WhatsApp, French and German plan lines have one colon, and a change line after its label is not capitalised in French', () => {
    const decision = (headline: string, change: string) => ({ verdict: { outcome: 'book' as const, headline, summary: '…' }, tradeoffs: { gains: [], losses: [] }, change_conditions: [change] });
    const fr = renderWhatsappReply(
      decision('Le Masai Mara en août.', 'Si votre budget est inférieur à environ 1 500 $US par personne, nous chercherions des lieux moins chers.'),
      { title: 'Le Masai Mara en août', duration_days: 7, route: [{ name: 'Le Masai Mara', nights: 6 }] },
      undefined,
      'fr',
    );
    expect(fr).toMatch(/^\*Programme\* : le Masai Mara en août, 7 jours \(le Masai Mara 6 n\.\)$/m);
    expect(fr).toMatch(/^\*Ce qui changerait la décision\* : si votre budget/m);
    const de = renderWhatsappReply(decision('Masai Mara im August.', 'Liegt Ihr Budget unter etwa 1.500 USD, suchen wir günstigere Orte.'), { title: 'Masai Mara im August', duration_days: 7, route: [{ name: 'Masai Mara', nights: 6 }] }, undefined, 'de');
    expect(de).toMatch(/^\*Plan\*: Masai Mara im August, 7 Tage \(Masai Mara 6 N\.\)$/m);
    expect(de).toMatch(/^\*Was die Entscheidung ändern würde\*: Liegt/m);
    // SMS keeps its short heading, with a French change line in lower case after the colon;
    // one with no room beside the summary is left out, never cut to its heading.
    const change = 'Si votre budget est inférieur à environ 1 500 $US par personne, nous chercherions des lieux moins chers.';
    expect(renderSmsReply(decision('Le Masai Mara en juillet.', change), undefined, 'fr')).toMatch(/\nCe qui la changerait : si votre budget/);
    const long = { ...decision('Le Masai Mara en août.', change), verdict: { outcome: 'book' as const, headline: 'Le Masai Mara en août.', summary: `${'Le Masai Mara en août offre les traversées de rivière et une excellente observation de la faune. '.repeat(2)}Suite.` } };
    const cut = renderSmsReply(long, 'https://trips.example/d/x', 'fr');
    expect(cut).not.toContain('Ce qui la changerait');
    expect(cut).toMatch(/^RÉSERVER : le Masai Mara en août\.\nLe Masai Mara/);
    const [, de2] = conversation(['Wir sind zwei Erwachsene und möchten im August in die Masai Mara, 7 Tage.', 'Details']);
    expect(de2!.replies.web).not.toMatch(/Min\.\./);
  });

  it('a short verdict ends with a sentence, not a fragment', () => {
    const [fr, kept] = conversation(['Nous sommes deux adultes, le Serengeti en juillet, 9 jours', 'Oui, le Serengeti en juillet, 9 jours, 2 adultes']);
    expect(kept!.dialogue.kept).toBe(true);
    expect(fr!.replies.sms).toMatch(/En bref : les traversées de rivière et une excellente observation de la faune \(5\/5\)\./);
  });
});
