import type { Activity } from '../../domain/trip-inputs';

// Activities named on normalized text, each with a season or an age limit in the pack.
// A canoe is the activity, not a word about boats in general ("a boat cruise" is not one). A
// mokoro is the Delta's dugout canoe: the pack's canoe age (12 in the Okavango) binds it too.
const READERS: ReadonlyArray<[Activity, RegExp]> = [
  ['devils_pool', /\b(?:devil|angel)'?s pool\b|\bpiscine du diable\b|\bteufelspool\b/],
  ['canoeing', /\b(?:canoe(?:s|ing)?|canoa|kanu(?:tour|fahrt|s)?|kayak(?:s|ing)?|cano[eë]s?|mokoros?|mekoro)\b/],
  // White-water rafting below the falls (a raft on the Zambezi's gorge rapids), not a float or a boat cruise.
  ['rafting', /\b(?:(?:white[- ]?water )?raft(?:ing|ed)?|whitewater|wildwasser\w*|aguas bravas|eaux vives)\b/],
  // SANParks' multi-day guided wilderness trails in Kruger (with their own ages: 12 to 65).
  ['wilderness_trail', /\bwilderness trails?\b/],
  // The bungee jump off the Victoria Falls bridge (also "bungy", "saut a l'elastique").
  ['bungee', /\b(?:bung(?:ee|y)(?:[- ]?jump\w*)?|saut a l'elastique|puenting)\b/],
];

/** The activities a message names, in the order of ACTIVITIES; undefined when none. */
export function namedActivities(t: string): Activity[] | undefined {
  const out = READERS.filter(([, re]) => re.test(t)).map(([a]) => a);
  return out.length > 0 ? out : undefined;
}
