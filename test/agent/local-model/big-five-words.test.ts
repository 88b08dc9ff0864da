import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

const pack = defaultPackIndex();
const now = new Date('2026-12-06T10:00:00Z');
const priorities = (text: string) => extractTripInputs(text, { now, pack, previous: {} }).priorities ?? [];

describe('the Big Five written with a hyphen or run together', () => {
  it('is the big_five priority', () => {
    expect(priorities('Thinking Hwange in July for a Big-Five trip')).toContain('big_five');
    expect(priorities('Kruger, ideally big-5 sightings, 3 of us')).toContain('big_five');
    expect(priorities('bigfive is the dream, South Africa in May')).toContain('big_five');
  });

  it('is not read from other words that start with "big"', () => {
    expect(priorities('a big family trip to Kruger in May, five of us')).not.toContain('big_five');
  });
});
