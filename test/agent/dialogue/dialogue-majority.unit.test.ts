import { describe, expect, it } from 'vitest';
import { agreement, majorityDialogues } from '../../../src/agent/dialogue/dialogue-majority';
import type { DialogueFixture } from '../../../src/agent/dialogue/score-dialogue';

const conv = (labels: Array<[DialogueFixture['turns'][number]['act'], DialogueFixture['turns'][number]['effect']]>): DialogueFixture[] => [
  {
    id: 'x-1',
    now: '2026-12-07T10:00:00Z',
    language: 'en',
    turns: labels.map(([act, effect], k) => ({ text: ['where should we go in April?', 'thanks', 'why Kenya?'][k]!, act, effect })),
  },
];

describe('dialogue labels by majority', () => {
  const writer = conv([['suggest', 'unchanged'], ['thanks', 'unchanged'], ['why', 'unchanged']]);
  const a = conv([['trip', 'new'], ['thanks', 'unchanged'], ['why_not', 'unchanged']]);
  const b = conv([['trip', 'new'], ['goodbye', 'unchanged'], ['why', 'unchanged']]);

  it('takes the act and the effect two of three labellers give, each on its own', () => {
    const m = majorityDialogues(writer, [{ name: 'a', convs: a }, { name: 'b', convs: b }]);
    expect(m[0]!.turns.map((t) => `${t.act}/${t.effect}`)).toEqual(['trip/new', 'thanks/unchanged', 'why/unchanged']);
  });

  it("keeps the writer's label when all three differ", () => {
    const c = conv([['greeting', 'unchanged'], ['emoji', 'unchanged'], ['price', 'unchanged']]);
    const m = majorityDialogues(writer, [{ name: 'a', convs: a }, { name: 'c', convs: c }]);
    expect(m[0]!.turns[1]!.act).toBe('thanks');
  });

  it('refuses a relabelling whose turns are not the set’s', () => {
    const other = conv([['trip', 'new'], ['thanks', 'unchanged'], ['why', 'unchanged']]);
    other[0]!.turns[2]!.text = 'why not Kenya?';
    expect(() => majorityDialogues(writer, [{ name: 'bad', convs: other }])).toThrow(/bad differs/);
  });

  it('counts turn agreement for act and effect apart', () => {
    expect(agreement(a, writer)).toEqual({ act: 1 / 3, effect: 2 / 3 });
  });
});
