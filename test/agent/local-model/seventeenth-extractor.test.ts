import { describe, expect, it } from 'vitest';
import { converse, inputsAfter, x } from './helpers';

// Blind-17 round, engineer A: classes of extraction failure, in phrasings of our own.
describe('a place corrected by a short "I meant" message', () => {
  it.each([
    ['sorry, I meant Etosha'],
    ['oops, meant Etosha'],
    ['correction: Etosha'],
    ['typo - Etosha'],
    ['make that Etosha'],
    ['Entschuldigung, ich meinte Etosha'],
    ['pardon, je voulais dire Etosha'],
    ['perdón, quise decir Etosha'],
    ['scusa, intendevo Etosha'],
    ['sorry, ik bedoelde Etosha'],
  ])('replaces the place said before: %s', (said) => {
    const got = inputsAfter('Kruger for 2 adults, $4,000 each, in September 2027', said);
    expect(got.destinations).toEqual(['etosha']);
  });

  it('adds a place when the message says so', () => {
    expect(inputsAfter('Kruger for 2 adults in September 2027', 'sorry, we would also like Etosha').destinations).toEqual(['kruger', 'etosha']);
    expect(inputsAfter('Kruger for 2 adults in September 2027', 'oops, add Etosha too').destinations).toEqual(['kruger', 'etosha']);
  });

  it('keeps a plain second place an addition', () => {
    expect(inputsAfter('Kruger for 2 adults in September 2027', 'and Etosha').destinations).toEqual(['kruger', 'etosha']);
  });
});

describe('a landmark seen from a place names the place', () => {
  it('reads a wish to see Kilimanjaro as Amboseli, in English and French', () => {
    expect(x('we would love to watch elephants with Kilimanjaro in the background, March 2027').destinations).toEqual(['amboseli']);
    expect(x('nous voulons voir le Kilimandjaro en mars 2027').destinations).toEqual(['amboseli']);
    expect(x('wir möchten den Kilimandscharo sehen, März 2027').destinations).toEqual(['amboseli']);
  });

  it('does not read climbing the mountain or its airport as the view', () => {
    expect(x('we want to climb Kilimanjaro in March 2027').destinations).toBeUndefined();
    expect(x('we fly into Kilimanjaro airport and want to see lions, March 2027').destinations).toBeUndefined();
  });

  it('keeps a named place, and a country that rules the view out', () => {
    expect(x('Tarangire in March 2027, we hope to see Kilimanjaro on the way').destinations).toEqual(['tarangire']);
    expect(x('Tanzania in March 2027, we hope to see Kilimanjaro').destinations).toBeUndefined();
  });
});

describe('an event month beside the travel month', () => {
  it('takes the travel month, not the month of a wedding or exams said first', () => {
    expect(x('our wedding is in June 2027 and we plan to travel in September, Kruger').month).toBe(9);
    expect(x('exams finish in May; we would go in July 2027, Chobe').month).toBe(7);
  });

  it('keeps the event month when it is the only timing said', () => {
    expect(x('getting married in May 2027, honeymoon in the Serengeti straight after').month).toBe(5);
  });

  it('reads a child who is some age "next month" as a birthday, not the trip month', () => {
    const got = x('Kruger with my daughter who is 11 next month, October 2027');
    expect(got.month).toBe(10);
  });
});

describe('timing fixed by an event', () => {
  it.each([
    ['we marry in May 2027 and leave straight after for the Mara'],
    ['the Mara in May 2027, right after our wedding'],
    ['the Mara in May 2027, the dates are set by the wedding'],
  ])('reads the dates as fixed: %s', (said) => {
    expect(x(said).flexible_dates).toBe(false);
  });
});

describe('a return to work before the trip begins', () => {
  it('is a contradiction on the dates', () => {
    const got = converse(['Okavango 5-14 September 2027, 2 adults $8,000 each, but I start my new job on 2 September']);
    expect(got.result.kind).toBe('refused');
    expect(got.inputs.conflict).toBeDefined();
  });

  it('is no contradiction when the return is after the trip', () => {
    const got = converse(['Okavango 5-14 September 2027, 2 adults $8,000 each, and we must be back at work on 20 September']);
    expect(got.inputs.conflict).toBeUndefined();
    expect(got.inputs.start_date).toBe('2027-09-05');
  });
});

