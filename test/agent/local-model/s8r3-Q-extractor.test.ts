import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { findContradictions } from '../../../src/domain/rules/contradictions';

const pack = defaultPackIndex();
const now = new Date('2026-12-07T00:00:00Z');
const x = (text: string, previous?: TripInputs) => extractTripInputs(text, { now, pack, previous });
function talk(...turns: string[]): TripInputs {
  let known: TripInputs = {};
  for (const t of turns) known = mergeTripInputs(known, x(t, known) as never);
  return known;
}

describe('a passport validity question in another language is an entry-rules question', () => {
  it.each([
    'Il mio passaporto deve essere valido sei mesi per la Tanzania?',
    'Notre passeport doit-il rester valable 6 mois pour le Rwanda ?',
    'Wie lange muss der Reisepass für Uganda noch gültig sein?',
    '¿Cuánto tiempo de validez necesita el pasaporte para Kenia?',
    'Hoe lang moet mijn paspoort nog geldig zijn voor Botswana?',
  ])('%s', (text) => {
    const e = x(text);
    expect(e.message_kind).toBe('out_of_scope');
    expect(e.out_of_scope_topic).toBe('visa');
  });

  it('a passport mentioned beside a planned trip is still a trip', () => {
    expect(x('Abbiamo già il passaporto, Kenya ad agosto per dieci giorni, 2 adulti').message_kind).toBe('trip');
  });
});

describe('"no children" beside an age read: the ages are what disagree', () => {
  it('marks the ages, not the count, as contradicted', () => {
    const known = talk('No kids, only grown-ups. Uganda gorillas in September, ages 38, 45 and 13.');
    expect(known.conflict?.fields).toEqual(['child_ages']);
    expect(findContradictions(known, now)[0]?.text).toBe('you first said no children, then a child aged 13, and both cannot hold');
  });

  it('saying again that no children come settles it', () => {
    const known = talk('No kids, only grown-ups. Uganda gorillas in September, ages 38, 45 and 13.', 'Sorry, no kids at all, just the two of us adults.');
    expect(known.conflict).toBeUndefined();
    expect(known.children).toBe(0);
  });
});

describe('one child given two ages in one message', () => {
  it('is a conflict over the ages, keeping the younger age', () => {
    const e = x('My son turned 12 last month, and since he is 16 the chimp trek in Rwanda is fine, yes? August.');
    expect(e.contradicts).toContain('child_ages');
    expect(e.children).toBe(1);
    expect(e.child_ages).toEqual([12]);
    expect(talk('My son turned 12 last month, and since he is 16 the chimp trek in Rwanda is fine, yes? August.').conflict?.fields).toEqual(['child_ages']);
  });

  it('an age to come, or two children, is not a conflict', () => {
    expect(x('Our girl is 14 and she will be 15 by the trip in October, Uganda gorillas.').contradicts ?? []).not.toContain('child_ages');
    expect(x('Our son is 9 and our daughter is 12, Kenya in July.').child_ages).toEqual([9, 12]);
  });
});

describe('"N of us" after a relative described by a clause counts the whole party', () => {
  it('an elderly parent who is one of the two', () => {
    const e = x('My mum (79) uses a walking stick and dreams of lions, 2 of us, Tanzania in February.');
    expect(e.group_size).toBe(2);
    expect(e.adults).toBe(2);
  });

  it('the count after "and I" is the total', () => {
    const e = x('My mother (80) and my husband and I, 3 of us, Botswana in June.');
    expect(e.group_size).toBe(3);
  });

  it('relatives listed before the writer pair still add up', () => {
    const e = x('Three generations: my parents (both 70+), us two, and the kids aged 7 and 10.');
    expect(e.adults).toBe(4);
    expect(e.group_size).toBe(6);
  });
});

describe('a party count after a child’s age is not a second child', () => {
  it('"our son is 13, 4 of us" is one child of 13 in a party of four', () => {
    const e = x('Volcanoes in March, our son is 13, 4 of us, $12k total');
    expect(e.child_ages).toEqual([13]);
    expect(e.children).toBe(1);
    expect(e.group_size).toBe(4);
  });

  it('"with our girl who is fifteen, 2 people" keeps only her age', () => {
    expect(x('Bwindi in August with our girl who is fifteen, 2 people').child_ages).toEqual([15]);
  });
});

describe('a reflexive "we can move" in Italian or Spanish is a window, not a new month', () => {
  it.each(['Possiamo spostarci fino a ottobre', 'Podemos movernos hasta octubre'])('%s', (text) => {
    const known = talk('Etosha a marzo?', text);
    expect(known.month).toBe(3);
    expect(known.flexible_until?.month).toBe(10);
  });
});

describe('Spanish and Italian answers about fixed dates and a single country', () => {
  it('"fechas fijas" after a month fixes the dates', () => {
    expect(x('En agosto, fechas fijas').flexible_dates).toBe(false);
  });

  it('"solo" + a country as the whole answer rules other countries out; a solo trip does not', () => {
    expect(x('Solo Tanzania.').excluded_destinations).toContain('masai_mara');
    expect(x('Solo Uganda, per favore').excluded_destinations).toContain('masai_mara');
    expect(x('Solo Kenya trip in July for me').excluded_destinations).toBeUndefined();
  });
});
