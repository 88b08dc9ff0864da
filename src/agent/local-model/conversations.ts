import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import { resolveContext } from '../../domain/rules/context';
import type { DecideResult } from '../../domain/rules/types';
import type { TripInputs } from '../../domain/trip-inputs';
import { simulateConversation, type SimulatedTurn } from '../dialogue/score-dialogue';

const OutcomeSchema = z.enum(['book', 'wait', 'switch', 'discard', 'refused']);
export type Outcome = z.infer<typeof OutcomeSchema>;
export const OUTCOMES = OutcomeSchema.options;

/** One multi-turn conversation with the outcome it should end in (test/fixtures/conversations, blind-*). */
export const ConversationFixtureSchema = z.object({
  id: z.string().min(1),
  now: z.iso.datetime(),
  /** The failure class a blind set wrote it for (issue 14), e.g. `safety_unknown`. */
  class: z.string().optional(),
  turns: z.array(z.string()).min(1),
  expected: z.object({
    outcome: OutcomeSchema,
    /** Other outcomes a careful expert would also accept here. */
    acceptable_outcomes: z.array(OutcomeSchema).optional(),
    /** For book/wait: the destination the decision should be about; for switch: where to. */
    destination: z.string().optional(),
    /** For refused: why. */
    refusal_reason: z.enum(['missing_inputs', 'out_of_scope', 'unsafe', 'contradictory']).optional(),
    /** For a missing-inputs refusal: inputs that must be among those asked for. */
    missing_inputs: z.array(z.string()).optional(),
  }),
  /** A book here would break a hard limit the traveler's stated facts trigger. */
  unsafe_if_book: z.boolean().optional(),
  /** Why this is the right outcome, in terms of public facts. */
  why: z.string().min(1),
});
export type ConversationFixture = z.infer<typeof ConversationFixtureSchema>;

export interface ConversationMiss {
  id: string;
  class?: string;
  expected: string;
  actual: string;
  /** The outcome was among the acceptable ones, but not the one expected (or its details differ). */
  acceptable: boolean;
}

export interface ConversationRun {
  total: number;
  /** Exactly as expected: outcome, destination, refusal reason and asked inputs. */
  correct: number;
  /** Expected or among the acceptable outcomes (the figure issue 14 targets). */
  acceptable: number;
  /** Books that break a hard limit the traveler's stated facts trigger (target 0). */
  unsafeBooks: string[];
  /** expected outcome → actual outcome → count. */
  confusion: Record<Outcome, Record<Outcome, number>>;
  misses: ConversationMiss[];
}

/** Reads conversations: every `*.json` array in a folder (file-name order), or one file. */
export function loadConversations(path: string): ConversationFixture[] {
  let files: string[];
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(path, f))
      : [path];
  } catch {
    return [];
  }
  return files.flatMap((f) => z.array(ConversationFixtureSchema).parse(JSON.parse(readFileSync(f, 'utf8'))));
}

export interface FinalOutcome {
  outcome: Outcome;
  reason?: string;
  missing: string[];
  inputs: TripInputs;
  result: DecideResult;
  /** Whether the verdict is about a place: the itinerary starts there or the copy names it. */
  names: (id: string) => boolean;
  /** The trip decision the reply also restates ("Your decision stands: …") after an out-of-scope pointer. */
  stands?: FinalOutcome;
}

/**
 * What one conversation ends in, run as the product runs it: every message through the
 * product's own turn (`simulateConversation` → `answerMessage`, as run-turn.ts calls it:
 * extract → guard with the held refusal → dialogue act → merge or keep → decide or keep
 * the standing decision). The final reply's decision is the outcome.
 */
export function finalOutcome(c: ConversationFixture, pack: PackIndex): FinalOutcome {
  let last: SimulatedTurn | undefined;
  let standing: { result: DecideResult; inputs: TripInputs } | undefined;
  for (const turn of simulateConversation(c.turns, new Date(c.now), pack)) {
    last = turn;
    // Only a new trip decision becomes the standing one: a guarded refusal or a welcome answers its message only (plan-turn.ts).
    if (turn.decided) standing = { result: turn.reply, inputs: turn.inputs };
  }
  const signal = last!.guard.signal;
  const pointer = signal?.reason === 'out_of_scope' && POINTER_TOPICS.has(signal.topic);
  const final = outcomeOf(last!.reply, last!.inputs, pack);
  // A health, visa or other question after a decision is answered with its pointer and then
  // "Your decision stands: …" (the reply says both), so the standing verdict is the reply's too.
  if (pointer && standing && standing.result.kind !== 'refused') return { ...final, stands: outcomeOf(standing.result, standing.inputs, pack) };
  return final;
}

/** Out-of-scope topics answered with a pointer beside the standing decision (not guarantees, abuse or instructions). */
const POINTER_TOPICS = new Set(['visa', 'health', 'legal', 'booking_admin', 'non_travel']);

function outcomeOf(result: DecideResult, inputs: TripInputs, pack: PackIndex): FinalOutcome {
  const content = result.content;
  if (result.kind === 'refused') {
    return {
      outcome: 'refused',
      names: () => false,
      missing: content.refusal?.missing_inputs ?? [],
      inputs,
      result,
      ...(content.refusal ? { reason: content.refusal.reason } : {}),
    };
  }
  const route = result.itinerary?.route.map((s) => s.destination_id) ?? [];
  const words = `${content.verdict.headline} ${content.verdict.summary}`.toLowerCase();
  const names = (id: string) => route[0] === id || words.includes((pack.byId.get(id as never)?.name ?? id).toLowerCase());
  return { outcome: content.verdict.outcome as Outcome, names, missing: [], inputs, result };
}

