/**
 * A value found in a message, with where it was found. Matchers return every mention
 * so the orchestrator can apply "the later statement wins" after a correction cue.
 */
export interface Mention<T> {
  readonly at: number;
  readonly value: T;
}

// Words travelers use to take back what they just said ("no wait", "actually make it").
const CORRECTION_CUE =
  /\b(?:actually|no wait|(?<!\b(?:can'?t|cannot|can not|couldn'?t) )wait(?! (?:to|for|till|until))|sorry|scratch that|i mean|i meant|make (?:it|that)|change (?:it|that) to|(?<=\b(?:change|changing|move|moving|switch|switching|shift|shifting|swap|swapping)\b[^.!?]{1,30}?)\bto(?=\s)|correction|on second thought|second thoughts|oops|my bad|(?<=\?\s{0,3})no(?=\s*[,.!;-])|rather(?! than)|instead(?! of)|let'?s say|update|now (?:it'?s|we'?re)|turns out|changed? (?:our|my) minds?|new plan|but (?:actually |really |in fact )?(?:it'?s|we'?re|we are|there(?:'s| is|'re| are| will be))(?= (?:\d|only|just|actually|really)))\b/g;

/** Character offsets of every correction cue in normalised text. */
export function correctionCues(text: string): number[] {
  return [...text.matchAll(CORRECTION_CUE)].map((m) => m.index);
}

/**
 * Chooses among mentions of one field: after the last correction cue that is followed by
 * a mention, the first mention after it wins; without a correction, the first mention
 * wins (later ones usually qualify it: "July or August", "7 days, maybe 8").
 */
export function pick<T>(mentions: readonly Mention<T>[], cues: readonly number[]): T | undefined {
  if (mentions.length === 0) return undefined;
  const sorted = [...mentions].sort((a, b) => a.at - b.at);
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    const after = sorted.find((m) => m.at > cue);
    if (after && sorted.some((m) => m.at < cue)) return after.value;
  }
  return sorted[0]!.value;
}
