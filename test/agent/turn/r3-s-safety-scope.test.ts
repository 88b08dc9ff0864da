import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules/decide';
import { activityOrNothing, namedActivities } from '../../../src/agent/local-model/activities';
import { normalize } from '../../../src/agent/local-model/normalize';
import { CHILD_NAMED, CHILD_WORDS } from '../../../src/agent/local-model/child-words';
import { readFileSync } from 'node:fs';

// Review 2, findings 1-4, 16, 17: who takes part in an age-limited activity is never guessed in the child's
// disfavour; a child in Devil's Pool is never planned; ordinary words ("secure a camp", "a safe", "no risk-takers")
// are not safety assurances; a country's safety asked beside a canoe day is not a question about the canoe.

const pack = defaultPackIndex();
const now = new Date('2026-11-21T10:00:00Z');
function last(texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return turns[turns.length - 1]!;
}
const outcome = (texts: string[]) => last(texts).decision.verdict.outcome;
const named = (s: string) => namedActivities(normalize(s).text);

describe('a grown-up doing the activity does not leave a child out of it unless the message says so', () => {
  it('a child joining in the next sentence keeps the limit', () => {
    expect(named('Zambezi trip. My partner plans to do the bungee jump. Our daughter as well!')).toEqual(['bungee']);
    expect(named('My wife will do the bungee jump; our boy too.')).toEqual(['bungee']);
  });

  it('"with them", "with the twins", "with the grandkids" keep the limit', () => {
    expect(named('I will do the mokoro trip with them.')).toEqual(['canoeing']);
    expect(named('My dad is keen to do the rafting with the twins.')).toEqual(['rafting']);
    expect(named('Granny and I plan to go white-water rafting with the grandchildren.')).toEqual(['rafting']);
  });

  it('a grown-up alone with nothing said of the children keeps the limit (in doubt, it binds)', () => {
    expect(named('My husband wants to do the bungee jump.')).toEqual(['bungee']);
  });

  // Review 3 (findings 1, 2, 8): the exemption is gone; the limit binds whoever is said to do it.
  it('the children said to stay out still keeps it', () => {
    expect(named('My wife is keen to do the bungee; the girls will just watch.')).toEqual(['bungee']);
    expect(named('Only my husband will do the rafting, while we relax at the lodge.')).toEqual(['rafting']);
  });

  it('stayed out, but one child then joins: the limit binds', () => {
    expect(named('My husband will do the bungee, the girls will just watch. Our son wants to join him.')).toEqual(['bungee']);
  });

  for (const [label, texts] of [
    ['the next sentence', ['Victoria Falls in September 2027, 2 adults and our girl aged 11, 4 nights, $3200 each. My wife plans to do the bungee jump. Our girl too!']],
    ['a later turn', ['Victoria Falls in September 2027, 2 adults and our boy aged 11, 4 nights, $3200 each.', 'My wife wants to do the bungee jump.', 'Our boy wants to do it with her.']],
    ['"them"', ['Okavango Delta in August 2027, me and my two children aged 6 and 8, 5 nights, $6500 each. I want to do a mokoro day with them.']],
    ['twins', ['Victoria Falls in August 2027, 2 adults and our twins aged 9, 4 nights, $3500 each. My wife wants to go white-water rafting with the twins.']],
  ] as const) {
    it(`a young child joining in ${label} is never booked`, () => {
      expect(outcome([...texts])).not.toBe('book');
    });
  }

  it('the children\'s ages unknown and "with them" asks the ages', () => {
    const t = last(['Victoria Falls in September 2027, 2 adults and 2 kids, 4 nights, $3000 each. My wife wants to do the bungee jump with them.']);
    expect(t.decision.verdict.outcome).toBe('refused');
    expect(t.decision.refusal?.missing_inputs).toContain('child_ages');
  });
});

