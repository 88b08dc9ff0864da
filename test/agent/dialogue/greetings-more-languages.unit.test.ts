import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Issue 15, thirteenth round: greetings, thanks and goodbyes in Spanish, Italian, Portuguese and
// Dutch after a decision are answered as such and change nothing (before, "bom dia" or
// "goedemorgen" read as a trip message). Phrasings written for this test.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const PLAN = 'Chobe in July, 2 adults, 6 days, $8000 total';

describe('social words in es/it/pt/nl after a decision', () => {
  it.each([
    ['olá!', 'greeting'],
    ['buongiorno 🙂', 'greeting'],
    ['buenos días', 'greeting'],
    ['bom dia', 'greeting'],
    ['goedemorgen!', 'greeting'],
    ['bedankt!', 'thanks'],
    ['dank je wel', 'thanks'],
    ['muito obrigada', 'thanks'],
    ['mille mercis pour tout', 'thanks'],
    ['tchau!', 'goodbye'],
    ['doei', 'goodbye'],
    ['tot ziens', 'goodbye'],
    ['até logo', 'goodbye'],
    ['a presto!', 'goodbye'],
  ])('«%s» → %s', (text, act) => {
    const [first, turn] = [...simulateConversation([PLAN, text], now, pack)];
    expect(turn!.acts[0]).toBe(act);
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(first!.inputs);
  });
});
