import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Review s6b F15: a walk with a guide or ranger inside the camp (to the pool, to the tent, around the lodge) is an
// escort, not a walking safari: walking is no priority, so a family's game-drive trip is not judged by the walking age.
describe('an escort in camp is not a walking safari (F15)', () => {
  it.each([
    'Kruger in July, 2 adults and kids 8 and 10, 7 days, $9000, the kids can walk with a guide around the lodge',
    'Kruger in July, 2 adults and kids 8 and 10, 7 days, $9000. At the lodge the kids like to walk with a guide to the pool',
    'Kruger in July, 2 adults and kids 9 and 11, 7 days, $9000, after dark you must walk with a ranger to your tent, fine for us',
    "Chobe in August, 2 adults and our 7 year old, 6 days, $9000; the kids' club lets them walk with a guide inside the camp",
    "Etosha in July, 2 adults and kids 6 and 9, 8 days, $7000, we'll walk with the guides in the camp garden",
    // Our own.
    'Etosha in July, 2 adults, 8 days, $7000, my mother walks with a guide dog',
    'Chobe in August, 2 adults and kids 7 and 9, 6 days, $8000, staff walk with a ranger to the restaurant at night',
  ])('%s', (text) => {
    expect(x(text).priorities ?? []).not.toContain('walking');
  });

  it.each([
    'Kruger in July, 2 adults, 7 days, $6000, walk with trackers please',
    'South Luangwa in August, 2 adults, 6 days, $9000, we want to walk with rangers in the bush',
    'Walking safari in South Luangwa in August, 2 adults, 6 days, $12000 total',
  ])('a walk in the bush is still walking: %s', (text) => {
    expect(x(text).priorities).toContain('walking');
  });
});
