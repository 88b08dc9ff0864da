import { describe, expect, it } from 'vitest';
import { plainDigits } from '../../../src/agent/local-model/numbers';
import { scoreExtractions } from '../../../src/agent/local-model/score-extraction';
import { x } from './helpers';

// Phrasings written for these mechanisms, none copied from a blind set (issue 14, item 8).

describe('date ranges across forms and year ends', () => {
  it.each<[string, string, string, number]>([
    ['Tarangire vom 27.12. bis 3.1., wenn es geht', '2026-12-27', '2027-01-03', 8],
    ['we fly 14.03. to 21.03.2027', '2027-03-14', '2027-03-21', 8],
    ['Etosha 5.–11. Juni mit dem Camper', '2027-06-05', '2027-06-11', 7],
    ["Jan 30 '27 to Feb 6 '27 in Chobe", '2027-01-30', '2027-02-06', 8],
    ['Salimos el 18 de agosto y volvemos el 27 de agosto', '2027-08-18', '2027-08-27', 10],
    ['from Christmas Eve until 2 January', '2026-12-24', '2027-01-02', 10],
  ])('%s', (text, start, end, days) => {
    expect(x(text)).toMatchObject({ start_date: start, end_date: end, duration_days: days });
  });

  it('computes the end from a start and a length: N nights end N days later, N days end N − 1 later', () => {
    expect(x('9 nights starting 26 December')).toMatchObject({ start_date: '2026-12-26', end_date: '2027-01-04', duration_days: 10 });
    expect(x('arriving 3 March, ten days in all')).toMatchObject({ start_date: '2027-03-03', end_date: '2027-03-12', duration_days: 10 });
    expect(x('two weeks from 1 July')).toMatchObject({ start_date: '2027-07-01', end_date: '2027-07-14' });
  });

  it('keeps the range as the trip when a shorter stay is one part of it, and a longer stated length for the rules to see', () => {
    expect(x('3–12 May, with two nights on the lake shore').duration_days).toBe(10);
    expect(x('Chobe 4 to 7 June for three weeks').duration_days).toBe(21);
  });
});

describe('amounts in local formats and currencies', () => {
  it.each<[string, string]>([
    ['450 000', '450000'],
    ['8.500', '8500'],
    ["12'500", '12500'],
    ['4.750,50', '4750.50'],
    ['950,25', '950.25'],
    ['7.5', '7.5'],
  ])('%s reads as %s', (raw, plain) => {
    expect(plainDigits(raw)).toBe(plain);
  });

  it.each<[string, number, string, string | undefined]>([
    ['Wir planen 4.750,50 EUR pro Kopf', 4750.5, 'EUR', 'per_person'],
    ["Unser Budget: CHF 12'500 insgesamt", 12500, 'CHF', 'total'],
    ['N$ 30 000 for the rental and parks', 30000, 'NAD', undefined],
    ['around AU$9,000 all up', 9000, 'AUD', undefined],
    ['2 500 € chacune', 2500, 'EUR', 'per_person'],
    ['para las tres, 7.200 euros', 7200, 'EUR', 'total'],
    ['our total is 14,000 dollars', 14000, 'USD', 'total'],
  ])('%s', (text, amount, currency, basis) => {
    const e = x(text);
    expect(e).toMatchObject({ budget_amount: amount, budget_currency: currency });
    expect(e.budget_basis).toBe(basis);
  });

  it('reads the basis said, not the one denied', () => {
    expect(x('9000 euros for everyone, not per person').budget_basis).toBe('total');
  });
});

