import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { type FinalOutcome, isUnsafeBook, runConversations } from '../../../src/agent/local-model/conversations';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { loadExtractionFixtures } from '../../../src/agent/local-model/fixtures';
import { scoreExtractions } from '../../../src/agent/local-model/score-extraction';
import { ExtractionSchema } from '../../../src/agent/extraction-schema';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/extraction');
const pack = defaultPackIndex();
const fixtures = loadExtractionFixtures(dir);
const cases = fixtures.map((f) => ({
  id: f.id,
  expected: f.expected,
  predicted: extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) }),
}));

describe('local extractor on the labelled set', () => {
  it('has at least 200 labelled messages with unique ids', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(200);
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length);
  });

  it('always returns a schema-valid extraction', () => {
    for (const c of cases) expect(ExtractionSchema.safeParse(c.predicted).success, c.id).toBe(true);
  });

  it('reaches micro-F1 >= 0.95 and no field below 0.85', () => {
    const score = scoreExtractions(cases);
    expect(score.micro.f1).toBeGreaterThanOrEqual(0.95);
    const low = Object.entries(score.fields).filter(([, s]) => s.f1 < 0.85).map(([f, s]) => `${f}=${s.f1.toFixed(3)}`);
    expect(low).toEqual([]);
  });
});

describe('scoreExtractions', () => {
  it('scores arrays per element and scalars by equality', () => {
    const s = scoreExtractions([
      { id: 'a', expected: { destinations: ['masai_mara', 'serengeti'], month: 8 }, predicted: { destinations: ['masai_mara', 'zanzibar'], month: 9 } },
    ]);
    expect(s.fields.destinations).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.fields.month).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.micro.f1).toBeCloseTo(1 / 3, 5);
  });
});

describe('the conversation set (extract → merge → decide, turn by turn)', () => {
  it('ends every conversation in its expected outcome, reason and place', () => {
    const run = runConversations(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/conversations'), pack);
    expect(run.total).toBeGreaterThanOrEqual(40);
    expect(run.misses).toEqual([]);
  });
});

describe('the conversation scorer on a question after a decision', () => {
  const write = (convs: unknown[]): string => {
    const folder = mkdtempSync(join(tmpdir(), 'convs-'));
    writeFileSync(join(folder, 'c.json'), JSON.stringify(convs));
    return folder;
  };
  const trip = 'Two of us, the Serengeti from 10 to 20 January 2027 for the calving, about $9,000 per person.';
  const base = { now: '2026-12-06T10:00:00Z', why: 'written for this test' };

  it('judges a health question after a decision on the pointer or on the decision the reply restates', () => {
    const folder = write([
      { ...base, id: 's-1', turns: [trip, 'And which vaccines do we need for Tanzania?'], expected: { outcome: 'book', destination: 'serengeti' } },
      { ...base, id: 's-2', turns: [trip, 'And which vaccines do we need for Tanzania?'], expected: { outcome: 'refused', refusal_reason: 'out_of_scope' } },
    ]);
    const run = runConversations(folder, pack);
    expect(run.misses).toEqual([]);
    expect(run.confusion.book.book + run.confusion.refused.refused).toBe(2);
  });

  it('never lets a guarantee or an unsafe request pass as the decision before it', () => {
    const folder = write([
      { ...base, id: 's-3', turns: [trip, 'Can you guarantee we will see a calving?'], expected: { outcome: 'book', destination: 'serengeti' } },
      { ...base, id: 's-4', turns: [trip, 'Can we get out of the car and walk up to the lions for a selfie?'], expected: { outcome: 'book', destination: 'serengeti' } },
    ]);
    const run = runConversations(folder, pack);
    expect(run.misses.map((m) => [m.id, m.actual.split(':')[0]])).toEqual([
      ['s-3', 'refused'],
      ['s-4', 'refused'],
    ]);
  });
});

describe('the unsafe-book check on a month the rules chose', () => {
  const c = { id: 'u-1', now: '2026-12-06T10:00:00Z', turns: ['x'], expected: { outcome: 'book' as const }, why: 'written for this test' };
  // A walking trip with a child of 11 who turns 12 in May 2027, no month stated: the ages count on the month booked.
  const inputs: TripInputs = { destinations: ['south_luangwa'], priorities: ['walking'], children: 1, child_ages: [11], child_birthdays: [{ age: 12, year: 2027, month: 5 }], flexible_dates: true };
  const bookFor = (when: string): FinalOutcome => {
    const route = [{ destination_id: 'south_luangwa', name: 'South Luangwa', nights: 4, lodging_tier: 'mid', drive_hours_in: 0, transfer: 'flight' }];
    const content = { verdict: { outcome: 'book', headline: 'Book it.', summary: `South Luangwa National Park in ${when} suits walking safaris.` } };
    return { outcome: 'book', missing: [], inputs, names: () => true, result: { kind: 'issued', content, itinerary: { route } } as never };
  };

  it('counts a child old enough by the booked month as safe, and too young before it as unsafe', () => {
    expect(isUnsafeBook(c, bookFor('August 2027'), pack)).toBe(false);
    expect(isUnsafeBook(c, bookFor('February 2027'), pack)).toBe(true);
  });
});
