import { describe, expect, it } from 'vitest';
import { simulateConversation, type SimulatedTurn } from '../../../src/agent/dialogue/score-dialogue';
import { localizeDecision } from '../../../src/agent/dialogue/localize-decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// A discard tells a parent why, in every language and on every channel: the age limit that rules the trip out, not
// "nothing fits", not a month nobody named, not a cost of 0. Phrasings written for these tests.

const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const run = (...texts: string[]): SimulatedTurn[] => [...simulateConversation(texts, now, pack)];

const GORILLAS = {
  en: 'Two of us and our kids, 9 and 13, keen to see the gorillas in Uganda',
  fr: 'Nous sommes deux parents avec nos enfants de 9 et 13 ans, nous rêvons de voir les gorilles en Ouganda',
  de: 'Wir sind zwei Eltern mit unseren Kindern (9 und 13) und wollen die Gorillas in Uganda sehen',
} as const;

describe('a discard of a country for a child below the age limit says the limit', () => {
  it.each(['fr', 'de'] as const)('%s: the record names the place, the age and the youngest child, and when it becomes possible', (lang) => {
    const [turn] = run(GORILLAS[lang]);
    expect(turn!.decision.verdict.outcome).toBe('discard');
    const loc = localizeDecision({ content: turn!.decision, pack, lang });
    expect(loc.summary).toMatch(/Bwindi/);
    expect(loc.summary).toMatch(/15/);
    expect(loc.summary).toMatch(/\b9\b/);
    expect(loc.gains.join(' ')).toMatch(/15/);
    expect(loc.change_conditions.join(' ')).toMatch(/15.*Bwindi|Bwindi.*15/);
    // No month was named: none is stated, nor a plan's length, lodging or cost that does not exist.
    const assumed = loc.assumptions.map((a) => a.text).join(' ');
    expect(assumed).not.toMatch(/\b0 (?:\$|USD)|(?:\$|USD) ?0\b/);
    expect(assumed).not.toMatch(/janvier|Januar|nuits|Nächte/i);
    expect(loc.summary).not.toMatch(/janvier|Januar/i);
  });

  it.each(['fr', 'de'] as const)('%s: the SMS and WhatsApp replies carry the reason, not an empty verdict line', (lang) => {
    const [turn] = run(GORILLAS[lang]);
    for (const channel of ['sms', 'whatsapp'] as const) {
      const reply = turn!.replies[channel];
      expect(reply).not.toMatch(/:\s*\.|,\s*\./);
      expect(reply).toMatch(/15/);
      expect(reply).toMatch(/Bwindi/);
    }
  });

  it('en: with no month named, no assumption names this month as the trip’s', () => {
    const [turn] = run(GORILLAS.en);
    const assumed = turn!.decision.assumptions.map((a) => a.text).join(' ');
    expect(assumed).not.toMatch(/December 2026/);
    expect(assumed).toMatch(/Your plans hold as you described them/);
  });

  it('a walking safari with young children names the walking age in French and German', () => {
    for (const [lang, text] of [
      ['fr', 'Safari à pied en Zambie en août pour deux adultes et deux enfants de 6 et 9 ans'],
      ['de', 'Eine Fußsafari in Sambia im August für zwei Erwachsene und zwei Kinder von 6 und 9 Jahren'],
    ] as const) {
      const [turn] = run(text);
      expect(turn!.decision.verdict.outcome).toBe('discard');
      expect(turn!.decision.verdict.summary).toMatch(/need age 12/);
      const loc = localizeDecision({ content: turn!.decision, pack, lang });
      expect(loc.summary).toMatch(/12/);
      expect(loc.summary).toMatch(/\b6\b/);
    }
  });
});

describe('why a discard: its reason, not an empty standing line', () => {
  it.each([
    ['en', 'why?', /Why "Discard": .*needs age 15 and your youngest is 9/],
    ['fr', 'pourquoi ?', /Pourquoi « Renoncer » : .*15.*9/],
    ['de', 'warum denn?', /Warum „Verwerfen“: .*15.*9/],
  ] as const)('%s «%s»', (lang, why, expected) => {
    const turns = run(GORILLAS[lang], why);
    const answer = turns[1]!;
    expect(answer.decided).toBe(false);
    for (const channel of ['web', 'sms', 'whatsapp'] as const) {
      expect(answer.replies[channel]).toMatch(expected);
      expect(answer.replies[channel]).not.toMatch(/,\s*\./);
    }
  });
});

describe('a budget read per person is said in French and German, as in English', () => {
  it.each([
    ['fr', 'Le Serengeti en janvier, 10 jours, 2 adultes, budget 9 000 €', /9\s000\s€ s'entend par personne/],
    ['de', 'Serengeti im Januar, 10 Tage, 2 Erwachsene, Budget 9000 Euro', /9\.000\s€ gilt pro Person/],
  ] as const)('%s', (lang, text, said) => {
    const [turn] = run(text);
    expect(turn!.decision.assumptions.map((a) => a.text).join(' ')).toMatch(/is per person/);
    const loc = localizeDecision({ content: turn!.decision, pack, lang });
    expect(loc.assumptions.map((a) => a.text).join(' ')).toMatch(said);
  });

  it('a budget said for the two of them is no assumption', () => {
    const [turn] = run('Serengeti im Januar, 10 Tage, wir zwei, insgesamt 9000 Euro');
    const loc = localizeDecision({ content: turn!.decision, pack, lang: 'de' });
    expect(loc.assumptions.map((a) => a.text).join(' ')).not.toMatch(/pro Person, für die Reise|für die ganze Gruppe, für die Reise/);
  });
});

describe('a busy month on the coast is not a crowd at sightings', () => {
  it('a beach stay in its peak month warns of full beaches, in English, French and German', () => {
    const [turn] = run('Zanzibar beach in August, 2 adults, 6 nights');
    const losses = turn!.decision.tradeoffs.losses.join(' ');
    expect(losses).toMatch(/full beaches and lodges/);
    expect(losses).not.toMatch(/vehicles at sightings/);
    expect(localizeDecision({ content: turn!.decision, pack, lang: 'fr' }).losses.join(' ')).toMatch(/plages et des hôtels pleins/);
    expect(localizeDecision({ content: turn!.decision, pack, lang: 'de' }).losses.join(' ')).toMatch(/vollen Stränden/);
    // A safari in its busy month still means other vehicles.
    const [mara] = run('Masai Mara in August, 2 adults, 6 nights');
    expect(mara!.decision.tradeoffs.losses.join(' ')).toMatch(/vehicles at sightings/);
  });
});
