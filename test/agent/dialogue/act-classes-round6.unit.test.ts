import { describe, expect, it } from 'vitest';
import type { DialogueAct } from '../../../src/agent/dialogue/acts';
import { recogniseAct } from '../../../src/agent/dialogue/recognise';
import { simulateConversation, type SimulatedTurn } from '../../../src/agent/dialogue/score-dialogue';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { englishIn } from '../../support/english-words';

// The sixth round's classes (dialogue-7 as development set), over phrasings written for these
// tests (none taken from the eval sets): a change tried on is a question and the decision
// stays, until the traveler takes it; asking what speaks against an addition; the plan's price
// compared; bare month abbreviations and drawn-out words; questions about the plan's weather.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const plan: TripInputs = { destinations: ['kruger'], month: 8, adults: 2, duration_days: 7 };

function read(text: string, known: TripInputs = plan, planned = known.destinations ?? []) {
  const extraction = extractTripInputs(text, { now, pack, previous: known });
  return recogniseAct(text, { extraction, known, pack, merge: mergeTripInputs, planned, ...(known.month ? { month: known.month } : {}) });
}

const run = (...texts: string[]): SimulatedTurn[] => [...simulateConversation(texts, now, pack)];

describe('a change tried on is a question: the decision stays', () => {
  const tried: Array<[string, Record<string, unknown>]> = [
    ['what if we travelled in October?', { month: 10 }],
    ['suppose we went in November instead, would that be ok?', { month: 11 }],
    ['how about Chobe in September?', { destinations: ['chobe'], month: 9 }],
    ['and if we did the Okavango instead?', { destinations: ['okavango_delta'] }],
    ['would Etosha work for us?', { destinations: ['etosha'] }],
    ['is Namibia any better in August?', { countries: ['NA'] }],
    ['and October?', { month: 10 }],
    ['und im Oktober?', { month: 10 }],
    ['et si nous partions en octobre ?', { month: 10 }],
    ['imaginons qu’on parte en novembre, ça irait ?', { month: 11 }],
    ['et Chobe en septembre, ce serait mieux ?', { destinations: ['chobe'], month: 9 }],
    ['Was wäre, wenn wir erst im Oktober reisen?', { month: 10 }],
    ['Und wenn wir stattdessen nach Etosha fahren würden?', { destinations: ['etosha'] }],
    ['Wäre Chobe im September besser?', { destinations: ['chobe'], month: 9 }],
    ['Wie wäre es im Oktober?', { month: 10 }],
  ];
  // A why_not only when another place or country is tried on; a month alone is a why (the lead's label decision).
  it.each(tried)('«%s» is tried on, carrying what it would change', (text, proposal) => {
    const r = read(text);
    expect(r.act).toBe('destinations' in proposal || 'countries' in proposal ? 'why_not' : 'why');
    expect(r.proposal).toMatchObject(proposal);
  });

  it('a hypothetical age reads the child the trip has, in three languages', () => {
    const family: TripInputs = { countries: ['RW'], priorities: ['gorillas'], month: 7, adults: 1, children: 1, child_ages: [13] };
    for (const text of ['what if he were 16?', 'et s’il avait 16 ans ?', 'und wenn er 16 wäre?']) {
      const r = read(text, family, ['volcanoes']);
      expect(r.act, text).toBe('why');
      expect(r.proposal?.child_ages, text).toEqual([16]);
    }
  });

  it('asking what speaks against an addition is a question about it, not the addition', () => {
    for (const text of ['is there any reason not to add Zanzibar?', 'any reason we should not include Victoria Falls?', 'y a-t-il une raison de ne pas ajouter Zanzibar ?', 'Spricht etwas dagegen, Sansibar noch mitzunehmen?', 'Lohnt sich Sansibar noch zusätzlich?', 'Was spricht gegen Sansibar zum Schluss?']) {
      const r = read(text);
      expect(r.act, text).toBe('why_not');
      expect(r.proposal?.add, text).toBe(true);
    }
  });

  it('stated changes, additions and permissions stay what they are', () => {
    expect(read("let's go in October then").act).toBe('trip');
    expect(read('we could also go in September if that is better').act).toBe('trip');
    expect(read('on peut aussi partir en septembre si c’est mieux').act).toBe('trip');
    expect(read('et si on ajoutait Zanzibar à la fin ?').act).toBe('add_extend');
    expect(read('forget Kruger, what about Chobe in September instead').act).toBe('change_mind');
    // "Why is X better in July?" asks why, it tries nothing on.
    expect(read('why is Kruger better in August?').act).toBe('why');
  });
});

