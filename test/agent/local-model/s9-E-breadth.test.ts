import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('s9-E: a place ruled out because it was visited makes a repeat visitor', () => {
  it.each([
    'Skip Kruger, we were there two years ago. Botswana in July.',
    'No Kruger - tried it already. Something in Botswana for July.',
    "Kruger is out, we won't do it again. Botswana in July.",
    'We already saw the Kruger. Botswana in July now.',
    'Pas le Kruger, on y est déjà allés. Le Botswana en juillet.',
    'Kein Kruger, da waren wir schon. Botswana im Juli.',
    'Nada de Kruger, ya estuvimos. Botswana en julio.',
  ])('%s', (text) => {
    const r = x(text);
    expect(r.excluded_destinations).toContain('kruger');
    expect(r.traveler_type).toBe('repeat');
  });

  it('a place ruled out for another reason is no repeat visit', () => {
    const r = x('Not Kruger, too many cars. Botswana in July.');
    expect(r.excluded_destinations).toContain('kruger');
    expect(r.traveler_type).toBeUndefined();
  });
});

describe('s9-E: the party said in other languages', () => {
  it('Italian "siamo in tre adulti" counts three adults', () => {
    const r = x('Vorremmo il Kenya ad agosto, siamo in quattro adulti');
    expect(r.adults).toBe(4);
    expect(r.group_size).toBe(4);
  });
  it('Spanish parents and the writer: "mis padres y yo" are three', () => {
    const r = x('Kruger en agosto con mis padres y yo');
    expect(r.adults).toBe(3);
    expect(r.group_size).toBe(3);
  });
  it('Portuguese and Spanish partners: "eu e a minha namorada", "mi novio y yo"', () => {
    expect(x('Serengeti em agosto, eu e o meu namorado')).toMatchObject({ adults: 2, group_size: 2 });
    expect(x('Serengeti en agosto, mi novio y yo')).toMatchObject({ adults: 2, group_size: 2 });
  });
  it('Spanish "viajo sola" is one traveler', () => {
    expect(x('Chobe en septiembre, viajo sola')).toMatchObject({ adults: 1, group_size: 1 });
  });
});

describe('s9-E: party shapes said in parts or recounted', () => {
  it('grown-ups counted in bracketed parts add up, with the children on top', () => {
    const r = x('Etosha with my parents (2), us (2) and two kids aged 7 and 10');
    expect(r.adults).toBe(4);
    expect(r.children).toBe(2);
    expect(r.group_size).toBe(6);
  });
  it('one bracketed part alone is not summed', () => {
    expect(x('Etosha in June, friends (3) and two kids aged 7 and 10').adults).toBeUndefined();
  });
  it('couples counted are two people each, not one', () => {
    expect(x("we're 2 couples, Chobe in May")).toMatchObject({ adults: 4, group_size: 4 });
  });
  it('grown-ups named by their age or as walkers are counted as adults', () => {
    expect(x('Mana Pools walking in August for 3 keen 50-year-olds')).toMatchObject({ adults: 3, group_size: 3 });
    expect(x('South Luangwa in July, 4 walkers aged 40 to 55')).toMatchObject({ adults: 4, group_size: 4 });
  });
  it('a count said as the new one ("so 4 now") replaces the one before, adults left unsaid', () => {
    const r = x('It was 3 of us, but a friend is joining, so 4 now. Mara in August.');
    expect(r.group_size).toBe(4);
    expect(r.adults).toBeUndefined();
  });
});

describe('s9-E: a pair said as "the couple" or "us both" in other languages', () => {
  it.each([
    ['Serengeti em julho, 30.000 reais para o casal', 2],
    ['Kruger in augustus, €8.000 voor ons allebei', 2],
    ['Etosha in juli, wij beiden', 2],
  ])('%s', (text, n) => {
    expect(x(text)).toMatchObject({ adults: n, group_size: n });
  });
  it('"for both of us" after an amount makes the amount a total', () => {
    expect(x('Kruger in augustus, €8.000 voor ons allebei').budget_basis).toBe('total');
  });
});

describe('s9-E: a place taken out of "the plan" is removed, not ruled out', () => {
  it('"from the plan" / "from the itinerary" / "remove"', () => {
    const a = x('Drop Chobe from our plan, just Okavango then');
    expect(a.remove_destinations).toEqual(['chobe']);
    expect(a.excluded_destinations).toBeUndefined();
    const b = x('Please remove Tarangire from our itinerary');
    expect(b.remove_destinations).toEqual(['tarangire']);
    expect(b.excluded_destinations).toBeUndefined();
  });
  it('a place refused outright is still ruled out', () => {
    expect(x('Anywhere but Chobe, September').excluded_destinations).toEqual(['chobe']);
  });
});

describe('s9-E: a span of months offered with "sometime" is flexible dates', () => {
  it('"sometime between June and August"', () => {
    const r = x('Mara and Amboseli, 10 days, sometime between June and August');
    expect(r.flexible_dates).toBe(true);
    expect(r.flexible_until?.month).toBe(8);
  });
});

describe('s9-E: comfort and value said together of a lodge', () => {
  it('"a comfortable but good-value Ruaha camp"', () => {
    expect(x('We want a comfortable but good-value Ruaha camp in August').priorities).toEqual(expect.arrayContaining(['comfort', 'value']));
  });
  it('"comfortable with" is no wish for comfort', () => {
    expect(x('we are comfortable with basic tents in Ruaha').priorities ?? []).not.toContain('comfort');
  });
});

describe('s9-E: grown children, ages with "e", Swahili party and month', () => {
  it('"my son who is 22" travels as an adult', () => {
    expect(x('Chobe in May, me and my son who is 22')).toMatchObject({ adults: 2, group_size: 2 });
    expect(x('Chobe in May, me and my son who is 22').children ?? 0).toBe(0);
  });
  it('"my son who is 12" stays a child', () => {
    expect(x('Chobe in May with my son who is 12')).toMatchObject({ children: 1, child_ages: [12] });
  });
  it('Portuguese and Italian ages joined by "e"', () => {
    expect(x('Etosha em julho com os filhos (5 e 9 anos)').child_ages).toEqual([5, 9]);
  });
  it('Swahili "kwa watu watatu" and "mwezi wa Agosti"', () => {
    expect(x('Safari ya Tarangire mwezi wa Agosti kwa watu watatu')).toMatchObject({ destinations: ['tarangire'], month: 8, group_size: 3 });
  });
});

describe('s9-E: an amount "for 2" with nobody else named is a pair of adults', () => {
  it('"$7,000 all in for 2"', () => {
    expect(x('Kruger in May, $7,000 total for 2')).toMatchObject({ adults: 2, group_size: 2 });
  });
  it('a child named beside it leaves the adults unsaid', () => {
    expect(x('Kruger in May with our daughter, $7,000 total for 2').adults).toBeUndefined();
  });
  it('"change of plan: remove X" takes X out of the plan without ruling it out', () => {
    const r = x('Change of plan: remove Tarangire, add Ruaha');
    expect(r.remove_destinations).toEqual(['tarangire']);
    expect(r.excluded_destinations).toBeUndefined();
  });
});
