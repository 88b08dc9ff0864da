import { describe, expect, it } from 'vitest';
import { converse, inputsAfter, x } from './helpers';

// Round 2, engineer A (blind-18 as a development set): classes of extraction failure, in phrasings of our own.

describe('the party counted after an amount is never the amount', () => {
  it.each([
    ['Etosha im Mai 2027, 10 Tage, 6.000 € zu zweit.', 2],
    ['Etosha en mai 2027, 10 jours, 6 000 € à deux.', 2],
    ['Etosha en mayo de 2027, 10 días, 6.000 € en pareja.', 2],
    ['Etosha a maggio 2027, 10 giorni, 6.000 € in due.', 2],
    ['Etosha em maio de 2027, 10 dias, 6.000 EUR para dois.', 2],
    ['Etosha in mei 2027, 10 dagen, € 6.000 voor ons tweeën.', 2],
    ['Etosha in May 2027, 10 days, €6,000 for two.', 2],
    ['Etosha im Mai 2027, 10 Tage, 6000 EUR zu dritt.', 3],
    ['Etosha en mai 2027, 10 jours, 6 000 € à trois.', 3],
  ])('%s', (text, people) => {
    const got = x(text);
    expect(got.budget_amount).toBe(6000);
    expect(got.budget_basis).toBe('total');
    expect(got.group_size).toBe(people);
  });

  it('leaves a year beside the party alone', () => {
    const got = x('Serengeti im Februar 2027 zu zweit, 7 Tage, 8.500 €.');
    expect(got.year).toBe(2027);
    expect(got.budget_amount).toBe(8500);
  });
});

describe('a flexibility window said as a range or an offset', () => {
  it('reads "move it to anywhere from <month> to <month>" as flexible dates with its end', () => {
    const got = inputsAfter('Chobe in October 2027 for the elephants.', 'We could shift it to anywhere from March to October.');
    expect(got.flexible_dates).toBe(true);
    expect(got.flexible_until).toEqual({ year: 2027, month: 10 });
    expect(got.month).toBe(10);
  });

  it('reads "we can go up to N months later" as a window N months past the trip month', () => {
    const got = x('Etosha in March 2027; we could travel up to 4 months later as well.');
    expect(got.month).toBe(3);
    expect(got.flexible_dates).toBe(true);
    expect(got.flexible_until).toEqual({ year: 2027, month: 7 });
  });
});

describe('"push it to <month> instead" moves the trip', () => {
  it('replaces the month, with or without a year, and opens no window', () => {
    for (const said of ['we can push it to August 2027 instead', 'we can push it to August instead']) {
      const got = inputsAfter('Kruger in April 2027?', said);
      expect(got.month).toBe(8);
      expect(got.flexible_until).toBeUndefined();
    }
  });

  it('still reads "we could push it to August" as a window', () => {
    const got = inputsAfter('Kruger in April 2027?', 'we could push it to August');
    expect(got.month).toBe(4);
    expect(got.flexible_until).toEqual({ year: 2027, month: 8 });
  });
});

describe("a child's age restated differently without a correction", () => {
  it('is a conflict on child_ages, naming both', () => {
    const { inputs, result } = converse(['Chimps in Kibale? No — Bwindi gorillas, August 2027, me and my daughter who is 15.', 'oh and she is 11, just so you know']);
    expect(inputs.conflict?.fields).toContain('child_ages');
    expect(inputs.conflict?.earlier.child_ages).toEqual([15]);
    expect(result.kind).toBe('refused');
  });

  it('is not a conflict when the traveler corrects it or a birthday explains it', () => {
    expect(inputsAfter('Bwindi, August 2027, me and my daughter who is 15.', 'sorry, she is actually 16').conflict).toBeUndefined();
    expect(inputsAfter('Bwindi, August 2027, me and my daughter who is 15.', 'she turns 16 before we go').conflict).toBeUndefined();
  });

  it('is not a conflict when a child is added', () => {
    expect(inputsAfter('Kruger, August 2027, me and my son who is 10.', 'my daughter is coming too, she is 8').conflict).toBeUndefined();
  });
});

describe('fixed dates and another month the same trip should also cover', () => {
  it('is a contradiction, not a switch', () => {
    const got = x('We are travelling 3-9 May 2027 and we also want the Serengeti calving in February, all in one trip.');
    expect(got.contradicts).toEqual(expect.arrayContaining(['month']));
    expect(got.contradicted?.month).toBe(5);
  });

  it('leaves a separate second trip alone', () => {
    const got = x('We are travelling 3-9 May 2027 to Kruger and we also want to come back for the Mara crossings in August.');
    expect(got.contradicts).toBeUndefined();
  });
});