describe('taking the change just tried on', () => {
  it('English: the month tried on is taken by "ok, go with that then"', () => {
    const [first, tryOn, take] = run('Kruger in May, two adults, 7 days', 'what if we travelled in October?', "ok, let's go with that then");
    expect(first!.decided).toBe(true);
    expect(tryOn!.decided).toBe(false);
    expect(tryOn!.dialogue.proposal).toEqual({ month: 10 });
    // Answered with what the rules would say in October, the decision standing beside it.
    expect(tryOn!.replies.web).toMatch(/In October, my answer would be \w+/);
    expect(tryOn!.replies.web).toContain('Your decision stands');
    expect(take!.decided).toBe(true);
    expect(take!.dialogue.act).toBe('trip');
    expect(take!.inputs.month).toBe(10);
  });

  it('French: a place tried on, then taken, replaces the plan', () => {
    const [, tryOn, take] = run('Le parc Kruger en août, 2 adultes, 8 jours', 'et si on partait plutôt à Chobe ?', "d'accord, on fait ça");
    expect(tryOn!.decided).toBe(false);
    expect(tryOn!.dialogue.act).toBe('why_not');
    expect(take!.decided).toBe(true);
    expect(take!.dialogue.act).toBe('change_mind');
    expect(take!.inputs.destinations).toEqual(['chobe']);
  });

  it('German: an addition asked about, then taken, is an addition', () => {
    const [, ask, take] = run('Krüger im August, 2 Erwachsene, 8 Tage', 'Spricht etwas dagegen, die Victoriafälle mitzunehmen?', 'Gut, dann nehmen wir die mit');
    expect(ask!.decided).toBe(false);
    expect(ask!.replies.web).toMatch(/Mit den Victoriafällen zusätzlich wäre meine Antwort/);
    expect(take!.dialogue.act).toBe('add_extend');
    expect(take!.inputs.destinations).toEqual(expect.arrayContaining(['kruger', 'victoria_falls']));
    expect(take!.inputs.duration_days).toBeGreaterThan(8);
  });

  it('a thank-you or an unrelated change after the hypothetical takes nothing', () => {
    const thanked = run('Kruger in May, two adults, 7 days', 'what if we travelled in October?', 'ok thanks, good to know');
    expect(thanked[2]!.decided).toBe(false);
    const other = run('Kruger in May, two adults, 7 days', 'and Chobe?', "actually let's make it 10 days");
    expect(other[2]!.inputs.destinations).toEqual(['kruger']);
    expect(other[2]!.inputs.duration_days).toBe(10);
  });

  it('an acknowledgement before another month moves on to it (the earlier sets’ reading)', () => {
    const [, next] = run('Kruger in May, two adults, 7 days', 'thanks! and what about September?');
    expect(next!.decided).toBe(true);
    expect(next!.inputs.month).toBe(9);
  });
});

