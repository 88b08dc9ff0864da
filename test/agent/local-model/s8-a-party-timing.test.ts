import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../../src/domain/trip-inputs';

// Phrasings written for these tests: who travels (a recount "with me", children's ages by pronoun), and timing left
// undecided or open to a bound.
const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const read = (text: string, previous?: TripInputs) => extractTripInputs(text, { now, pack, previous });

describe('a recount with the writer', () => {
  it('"no wait, 5 with me" corrects the count before it', () => {
    expect(read('my two sisters and their husbands, so 4 of us... no wait, 5 with me').group_size).toBe(5);
  });
  it('"6 including myself" counts the writer', () => {
    expect(read('Serengeti in August, 6 including myself').group_size).toBe(6);
  });
});

describe('the children’s ages by pronoun, after the children were named', () => {
  it('a bare list ending the sentence gives the ages', () => {
    const out = read("They're 6 and 9. The gorillas are all they talk about.", { countries: ['UG'], traveler_type: 'family' });
    expect(out.child_ages).toEqual([6, 9]);
    expect(out.children).toBe(2);
  });
  it('with no child in sight it reads no ages', () => {
    expect(read("They're 6 and 9.").child_ages).toBeUndefined();
  });
});

describe('timing not decided yet', () => {
  it('two or more months listed as undecided give no month', () => {
    expect(read("Ruaha, but we haven't decided between February and August").month).toBeUndefined();
    expect(read('Kruger at Easter or Christmas, not sure yet which.').month).toBeUndefined();
  });
  it('a plain choice of two months keeps the first, and one month with "undecided" elsewhere stays', () => {
    expect(read('Kruger in July or August').month).toBe(7);
    expect(read("We haven't decided on the lodge yet, but October.").month).toBe(10);
  });
});

describe('a window said with "up to next" or "anything in <year>"', () => {
  it('"any time up to next May" bounds the window', () => {
    const out = read('Chobe in late October; we could travel any time up to next May.');
    expect(out.month).toBe(10);
    expect(out.flexible_until?.month).toBe(5);
  });
  it('"anything in 2027 works" is the whole year', () => {
    const out = read('We were thinking April but anything in 2027 works.');
    expect(out.month).toBe(4);
    expect(out.flexible_until).toEqual({ year: 2027, month: 12 });
  });
});

describe('children withdrawn by pronoun', () => {
  it('"forget the kids\' ages, they\'re not coming after all" drops the children', () => {
    const out = read("Scrap what I said about the kids' ages, they're not coming after all.", { adults: 2, children: 2, child_ages: [7, 12], group_size: 4 });
    expect(out.children).toBe(0);
    expect(out.clear_fields).toContain('child_ages');
  });
});
