import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Own phrasings: one crossing wished for is the migration; a border crossing is not.
describe('"for the crossing" is the migration', () => {
  it.each(['Serengeti in September, we hope to catch a crossing', 'Mara in August for the crossing, 2 adults'])('%s', (text) => {
    expect(x(text).priorities).toContain('migration');
  });

  it.each(['Victoria Falls, then the crossing into Botswana at Kazungula', 'Kruger in May, we drive to the crossing point at Komatipoort'])('%s is no migration', (text) => {
    expect(x(text).priorities ?? []).not.toContain('migration');
  });
});
