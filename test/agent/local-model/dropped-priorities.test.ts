import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('a priority withdrawn', () => {
  it.each<[string, string[], string[] | undefined]>([
    ['the beach was only an option, really', ['beach', 'big_five'], ['big_five']],
    ['scrap the river crossings, we saw them last year', ['migration'], undefined],
    ['birding is not essential for us after all', ['birding', 'walking'], ['walking']],
  ])('%s', (text, before, after) => {
    const e = x(text, { priorities: before as never });
    expect(e.clear_fields).toContain('priorities');
    expect(e.priorities).toEqual(after);
  });

  it('no interest said before any was held withdraws nothing', () => {
    expect(x('not fussed about the big five, we love birds').clear_fields).toBeUndefined();
  });
});
