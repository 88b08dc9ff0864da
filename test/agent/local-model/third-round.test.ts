import { describe, expect, it } from 'vitest';
import { digitDateOrder } from '../../../src/agent/local-model/date-forms';
import { halves, wordsToDigits } from '../../../src/agent/local-model/numbers';
import { x } from './helpers';

// The third extraction round (issue 14, item 8): one mechanism per block, each in phrasings
// written for it here, never a blind case. NOW in helpers is Saturday 21 November 2026.

describe('numbers and units: dates', () => {
  it('settles ambiguous digit dates by the order the rest of the message shows', () => {
    expect(digitDateOrder('arrive 03/07/2027, leave 03/15/2027')).toBe('month_first');
    expect(digitDateOrder('arrive 03/07/2027, leave 25/07/2027')).toBe('day_first');
    expect(digitDateOrder('arrive 03/07/2027 (dd/mm)')).toBe('day_first');
    expect(digitDateOrder('arrive 03/07/2027')).toBeUndefined();
    expect(x('in Kruger 04/09/2027 through 04/16/2027')).toMatchObject({ start_date: '2027-04-09', end_date: '2027-04-16', duration_days: 8 });
  });

  it('reads days said as ordinal words', () => {
    expect(x('a fortnight from the third of March')).toMatchObject({ start_date: '2027-03-03', end_date: '2027-03-16' });
    expect(x('flying out September the twenty-second for nine nights')).toMatchObject({ start_date: '2027-09-22', duration_days: 10 });
  });

  it('reads digit ranges after a foreign "from" and with an ordinal dot', () => {
    expect(x('du 27/12 au 3/1 à Zanzibar')).toMatchObject({ start_date: '2026-12-27', end_date: '2027-01-03' });
    expect(x('Reise vom 4.–9.8. in die Serengeti')).toMatchObject({ start_date: '2027-08-04', end_date: '2027-08-09' });
  });

  it('reads named days and relative weeks', () => {
    expect(x('five nights from Valentine’s Day')).toMatchObject({ start_date: '2027-02-14', duration_days: 6 });
    expect(x('somewhere in Tsavo next week')).toMatchObject({ month: 11, year: 2026 });
    expect(x('somewhere in Tsavo next week').start_date).toBeUndefined();
  });

  it('reads an adjective between the count and the unit, never a length the dates may move by', () => {
    expect(x('a quiet week in Ruaha in July').duration_days).toBe(7);
    expect(x('Samburu in May, we can shift it a fortnight if needed').duration_days).toBeUndefined();
    expect(x('Is March a good month for Chobe?').duration_days).toBeUndefined();
  });

  it('reads halves said in words before any unit reader', () => {
    expect(halves('two and a half hours')).toBe('two and a half hours');
    expect(halves('3 and a half hours')).toBe('3.5 hours');
    expect(halves('an hour and a half')).toBe('1.5 hours');
    expect(x('an hour and a half in the car is the most we can manage').drive_tolerance_hours).toBe(1.5);
  });
});

describe('numbers and units: money', () => {
  it.each<[string, number, string]>([
    ['we have around 15 grand US for it', 15000, 'USD'],
    ['2,5 millions de shillings pour nous', 2_500_000, 'KES'],
    ['P45,000 in pula for everything', 45000, 'BWP'],
    ['about 4 grand a head, in euros', 4000, 'EUR'],
  ])('%s', (text, amount, currency) => {
    expect(x(text)).toMatchObject({ budget_amount: amount, budget_currency: currency });
  });

  it('reads pula only where the message speaks of it', () => {
    expect(x('P3000 is our reference number').budget_currency).toBeUndefined();
  });

  it('reads the basis said around the amount', () => {
    expect(x('Max 3 100 € par pers.').budget_basis).toBe('per_person');
    expect(x('18 000 USD for both, flights aside').budget_basis).toBe('total');
    expect(x('between all of us we could find maybe 30 grand').budget_basis).toBe('total');
    expect(x('Für uns beide 12.000 € alles inklusive')).toMatchObject({ group_size: 2, budget_basis: 'total' });
    expect(x('Presupuesto: 7.500 € entre los cuatro')).toMatchObject({ group_size: 4, budget_basis: 'total' });
    expect(x('USD 9,000 for the pair of us')).toMatchObject({ group_size: 2, budget_basis: 'total' });
  });

  it('changes the currency alone when the amount stands', () => {
    const before = { budget_amount: 6000, budget_currency: 'USD', budget_basis: 'total' as const };
    expect(x('oh, the budget is pounds, not dollars', before).budget_currency).toBe('GBP');
    expect(x('pounds are easier for us to think in', before).budget_currency).toBeUndefined();
  });
});