describe('price, why and pleasantries read from the plan', () => {
  const cases: Array<[DialogueAct, string]> = [
    ['price', 'is Kruger pricier than the alternatives?'],
    ['price', 'would it be cheaper than Botswana?'],
    ['price', 'c’est plus cher que la Namibie ?'],
    ['price', 'Ist das günstiger als Sambia?'],
    ['price', 'and the highest tier, roughly?'],
    ['why_not', 'how does Chobe compare, or is it too expensive?'],
    ['why_not', 'et Chobe, c’est trop cher ?'],
    ['why', 'why not oct?'],
    ['why', 'is it rainy then?'],
    ['why', 'ist es dann sehr heiß?'],
    ['why', 'whyyyy'],
    ['goodbye', 'byeeee'],
  ];
  it.each(cases)('%s: «%s»', (act, text) => {
    expect(read(text).act).toBe(act);
  });

  it('"is anyone there?" before any trip is a greeting', () => {
    for (const text of ['anybody there?', 'y a quelqu’un ?', 'Ist da jemand?']) expect(read(text, {}, []).act, text).toBe('greeting');
  });
});

describe('a hypothetical is answered wholly in the traveler’s language', () => {
  it.each([
    ['fr', ['Le Masai Mara en août, 2 adultes, 7 jours', 'Et si on partait plutôt en octobre ?', 'Et Samburu, ce serait mieux ?', 'Une raison de ne pas ajouter Zanzibar ?']],
    ['de', ['Masai Mara im August, 2 Erwachsene, 7 Tage', 'Was wäre, wenn wir im Oktober fahren?', 'Und das Okavango-Delta im August?', 'Spricht was dagegen, Sansibar dazuzunehmen?']],
  ] as const)('%s', (lang, texts) => {
    const turns = run(...texts);
    for (const [i, turn] of turns.slice(1).entries()) {
      expect(turn.decided).toBe(false);
      // The month tried on first is a why; the place and the addition weighed are why_nots.
      expect(turn.dialogue.act).toBe(i === 0 ? 'why' : 'why_not');
      for (const reply of Object.values(turn.replies)) expect(englishIn(reply), `${lang}: ${reply}`).toEqual([]);
    }
    // The month tried on is answered with the rules' verdict for it, in the traveler's words.
    expect(turns[1]!.replies.web).toMatch(lang === 'fr' ? /^En octobre, je dirais « \p{L}+ »/u : /^Im Oktober wäre meine Antwort „\p{L}+“/u);
  });
});

describe('practical questions mid-conversation are out of scope, the decision unchanged', () => {
  const cases: Array<[string, string]> = [
    ['will our UK chargers fit the plugs there?', 'practical'],
    ['should we buy a local SIM card on arrival?', 'practical'],
    ['faut-il un adaptateur pour les prises ?', 'practical'],
    ['Brauchen wir einen Reisestecker für die Steckdosen?', 'practical'],
    ['do they accept euros at the camps or only shillings?', 'money'],
    ['quelle monnaie faut-il emporter ?', 'money'],
    ['Welche Währung braucht man dort?', 'money'],
    ['can we reserve the gorilla permits on our own?', 'paperwork'],
    ['comment obtenir les permis nous-mêmes ?', 'paperwork'],
    ['could you hold this rate for a week?', 'price_guarantee'],
    ['pouvez-vous garder ce tarif jusqu’à lundi ?', 'price_guarantee'],
    ['Könnt ihr den Preis bis Freitag halten?', 'price_guarantee'],
    ['will there definitely be lions at the waterhole?', 'safety_guarantee'],
    ['is the malaria risk high there in October?', 'health'],
  ];
  it.each(cases)('«%s» → %s', (text, topic) => {
    const r = read(text);
    expect(r.act).toBe('out_of_scope');
    expect(r.topic).toBe(topic);
  });

  it('answered with the pointer in the traveler’s language, the decision kept', () => {
    const [, fr] = run('Le parc Kruger en août, 2 adultes, 8 jours', 'Il faut des adaptateurs pour les prises là-bas ?');
    expect(fr!.decided).toBe(false);
    expect(fr!.replies.web).toContain('prises');
    expect(englishIn(fr!.replies.web)).toEqual([]);
  });
});

