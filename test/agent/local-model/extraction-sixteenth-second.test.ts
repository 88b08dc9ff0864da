import { describe, expect, it } from 'vitest';
import { converse, inputsAfter, x } from './helpers';

// Sixteenth round, second part, extraction: flexibility windows read as windows, other continents'
// species, the Mara River as the crossings' river. Phrasings are our own; today is 21 November 2026.
describe('a shift of N months is how far the trip can move, not its length', () => {
  it('reads "flexible by up to 2 months" after a month as a window ending two months later', () => {
    const inputs = inputsAfter('Samburu in April for the two of us', 'we are flexible by up to 2 months');
    expect(inputs.duration_days).toBeUndefined();
    expect(inputs).toMatchObject({ flexible_dates: true, flexible_until: { year: 2027, month: 6 } });
  });

  it('takes the larger count of "a month or two" and of "1-3 months either way"', () => {
    expect(x('Tarangire in February, we can move it by a month or two').flexible_until).toEqual({ year: 2027, month: 4 });
    expect(x('Ruaha in August, 1-3 months either way').flexible_until).toEqual({ year: 2027, month: 11 });
  });

  it('keeps the flexibility without a bound when no month is known to count from', () => {
    const p = x('we could shift it by 2 months if that helps');
    expect(p.flexible_dates).toBe(true);
    expect(p.flexible_until).toBeUndefined();
    expect(p.duration_days).toBeUndefined();
  });

  it('still reads a real length beside the word flexible', () => {
    expect(x('a flexible 12 days in Kenya in March').duration_days).toBe(12);
  });
});

describe('a range of months written with a bare dash is a window', () => {
  it('reads "anytime June-September" beside the trip’s own month', () => {
    const p = x('Hwange? no, Chobe in May. We could go anytime June-September, 2 adults');
    expect(p).toMatchObject({ month: 5, flexible_dates: true, flexible_until: { year: 2027, month: 9 } });
  });

  it('puts a range wholly before the trip’s month in the months before it, not the year after', () => {
    const p = x('Kruger in October, though flexible Jan-Apr too');
    expect(p).toMatchObject({ month: 10, flexible_dates: true, flexible_until: { year: 2027, month: 4 } });
  });
});

describe('the month a traveler had in mind, said in another language', () => {
  it('reads „wir dachten an Juni" beside a whole year as June of that year', () => {
    const p = x('Safari in Kenia, flexibel, irgendwann 2027, wir dachten an Juni');
    expect(p).toMatchObject({ month: 6, year: 2027, flexible_dates: true, flexible_until: { year: 2027, month: 12 } });
  });

  it('reads the Dutch, French and Spanish forms too', () => {
    expect(x('we dachten aan juli voor Botswana').month).toBe(7);
    expect(x('on pensait à septembre pour la Tanzanie').month).toBe(9);
    expect(x('pensábamos en octubre, Zambia').month).toBe(10);
  });
});

describe('a species of another continent is not the African animal in its name', () => {
  it('reads no leopard and no Big Five from a clouded leopard', () => {
    const p = x('we dream of seeing a clouded leopard in Tanzania in July');
    expect(p.animals).toBeUndefined();
    expect(p.priorities ?? []).not.toContain('big_five');
  });

  it('reads no lion from sea lions, yet the lions beside them', () => {
    const p = x('we want to see sea lions and lions in Namibia');
    expect(p.animals).toEqual(['lion']);
  });

  it('keeps the African leopard', () => {
    expect(x('we want to see a leopard in Kenya in July').animals).toEqual(['leopard']);
  });
});

describe('the Mara River named for its crossings is no place chosen', () => {
  it('reads the crossings, not the reserve, so a place named next is the trip’s', () => {
    const turn = x('my dream is watching the Mara River crossings');
    expect(turn.destinations).toBeUndefined();
    expect(turn).toMatchObject({ priorities: ['migration'], migration_phase: 'river_crossings' });
    const { inputs, result } = converse(['my dream is watching the Mara River crossings', 'in Kruger, August, 2 adults, $5,000 each']);
    expect(inputs.destinations).toEqual(['kruger']);
    expect(result.content.verdict.outcome).toBe('switch');
  });

  it('keeps the reserve when it is named as one', () => {
    expect(x('the Masai Mara river crossings in August').destinations).toEqual(['masai_mara']);
    expect(x('the Mara in August for the river crossings').destinations).toEqual(['masai_mara']);
  });
});