describe('party resolver: precedence', () => {
  it('a count said against a known party makes the named companions the change, not the whole party', () => {
    expect(x('Correction: I told you 3 of us but it’s 4, I left out my aunt', { adults: 3, group_size: 3 })).toMatchObject({ adults: 4, group_size: 4 });
  });

  it('a child of a relative is a child, and a later pronoun gives the age', () => {
    const joined = x('My sister’s daughter wants to come along, so one more', { adults: 2, group_size: 2 });
    expect(joined).toMatchObject({ children: 1, group_size: 3 });
    expect(x('She’s 11.', { adults: 2, children: 1, group_size: 3 }).child_ages).toEqual([11]);
  });

  it('a pronoun in the party or an age tied to the trip counts a child; a bare pronoun age does not', () => {
    expect(x('she turns 14 before we go, it’s 2 adults plus her')).toMatchObject({ adults: 2, children: 1, group_size: 3 });
    expect(x('She’ll be 15 by October when we want to trek')).toMatchObject({ children: 1, child_ages: [14] });
    expect(x('he is 12 by the way').children).toBeUndefined();
  });

  it('a child by word who is grown up by age travels as an adult', () => {
    expect(x('Just me and my son (he’s 21).')).toMatchObject({ adults: 2, group_size: 2 });
    expect(x('Just me and my son (he’s 21).').children).toBeUndefined();
  });

  it('parents named beside the children, with no first person, are the adults', () => {
    expect(x('triplets aged 6 plus grandma and grandpa')).toMatchObject({ adults: 2, children: 3, group_size: 5 });
    expect(x('a girl of nine with her mum')).toMatchObject({ adults: 1, children: 1, group_size: 2 });
  });

  it('the writer’s pair beside children is the grown-ups, not two more relatives', () => {
    expect(x('our three kids are 4, 6 and 9, and us two parents')).toMatchObject({ adults: 2, children: 3, group_size: 5 });
  });

  it('friends counted alone are the party; with the writer they are companions', () => {
    expect(x('4 friends, Amboseli in May')).toMatchObject({ adults: 4, group_size: 4 });
    expect(x('me and 2 friends, Amboseli in May')).toMatchObject({ adults: 3, group_size: 3 });
    expect(x('a group of 9 friends, Amboseli in May').adults).toBeUndefined();
  });

  it('an age that makes the pair grown up', () => {
    expect(x('we are both in our 70s, nothing strenuous')).toMatchObject({ adults: 2, group_size: 2 });
  });

  it('children counted by school year, and their teachers', () => {
    expect(x('20 grade 8 pupils and 3 teachers')).toMatchObject({ children: 20, adults: 3, group_size: 23 });
  });

  it('reads kin, ages and joining in French, Spanish and German', () => {
    expect(x('Mis sobrinas tienen 9 y 13 años y vienen conmigo')).toMatchObject({ children: 2, child_ages: [9, 13], adults: 1 });
    expect(x('Mon fils vient d’avoir 14 ans')).toMatchObject({ children: 1, child_ages: [14] });
    expect(x('Mein Sohn ist gerade 13 geworden').child_ages).toEqual([13]);
    expect(x('Un ami nous rejoint, on sera quatre', { adults: 3, group_size: 3 })).toMatchObject({ adults: 4, group_size: 4 });
    expect(x('me + hubby + FIL')).toMatchObject({ adults: 3, group_size: 3 });
  });
});