describe('who is travelling', () => {
  it('counts "the N of us" as the group; a pair with nobody else named is two adults, a larger count guesses nobody grown up', () => {
    expect(x('Ruaha in October, just the 2 of us')).toMatchObject({ group_size: 2, adults: 2 });
    expect(x('$8k for us both')).toMatchObject({ group_size: 2, adults: 2 });
    expect(x('Ruaha in October, the 4 of us').adults).toBeUndefined();
    // The pair beside a child, or in a conversation that named children, keeps the adults unsaid.
    expect(x('Ruaha with our son, just the 2 of us').adults).not.toBe(2);
    expect(x('2 of us grandparents', { traveler_type: 'family' }).adults).toBeUndefined();
    expect(x('just the two of us', { children: 1 }).adults).toBeUndefined();
    expect(x('the children are staying with their aunt, so it is just the 2 of us', { adults: 2, children: 2, group_size: 4 })).toMatchObject({ children: 0, adults: 2, group_size: 2 });
  });

  it('counts a partner only when they travel, not when they are only talked about', () => {
    expect(x('Kruger please, my wife is scared of snakes').adults).toBeUndefined();
    expect(x('Kruger with my wife in May').adults).toBe(2);
  });

  it('counted children are the party, not a "family" type; uncounted ones keep the type', () => {
    const counted = x('me, my partner and our three boys (7, 9 and 12)');
    expect(counted).toMatchObject({ adults: 2, children: 3, child_ages: [7, 9, 12] });
    expect(counted.traveler_type).toBeUndefined();
    expect(x('a family safari in Kenya').traveler_type).toBe('family');
    expect(x('Easter holidays, bringing the kids along').traveler_type).toBe('family');
  });
});

describe('corrections of places', () => {
  it('a place taken back from the plan is removed; one refused outright is ruled out', () => {
    const taken = x('actually leave out Tarangire', { destinations: ['serengeti', 'tarangire'] });
    expect(taken.remove_destinations).toEqual(['tarangire']);
    expect(taken.excluded_destinations).toBeUndefined();
    expect(x('anywhere except Amboseli').excluded_destinations).toEqual(['amboseli']);
  });
});

describe('interests from animals and lodging', () => {
  it('two of the Big Five wished for make big_five; other game wished for makes wildlife_density', () => {
    expect(x('we really want to see buffalo and elephants').priorities).toContain('big_five');
    expect(x('hoping for wild dogs above all').priorities).toContain('wildlife_density');
    expect(x('Die Geparden wären toll').priorities).toContain('wildlife_density');
  });

  it('an animal named in passing or as a place specialty adds no priority', () => {
    expect(x('Amboseli, known for its elephants').priorities).toBeUndefined();
    expect(x('Samburu to see the reticulated giraffe').priorities).toBeUndefined();
  });

  it('reads lodging styles', () => {
    expect(x('a tented camp with a plunge pool would be lovely').priorities).toContain('comfort');
    expect(x('basic campsites are fine by us').priorities).toContain('value');
  });
});

describe('pace and traveler type in other words and languages', () => {
  it.each<[string, Partial<Record<'pace' | 'traveler_type', string>>]>([
    ['we want to pack loads in', { pace: 'fast' }],
    ['Wir reisen lieber langsam', { pace: 'slow' }],
    ["we've been on more than ten safaris", { traveler_type: 'repeat' }],
    ['been there twice already', { traveler_type: 'repeat' }],
    ['our 1st safari!', { traveler_type: 'first_time' }],
    ['Nous sommes des aventuriers', { traveler_type: 'adventure' }],
  ])('%s', (text, want) => {
    expect(x(text)).toMatchObject(want);
  });
});

describe('questions the agent does not answer', () => {
  it('recognises greetings, documents, bookings and price promises in several languages', () => {
    expect(x('hello, anybody around?').message_kind).toBe('greeting');
    expect(x('buenos dias, buenas tardes').message_kind).toBe('greeting');
    expect(x('Is a passport valid for 4 more months enough for Kenya?').out_of_scope_topic).toBe('visa');
    expect(x('can you move the name on my booking to my sister').out_of_scope_topic).toBe('booking_admin');
    expect(x('does my travel insurance cover a balloon flight?').out_of_scope_topic).toBe('booking_admin');
    expect(x('Can the quoted price stay the same until next year?').out_of_scope_topic).toBe('price_guarantee');
  });

  it('keeps no people, interests or times named only inside such a question', () => {
    const e = x('what vaccinations does a 4-year-old need?');
    expect(e.message_kind).toBe('out_of_scope');
    expect(e.children).toBeUndefined();
    expect(e.child_ages).toBeUndefined();
    expect(x('will prices be the same in 3 months?').month).toBeUndefined();
    // With a place, the question's trip facts stay (the verdict can come with the pointer).
    expect(x('malaria risk in Kruger in March?')).toMatchObject({ destinations: ['kruger'], month: 3 });
  });
});