describe('a budget said small and unlimited in one message, with no amount', () => {
  it('reaches the rules as a budget conflict, which refuses', () => {
    const { inputs, result } = converse(['money is no object, though our budget is very limited. Chobe in September for 2']);
    expect(inputs.conflict?.fields).toEqual(['budget_amount']);
    expect(result.content.refusal?.reason).toBe('contradictory');
  });

  it('is settled by an amount said next', () => {
    const { inputs } = converse(['money is no object, though our budget is very limited. Chobe in September for 2', 'ok, USD 4,000 per person']);
    expect(inputs.conflict).toBeUndefined();
    expect(inputs.budget_amount).toBe(4000);
  });

  it('is no conflict when one is said as a change or as an exception', () => {
    expect(x('we are on a tight budget, but money is no object for the gorilla permit').contradicts).toBeUndefined();
    expect(x('money was no object, now our budget is tight').contradicts).toBeUndefined();
  });
});

describe('the first round’s leftovers', () => {
  it('keeps the unchanged adults when a correction says the whole party', () => {
    const p = x('sorry, we are 2 adults and 4 kids', { adults: 2, children: 3, group_size: 5 });
    expect(p).toMatchObject({ adults: 2, children: 4, group_size: 6 });
  });

  it('still drops an unchanged month restated beside a changed length', () => {
    const p = x('actually 12 days, still in July', { month: 7, duration_days: 8 });
    expect(p.duration_days).toBe(12);
    expect(p.month).toBeUndefined();
  });

  it('reads a currency said in brackets after the amount', () => {
    expect(x('roughly 8 grand for the family (pounds)')).toMatchObject({ budget_amount: 8000, budget_currency: 'GBP' });
  });

  it('reads «à trois» after an amount as the party it is for', () => {
    expect(x('9 000 € à trois, Tanzanie en juillet')).toMatchObject({ budget_amount: 9000, budget_currency: 'EUR', budget_basis: 'total', group_size: 3 });
  });

  it('reads the Dutch plural with an apostrophe as no "is", so the country stays', () => {
    expect(x("safari's in Oeganda of Rwanda, augustus").countries).toEqual(['UG', 'RW']);
  });
});

describe('children’s ages said as birth months', () => {
  it('reads today’s ages and each child’s next birthday', () => {
    const p = x('our two were born in February 2016 and August 2019');
    expect(p).toMatchObject({ children: 2, child_ages: [10, 7] });
    expect(p.child_birthdays).toEqual([{ age: 11, year: 2027, month: 2 }, { age: 8, year: 2027, month: 8 }]);
  });

  it('takes the lower age in the birth month itself, so no age rule passes on a birthday not yet come', () => {
    const p = x('Bwindi in March, our daughter was born in November 2011', undefined, new Date('2026-11-21T10:00:00Z'));
    expect(p.child_ages).toEqual([14]);
    // Born in December 2011: 15 some day in December, so a December trek is not booked on a birthday that may come after it.
    const december = converse(['Bwindi gorillas in December, 2 adults and our daughter, born in December 2011, USD 5,000 each']);
    expect(december.inputs.child_ages).toEqual([14]);
    expect(december.result.content.verdict.outcome).not.toBe('book');
    // Born in November 2011: 15 by any day of December.
    const november = converse(['Bwindi gorillas in December, 2 adults and our daughter, born in November 2011, USD 5,000 each']);
    expect(november.result.content.verdict.outcome).toBe('book');
  });

  it('reads no age from a year alone, nor from an adult’s birth month', () => {
    expect(x('the kids were born in 2015 and 2018').child_ages).toBeUndefined();
    expect(x('I was born in May 1990, travelling in July').child_ages).toBeUndefined();
  });
});

describe('dates said not to move', () => {
  it('reads "dates not movable" and "timing is immovable" as fixed', () => {
    expect(x('Chobe in October, dates not movable').flexible_dates).toBe(false);
    expect(x('our timing is immovable: Kruger in May').flexible_dates).toBe(false);
  });
});

describe('game in numbers, walking with guides and the photographer, said other ways', () => {
  it('reads "zebras by the thousands" and "viele Tiere" as a game-rich trip', () => {
    expect(x('zebras by the thousands, please').priorities).toContain('wildlife_density');
    expect(x('wir wollen viele Tiere sehen, Kenia im Juli').priorities).toContain('wildlife_density');
  });

  it('reads walking with a tracker as walking', () => {
    expect(x('we would love to walk with a tracker in Luangwa').priorities).toContain('walking');
  });

  it('reads „ich fotografiere" as a photographer', () => {
    expect(x('ich fotografiere, Botswana im September').traveler_type).toBe('photographer');
  });
});