describe('corrections reader', () => {
  it('children withdrawn in other words', () => {
    const known = { adults: 2, children: 1, child_ages: [7], group_size: 3 };
    expect(x('our son can’t come after all, forget the kids', known)).toMatchObject({ children: 0, clear_fields: ['child_ages'] });
    expect(x('The children won’t travel with us now', known).children).toBe(0);
  });

  it('a month withdrawn alone keeps the year', () => {
    expect(x('we no longer know the month', { month: 5, year: 2027 }).clear_fields).toEqual(['month']);
  });

  it('a correction word in another language is a change, not a contradiction', () => {
    const e = x('En fait nous serons six, pas cinq.', { adults: 5, group_size: 5 });
    expect(e.group_size).toBe(6);
    expect(e.contradicts).toBeUndefined();
  });

  it('a country taken back removes its planned places; one refused outright still rules its places out', () => {
    expect(x('Forget Uganda. Rwanda it is.', { destinations: ['bwindi'], countries: ['UG'] })).toMatchObject({ remove_destinations: ['bwindi'], countries: ['RW'] });
    expect(x('Nein, doch nicht Namibia. Lieber Botswana.', { countries: ['NA'] }).excluded_destinations).toBeUndefined();
    expect(x('anything but Namibia').excluded_destinations).toContain('etosha');
  });

  it('a place kept beside a removal is not restated', () => {
    expect(x('let’s cut Tarangire and just keep the Serengeti', { destinations: ['serengeti', 'tarangire'] })).toEqual({ remove_destinations: ['tarangire'], message_kind: 'trip' });
  });

  it('a place taken off the list for its distance', () => {
    expect(x('Ruaha is too remote, cross it off', { destinations: ['ruaha', 'nyerere'] }).remove_destinations).toEqual(['ruaha']);
  });

  it('a priority said and withdrawn in the same message is not wanted', () => {
    expect(x('Kruger, maybe the beach after? no, ditch the beach').priorities).toBeUndefined();
  });
});

describe('places, interests and flexibility', () => {
  it('a place refused inside a country wanted', () => {
    expect(x('anywhere in Tanzania but the Serengeti, been there twice')).toMatchObject({ excluded_destinations: ['serengeti'], countries: ['TZ'], traveler_type: 'repeat' });
  });

  it('a country with an activity names the country, not a park', () => {
    const e = x('gorillas in Uganda next August');
    expect(e.countries).toEqual(['UG']);
    expect(e.destinations).toBeUndefined();
    expect(x('Vic Falls, but the Zambia side of the falls')).toMatchObject({ destinations: ['victoria_falls'], countries: ['ZM'] });
  });

  it('animals wished for in other words', () => {
    expect(x('we are crazy about wild dogs').priorities).toEqual(['wildlife_density']);
    expect(x('we’d love to see buffalo up close').priorities).toEqual(['big_five']);
    expect(x('Any chance of seeing a rhino in Etosha?').priorities).toBeUndefined();
    expect(x('the river crossings, with the crocodiles waiting').priorities).toEqual(['migration']);
    expect(x('Löwen und Nashörner wären ein Traum').priorities).toEqual(['big_five']);
  });

  it('a pool wished for is comfort', () => {
    expect(x('a plunge pool would be lovely').priorities).toEqual(['comfort']);
  });

  it('a month said with the rest of its year as flexibility', () => {
    const e = x('Chobe in March if we can, but we could easily go later in the year');
    expect(e).toMatchObject({ month: 3, flexible_dates: true, flexible_until: { year: 2027, month: 12 } });
    expect(e.contradicts).toBeUndefined();
    expect(x('Kruger, dates still open').flexible_dates).toBe(true);
    expect(x('any month from May to July, not fussed exactly when').flexible_dates).toBe(true);
  });
});

describe('window clauses: how far the trip can move, never its month', () => {
  it('a window said after the month keeps the month and reaches the latest month offered', () => {
    const e = x('Tsavo in May please. We could push it to August or September if it helps.');
    expect(e).toMatchObject({ month: 5, flexible_dates: true, flexible_until: { year: 2027, month: 9 } });
  });

  it('a later message moving the window does not move the month known', () => {
    const e = x('we could postpone to October or November if needed', { destinations: ['tsavo'], month: 5 });
    expect(e.month).toBeUndefined();
    expect(e.flexible_until).toEqual({ year: 2027, month: 11 });
  });

  it('a span of months that would all do', () => {
    expect(x('Chobe, ideally June, but anything from May to September next year is fine').flexible_until).toEqual({ year: 2027, month: 9 });
  });

  it('the first months of a year, whose year is the window’s, not the trip’s', () => {
    const e = x('Kruger over Christmas, though we could go any time in the first 6 months of 2027');
    expect(e).toMatchObject({ month: 12, flexible_until: { year: 2027, month: 6 } });
    expect(e.year).toBeUndefined();
  });
});