describe('scoring', () => {
  it('does not score a field no label set carries', () => {
    const s = scoreExtractions([{ id: 'a', expected: { child_ages: [14] }, predicted: { child_ages: [14], child_birthdays: [{ age: 15, year: 2027, month: 6 }] } }]);
    expect(s.micro.fp).toBe(0);
    expect(s.fields.child_birthdays).toBeUndefined();
  });
});

describe('party resolver: ages and parts that one reading alone gets wrong', () => {
  it.each<[string, Record<string, unknown>]>([
    ['the boys are 2, 6 and 9 months', { children: 3, child_ages: [2, 6, 0] }],
    ["our son's 13 going on 14", { children: 1, child_ages: [13] }],
    ['dos adultos y un nino de 9 anos', { adults: 2, children: 1, child_ages: [9] }],
    ['the triplets, aged six', { children: 3, child_ages: [6, 6, 6] }],
    ['le petit a 4 ans et sa soeur 11', { children: 2, child_ages: [4, 11] }],
    ['my in-laws, the 2 of us and our son, 10', { adults: 4, children: 1, child_ages: [10], group_size: 5 }],
    ['nana + us two + the grandkids (5 and 8)', { adults: 3, children: 2, group_size: 5 }],
  ])('%s', (text, want) => {
    expect(x(text)).toMatchObject(want);
  });

  it('a pair said for a budget is not one part of a list', () => {
    expect(x('my wife and I, around $9000 for the 2 of us, is that enough?')).toMatchObject({ adults: 2, group_size: 2 });
  });

  it('changes the known party: one more, a child brought along, children left at home', () => {
    expect(x('2 more are joining us', { adults: 2, group_size: 2 }).group_size).toBe(4);
    expect(x("we're bringing our nephew after all, he's 12", { adults: 2, group_size: 2 })).toMatchObject({ children: 1, child_ages: [12], group_size: 3 });
    const home = x('the children will stay at home with my mother', { adults: 2, children: 3, child_ages: [4, 6, 9], group_size: 5 });
    expect(home).toMatchObject({ children: 0, group_size: 2, clear_fields: ['child_ages'] });
  });

  it('ages alone after the children were counted are not a recount', () => {
    expect(x('the girls are 7 and 10', { adults: 2, children: 2, group_size: 4 }).children).toBeUndefined();
  });
});

