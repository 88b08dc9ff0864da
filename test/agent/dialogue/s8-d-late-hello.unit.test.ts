import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Session 8, engineer D: a hello said late ("oh, and hi by the way") is a greeting, and "ok night" takes leave; neither
// re-sends the verdict or changes the trip.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return { prev: turns[turns.length - 2]!, last: turns[turns.length - 1]! };
}

describe('a late hello and a short good night', () => {
  it.each([
    ['oops, and hello by the way!', 'greeting'],
    ['sorry, I forgot to say hi 🙈', 'greeting'],
    ['ah et bonjour au fait', 'greeting'],
    ["pardon, j'ai oublié de vous dire bonjour", 'greeting'],
    ['ach, und hallo übrigens', 'greeting'],
    ['ok night', 'goodbye'],
    ['alright, night!', 'goodbye'],
    ['okay nite', 'goodbye'],
  ])('«%s» is a %s', (text, act) => {
    const { prev, last } = run('Etosha in July, 2 adults, 6 days', text);
    expect(last.acts[0]).toBe(act);
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });

  it('a late hello that states a fact still changes the trip', () => {
    const { last } = run('Etosha in July, 2 adults, 6 days', 'oh and hi, we are actually 3 adults');
    expect(last.acts[0]).toBe('trip');
    expect(last.decided).toBe(true);
  });
});