describe('fixed timing and limits in other words', () => {
  it.each(['Kruger, and June is fixed', 'Kruger, only June, or we stay home', 'Kruger: flights booked for 3 June'])('%s is not flexible', (text) => {
    expect(x(text).flexible_dates).toBe(false);
  });

  it('"only X … or we won’t go" rules every other place out', () => {
    const e = x('Only the Serengeti, or we won’t go at all.');
    expect(e.destinations).toEqual(['serengeti']);
    expect(e.excluded_destinations).toContain('masai_mara');
  });

  it('a landmark that only one place has names that place', () => {
    expect(x('swimming in the Devil’s Pool in October').destinations).toEqual(['victoria_falls']);
  });

  it('the herds of the migration, never any big herd', () => {
    expect(x('we want to follow the great herds').priorities).toEqual(['migration']);
    expect(x('big herds of elephant at Chobe').priorities).toBeUndefined();
    expect(x('the highest density of game possible').priorities).toEqual(['wildlife_density']);
  });

  it('an age in brackets with the coming birthday', () => {
    expect(x('our grandson (13 next summer) is coming').child_ages).toEqual([12]);
  });
});

describe('contradictions inside one message', () => {
  it('a fixed range and another month it must be in', () => {
    const e = x('We have 4–12 June 2027 off work, and it must be in September for the calving.');
    expect(e.contradicts).toEqual(['month', 'start_date']);
    expect(e.month).toBe(9);
    expect(e.contradicted).toMatchObject({ month: 6, start_date: '2027-06-04' });
  });

  it('alternatives, spans and changes of mind are not contradictions', () => {
    expect(x('June or July, it has to be in the dry season').contradicts).toBeUndefined();
    expect(x('from 4 June to 12 July, must be in the dry months').contradicts).toBeUndefined();
  });

  it('no children, then a child’s age', () => {
    const e = x('Adults only on this one. Our son is 8 and can’t wait to see the gorillas.');
    // With the age read, the age is what disagrees (s8r3: b17-023, b21-125 labels); the count still says one child.
    expect(e.contradicts).toEqual(['child_ages']);
    expect(e.contradicted).toEqual({ child_ages: [] });
    expect(e.children).toBe(1);
    expect(x('No children now: our son (8) stays with his grandparents.').contradicts).toBeUndefined();
  });
});

describe('a known child staying behind, and two periods either of which works', () => {
  it('a child who stays with relatives leaves the party, and the relatives are not companions', () => {
    const known = { adults: 2, children: 1, child_ages: [10], group_size: 3 };
    const e = x('He will stay at home with his aunt, so just the two of us then.', known);
    expect(e).toMatchObject({ adults: 2, children: 0, group_size: 2, clear_fields: ['child_ages'] });
    expect(e.contradicts).toBeUndefined();
  });

  it('"Easter or next August, we are free both times" is a window to the later', () => {
    const e = x('Chobe at Easter or next August, we are free both times');
    expect(e.flexible_dates).toBe(true);
    expect(e.flexible_until).toEqual({ year: 2027, month: 8 });
    expect(x('Chobe in May or June, budget £9k for both of us').flexible_until).toBeUndefined();
  });
});

describe('more of the same readers, in other words', () => {
  it('"für" before a count is "for"; "fur seals" are seals', () => {
    expect(x('ab 3. März für eine Woche').duration_days).toBe(7);
    expect(x('Cape fur seals at Cape Cross').duration_days).toBeUndefined();
  });

  it('"total" said just before the amount, never after a count of nights', () => {
    expect(x('Chobe for two, total $5,200').budget_basis).toBe('total');
    expect(x('9 nights total, up to $7,000').budget_basis).toBeUndefined();
    expect(x('about £2,800 a pop').budget_basis).toBe('per_person');
    expect(x('30,000 south african rand each').budget_currency).toBe('ZAR');
  });

  it('a parent travelling alone with the children', () => {
    expect(x('single mum with my three boys, 6, 9 and 12')).toMatchObject({ adults: 1, children: 3, group_size: 4 });
  });

  it('a relative after a comma who explains a count does not add to it', () => {
    expect(x('make that 4 adults, my brother can come after all')).toMatchObject({ adults: 4, group_size: 4 });
    expect(x('2 adults, my dad and the kids')).toMatchObject({ adults: 3 });
  });
});

