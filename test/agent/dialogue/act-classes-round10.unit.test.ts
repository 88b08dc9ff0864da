import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// The tenth round's classes (docs/dialogue.md, "Tenth round"), over phrasings written for these
// tests, none taken from the eval sets: questions that used to change a decision (a length tried
// on against the old one, a swap asked, small talk, a health question before any trip, a country
// with no month and no idea where, waiting for a birthday, the cost of more nights, a suggestion
// asked once a plan stands) and the acceptance that follows a length tried on.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  return [...simulateConversation(texts, now, pack)];
}

const plan = {
  en: 'Ruaha in September, 2 adults, 9 nights, $8000 total',
  fr: 'Ruaha en septembre, 2 adultes, 9 nuits, 8000 $ en tout',
  de: 'Ruaha im September, 2 Erwachsene, 9 Nächte, 8000 $ insgesamt',
};

describe('a length tried on in the conditional, set against the old one, is a question; going ahead takes it', () => {
  it.each<[string, string, string]>([
    [plan.en, 'what if we only did 6 nights instead of 9?', 'ok, 6 nights then'],
    [plan.fr, 'et si on restait 6 nuits au lieu de 9 ?', 'allez, 6 nuits'],
    [plan.de, 'was wäre, wenn wir nur 6 Nächte statt 9 blieben?', 'gut, dann 6 Nächte'],
  ])('after «%s», «%s» keeps the plan and «%s» shortens it', (first, question, accept) => {
    const [opening, asked, taken] = run(first, question, accept);
    expect(opening!.decided).toBe(true);
    // A length tried on is a why (the lead's label decision, docs/dialogue.md thirteenth round).
    expect(asked!.acts[0]).toBe('why');
    expect(asked!.decided).toBe(false);
    expect(asked!.inputs).toEqual(opening!.inputs);
    expect(asked!.dialogue.proposal?.duration_days).toBe(7);
    expect(taken!.acts[0]).toBe('trip');
    expect(taken!.decided).toBe(true);
    expect(taken!.inputs.duration_days).toBe(7);
  });

  it('a present-tense «et si on fait N jours au lieu de M» still proposes the change (the earlier writers)', () => {
    const [opening, turn] = run(plan.fr, 'et si on fait 12 jours au lieu de 10 ?');
    expect(opening!.decided).toBe(true);
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs.duration_days).toBe(12);
  });
});

