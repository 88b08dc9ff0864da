import { describe, expect, it } from 'vitest';
import { run } from './held-question-plans';

// Review 1 of round 1, dialogue findings 5, 8, 9 and P1, in phrasings written for this test (not the review's probes).

/** The last turn of a conversation whose first message made a standing decision. */
function after(first: string, text: string) {
  const turns = run(first, text);
  expect(turns[0]!.decided).toBe(true);
  return turns[1]!;
}

describe('a place ruled out beside a question asked before any decision stays ruled out (finding 5)', () => {
  it.each<[string, string, string]>([
    ['en', 'What would five days of gorilla trekking at Volcanoes cost in June? Uganda is out, we trekked there before. Two adults.', 'bwindi'],
    ['en', 'How much for Etosha in May? Not Kruger, we have already done it. 2 adults, 8 nights.', 'kruger'],
    ['en', 'Why not Etosha in May? We have already done Kruger. 2 adults, 8 nights.', 'kruger'],
    ['fr', 'Combien coûte le Serengeti en août ? Pas le Kenya, on y est déjà allés. 2 adultes, 7 nuits.', 'masai_mara'],
    ['fr', 'Pourquoi pas Etosha en mai ? On a déjà fait Kruger. 2 adultes, 8 nuits.', 'kruger'],
    ['de', 'Was kostet Etosha im Mai? Nicht Südafrika, da waren wir schon. 2 Erwachsene, 8 Nächte.', 'kruger'],
  ])('%s: «%s» keeps %s excluded', (_lang, text, excluded) => {
    const [turn] = run(text);
    expect(turn!.inputs.excluded_destinations ?? []).toContain(excluded);
  });

  it('the asked-about place of a "why not" is never excluded, the others named beside it are', () => {
    const [turn] = run('Why not Chobe in March? We are done with Zambia and Zimbabwe though. 2 adults, 6 nights, $5000 each.');
    expect(turn!.inputs.excluded_destinations ?? []).not.toContain('chobe');
    expect(turn!.inputs.excluded_destinations ?? []).toEqual(expect.arrayContaining(['south_luangwa', 'victoria_falls']));
  });

  it('the exclusion holds on the next turn: no switch goes to the country ruled out', () => {
    const turns = run('What does a gorilla trek at Volcanoes cost in July? Uganda is out, been there. 2 adults, 4 days.', 'We have $2,000 each and the dates are fixed. Your call?');
    const last = turns[turns.length - 1]!;
    expect(last.inputs.excluded_destinations ?? []).toContain('bwindi');
    expect(last.decision.verdict.headline).not.toMatch(/Bwindi/);
  });
});

describe('an apology or a "forgot" is no correction: the place it brings is added (finding 8)', () => {
  const PLAN = 'Etosha in September, 2 adults, 6 nights, $4000 each.';
  it.each([
    'Sorry it took me so long! We would like to end with 2 nights at Victoria Falls.',
    'Oops, almost forgot - can Victoria Falls fit in for 2 nights at the end?',
    'My bad for the delay, we would also love Chobe for 2 nights.',
    'Désolé pour le retard ! On aimerait finir par 2 nuits aux chutes Victoria.',
    "Pardon, j'ai oublié : on voudrait finir par 2 nuits aux chutes Victoria.",
    'Sorry, hab vergessen: wir möchten am Ende noch 2 Nächte an die Victoriafälle.',
  ])('«%s» keeps Etosha', (text) => {
    const turn = after(PLAN, text);
    expect(turn.inputs.destinations).toContain('etosha');
    expect(turn.inputs.destinations!.length).toBe(2);
  });

  it.each(['Sorry, I meant Chobe, not Etosha.', 'Sorry, meant Chobe.', 'Oops, Chobe.', 'Chobe, my bad.'])('a correction «%s» still replaces Etosha', (text) => {
    const turn = after(PLAN, text);
    expect(turn.inputs.destinations).toEqual(['chobe']);
  });

  it.each(['Vergessen wir Etosha, lieber Chobe.', 'Oubliez Etosha, on préfère Chobe.'])('a plan dropped «%s» is still a change of mind', (text) => {
    const turn = after(PLAN, text);
    expect(turn.inputs.destinations).toEqual(['chobe']);
  });
});

describe('"we\'ll go to X" with an after/too word adds X; without one it still switches (finding 9)', () => {
  const PLAN = 'Serengeti in August, 2 adults, 8 days, $7000 each.';
  it.each([
    "Great. We'll go to Zanzibar afterwards for 4 nights.",
    'We will go to Zanzibar after that, 3 nights on the beach.',
    "Lovely, we'll go to Zanzibar too, 3 nights.",
    'Parfait, on part sur Zanzibar après, 3 nuits.',
    'On part sur Zanzibar pour finir, 3 nuits.',
    'Prima, wir gehen anschließend noch 3 Nächte nach Sansibar.',
  ])('«%s» keeps the Serengeti and adds Zanzibar', (text) => {
    const turn = after(PLAN, text);
    expect(turn.dialogue.act).toBe('add_extend');
    expect(turn.inputs.destinations).toEqual(['serengeti', 'zanzibar']);
  });

  it.each(["We'll go to Zanzibar instead.", "Actually we'll go with Zanzibar.", 'Finalement on part sur Zanzibar.'])('«%s» is still a change of mind', (text) => {
    const turn = after(PLAN, text);
    expect(turn.dialogue.act).toBe('change_mind');
    expect(turn.inputs.destinations).toEqual(['zanzibar']);
  });
});

describe('a price question that names a new young relative brings them in, so the age limit asks (P1)', () => {
  const PLANS = {
    en: 'Canoe trip by mokoro in the Okavango Delta in September, 2 adults, 5 nights, $9000 each.',
    fr: "Mokoro dans le delta de l'Okavango en septembre, 2 adultes, 5 nuits, 9000 $ par personne.",
    de: 'Mokoro-Tour im Okavango-Delta im September, 2 Erwachsene, 5 Nächte, 9000 $ pro Person.',
  };
  it.each<[keyof typeof PLANS, string]>([
    ['en', 'What extra would it cost to bring our nephew as well?'],
    ['en', 'and with my niece, how much more?'],
    ['en', 'How much would it be if my granddaughter came too?'],
    ['fr', 'Combien de plus avec ma nièce ?'],
    ['fr', 'Et avec notre petit-fils, ça coûte combien ?'],
    ['de', 'Was kostet es mehr mit meiner Nichte?'],
    ['de', 'Und mit unserem Neffen, wie teuer wird es?'],
  ])('%s: «%s» adds a child and does not re-affirm the mokoro booking', (lang, text) => {
    const turn = after(PLANS[lang], text);
    expect(turn.inputs.children).toBe(1);
    expect(turn.decision.verdict.outcome).not.toBe('book');
    expect(turn.decision.verdict.outcome).toBe('refused');
  });
});