describe('corrections relative to what is known', () => {
  it('withdraws the budget, the timing or a priority that was known, and only that', () => {
    expect(x('never mind the budget for now', { budget_amount: 6000, budget_currency: 'EUR' }).clear_fields).toEqual(['budget_amount', 'budget_currency']);
    expect(x('money is no object after all', { budget_amount: 6000 }).clear_fields).toEqual(['budget_amount']);
    expect(x("honestly we haven't decided the dates", { month: 9, year: 2027 }).clear_fields).toEqual(['month', 'year']);
    expect(x('drop the birding, my mum gets bored', { priorities: ['birding'] }).clear_fields).toEqual(['priorities']);
    const kept = x('forget the beach part', { priorities: ['beach', 'migration'] });
    expect(kept).toMatchObject({ clear_fields: ['priorities'], priorities: ['migration'] });
    expect(x('never mind the budget').clear_fields).toBeUndefined();
  });

  it('a correction does not repeat what it leaves unchanged', () => {
    const e = x('sorry, our daughter is 9 not 8', { adults: 2, children: 1, child_ages: [8], group_size: 3 });
    expect(e.child_ages).toEqual([9]);
    expect(e.children).toBeUndefined();
    expect(x('actually 5500 per person', { budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person' })).toMatchObject({ budget_amount: 5500 });
    expect(x('actually 5500 per person', { budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person' }).budget_basis).toBeUndefined();
    expect(x("oops, that's 3000 for everyone, not each", { budget_amount: 3000, budget_basis: 'per_person' }).budget_basis).toBe('total');
  });

  it('reads a place replaced in another language as removed', () => {
    expect(x('Und wenn wir statt Kruger nach Etosha fahren?', { destinations: ['kruger'] })).toMatchObject({ destinations: ['etosha'], remove_destinations: ['kruger'] });
  });
});

describe('small readings', () => {
  it('a child who "is N next" season is N − 1 today', () => {
    expect(x('our girl is 15 next summer').child_ages).toEqual([14]);
  });

  it('a driving rate is not the trip length', () => {
    expect(x('max 4h de piste par jour').duration_days).toBeUndefined();
  });

  it('a month said first and its exact date later: the date wins', () => {
    expect(x('Kruger at Christmas, 5 nights from 23 Dec')).toMatchObject({ start_date: '2026-12-23', end_date: '2026-12-28', month: 12, year: 2026 });
  });
});

describe('more forms of dates, parties and places', () => {
  it('reads a day and month without a year when said as a travel day', () => {
    expect(x('leaving 28/12 and back on 04/01')).toMatchObject({ start_date: '2026-12-28', end_date: '2027-01-04' });
    expect(x('the lodge is open 24/7').start_date).toBeUndefined();
  });

  it('counts children by an age limit', () => {
    expect(x('there are 5 of us, 3 under 10')).toMatchObject({ group_size: 5, children: 3, adults: 2 });
  });

  it('reads companions and months in German, Spanish and French', () => {
    expect(x('ich reise mit meiner Frau und unseren drei Kindern (6, 9 und 12)')).toMatchObject({ adults: 2, children: 3, group_size: 5 });
    expect(x('viajo con mi marido y nuestras hijas')).toMatchObject({ adults: 2 });
    expect(x('je voyage avec ma femme')).toMatchObject({ adults: 2, group_size: 2 });
    expect(x('zwei Wochen Sambia im Juni, ganz entspannt')).toMatchObject({ month: 6, duration_days: 14, countries: ['ZM'], pace: 'slow' });
    expect(x('diez noches en Botsuana o Zimbabue').countries).toEqual(['BW', 'ZW']);
  });
});

describe('the known party and timing, changed on purpose', () => {
  it('someone who cannot make it leaves the party', () => {
    expect(x("my brother can't make it after all", { adults: 3, group_size: 3 })).toMatchObject({ adults: 2, group_size: 2 });
  });

  it('a pair explained after a comma is not one item of a list', () => {
    expect(x("actually make it 3 of us, my cousin is coming", { adults: 2, group_size: 2 })).toMatchObject({ group_size: 3 });
  });

  it('withdraws what was said about the dates', () => {
    expect(x('ignore what I said about the dates, sometime in 2027 is fine', { month: 4, year: 2027 }).clear_fields).toEqual(['month']);
  });
});

describe('adults changed beside children already counted', () => {
  it('keeps the children in the group', () => {
    expect(x("my wife won't make it, so it's me and the boys", { adults: 2, children: 2, group_size: 4 })).toMatchObject({ adults: 1, group_size: 3 });
  });
});

describe('birthdays, amounts for N and a parent alone with a child', () => {
  it("a birthday's date is not the trip's start", () => {
    expect(x('our daughter will be 15 on 4 July, we want to trek on 12 July')).toMatchObject({ start_date: '2027-07-12', child_ages: [14] });
  });

  it('reads who an amount is for and a parent travelling alone with a child', () => {
    expect(x('about €7,000 for three, flights extra').group_size).toBe(3);
    expect(x('only me and my 9-year-old')).toMatchObject({ adults: 1, children: 1, group_size: 2 });
    expect(x('wir sind zwei Rentner')).toMatchObject({ adults: 2, group_size: 2 });
  });
});

describe('ranges across months in other languages and with arrows', () => {
  it.each<[string, string, string]>([
    ['du 29 decembre au 5 janvier a Zanzibar', '2026-12-29', '2027-01-05'],
    ['del 27 de diciembre de 2026 al 3 de enero de 2027', '2026-12-27', '2027-01-03'],
    ['Nov 29 → Dec 6', '2026-11-29', '2026-12-06'],
  ])('%s', (text, start, end) => {
    expect(x(text)).toMatchObject({ start_date: start, end_date: end });
  });
});

describe('money, thanks and guarantees in other languages', () => {
  it.each<[string, Record<string, unknown>]>([
    ['£12k between the three of us', { budget_amount: 12000, budget_basis: 'total', group_size: 3 }],
    ['max. 5.500 CHF p. P.', { budget_amount: 5500, budget_currency: 'CHF', budget_basis: 'per_person' }],
    ['6500€/personne', { budget_amount: 6500, budget_currency: 'EUR', budget_basis: 'per_person' }],
    ['€ 9.800,- gesamt', { budget_amount: 9800, budget_basis: 'total' }],
  ])('%s', (text, want) => {
    expect(x(text)).toMatchObject(want);
  });

  it('reads thanks and goodbyes as pleasantries and guarantees as out of scope', () => {
    expect(x('merci beaucoup, au revoir').message_kind).toBe('greeting');
    expect(x('muchas gracias!').message_kind).toBe('greeting');
    expect(x('hi, how are you?').message_kind).toBe('greeting');
    expect(x('Können Sie garantieren, dass wir Nashörner sehen?').message_kind).toBe('out_of_scope');
    expect(x('¿Es seguro viajar a Kenia ahora?').out_of_scope_topic).toBe('safety_guarantee');
    expect(x('¿mi seguro de viaje cubre el safari?').out_of_scope_topic).toBe('booking_admin');
  });
});

describe('interests and types in other languages', () => {
  it.each<[string, Record<string, unknown>]>([
    ['queremos tranquilidad y ver aves', { priorities: ['privacy', 'birding'] }],
    ['die Gnuwanderung im August', { priorities: ['migration'], month: 8 }],
    ['ich war schon zweimal auf Safari', { traveler_type: 'repeat' }],
    ['safari con mis hijos en julio', { traveler_type: 'family' }],
  ])('%s', (text, want) => {
    expect(x(text)).toMatchObject(want);
  });

  it('"nothing fancy" is not a wish for comfort', () => {
    expect(x('simple camps, nothing fancy').priorities).not.toContain('comfort');
  });
});

describe('insurance said beside trip facts', () => {
  it('is a trip message; a question about cover is not', () => {
    expect(x('travel insurance is sorted, 2 adults, Tanzania in June').message_kind).toBe('trip');
    expect(x('will our insurance pay if the flight is cancelled?').out_of_scope_topic).toBe('booking_admin');
  });
});

describe('places swapped or dropped, in several languages', () => {
  const known = { destinations: ['serengeti', 'ngorongoro', 'zanzibar'] } as const;
  it.each<[string, Record<string, unknown>]>([
    ['swap Zanzibar for Tarangire', { destinations: ['tarangire'], remove_destinations: ['zanzibar'] }],
    ['replace Ngorongoro with Lake Manyara', { destinations: ['lake_manyara'], remove_destinations: ['ngorongoro'] }],
    ['pas de Ngorongoro finalement', { remove_destinations: ['ngorongoro'] }],
    ['sin Zanzibar, gracias', { remove_destinations: ['zanzibar'] }],
  ])('%s', (text, want) => {
    const e = x(text, { destinations: [...known.destinations] });
    expect(e).toMatchObject(want);
    expect(e.excluded_destinations).toBeUndefined();
  });
});

describe('children named by role with their ages', () => {
  it.each<[string, number[]]>([
    ['girl 9, boy 12', [9, 12]],
    ['the eldest is 15 and the youngest 8', [15, 8]],
  ])('%s', (text, ages) => {
    expect(x(text)).toMatchObject({ children: ages.length, child_ages: ages });
  });

  it('a number that counts something else is not an age', () => {
    expect(x('our son 2 weeks in July').child_ages).toBeUndefined();
  });
});

describe('lengths said in number words of other languages', () => {
  it.each<[string, number]>([
    ['catorce noches en Botsuana', 15],
    ['vierzehn Tage Kenia', 14],
    ['douze jours au Kenya', 12],
    ['une quinzaine de jours', 14],
    ['12ish nights', 13],
  ])('%s', (text, days) => {
    expect(x(text).duration_days).toBe(days);
  });
});
