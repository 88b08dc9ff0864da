import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../domain/merge-trip-inputs';
import { decide } from '../../domain/rules/decide';
import type { TripInputs } from '../../domain/trip-inputs';
import { guardMessage } from '../turn/guard';
import { extractTripInputs } from './extract';

/** One multi-turn conversation of test/fixtures/conversations with the outcome it should end in. */
export const ConversationFixtureSchema = z.object({
  id: z.string().min(1),
  now: z.iso.datetime(),
  turns: z.array(z.string()).min(1),
  expected: z.object({
    outcome: z.enum(['book', 'wait', 'switch', 'discard', 'refused']),
    /** For book/wait: the destination the decision should be about; for switch: where to. */
    destination: z.string().optional(),
    /** For refused: why. */
    refusal_reason: z.enum(['missing_inputs', 'out_of_scope', 'unsafe', 'contradictory']).optional(),
  }),
  /** Why this is the right outcome, in terms of the knowledge pack's facts. */
  why: z.string().min(1),
});
export type ConversationFixture = z.infer<typeof ConversationFixtureSchema>;

export interface ConversationRun {
  total: number;
  correct: number;
  misses: Array<{ id: string; expected: string; actual: string }>;
}

/** Reads every `*.json` array of conversations in a folder, in file-name order. */
export function loadConversations(dir: string): ConversationFixture[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.flatMap((f) => z.array(ConversationFixtureSchema).parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/** What one conversation ends in: the outcome, the refusal reason, and the places the verdict names. */
export function finalOutcome(c: ConversationFixture, pack: PackIndex): { outcome: string; reason?: string; names: (id: string) => boolean } {
  const now = new Date(c.now);
  let inputs: TripInputs = {};
  let last: ReturnType<typeof decide> | undefined;
  for (const text of c.turns) {
    const extraction = extractTripInputs(text, { now, pack, previous: inputs });
    const guard = guardMessage(extraction);
    if (guard.useInputs) {
      const { message_kind: _k, out_of_scope_topic: _t, ...delta } = extraction;
      inputs = mergeTripInputs(inputs, delta);
    }
    last = decide(inputs, pack, now, guard.signal);
  }
  const result = last!;
  const content = result.content;
  if (result.kind === 'refused') return { outcome: 'refused', names: () => false, ...(content.refusal ? { reason: content.refusal.reason } : {}) };
  const route = result.itinerary?.route.map((s) => s.destination_id) ?? [];
  const words = `${content.verdict.headline} ${content.verdict.summary}`.toLowerCase();
  // The verdict is about a place when the itinerary starts there or its copy names it.
  const names = (id: string) => route[0] === id || words.includes((pack.byId.get(id as never)?.name ?? id).toLowerCase());
  return { outcome: content.verdict.outcome, names };
}

/** Runs every conversation (extract → merge → decide per turn) and scores the final outcome. */
export function runConversations(dir: string, pack: PackIndex): ConversationRun {
  const convs = loadConversations(dir);
  const misses: ConversationRun['misses'] = [];
  for (const c of convs) {
    const got = finalOutcome(c, pack);
    const want = c.expected;
    const ok =
      got.outcome === want.outcome &&
      (want.refusal_reason === undefined || got.reason === want.refusal_reason) &&
      (want.destination === undefined || got.names(want.destination));
    if (!ok) {
      misses.push({
        id: c.id,
        expected: [want.outcome, want.destination ?? want.refusal_reason].filter(Boolean).join(':'),
        actual: [got.outcome, got.reason].filter(Boolean).join(':'),
      });
    }
  }
  return { total: convs.length, correct: convs.length - misses.length, misses };
}
