import { describe, expect, it } from 'vitest';
import { localizeDecision } from '../../../src/agent/dialogue/localize-decision';
import type { DecisionContent } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { converse } from '../local-model/helpers';

// Safety review of the fourteenth round, finding 5: an assumption the English record states must
// be stated to a French or German traveler too. The party read two ways ("there are 6 of you, and
// 2 adults and 3 children") is the case the review found missing. Phrasing written for this test.

const pack = defaultPackIndex();

describe('the readings note in every language', () => {
  const result = converse(["We're 6: my husband, me and our three kids (9, 11, 13). Serengeti in September, 8 days"]).result as { content: DecisionContent; itinerary?: unknown };
  const english = result.content.assumptions.filter((a) => a.text.startsWith('You said '));

  it('the English record carries the note', () => {
    expect(english.length).toBe(1);
  });

  it.each([
    ['fr', /deux façons[^]*2 adultes et 3 enfants/],
    ['de', /zwei Arten[^]*2 Erwachsenen und 3 Kindern/],
  ] as const)('%s states it', (lang, said) => {
    const localized = localizeDecision({ content: result.content, pack, lang });
    expect(localized.assumptions.map((a) => a.text).join(' ')).toMatch(said);
  });
});
