import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../../src/agent/render/render-reply';
import type { Outcome } from '../../../src/domain/entities';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW, consistentInputs } from '../../domain/rules/arbitraries';

const pack = defaultPackIndex();
const CHANNELS = ['web', 'sms', 'whatsapp'] as const;
const LABELS = ['book', 'wait', 'switch', 'discard', 'not yet'];

/** What a careful editor strikes, as patterns over a whole reply. */
const DEFECTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['a doubled verb after the label', new RegExp(`^(${LABELS.join('|')}):\\s+\\1\\b`, 'i')],
  ['a ".;" or ";." join', /\.;|;\./],
  ['a doubled full stop', /[^.]\.\.(?!\.)/],
  ['"dry rain"', /\bdry rain\b/i],
  ['a figure repeated in brackets', /(\d[\d,]*\s+[a-z]+)\s+\(\1\)/i],
  ['a plural draw with a singular verb', /\b(?:conditions|the falls) rates\b/i],
  ['an empty name', /\(\s*\)|\s[,.;:](?!\d)|\b(?:at|to|in|for|from) [.,;]|undefined|null/],
  ['two spaces', / {2}/],
];

/** Decisions for generated inputs, plus a few that make the rarer outcomes certain. */
const inputs = fc.oneof(
  { weight: 6, arbitrary: consistentInputs },
  { weight: 1, arbitrary: fc.constantFrom<TripInputs>(
    { destinations: ['masai_mara'], priorities: ['migration'], month: 3, flexible_dates: true },
    { destinations: ['zanzibar'], priorities: ['beach'], month: 4, flexible_dates: true },
    { destinations: ['kruger'], priorities: ['big_five'], month: 12, flexible_dates: false },
    { priorities: ['gorillas'], month: 7, children: 1, child_ages: [10] },
    { destinations: ['volcanoes'], month: 7, adults: 1, group_size: 1, budget_amount: 9000, budget_currency: 'USD', budget_basis: 'total' },
    { destinations: ['bwindi'], month: 8, adults: 2, children: 2 },
  ) },
);

describe('copy a careful editor would pass, for every outcome and channel', () => {
  it('has none of the defects, a one-sentence headline, and place words that fit the place', () => {
    const seen = new Set<Outcome>();
    fc.assert(
      fc.property(inputs, (i) => {
        const r = decide(i, pack, NOW);
        const d = r.content;
        seen.add(d.verdict.outcome);
        // One clear sentence: a single terminal stop, at the end.
        expect(d.verdict.headline).toMatch(/^[^.!?]+[.!?]$/);
        for (const channel of CHANNELS) {
          const text = renderReply(channel, d, r.kind === 'issued' ? r.itinerary : undefined);
          for (const [name, re] of DEFECTS) expect(re.test(text), `${name} in ${channel}: ${text}`).toBe(false);
          // A traveler on their own pays for themselves, not "per person".
          if (i.adults === 1 && i.group_size === 1) expect(text).not.toMatch(/per person/);
        }
        if (r.kind === 'issued' && r.itinerary) {
          const kinds = r.itinerary.route.map((s) => pack.byId.get(s.destination_id)!.kind);
          // Game-drive words only where there are game drives.
          if (kinds.every((k) => k === 'beach' || k === 'gorilla_trek')) {
            expect(`${d.verdict.summary} ${d.tradeoffs.gains.join(' ')}`).not.toMatch(/game viewing|game drives?|busy parks|quiet parks|at sightings/i);
          }
        }
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual(['book', 'discard', 'refused', 'switch', 'wait']);
  });
});
