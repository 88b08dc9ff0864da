import type { Extraction } from '../extraction-schema';

/**
 * One child given two ages in the same message: "our daughter just turned 11, and since she's 15 the trek is fine",
 * "my son is 9 – he's 12 so the walk is allowed". The message names a single child (a daughter, a son, "our girl") and a
 * pronoun for that child states a second, different age now; the age reader then counts two children. Both cannot hold,
 * and the age is what a permit's limit turns on, so the ages are the conflict; the youngest age is the one kept, so a
 * later answer that settles only the count never leaves an older age to pass a limit.
 * Not a conflict: an age the child will reach ("she'll be 12 by July", "turns 15 in June"), a second child named
 * ("our son is 9 and our daughter 12", "the kids"), a correction said as one ("actually", "sorry", "I mean").
 */
const ONE_CHILD = /\b(?:our|my)\s+(?:(?:little|youngest|eldest|oldest|only)\s+)?(daughter|son|girl|boy)\b/g;
const MORE_CHILDREN = /\b(?:kids|children|daughters|sons|girls|boys|twins|siblings|grandchildren|grandkids|both|brother|sister|youngest|oldest|eldest)\b/;
const CORRECTING = /\b(?:actually|sorry|oops|correction|mistake|typo|i mean|i meant|rather|not \d{1,2})\b/;
const FUTURE = /\b(?:will|'ll|by|turns?|turning|when|next|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/;

export function oneChildTwoAges(t: string, out: Extraction): { earlier: number; kept: number } | undefined {
  const ages = out.child_ages;
  if (!ages || ages.length !== 2 || ages[0] === ages[1]) return undefined;
  const nouns = [...t.matchAll(ONE_CHILD)];
  if (nouns.length !== 1 || MORE_CHILDREN.test(t) || CORRECTING.test(t)) return undefined;
  const pronoun = /^(?:daughter|girl)$/.test(nouns[0]![1]!) ? 'she' : 'he';
  const after = t.slice(nouns[0]!.index!);
  // The pronoun's age said as now ("she's 15", "since he is 16"), not as one to come.
  const said = new RegExp(`\\b${pronoun}(?:'s| is| was)\\s+(?:already\\s+|now\\s+)?(\\d{1,2})\\b(?!\\s*(?:days?|nights?|weeks?|months?|kg|cm|%))`).exec(after);
  if (!said) return undefined;
  if (FUTURE.test(after.slice(Math.max(0, said.index - 20), said.index))) return undefined;
  const second = Number(said[1]);
  if (!ages.includes(second)) return undefined;
  const first = ages.find((a) => a !== second)!;
  return { earlier: Math.max(first, second), kept: Math.min(first, second) };
}
