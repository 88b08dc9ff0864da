import type { Priority } from '../../domain/trip-inputs';

/**
 * "We wanted gorillas in Rwanda, but any great wildlife trip would do", "a beach in Zanzibar, though any beach
 * holiday works", "anything with good wildlife is fine": the traveler names a plan, then says that any trip of a
 * broader kind would do. The kind said is what the trip is for; the plan's own point (the gorillas) and its place
 * or country are a starting point, not a bound (open-elsewhere.ts marks the place; this reader names the kind).
 * Not: a refusal ("not just any safari", "no other trip would do") nor "X or nothing", which bind.
 */
const KIND: ReadonlyArray<readonly [RegExp, Priority]> = [
  [/^(?:wildlife|game|game viewing|animals?|safari|bush|nature)\b/, 'wildlife_density'],
  [/^(?:beach|island|coast|seaside)\b/, 'beach'],
];
const ADJ = String.raw`(?:(?:great|good|nice|decent|proper|real|other|fun|amazing|fantastic|lovely|memorable|family)\s+)*`;
const NOUN = String.raw`(?:trip|safari|holiday|vacation|experience|adventure|option|destination|place|park|break|tour)s?`;
const ASSENT = String.raw`(?:would|will|'d|'ll|could|should)?\s*(?:do|work|suit us|be (?:fine|ok|okay|great|good|perfect|welcome))|(?:is|are|'s)\s+(?:fine|ok|okay|great|good|welcome)|works|suits us`;
const OPEN_KIND = new RegExp(
  String.raw`\b(?:any|anything with|whatever)\s+${ADJ}((?:wildlife|game viewing|game|animals?|safari|bush|nature|beach|island|coast|seaside)\b)(?:\s+(?:viewing|rich))?(?:\s+${NOUN})?\s+(?:${ASSENT})\b` +
    String.raw`|\bopen to (?:any|other)\s+${ADJ}((?:wildlife|game|safari|bush|nature|beach|island)\b)(?:\s+${NOUN})?`,
);
// A part of the trip: its first or last days, what comes before or after its point, an add-on or extension.
const PART = /\b(?:for|on|during) (?:the |our |a )?(?:last|final|first|closing|remaining|extra|spare|other) (?:(?:few|couple of|two|three|four|2|3|4) )?(?:days?|nights?|part|leg|stretch|bit)\b|\b(?:after|before|following) (?:the |our |that |this |a )?(?:trek|trekking|safari|gorillas?|permits?|game drives?|park|bush|mountain|climb|that|it|this)\b|\bafterwards\b|\bat the (?:end|start|beginning)\b|\bto (?:finish|end|wrap up|start|begin)\b|\b(?:add[ -]on|extension|add (?:on )?a few days|tack on|extend)\b/;
const REFUSED = /\b(?:not|no|never|n't|nor)\s+(?:just\s+)?(?:any|other|anything)\b[^.!?;]{0,30}\b(?:do|work|fine|ok|okay)\b|\bor nothing\b|\bnowhere else\b/;

/** The kind of trip the traveler said any of would do, as the priority it stands for; undefined when none was said. */
export function openToKind(t: string): Priority | undefined {
  const hit = OPEN_KIND.exec(t);
  if (!hit || REFUSED.test(t)) return undefined;
  // "for the last few days after the trek any beach would do": the kind is said of one part of the trip, not of its point.
  const sentence = t.slice(0, hit.index).split(/[.!?;]/).at(-1)! + t.slice(hit.index).split(/[.!?;]/)[0]!;
  if (PART.test(sentence)) return undefined;
  const kind = (hit[1] ?? hit[2])!;
  return KIND.find(([re]) => re.test(kind))?.[1];
}