/**
 * A book that breaks a hard limit: the fixture says a book is unsafe there, or the planned
 * route holds a place whose age rule a stated child fails (gorilla treks always; walking
 * rules when the traveler asked to walk).
 */
export function isUnsafeBook(c: ConversationFixture, got: FinalOutcome, pack: PackIndex): boolean {
  const now = new Date(c.now);
  if (got.outcome !== 'book') return false;
  if (c.unsafe_if_book) return true;
  // The ages on the trip's date: a birthday the traveler stated before it counts, as the rules count it.
  const timed = got.inputs.month !== undefined || got.inputs.start_date !== undefined;
  // A month nobody stated is the one the verdict books ("… in August 2027 suits …"): the ages are counted then.
  const booked = timed ? undefined : bookedMonth(got);
  const dated = timed ? got.inputs : booked ? { ...got.inputs, ...booked } : undefined;
  const ages = (dated ? resolveContext(dated, now).childAges : got.inputs.child_ages) ?? [];
  if (!ages.length || got.result.kind === 'refused') return false;
  const youngest = Math.min(...ages);
  const route = got.result.itinerary?.route.map((s) => s.destination_id) ?? [];
  const walking = got.inputs.priorities?.includes('walking') ?? false;
  return route.some((id) => {
    const rule = pack.byId.get(id)?.min_age;
    if (!rule || youngest >= rule.age) return false;
    // A gorilla park's visit is the trek; a walking rule binds only a trip asked to walk.
    return /gorilla/i.test(rule.activity) || walking;
  });
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month and year a book's copy names ("South Luangwa in August 2027 suits …"), if any. */
function bookedMonth(got: FinalOutcome): { month: number; year: number } | undefined {
  if (got.result.kind === 'refused') return undefined;
  const m = /\b(january|february|march|april|may|june|july|august|september|october|november|december) (20\d\d)\b/i.exec(got.result.content.verdict.summary);
  return m ? { month: MONTH_NAMES.indexOf(m[1]!.toLowerCase()) + 1, year: Number(m[2]) } : undefined;
}

function emptyConfusion(): ConversationRun['confusion'] {
  const m = {} as ConversationRun['confusion'];
  for (const a of OUTCOMES) {
    m[a] = {} as Record<Outcome, number>;
    for (const b of OUTCOMES) m[a][b] = 0;
  }
  return m;
}

const PLACED = new Set<Outcome>(['book', 'wait', 'switch']);

/** What a decision is judged on: the product's reply, or another labeller's label of the same conversation. */
export interface Judged {
  outcome: Outcome;
  reason?: string;
  missing: string[];
  names: (id: string) => boolean;
}
export type Expected = ConversationFixture['expected'];

/** Exactly as labelled: outcome, refusal reason, the place where the outcome is about one, the inputs asked. */
export function meetsLabel(want: Expected, got: Judged): boolean {
  return (
    got.outcome === want.outcome &&
    (want.refusal_reason === undefined || got.reason === want.refusal_reason) &&
    // A place is judged only where the outcome is about one (book, wait, switch): a refusal or
    // a discard names none, whatever place the writer noted (the sets' own spec says so).
    (want.destination === undefined || !PLACED.has(want.outcome) || got.names(want.destination)) &&
    (want.missing_inputs === undefined || want.missing_inputs.every((f) => got.missing.includes(f)))
  );
}

/** As labelled, or one of the other outcomes the label also accepts (the figure issue 14 targets). */
export function acceptableTo(want: Expected, got: Judged): boolean {
  return meetsLabel(want, got) || (want.acceptable_outcomes ?? []).includes(got.outcome);
}

/** A reply that carries a pointer and the standing decision is judged on whichever the label expected. */
export function judgedReply(reply: FinalOutcome, want: Expected): FinalOutcome {
  return reply.stands && !meetsLabel(want, reply) && meetsLabel(want, reply.stands) ? reply.stands : reply;
}

/** Runs every conversation of a folder or file and scores the final outcomes. */
export function runConversations(path: string, pack: PackIndex): ConversationRun {
  const convs = loadConversations(path);
  const run: ConversationRun = { total: convs.length, correct: 0, acceptable: 0, unsafeBooks: [], confusion: emptyConfusion(), misses: [] };
  for (const c of convs) {
    const want = c.expected;
    const got = judgedReply(finalOutcome(c, pack), want);
    run.confusion[want.outcome][got.outcome] += 1;
    const exact = meetsLabel(want, got);
    const acceptable = acceptableTo(want, got);
    if (exact) run.correct += 1;
    if (acceptable) run.acceptable += 1;
    if (isUnsafeBook(c, got, pack)) run.unsafeBooks.push(c.id);
    if (!exact) {
      run.misses.push({
        id: c.id,
        ...(c.class ? { class: c.class } : {}),
        expected: [want.outcome, want.destination ?? want.refusal_reason, want.missing_inputs?.join('+')].filter(Boolean).join(':'),
        actual: [got.outcome, got.reason, got.missing.length ? got.missing.join('+') : undefined].filter(Boolean).join(':'),
        acceptable,
      });
    }
  }
  return run;
}
