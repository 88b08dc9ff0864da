import type { DestinationId } from '../../domain/trip-inputs';

/**
 * Places a traveler names through a landmark seen from them rather than by their own
 * name: "to see Kilimanjaro and elephants", "Kilimanjaro in the background of our photos",
 * "under Kilimanjaro" (the mountain right after the word: "under $3,500 … Kilimanjaro" is a budget). Of the pack's places only Amboseli sits below the mountain with
 * the classic view (its February note: clear mornings for Kilimanjaro views). Climbing it,
 * or flying into its airport, is no wish for the view.
 */
const VIEWED: ReadonlyArray<readonly [DestinationId, RegExp]> = [
  [
    'amboseli',
    /\b(?:see|seeing|view|views|viewing|look at|looking at|photograph|photographing|photos? of|pictures? of|shots? of|backdrop|sight of|glimpse|admire|admiring)\b[^.!?;]{0,30}\bkilimanjaro\b|\b(?:below|beneath|under|underneath|foot of|shadow of|in front of|facing)\s+(?:the\s+|mount\s+|mt\.?\s+|mighty\s+|snowy\s+|majestic\s+)*kilimanjaro\b|\bkilimanjaro\s+(?:(?:zu|te)\s+)?(?:see|seeing|sehen|zien|bekijken|betrachten|bewundern|fotografieren|fotograferen)\b|\bkilimanjaro\b[^.!?;]{0,25}\b(?:views?|backdrop|in the background|behind (?:them|the)|at sunrise|at sunset|rising)\b/,
  ],
];
// Arriving at or staying by the mountain names a gateway in Tanzania (its airport, Moshi, Arusha), not Kenya's Amboseli.
const NOT_A_VIEW = /\b(?:climb\w*|summit\w*|trek\w*|hik(?:e|es|ing)|ascent|top of|airport|jro|fly (?:in|into|to|via)|flying (?:in|into|to|via)|flights? (?:to|into|via)|arriv\w*|land(?:s|ing)? (?:at|in)|touch(?:ing)? down (?:at|in)|staying|based|living|moshi|arusha|marangu)\b[^.!?;]{0,30}\bkilimanjaro\b|\bkilimanjaro\b[^.!?;]{0,30}\b(?:moshi|arusha|marangu)\b|\bkilimanjaro\b\s*(?:airport|\(jro\)|jro|international|climb\w*|trek\w*|summit|hike)\b/;

/** Places wished for through a landmark seen from them. */
export function viewedPlaces(text: string): DestinationId[] {
  if (NOT_A_VIEW.test(text)) return [];
  return VIEWED.filter(([, re]) => re.test(text)).map(([id]) => id);
}