describe('a child in Devil\'s Pool is never planned', () => {
  it('the ages asked and given, any age, is refused with the operator as the next step', () => {
    const t = last(['Victoria Falls in October 2027, 2 adults and 2 kids, 4 nights, $3200 each, and we want to swim in Devil\'s Pool.', 'They are 7 and 13.']);
    expect(t.decision.verdict.outcome).toBe('refused');
    expect(t.decision.refusal?.reason).toBe('unsafe');
    expect(`${t.decision.verdict.summary} ${t.decision.refusal?.next_action}`).toMatch(/operator/i);
  });

  it('in the rules: a 16-year-old in the pool is not booked, adults alone are', () => {
    const base = { destinations: ['victoria_falls'], month: 10, year: 2027, duration_days: 5, adults: 2, budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person', activities: ['devils_pool'] } as const;
    const withTeen = decide({ ...base, activities: [...base.activities], destinations: [...base.destinations], children: 1, child_ages: [16] }, pack, now);
    expect(withTeen.kind).toBe('refused');
    const adults = decide({ ...base, activities: [...base.activities], destinations: [...base.destinations] }, pack, now);
    expect(adults.kind === 'issued' && adults.content.verdict.outcome).toBe('book');
  });

  it('the children said to stay out of the pool is still refused (review 3: no "adults only" exemption)', () => {
    expect(outcome(['Victoria Falls in October 2027, 2 adults and our kids aged 8 and 10, 4 nights, $3500 each. My husband wants to swim in Devil\'s Pool; the kids will stay at the lodge with me.'])).toBe('refused');
  });
});

describe('ordinary words that are not a safety assurance', () => {
  for (const text of [
    'Serengeti in August 2027, 2 adults, 7 nights, $6000 each. Please make sure you secure us a lodge near the river.',
    'Kruger in July 2027, 2 adults, 5 nights, $3500 each. Can you confirm the tents have a safe for passports?',
    'Kruger in June 2027, 2 adults, 5 nights, $3500 each. We are no risk takers, so an easy pace.',
  ]) {
    it(`is decided, not refused: ${text.slice(-45)}`, () => {
      expect(outcome([text])).not.toBe('refused');
    });
  }

  it('a real assurance is still refused', () => {
    expect(outcome(['Serengeti in August 2027, 2 adults, 7 nights, $6000 each. Please confirm we will be safe there.'])).toBe('refused');
  });
});

describe('a country\'s safety beside a canoe day for teenagers', () => {
  it('gets its pointer and the trip verdict', () => {
    const t = last(['Is Zambia safe right now? Lower Zambezi in September 2027, 2 adults and kids 14 and 16, 5 nights, $5000 each, with a canoe day.']);
    expect(t.decision.verdict.outcome).not.toBe('refused');
  });

  it('a safety question about the canoe for a child is still refused', () => {
    const t = last(['Okavango Delta in August 2027, 2 adults and kids 13 and 15, 5 nights, $7000 each, with a mokoro day. Is the mokoro safe for the kids?']);
    expect(t.decision.verdict.outcome).toBe('refused');
  });
});

describe('one child list, one compiled reader (findings 16, 17)', () => {
  it('the shared list knows the words the party reader counts', () => {
    for (const w of ['twins', 'grandkids', 'grandchildren', 'little ones', 'infants', 'nephew', 'triplets']) expect(CHILD_NAMED.test(w)).toBe(true);
    expect(new RegExp(`^${CHILD_WORDS}$`).test('adults')).toBe(false);
  });

  it('the party reader and the "activity or nothing" reader define no lists of their own', () => {
    const party = readFileSync(new URL('../../../src/agent/local-model/party.ts', import.meta.url), 'utf8');
    expect(party).toMatch(/const CHILD_WORD = CHILD_WORDS;/);
    const extract = readFileSync(new URL('../../../src/agent/local-model/extract.ts', import.meta.url), 'utf8');
    expect(extract).not.toMatch(/ACTIVITY_ONLY_(?:AFTER|BEFORE) = /);
    expect(activityOrNothing('white-water rafting or nothing')).toBe(true);
    expect(activityOrNothing('a whole raft of ideas, nothing else')).toBe(false);
  });

  it('activities.ts compiles no regular expression per call', () => {
    const src = readFileSync(new URL('../../../src/agent/local-model/activities.ts', import.meta.url), 'utf8');
    const body = src.slice(src.indexOf('function adultsOnly'));
    expect(body).not.toMatch(/new RegExp/);
  });
});
