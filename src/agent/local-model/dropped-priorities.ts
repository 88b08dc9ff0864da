import type { Priority } from '../../domain/trip-inputs';

/**
 * Priorities the traveler withdraws: "forget the walking", "gorillas were just one
 * idea", "we're not set on the beach any more". The merge keeps priorities as a union,
 * so a withdrawal clears them and restates the rest (extract.ts).
 */
const WORDS: ReadonlyArray<readonly [Priority, string]> = [
  ['gorillas', 'gorillas?(?: trek(?:king)?| permits?)?'],
  ['walking', 'walking(?: safaris?)?|walks|bush ?walks'],
  ['beach', 'beach(?: time| days?| extension)?|zanzibar beach|coast|seaside'],
  ['migration', 'migration|river crossings?|crossings|calving'],
  ['birding', 'birds|birding|birdwatching'],
  ['big_five', 'big (?:5|five)'],
  ['photography', 'photography|photos'],
  ['comfort', 'luxury|comfort'],
];
const NAMES = WORDS.map(([, w]) => `(?:${w})`).join('|');
const BEFORE = new RegExp(String.raw`\b(?:forget|drop|skip|scrap|scratch|ditch|never ?mind|no more|not set on|not fussed about|not bothered about|we can do without|don'?t need)\s+(?:about\s+)?(?:the\s+)?(${NAMES})\b`, 'g');
const AFTER = new RegExp(String.raw`\b(${NAMES})\s+(?:was|were|is|are)\s+(?:just|only)\s+(?:one|1|an?)\s+(?:idea|option|thought|possibility|nice[ -]to[ -]have)\b|\b(${NAMES})\s+(?:isn'?t|aren'?t|is not|are not)\s+(?:essential|a must|important|needed|the point)\b`, 'g');

/** The priorities a message withdraws. */
export function droppedPriorities(text: string): Priority[] {
  const out = new Set<Priority>();
  for (const re of [BEFORE, AFTER]) {
    for (const m of text.matchAll(re)) {
      const said = m[1] ?? m[2]!;
      for (const [p, w] of WORDS) if (new RegExp(`^(?:${w})$`).test(said)) out.add(p);
    }
  }
  return [...out];
}
