import { describe, expect, it } from 'vitest';
import type { DialogueAct } from '../../../src/agent/dialogue/acts';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Issue 15: no question may change the standing decision. Three classes that once did: whether
// a place is worth it in a month, a greeting that says where the traveler writes from, and
// "and X?" followed by a remark about what draws them. Phrasings written for this test.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const PLAN = 'Serengeti in August, 2 adults, 7 days';

function after(text: string) {
  const [first, last] = [...simulateConversation([PLAN, text], now, pack)];
  return { first: first!, last: last! };
}

describe('a question about a place in a month changes nothing', () => {
  it.each([
    ['why_not', 'masai_mara', 'is the Mara really worth it in Feb?'],
    ['why_not', 'etosha', 'lohnt sich Etosha eigentlich im März?'],
    ['why_not', 'samburu', 'et Samburu, ça vaut le coup en avril ?'],
    ['why_not', 'tarangire', 'would Tarangire be any good in June?'],
    // Another month tried on: what the rules would say then, the decision standing (the sixth round).
    ['why', undefined, 'is it worth it in October though?'],
    ['why', undefined, 'lohnt sich das auch im November?'],
  ] as const)('%s ← %s %s', (act, about, text) => {
    const { first, last } = after(text);
    expect(last.dialogue.act).toBe(act);
    if (about) expect(last.dialogue.about).toBe(about);
    expect(last.inputs).toEqual(first.inputs);
  });
});

describe('a greeting that says where the traveler writes from is a greeting', () => {
  it.each(['Hello from sunny Arizona!', 'Liebe Grüße aus Wien!', 'Bonsoir depuis Lyon !', 'Greetings from Ohio'])('%s', (text) => {
    const [opening] = [...simulateConversation([text], now, pack)];
    expect(opening!.dialogue.act).toBe('greeting');
    expect(opening!.inputs).toEqual({});
    const { first, last } = after(text);
    expect(last.dialogue.act).toBe('greeting');
    expect(last.inputs).toEqual(first.inputs);
  });

  it('a greeting that goes on to state a trip is still a trip', () => {
    const [opening] = [...simulateConversation(['Hi from Boston, we want Kruger in July for 8 days'], now, pack)];
    expect(opening!.dialogue.act).toBe('trip');
    expect(opening!.inputs.month).toBe(7);
  });
});

describe('"and X?" with a remark on what draws them is a comparison', () => {
  it.each([
    ['amboseli', 'And Amboseli? Those elephant herds under the mountain look amazing'],
    ['amboseli', 'Und Amboseli? Die Elefanten vor dem Kilimandscharo locken uns sehr'],
    ['tarangire', 'Et Tarangire ? Les baobabs nous font vraiment rêver'],
  ] as const)('%s ← %s', (about, text) => {
    const { first, last } = after(text);
    expect(last.dialogue.act).toBe('why_not');
    expect(last.dialogue.about).toBe(about);
    expect(last.inputs).toEqual(first.inputs);
  });

  it('the same place with words that add or replace still changes the plan', () => {
    expect(after('And Amboseli? Let us add it at the end').last.dialogue.act).toBe('add_extend');
    expect(after('Amboseli instead, scrap the Serengeti').last.dialogue.act).toBe('change_mind');
  });
});

describe('a bare "why not?" asks why this decision', () => {
  it.each([
    ['Kruger please', 'why not??'],
    ['Kruger please', 'mais pourquoi pas ?'],
    ['Maasai Mara in April, 2 adults, 7 days', 'Und warum denn nicht?'],
    ['Maasai Mara in April, 2 adults, 7 days', 'ok but why not'],
  ])('%s, then %s', (plan, text) => {
    const [first, last] = [...simulateConversation([plan, text], now, pack)];
    expect(first!.decision.verdict.outcome).not.toBe('book');
    expect(last!.dialogue.act).toBe('why');
    expect(last!.inputs).toEqual(first!.inputs);
  });

  it('a why-not that names a place stays a comparison', () => {
    const { last } = after('pourquoi pas Tarangire ?');
    expect(last.dialogue.act).toBe('why_not');
    expect(last.dialogue.about).toBe('tarangire');
  });
});
