import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

const pack = defaultPackIndex();
const now = new Date('2026-11-21T10:00:00Z');
const x = (text: string) => extractTripInputs(text, { now, pack });

// "The dates can slide" says the trip can move: the rules may then wait for a better month (choose.ts).
describe('dates that can slide or slip are flexible', () => {
  it.each(['Chobe in March, but the dates could slip if a later month is better', 'Samburu in May; our timing can slide a little', 'Etosha in February, the trip can shift'])('%s', (text) => {
    expect(x(text).flexible_dates).toBe(true);
  });

  it('a price that can slide is not', () => {
    expect(x('Chobe in March, the budget can slide a bit').flexible_dates).toBeUndefined();
  });
});