describe('a swap asked, or a trial the rules cannot run, changes nothing', () => {
  it.each<[string, string]>([
    [plan.en, 'could we swap to november?'],
    [plan.en, 'any chance you could switch it for somewhere with more predators?'],
    [plan.de, 'könnten wir auf November tauschen?'],
    [plan.en, 'what if only my husband and I did the walking safari and the others stayed in camp?'],
  ])('after «%s», «%s»', (first, text) => {
    const [opening, turn] = run(first, text);
    expect(['why', 'why_not']).toContain(turn!.acts[0]);
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('asking about the month a wait names ("could we go in that month instead?") is a why; saying so makes the change', () => {
    const [opening, asked, said] = run('Zanzibar in April, beach, 2 of us', 'could we go in june instead?', 'good, june then');
    // The rules advise waiting for June (the long rains in April).
    expect(opening!.decision.verdict.outcome).toBe('wait');
    expect(asked!.acts[0]).toBe('why');
    expect(asked!.decided).toBe(false);
    expect(said!.decided).toBe(true);
    expect(said!.inputs.month).toBe(6);
  });
});

describe('small talk is a greeting: no decision appears', () => {
  it.each<string[]>([
    ['hey', "how's your day going?"],
    ['how are you doing today'],
    ['salut', 'comment ça va ?'],
    ['vous allez bien ?'],
    ['hallo', 'wie geht es euch?'],
    ['alles gut bei dir?'],
  ])('%s', (...texts) => {
    const turns = run(...texts);
    for (const turn of turns) {
      expect(turn.acts[0]).toBe('greeting');
      expect(turn.decided).toBe(false);
    }
  });

  it('«ça va être cher ?» once a plan stands is not small talk', () => {
    const [, turn] = run(plan.fr, 'ça va être cher ?');
    expect(turn!.acts[0]).not.toBe('greeting');
  });

  it('a hello asking for help that says only who travels keeps the party and makes no decision', () => {
    const [hello, trip] = run("Hi, can you help us work out a safari? It's just the two of us", 'Kenya in August, 8 days, $7000');
    expect(hello!.acts[0]).toBe('greeting');
    expect(hello!.decided).toBe(false);
    expect(trip!.decided).toBe(true);
    expect(trip!.inputs.group_size).toBe(2);
  });
});

describe('a health question before any trip is a pointer, whatever facts it names', () => {
  it.each<string>([
    'Hello, is malaria a problem in Chobe in November? We are travelling with a 2 year old',
    'Bonsoir, faut-il des antipaludéens pour Hwange en octobre ? Notre fille a 3 ans',
    'Guten Tag, braucht man im Oktober für Hwange Malariatabletten? Unser Sohn ist 2',
  ])('%s', (text) => {
    const [turn] = run(text);
    expect(turn!.acts[0]).toBe('out_of_scope');
    expect(turn!.decided).toBe(false);
  });
});

describe('a suggestion asked with a country and no month makes no decision yet', () => {
  it.each<string>([
    "We're going to Zambia next year but really don't know where, what would you suggest?",
    'bonjour, on va en Zambie l’an prochain mais on ne sait pas trop où aller',
    'Hallo, wir wollen nächstes Jahr nach Sambia, wissen aber nicht genau wohin',
  ])('%s', (text) => {
    const [turn] = run(text);
    expect(turn!.acts[0]).toBe('suggest');
    expect(turn!.decided).toBe(false);
  });

  it('with a month it decides (the suggestion is the first decision)', () => {
    const [turn] = run("We're going to Zambia in August but don't know where, what would you suggest?");
    expect(turn!.acts[0]).toBe('suggest');
    expect(turn!.decided).toBe(true);
  });
});

describe('once a plan stands, a suggestion asked about changes nothing; facts stated beside it do', () => {
  const family = 'Bwindi in July, 2 adults, 10 days, $12000';
  it.each<string>(['and what would you recommend for a few beach days after?', 'que nous conseillez-vous si on ne peut partir qu’en mars ?', 'was schlagt ihr vor, falls wir nur im März können?'])('%s', (text) => {
    const [opening, turn] = run(family, text);
    expect(turn!.acts[0]).toBe('suggest');
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('"we could also go in March actually, what would you do?" takes what it states', () => {
    const [opening, turn] = run(family, 'we could also go in March actually, what would you do?');
    expect(turn!.acts[0]).toBe('suggest');
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs).not.toEqual(opening!.inputs);
  });
});

describe("waiting for a child's birthday is not the child's age now", () => {
  const young = 'Volcanoes in October, 2 adults and our daughter aged 13, 6 days';
  it.each<[string, 'thanks' | 'goodbye']>([
    ["ok, we'll hold off until she's 15, thanks", 'thanks'],
    ["merci, on attendra qu'elle ait 15 ans", 'thanks'],
    ['danke, dann warten wir, bis sie 15 ist', 'thanks'],
    ["right, we'll wait till she turns 15", 'goodbye'],
  ])('%s', (text, act) => {
    const [opening, turn] = run(young, text);
    expect(turn!.acts[0]).toBe(act);
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(opening!.inputs);
  });
});

describe('the cost of more nights asked is a price, never an addition', () => {
  it.each<string>([
    'what would 3 extra nights in Ruaha cost?',
    'ça coûterait combien, 2 nuits de plus à Ruaha ?',
    'was würden 2 Nächte mehr in Ruaha kosten?',
  ])('%s', (text) => {
    const [opening, turn] = run(plan.en, text);
    expect(turn!.acts[0]).toBe('price');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('an order to add still adds ("add 2 nights, how much would that cost?")', () => {
    const [opening, turn] = run(plan.en, 'add 2 nights in Ruaha please, what would that cost?');
    expect(turn!.acts[0]).toBe('add_extend');
    expect(turn!.inputs.duration_days).toBeGreaterThan(opening!.inputs.duration_days!);
  });
});

describe('fees asked after and cuts to fit the budget are price questions', () => {
  const gorillas = 'Volcanoes in August, 2 adults, 4 days, $9000 total';
  it.each<string>([
    'is the gorilla permit still 1500 dollars or has it gone up?',
    'hmm, what could we cut to fit the budget?',
    'le permis gorille est toujours à 1500 $ ?',
    "qu'est-ce qu'on pourrait enlever pour rentrer dans le budget ?",
    'ist das Gorilla-Permit noch bei 1500 Dollar oder gestiegen?',
    'was könnten wir streichen, damit es ins Budget passt?',
  ])('%s', (text) => {
    const [opening, turn] = run(gorillas, text);
    expect(turn!.acts[0]).toBe('price');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('"am Rand vom Delta" is the edge of the Delta, not the South African rand: a cheaper option asked is a price', () => {
    const [opening, turn] = run('Okavango-Delta im Juli, 2 Erwachsene, 6 Nächte, 9000 €', 'gibt es was Günstigeres, vielleicht eine Lodge am Rand vom Delta?');
    expect(turn!.acts[0]).toBe('price');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });
});

describe('additions said with "finish on", a split German verb or "mit rein"', () => {
  it.each<[string, string]>([
    ['Masai Mara in August, 2 adults, 6 days', 'could we finish on the coast somewhere?'],
    ['Masai Mara im August, 2 Erwachsene, 6 Tage', 'hängt doch noch 2 Nächte Amboseli dran'],
    ['Masai Mara im August, 2 Erwachsene, 6 Tage', 'nehmt bitte Amboseli mit rein, 3 Nächte'],
  ])('after «%s», «%s» adds', (first, text) => {
    const [opening, turn] = run(first, text);
    expect(turn!.acts[0]).toBe('add_extend');
    expect(turn!.inputs.duration_days).toBeGreaterThan(opening!.inputs.duration_days!);
  });
});

describe('a change of mind with «vergesst» drops the country named', () => {
  it('„vergesst Kenia, wir wollen doch nach Sambia" replaces Kenya', () => {
    const [, turn] = run('Kenia im Oktober, 2 Erwachsene, 8 Tage, 7000 €', 'ach, vergesst Kenia, wir wollen doch nach Sambia');
    expect(turn!.acts[0]).toBe('change_mind');
    expect(turn!.inputs.countries).toEqual(['ZM']);
  });
});

describe('the second batch: a malaria-free wish asked about, doubts about the season, closings, Swiss changes, ending somewhere', () => {
  const kruger = 'Kruger in July, 2 adults and 2 kids (4 and 6), malaria-free please, 7 days';
  it.each<[string, string, string]>([
    [kruger, 'why a malaria-free area and not the park itself?', 'why'],
    ['Kruger en juillet, 2 adultes et 2 enfants (4 et 6 ans), sans paludisme, 7 jours', 'pourquoi une zone sans paludisme ?', 'why'],
    ['Chobe im Oktober, 2 Erwachsene, 6 Tage', 'ist es da nicht ziemlich heiß?', 'why'],
    ['Chobe im Oktober, 2 Erwachsene, 6 Tage', 'sind die Wasserlöcher im Oktober nicht fast trocken?', 'why'],
    ['Chobe im Oktober, 2 Erwachsene, 6 Tage', 'was wenn wir im Juni fahren?', 'why'],
    ['Chobe in October, 2 adults, 6 days', 'you guys have been so helpful 🙌', 'thanks'],
    ['Chobe en octobre, 2 adultes, 6 jours', 'vous avez été super, merci', 'thanks'],
    ['Chobe in October, 2 adults, 6 days', 'thanks a lot and happy new year!', 'goodbye'],
  ])('after «%s», «%s» is %s and changes nothing', (first, text, act) => {
    const [opening, turn] = run(first, text);
    expect(turn!.acts[0]).toBe(act);
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('„mir hend üs umentschiede: South Luangwa statt Chobe" is a change of mind', () => {
    const [, turn] = run('Chobe im Oktober, 2 Erwachsene, 6 Tage', 'mir hend üs umentschiede: South Luangwa statt Chobe, gliichi Täg');
    expect(turn!.acts[0]).toBe('change_mind');
    expect(turn!.inputs.destinations).toEqual(['south_luangwa']);
  });

  it('"could we end at the Falls?" adds a stop', () => {
    const [opening, turn] = run('Chobe in October, 2 adults, 6 days', 'and could we end at victoria falls?');
    expect(turn!.acts[0]).toBe('add_extend');
    expect(turn!.inputs.destinations).toContain('victoria_falls');
    expect(turn!.inputs.duration_days).toBeGreaterThan(opening!.inputs.duration_days!);
  });
});

describe('a why-not with no place to compare asks why the plan is as it is', () => {
  it.each<[string, string]>([
    ['Zanzibar in April, beach, 2 of us', 'why not?! everyone says it is lovely'],
    ['Chobe in October, 2 adults, 6 days', 'why not a houseboat? my knees hate long drives'],
    ['Chobe en octobre, 2 adultes, 6 jours', 'pourquoi pas un lodge sur la rivière ?'],
    ['Chobe im Oktober, 2 Erwachsene, 6 Tage', 'wieso ned im Juni?'],
  ])('after «%s», «%s» is a why', (first, text) => {
    const [opening, turn] = run(first, text);
    expect(turn!.acts[0]).toBe('why');
    expect(turn!.inputs).toEqual(opening!.inputs);
  });

  it('"why not Mana Pools?" still compares a place, even one the pack does not hold', () => {
    const [, turn] = run('Chobe in October, 2 adults, 6 days', 'why not mana pools?');
    expect(turn!.acts[0]).toBe('why_not');
  });
});

describe('a count said as the whole trip or against the old count is the new length, not days added', () => {
  it.each<[string, string, number]>([
    ['Ruaha in September, 2 adults, 9 nights, $8000 total', 'ok, make the whole thing 7 nights then', 8],
    ['Ruaha im September, 2 Erwachsene, 9 Nächte, 8000 $ insgesamt', 'dann machen wir 7 Nächte statt 9', 8],
  ])('after «%s», «%s»', (first, text, days) => {
    const [, turn] = run(first, text);
    expect(turn!.acts[0]).toBe('trip');
    expect(turn!.inputs.duration_days).toBe(days);
  });
});