describe('number words and ages said loosely', () => {
  it('several numbers said in a row stay several', () => {
    expect(wordsToDigits('the girls are nine and twelve')).toBe('the girls are 9 and 12');
    expect(wordsToDigits('three hundred and twenty')).toBe('320');
    expect(wordsToDigits('four six')).toBe('4 6');
    expect(x('the twins are eight and the eldest is eleven').child_ages).toEqual([8, 8, 11]);
  });

  it('an age not reached yet', () => {
    expect(x('our grandson, who is nearly 15').child_ages).toEqual([14]);
  });

  it('interests said as the highlight, and refusals said as no interest', () => {
    expect(x('seeing wild dogs would be the highlight').priorities).toEqual(['wildlife_density']);
    expect(x('zero interest in the beach').priorities).toBeUndefined();
    expect(x('simple camps, no frills').priorities).toEqual(['value']);
  });
});

describe('corrections reader: one field changed alone', () => {
  const known = { destinations: ['tarangire' as const], month: 7, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'total' as const };
  it('the basis named and the other denied', () => {
    expect(x('oops, per person, not in total', known)).toEqual({ budget_basis: 'per_person', message_kind: 'trip' });
    expect(x('per person is nice to know', known).budget_basis).toBeUndefined();
  });
  it('a month withdrawn by "no longer" is not the trip’s', () => {
    expect(x('no longer July, more like October', known).month).toBe(10);
  });
  it('"scratch" takes a place back', () => {
    expect(x('scratch Tarangire, Ruaha instead', known)).toMatchObject({ destinations: ['ruaha'], remove_destinations: ['tarangire'] });
  });
});

describe('grown-up children, shared budgets and a flexible budget', () => {
  it('"adult sons" are adults named by kin', () => {
    expect(x('me and my 3 grown-up daughters, Etosha in June')).toMatchObject({ adults: 4, group_size: 4 });
    expect(x('me and my 3 grown-up daughters, Etosha in June').children).toBeUndefined();
  });
  it('"for all four" is the whole party’s budget', () => {
    expect(x('about $16k for all four').budget_basis).toBe('total');
  });
  it('a flexible budget is not flexible dates', () => {
    expect(x('Tarangire in July, budget is flexible').flexible_dates).toBeUndefined();
    expect(x('Tarangire in July, dates flexible').flexible_dates).toBe(true);
  });
});

describe('more French, Spanish and German', () => {
  it('a count said with its parts in brackets keeps the parts', () => {
    expect(x('Wir fahren zu fünft (3 Erwachsene, 2 Kinder von 6 und 10 Jahren) nach Namibia')).toMatchObject({ adults: 3, children: 2, group_size: 5 });
  });
  it('the writer named last, and a budget for both', () => {
    expect(x('mon mari et moi, en mars')).toMatchObject({ adults: 2, group_size: 2 });
    expect(x('6000 Franken für beide').budget_basis).toBe('total');
  });
  it('a place done before', () => {
    expect(x('On a déjà fait la Tanzanie, cette fois autre chose')).toMatchObject({ traveler_type: 'repeat' });
    expect(x('On a déjà fait la Tanzanie, cette fois autre chose').excluded_destinations).toContain('serengeti');
  });
});

describe('ages said through a birthday', () => {
  it('a birthday just had, and a birthday to come', () => {
    expect(x('our son just celebrated his 13th').child_ages).toEqual([13]);
    expect(x('our niece’s 16th birthday is in October').child_ages).toEqual([15]);
  });
});

describe('people named as staying behind', () => {
  it('children left at home are neither counted nor a contradiction', () => {
    const e = x('adults only this time, our two girls (9 and 12) stay with their aunt');
    expect(e.children).toBe(0);
    expect(e.child_ages).toBeUndefined();
    expect(e.contradicts).toBeUndefined();
  });
  it('a relative who stays home is not added to a counted party', () => {
    expect(x('3 adults plus our son (7), my father is staying home')).toMatchObject({ adults: 3, children: 1, group_size: 4 });
  });
});