describe('an activity said to be the whole trip ("nothing else")', () => {
  it('rules out every other place, so no switch leaves it', () => {
    const got = x('Kruger in May 2027, it must be a proper wilderness trail, nothing else.');
    expect(got.activities).toEqual(['wilderness_trail']);
    expect(got.excluded_destinations).toContain('okavango_delta');
    expect(got.excluded_destinations).not.toContain('kruger');
  });

  it('keeps a plain mention of the activity open', () => {
    expect(x('Kruger in May 2027, a wilderness trail would be nice.').excluded_destinations).toBeUndefined();
    expect(x('Kruger in May 2027 with a wilderness trail, lions and nothing else matters.').excluded_destinations).toBeUndefined();
  });
});

describe('another country accepted beside the plan widens it', () => {
  it('keeps the place and adds the country with the place\'s own', () => {
    const got = inputsAfter('Masai Mara in March 2027 for the migration.', 'Tanzania is fine as well by us');
    expect(got.destinations).toEqual(['masai_mara']);
    expect(got.countries).toEqual(['KE', 'TZ']);
  });

  it('still moves the trip when the country is said instead', () => {
    const got = inputsAfter('Masai Mara in March 2027 for the migration.', "let's do Tanzania instead");
    expect(got.destinations).toBeUndefined();
    expect(got.countries).toEqual(['TZ']);
  });
});

describe('a month said right after "fixed"', () => {
  it('fixes the dates', () => {
    expect(x('Ruaha in April 2027, fixed, 2 adults.').flexible_dates).toBe(false);
  });
  it('is not a fixed budget', () => {
    expect(x('Ruaha in April, fixed budget of $3000.').flexible_dates).toBeUndefined();
  });
});

describe('party counts in shorthand and in lists', () => {
  it('does not add numbers across a dash', () => {
    const got = x('We are a family of four - two adults and two kids aged 7 and 9 - Kruger in July 2027.');
    expect(got.adults).toBe(2);
    expect(got.group_size).toBe(4);
  });

  it("counts a child's sibling given a child's age as a child", () => {
    const got = x('Taking a girl of 11 and her brother, 8, plus the two of us. Chobe, July 2027.');
    expect(got.children).toBe(2);
    expect(got.child_ages).toEqual([11, 8]);
    expect(got.adults).toBe(2);
    expect(got.group_size).toBe(4);
  });

  it('does not read generations as travellers', () => {
    expect(x("We're three generations: my parents, my wife and I, and our son who is 12. Kruger, July 2027.").group_size).toBe(5);
  });

  it('reads "10d", "7n", "2pax" and "kids 4+9"', () => {
    const got = x('chobe aug 2027 7n 3pax kids 4+9');
    expect(got.duration_days).toBe(8);
    expect(got.child_ages).toEqual([4, 9]);
    expect(x('kruger jun 2027 10d 2pax').duration_days).toBe(10);
  });

  it('reads "for all four" and "we three" as the party', () => {
    expect(x('Kruger in July 2027, about $20,000 for all four.').group_size).toBe(4);
    expect(x('Kruger im Juli 2027, wir drei.').group_size).toBe(3);
  });

  it('reads friends who are all adults in French', () => {
    expect(x('On est 3 copains, tous adultes, Kruger en juillet 2027.').adults).toBe(3);
  });

  it('reads a baby on board as a child', () => {
    expect(x('Baby on board (he will be 8 months) - Kruger in June 2027.').children).toBe(1);
  });
});

describe('timing forms', () => {
  it('reads "<places> in N days next <month>" as a length in that month', () => {
    const got = x('Chobe, Hwange and Victoria Falls in 9 days next June.');
    expect(got.month).toBe(6);
    expect(got.year).toBe(2027);
    expect(got.duration_days).toBe(9);
    expect(got.start_date).toBeUndefined();
  });

  it('reads a month and then its days after a comma', () => {
    const got = x('Next March, the 4th to the 11th, Kruger.');
    expect(got.start_date).toBe('2027-03-04');
    expect(got.end_date).toBe('2027-03-11');
  });

  it('reads "jan" before a year as January', () => {
    expect(x('kruger jan 2027 $3k pp').month).toBe(1);
  });

  it('rules out every month listed after "except"', () => {
    expect(x('Any month in 2027 except March, April and May. Kruger.').month).toBeUndefined();
  });

  it('reads "<month> <year>, give or take" as flexible', () => {
    expect(x('Around June 2027, give or take, for Kruger.').flexible_dates).toBe(true);
  });

  it('reads a short place name with one letter missing', () => {
    expect(x('krugr in july 2027').destinations).toEqual(['kruger']);
  });
});

