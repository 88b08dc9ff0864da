import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';
import { minorsNamed } from '../../../src/agent/local-model/minors-named';

const outcome = (turns: string[]) => converse(turns).result.content.verdict.outcome;

// Children the trip is for, or a group usually under age, named without a count or an age: on an age-limited
// activity the ages are asked, never a book (gorilla permits need 15, chimpanzee tracking 12).
describe('minors named without a count are asked about, never booked', () => {
  it.each([
    ['Mountain gorillas in Rwanda in July for our grandchildren, money no object.'],
    ['Gorilla trekking in Uganda in September for the kids, budget is not an issue.'],
    ['We want to take our school trip to see the gorillas in Rwanda in June, budget no object.'],
    ['Gorillas in Rwanda in June with my pupils, budget no object.'],
    ['Gorillas in Rwanda in June with 12 high school students, budget no object.'],
    ['Gorillas in Uganda in July for the youth club, budget no object.'],
    ['Gorilla permits in Rwanda in August for the kids\' rugby team, money no object.'],
    ['Gorillas in Rwanda in July pour mes petits-enfants, budget not an issue.'],
    ['Gorillas in Uganda im August für unsere Enkel, budget not an issue.'],
    ['Gorilas en Ruanda en julio para mis nietos, budget not an issue.'],
    ['Gorilles au Rwanda en juin avec ma classe, le budget n’est pas un problème.'],
    ['Gorillas in Uganda im Juli mit unserer Jugendgruppe, budget not an issue.'],
    ['Gorilla trekking in Rwanda in August with a groupe de jeunes, budget no object.'],
  ])('%s → not a book', (text) => {
    expect(outcome([text])).not.toBe('book');
  });

  it('children named in the first message stay in the party when the month comes later', () => {
    const { result } = converse(['Gorillas and chimps in Uganda for our grandchildren.', 'September, money is no object.']);
    expect(result.content.verdict.outcome).toBe('refused');
  });

  it.each([
    'I bought souvenirs for the kids last time',
    'Tsavo for 3 days, cheapest option, 2 students',
    'a group of university students on a budget',
    'we will be there in the school holidays',
    'business class flights for two',
    'nous voyageons en première classe',
    'first class on the train, then Rwanda',
  ])('%s → no minors named', (text) => {
    expect(minorsNamed(text)).toBe(false);
  });

  it('grown-up students stay adults', () => {
    expect(x('Gorillas in Rwanda in June for two college students, $3000 each').traveler_type).toBeUndefined();
  });
});

// The month a birthday falls in dates the birthday, not the trip.
describe('a birthday month is not the trip month', () => {
  it('the trip month said after a bracketed birthday month is kept', () => {
    const e = x('Our girl will be 15 by the time we go (birthday in April). Gorillas in Uganda in September 2027, 2 adults and her, $7,000 per person.');
    expect(e.month).toBe(9);
  });
  it('the child who turns 15 before the trip month is booked', () => {
    expect(outcome(['Our boy turns 15 before we go (birthday in March). Rwanda gorillas in July 2027, the three of us, $6,500 each.'])).not.toBe('refused');
  });
  // Safety: the birthday month read apart from the trip month must never let a child still under 15 trek.
  it.each([
    "Our son will be 15 soon (birthday in October). Gorillas in Rwanda in August 2027, him plus two parents, $6,000 pp.",
    'Our daughter will be 15 soon - her birthday is in September. Gorillas in Uganda in July 2027, 2 adults and her, $5000 each',
    'Our son is 14 (birthday in October). Gorillas in Rwanda in August 2027, him plus two parents, $6,000 pp.',
  ])('a birthday after the trip month: %s → not a book', (text) => {
    expect(outcome([text])).not.toBe('book');
  });
  it('the age to come and its birthday month said apart are one birthday', () => {
    const e = x("Our boy'll be 15 soon, his birthday is in September. Gorillas in Rwanda in July 2027, the 3 of us, $6000 each");
    expect(e.child_ages).toEqual([14]);
    expect(e.child_birthdays?.[0]?.month).toBe(9);
    expect(e.month).toBe(7);
  });
  it('a trip for a birthday in a month keeps that month as the trip month', () => {
    expect(x('Kenya safari for my 60th birthday in October, 2 adults, $5000 each').month).toBe(10);
    expect(x('A Kenya safari to celebrate my birthday in March, $4000 each').month).toBe(3);
  });
});

// Two statements one message makes that cannot both hold are named, not quietly resolved.
describe('statements that cannot both hold', () => {
  it('no children, then a child with an age in brackets', () => {
    const r = converse(['Adults only this time. Our eldest (12) cannot wait to see the chimps in Uganda.']);
    expect(r.result.content.verdict.outcome).toBe('refused');
    expect(r.said.length).toBeGreaterThan(0);
  });
  it('a child at home with an age in brackets is no conflict', () => {
    expect(converse(['No kids on this trip. Our eldest (12) stays with grandma. Gorillas in Rwanda in July, $5000 pp, 2 adults']).said).toEqual([]);
  });
  it('a child who would grow younger', () => {
    const r = converse(['My son is 16 - well, he will be 13 in June. Chimps in Uganda in July.']);
    expect(r.result.content.verdict.outcome).toBe('refused');
    expect(r.inputs.conflict?.fields).toContain('child_ages');
  });
  it('a child who grows older is no conflict', () => {
    expect(converse(["Our daughter is 14, she'll be 15 in March. Gorillas in Uganda in April, 2 adults, $5000 pp"]).inputs.conflict).toBeUndefined();
  });
  it('two children, each with an age, are no conflict', () => {
    expect(converse(['Our son is 15 and our daughter is 12; she will be 13 in May. Gorillas in Uganda in April.']).inputs.conflict).toBeUndefined();
  });
  it('fixed dates and a season in another month the trip must catch', () => {
    const r = converse(['Our dates are 3-10 July 2027 and it must be during the short rains season in November.']);
    expect(r.result.content.verdict.outcome).toBe('refused');
    expect(r.inputs.conflict?.fields).toContain('month');
  });
  it('the calving on another trip is no conflict', () => {
    expect(converse(['We travel 10-17 August 2027 and want to see the calving season in February on another trip.']).inputs.conflict).toBeUndefined();
  });
});

// A visa question in Portuguese is out of scope; "visto" in Spanish or Italian ("seen") is not a visa.
describe('the Portuguese visa', () => {
  it.each(['Preciso de visto para a Tanzânia com passaporte brasileiro?', 'Precisamos de um visto de turista para o Ruanda?'])('%s → out of scope', (text) => {
    expect(x(text).message_kind).toBe('out_of_scope');
  });
  it.each(['Ya hemos visto la migración en Kenia, ahora queremos Tanzania en julio', 'Abbiamo visto il Kruger, ora vorremmo il Botswana'])('%s → a trip', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
});