describe('a second month offered as an alternative', () => {
  it('keeps the first month and makes the second the window', () => {
    const got = inputsAfter('Tanzania in April 2027 for 2 adults', 'the school holidays are also in September, we could go then instead');
    expect(got.month).toBe(4);
    expect(got.flexible_dates).toBe(true);
    expect(got.flexible_until?.month).toBe(9);
  });

  it('reads "also free in" a month as a window', () => {
    expect(x('Kenya in March 2027; we are also free in August')).toMatchObject({ month: 3, flexible_dates: true, flexible_until: { month: 8 } });
  });
});

describe('a wish for more value for the money', () => {
  it.each([['way over our budget, something with more value?'], ['better value somewhere else in Kenya?']])('reads value in: %s', (said) => {
    expect(x(said).priorities).toContain('value');
  });

  it('does not read a plain price question, nor a place refused as too dear, as a wish for value', () => {
    expect(x('how much is the Okavango in July?').priorities ?? []).not.toContain('value');
    expect(x('not Rwanda, too expensive').priorities ?? []).not.toContain('value');
  });
});

describe('a longest drive said as what the traveler does not mind', () => {
  it('reads the hours', () => {
    expect(x("we don't mind long drives of 5 hours").drive_tolerance_hours).toBe(5);
    expect(x('fine with drives of up to 4 hrs').drive_tolerance_hours).toBe(4);
  });

  it('reads no limit from a drive without hours', () => {
    expect(x("we don't mind driving").drive_tolerance_hours).toBeUndefined();
  });

  it.each([
    ['höchstens zwei Stunden im Auto pro Tag', 2],
    ['pas plus de quatre heures de route par jour', 4],
    ['no más de cinco horas de coche', 5],
  ])('reads hours said in words in %s', (said, hours) => {
    expect(x(said).drive_tolerance_hours).toBe(hours);
  });
});

describe('the speaker, a spouse and children in Italian, Portuguese and Spanish', () => {
  it.each([
    ['io, mia moglie e nostro figlio di 9 anni', 2, [9]],
    ['eu, meu marido e duas filhas de 6 e 11 anos', 2, [6, 11]],
    ['yo, mi esposa y nuestros hijos de 5 y 8', 2, [5, 8]],
  ])('counts two adults in %s', (said, adults, ages) => {
    const got = x(said);
    expect(got.adults).toBe(adults);
    expect(got.child_ages).toEqual(ages);
  });

  it('reads the last age of a Dutch list joined by "en"', () => {
    expect(x('2 volwassenen en 3 kinderen van 4, 7 en 12').child_ages).toEqual([4, 7, 12]);
  });
});

describe('interests said in other languages', () => {
  it('reads the big cats in German and French', () => {
    expect(x('wir wollen Raubkatzen sehen').priorities).toContain('wildlife_density');
    expect(x('nous voulons voir les grands félins').priorities).toContain('wildlife_density');
  });
});

describe('Portuguese "no" before a place', () => {
  it('reads it as "in the" when a Portuguese month is said', () => {
    const got = x('de 10 a 16 de junho de 2027 no Etosha');
    expect(got.destinations).toEqual(['etosha']);
    expect(got.excluded_destinations).toBeUndefined();
  });

  it('keeps an English refusal a refusal', () => {
    expect(x('no Etosha in June 2027 please').excluded_destinations).toContain('etosha');
  });

  it('reads "io e mia moglie" as two adults', () => {
    expect(x('io e mia moglie, Chobe a giugno 2027')).toMatchObject({ adults: 2, group_size: 2 });
  });
});

describe('a coming birthday said with "next" and a month', () => {
  it('is not the trip month', () => {
    const got = x("our daughter who'll be 12 next April");
    expect(got.month).toBeUndefined();
    expect(got.child_ages).toEqual([11]);
  });
});
