import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('activities with a season or an age limit of their own', () => {
  it.each<[string, string[]]>([
    ["we'd love to sit in Devil's Pool on the edge of the falls in October", ['devils_pool']],
    ['a canoe trip on the Zambezi with the kids, then the falls', ['canoeing']],
    ['kayaking above Victoria Falls and a swim in Angel’s Pool', ['devils_pool', 'canoeing']],
  ])('%s', (text, activities) => {
    expect(x(text).activities).toEqual(activities);
  });

  it.each(['a sunset boat cruise on the Zambezi in August', 'Victoria Falls for two nights, then Chobe'])('not a boat in general: %s', (text) => {
    expect(x(text).activities).toBeUndefined();
  });
});