describe('approximate and bare amounts', () => {
  it('"~" and "≈" read as about, and a bare amount "for the lot" is money', () => {
    expect(x('budget ~ 6500, 2 adults').budget_amount).toBe(6500);
    expect(x('≈ $3k each').budget_amount).toBe(3000);
    expect(x('we have 9000 for the lot')).toMatchObject({ budget_amount: 9000, budget_basis: 'total' });
  });
});

describe('the month given up, and a country forgotten in French', () => {
  it('"X rather than Y" keeps X', () => {
    expect(x('finalement en octobre plutôt qu’en août').month).toBe(10);
    expect(x('March rather than May').month).toBe(3);
  });
  it('"oubliez le Kenya" takes the country and its planned places back', () => {
    const e = x('Oubliez la Tanzanie, plutôt le Botswana', { countries: ['TZ'], destinations: ['serengeti'] });
    expect(e.countries).toEqual(['BW']);
    expect(e.remove_destinations).toEqual(['serengeti']);
  });
});

describe('pace and lodging in other words', () => {
  it.each<[string, Record<string, unknown>]>([
    ['we mean to cram in all we can', { pace: 'fast' }],
    ['we travel on a shoestring', { priorities: ['value'] }],
    ['not too rustic, please', { priorities: ['comfort'] }],
    ['we want to splash out a bit', { priorities: ['comfort'] }],
  ])('%s', (text, expected) => {
    expect(x(text)).toMatchObject(expected);
  });
});

describe('chained stays and days counted', () => {
  it('a stay by its kind chains with a stay by its place', () => {
    expect(x('a week in Tarangire and 4 nights at the coast').duration_days).toBe(12);
  });
  it('"3 of them" after days counts days, not people', () => {
    expect(x('two weeks in Kenya, 5 of them in the Mara').group_size).toBeUndefined();
  });
});

describe('a month with the rest of its year, in French, German and Spanish', () => {
  it.each([
    'Chobe en mars, mais ça pourrait être plus tard dans l’année',
    'Chobe im März, gern auch später im Jahr',
    'Chobe en marzo, pero podría ser más tarde en el año',
  ])('%s', (text) => {
    const e = x(text);
    expect(e).toMatchObject({ month: 3, flexible_dates: true, flexible_until: { year: 2027, month: 12 } });
    expect(e.contradicts).toBeUndefined();
  });
  it('"or later, we are easy" is flexibility', () => {
    expect(x('Chobe in March, or later').flexible_dates).toBe(true);
  });
});

describe('ages in French, German and Spanish, and a birthday past is not the trip’s month', () => {
  it.each<[string, number[]]>([
    ['notre fils a eu 10 ans en mars', [10]],
    ['drei Kinder im Alter von 5, 8 und 12', [5, 8, 12]],
    ['nuestra hija cumplió 13 en enero', [13]],
  ])('%s', (text, ages) => {
    const e = x(text);
    expect(e.child_ages).toEqual(ages);
    expect(e.month).toBeUndefined();
  });
});

describe('someone joining or dropping out, in French, German and Spanish', () => {
  const known = { adults: 3, group_size: 3 };
  it.each<[string, number]>([
    ['Ma sœur vient aussi, on sera quatre', 4],
    ['Mein Bruder kommt auch mit', 4],
    ['Mi hermana ya no viene', 2],
  ])('%s', (text, n) => {
    const e = x(text, known);
    expect(e).toMatchObject({ adults: n, group_size: n });
    expect(e.contradicts).toBeUndefined();
  });
});

describe('a limit said after the amount', () => {
  it('"12k tops" is the budget', () => {
    expect(x('Chobe, 12k tops').budget_amount).toBe(12000);
  });
});

describe('the trade’s shorthand and a counted infant', () => {
  it('"3A+1C (9)" and "1 infant"', () => {
    expect(x('3A+1C (9)')).toMatchObject({ adults: 3, children: 1, child_ages: [9], group_size: 4 });
    expect(x('2 adults, 1 infant').child_ages).toEqual([0]);
  });
});
