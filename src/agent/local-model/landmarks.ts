import type { DestinationId } from '../../domain/trip-inputs';

/**
 * Places a traveler names through a landmark seen from them rather than by their own
 * name: "to see Kilimanjaro and elephants", "Kilimanjaro in the background of our photos",
 * "under Kilimanjaro". Of the pack's places only Amboseli sits below the mountain with
 * the classic view (its February note: clear mornings for Kilimanjaro views). Climbing it,
 * or flying into its airport, is no wish for the view.
 */
const VIEWED: ReadonlyArray<readonly [DestinationId, RegExp]> = [
  [
    'amboseli',
    /\b(?:see|seeing|view|views|viewing|look at|looking at|photograph|photographing|photos? of|pictures? of|shots? of|backdrop|sight of|glimpse|below|beneath|under|underneath|foot of|shadow of|in front of|facing|admire|admiring)\b[^.!?;]{0,30}\bkilimanjaro\b|\bkilimanjaro\s+(?:(?:zu|te)\s+)?(?:see|seeing|sehen|zien|bekijken|betrachten|bewundern|fotografieren|fotograferen)\b|\bkilimanjaro\b[^.!?;]{0,25}\b(?:views?|backdrop|in the background|behind (?:them|the)|at sunrise|at sunset|rising)\b/,
  ],
];
const NOT_A_VIEW = /\b(?:climb\w*|summit\w*|trek\w*|hik(?:e|es|ing)|ascent|top of|airport|jro|fly (?:in|into|to|via)|flights? (?:to|into|via))\b[^.!?;]{0,25}\bkilimanjaro\b|\bkilimanjaro\b\s*(?:airport|\(jro\)|jro|international|climb\w*|trek\w*|summit|hike)\b/;

/** Places wished for through a landmark seen from them. */
export function viewedPlaces(text: string): DestinationId[] {
  if (NOT_A_VIEW.test(text)) return [];
  return VIEWED.filter(([, re]) => re.test(text)).map(([id]) => id);
}
