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

describe('what the trip is for, said as the kind of trip', () => {
  it.each(['a proper game safari for the four of us', 'we want a classic family wildlife holiday in Kenya'])('%s', (text) => {
    expect(x(text).priorities).toContain('wildlife_density');
  });
});