describe('a thank-you or a hello with a new fact is a trip change', () => {
  it.each([
    ['Danke! Übrigens fährt noch unsere 5-jährige Tochter mit', { child_ages: [5] }],
    ['danke, und bitte höchstens 2 Std Fahrt am Tag', { drive_tolerance_hours: 2 }],
    ['Vielen Dank, uns wären möglichst wenige Touristen lieber', { priorities: ['privacy'] }],
    ['merci ! on a aussi un petit de 4 ans, j’avais oublié', { child_ages: [4] }],
    ['cheers! oh and we now have a 6 yr old joining', { child_ages: [6] }],
  ] as const)('«%s»', (text, fact) => {
    const [, turn] = run('Kruger in August, two adults, 8 days', text);
    expect(turn!.dialogue.act).toBe('trip');
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs).toMatchObject(fact);
  });
});

describe('leaving the choice to the agent is a suggestion, even with trip facts', () => {
  it.each([
    'no clue where to go, you pick! October, 3 of us, about 3000 each',
    "what's the best safari for two grandparents and a toddler in February?",
    'aucune idée d’où aller, choisissez pour nous : septembre, 2 personnes',
    'Keine Ahnung wohin – sucht ihr uns was aus? Juni, zu zweit',
  ])('«%s»', (text) => {
    const [turn] = run(text);
    expect(turn!.dialogue.act).toBe('suggest');
    expect(turn!.decided).toBe(true);
  });
});

describe('a new total for the length the traveler gave is a trip change, not an addition', () => {
  it.each(['we could actually do 10 days', 'oh and we can stretch to 10 nights', 'en fait on peut aller jusqu’à 10 jours', 'wir können eigentlich auf 10 Tage verlängern'])('«%s»', (text) => {
    const [, turn] = run('Kruger in August, two adults, 8 days', text);
    expect(turn!.dialogue.act).toBe('trip');
    expect(turn!.inputs.duration_days).toBeGreaterThanOrEqual(10);
  });

  it('lengthening with a place added is still an addition', () => {
    const [, turn] = run('Kruger in August, two adults, 8 days', 'we can actually stretch to 11 days and add Victoria Falls');
    expect(turn!.dialogue.act).toBe('add_extend');
    expect(turn!.inputs.destinations).toContain('victoria_falls');
  });

  it('a change said outright with a list of places replaces the plan', () => {
    const [, turn] = run('Nyerere und Sansibar im Juli, zu zweit, 10 Tage', 'Dann ändern wir das: Ruaha und Sansibar');
    expect(turn!.dialogue.act).toBe('change_mind');
    // The places named again stay in the new plan: Sansibar is kept, Nyerere goes.
    expect(turn!.inputs.destinations).toEqual(expect.arrayContaining(['ruaha', 'zanzibar']));
    expect(turn!.inputs.destinations).not.toContain('nyerere');
  });

  it('a change of plan keeps a place of the old plan that it names again', () => {
    const [, turn] = run('Samburu and Zanzibar in September, two adults, 10 days', 'scratch that, make it Laikipia and Zanzibar');
    expect(turn!.dialogue.act).toBe('change_mind');
    expect(turn!.inputs.destinations).toEqual(expect.arrayContaining(['laikipia', 'zanzibar']));
    expect(turn!.inputs.destinations).not.toContain('samburu');
  });
});

describe('taking an addition by a pronoun, and a place tried on against a discard', () => {
  it('«oui, ajoutons-le» takes the place asked about', () => {
    const [, , take] = run('Le parc Kruger en août, 2 adultes, 8 jours', 'Une raison de ne pas ajouter Victoria Falls ?', 'oui, ajoutons-le');
    expect(take!.dialogue.act).toBe('add_extend');
    expect(take!.inputs.destinations).toEqual(expect.arrayContaining(['kruger', 'victoria_falls']));
  });

  it('a country tried on against a discard is answered with the rules’ verdict for it', () => {
    const [first, tryOn] = run('gorilla trek in Uganda in August with our 10 year old', 'would Rwanda be any better?');
    expect(first!.decision.verdict.outcome).toBe('discard');
    expect(tryOn!.decided).toBe(false);
    expect(tryOn!.replies.web).toMatch(/^With Rwanda, my answer would be \w+/);
  });
});