describe('a price said to be too high', () => {
  it('makes value a priority', () => {
    expect(x('Gorillas in Rwanda, but the permit is way too expensive. August 2027.').priorities).toContain('value');
  });
});

describe('misspelt safari words and foreign traveler types', () => {
  it('reads a typo in a safari word as the word', () => {
    expect(x('gorrilas in bwindi aug 2027').priorities).toContain('gorillas');
    expect(x('honeymooon in the okavango, august 2027').traveler_type).toBe('honeymoon');
    expect(x('serengeti feb 2027 for the calfing').priorities).toContain('migration');
  });

  it('leaves real words a typo away alone', () => {
    expect(x('Kruger in May 2027, my friend Leonard is coming').animals).toBeUndefined();
  });

  it('reads a first trip, a second safari and a photographer in other languages', () => {
    expect(x('Primer viaje a Kenia, Masai Mara en julio de 2027.').traveler_type).toBe('first_time');
    expect(x('Zweite Safari, Laikipia im Februar 2027.').traveler_type).toBe('repeat');
    expect(x('Je suis photographe, Kruger en mai 2027.').traveler_type).toBe('photographer');
    expect(x("I'm a landscape photographer, Etosha in June 2027.").traveler_type).toBe('photographer');
  });

  it('reads the Portuguese writer and partner as two adults', () => {
    const got = x('Masai Mara em agosto de 2027, eu e a minha esposa.');
    expect(got.adults).toBe(2);
  });

  it('does not make comfort a priority when it is what the traveler gives up', () => {
    expect(x('Value matters more than luxury. Kruger, May 2027.').priorities).toEqual(['value']);
  });
});

describe('more party forms', () => {
  it('reads "for both" after an amount in any currency as a total for two', () => {
    for (const text of ['Kruger in May 2027, about 90,000 rand for both', 'Mara in July 2027, 1.5 million shillings (Kenyan) for both', 'Chobe in June 2027, ¥800,000 for both']) {
      const got = x(text);
      expect(got.group_size).toBe(2);
      expect(got.budget_basis).toBe('total');
    }
  });

  it("reads a baby's age said as N-month-old", () => {
    const got = x('Kruger in May 2027 with my 14-month-old and me');
    expect(got.children).toBe(1);
    expect(got.child_ages).toEqual([1]);
    expect(got.adults).toBe(1);
  });

  it('reads "family: dad, mum and a child" as two adults and the child', () => {
    const got = x('Somos una familia: papá, mamá y una niña de 9 años. Kruger en julio de 2027.');
    expect(got.adults).toBe(2);
    expect(got.children).toBe(1);
    expect(got.group_size).toBe(3);
  });

  it('reads the German "Erw." shorthand as adults', () => {
    expect(x('Wir (3 Erw.) möchten im Juli 2027 nach Etosha.').adults).toBe(3);
  });
});

describe("a child's age said relative to another's", () => {
  it('computes the younger or older child\'s age', () => {
    expect(x('Our daughter is 14 and our son is three years younger. Kruger, July 2027.').child_ages).toEqual([14, 11]);
    expect(x('My son is 9 and his sister is 2 years older than him. Kruger, July 2027.').child_ages).toEqual([9, 11]);
  });

  it('never reads the gap as an age', () => {
    expect(x('My daughter is 16 and my son is 2 years younger, Bwindi in August 2027.').child_ages).not.toContain(2);
  });
});

describe('flexibility windows in other languages', () => {
  it.each([
    ['Amboseli im April 2027, wir können es bis zu drei Monate später machen.'],
    ['Amboseli en abril de 2027, podemos ir hasta tres meses después.'],
    ['Amboseli ad aprile 2027, possiamo andare fino a tre mesi dopo.'],
    ['Amboseli in April 2027, we could go as much as 3 months later.'],
  ])('an offset of months later: %s', (text) => {
    const got = x(text);
    expect(got.month).toBe(4);
    expect(got.duration_days).toBeUndefined();
    expect(got.flexible_until).toEqual({ year: 2027, month: 7 });
  });

  it.each([
    ['Victoria Falls en noviembre de 2027. Podríamos moverlo a cualquier momento entre febrero y noviembre.'],
    ['Victoria Falls en novembre 2027. On pourrait le déplacer n\'importe quand entre février et novembre.'],
  ])('a range of months: %s', (text) => {
    const got = x(text);
    expect(got.month).toBe(11);
    expect(got.flexible_dates).toBe(true);
    expect(got.flexible_until).toEqual({ year: 2027, month: 11 });
  });
});
