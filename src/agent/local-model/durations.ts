import type { Mention } from './mention';
import { DONE_WITHIN, WHEN_AFTER } from './dates';
import { MONTH_SOURCE } from './months';

/**
 * Trip length in days. A stay of N nights spans N + 1 calendar days, so "10 nights" is
 * 11 days, the safari trade's "11 days / 10 nights", and the same count a date range
 * gives (14–28 July: 14 nights, 15 days). Weeks are 7 days, a fortnight 14, a month 30.
 * A range ("7-10 days") keeps its upper bound: the longest trip they are planning for.
 */
const UNIT_DAYS: Record<string, number> = { day: 1, night: 1, week: 7, fortnight: 14, month: 30 };

const QTY = '(\\d{1,3}(?:\\.5)?|a|an|one|a couple of|couple of|a few|half a|a half)';
const RANGE = `(?:${QTY}\\s*(?:-|to|or)\\s*)?`;
const DURATION = new RegExp(
  `\\b${RANGE}${QTY}(\\s+and\\s+a\\s+half)?[\\s-]*(?:(?:slow|quick|short|relaxed|relaxing|lazy|full|whole|busy|quiet|gentle)\\s+)?(days?|nights?|nites?|nts|weeks?|wks?|fortnights?|months?)(\\s+and\\s+a\\s+half)?\\b(?!'?s?\\s+time)`,
  'g',
);

function qty(q: string | undefined): number | undefined {
  if (q === undefined) return undefined;
  if (q === 'a' || q === 'an' || q === 'one') return 1;
  if (q === 'half a' || q === 'a half') return 0.5;
  if (q.includes('couple')) return 2;
  if (q === 'a few') return undefined;
  return Number(q);
}

function unitDays(u: string): number {
  if (u.startsWith('night') || u.startsWith('nite') || u === 'nts') return 1;
  if (u.startsWith('w')) return 7;
  if (u.startsWith('fortnight')) return 14;
  if (u.startsWith('month')) return 30;
  return 1;
}

interface Span {
  at: number;
  end: number;
}
type DurationHit = Mention<number> & { end: number; nights: boolean };

// "the first week of December", "last 2 weeks of July": the weeks are the trip.
const WEEKS_OF_MONTH = new RegExp(`\\b(?:first|last|second|third|final|1st|2nd|3rd)\\s+(?:(\\d)\\s+)?weeks?\\s+(?:of|in)\\s+(?:${MONTH_SOURCE})\\b`, 'g');

/** Every stated trip length, in days. */
export function durationMentions(text: string): Array<Mention<number>> {
  const hits = durationHits(text);
  // "three weeks off in September, but only a week on safari": the leave holds the trip, the other length is it.
  const leave = (h: DurationHit) => TIME_OFF.test(text.slice(h.end, h.end + 30));
  const trip = hits.some((h) => !leave(h)) ? hits.filter((h) => !leave(h)) : hits;
  return trip.map(({ at, value }) => ({ at, value }));
}
const TIME_OFF = /^\s*(?:off(?! season)|of (?:leave|holiday|annual leave|vacation|time off)|leave|holiday(?:s)? (?:from work|booked))\b/;

// "fortnight in Botswana": a fortnight is a length even without "a" before it (not "next fortnight", "every fortnight").
const BARE_FORTNIGHT = /(?<!\b(?:a|one|next|this|last|every|each|per|the|that|a whole|an extra)\s+)(?<![\d-]\s*)\bfortnight\b(?!'?s?\s+(?:time|ago|notice))/g;

function durationHits(text: string): DurationHit[] {
  const out: DurationHit[] = [];
  for (const m of text.matchAll(BARE_FORTNIGHT)) {
    if (/\b(?:within|in|by|past|for the)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.index! - 14), m.index!)) && !/^\s+(?:in|on|at)\b/.test(text.slice(m.index! + 9))) continue;
    out.push({ at: m.index!, end: m.index! + m[0].length, value: 14, nights: false });
  }
  for (const m of text.matchAll(WEEKS_OF_MONTH)) {
    if (m[1] === undefined) out.push({ at: m.index!, end: m.index! + m[0].length, value: 7, nights: false });
  }
  for (const m of text.matchAll(DURATION)) {
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 24);
    // Ages, lead times and past trips are not the trip's length.
    if (/^\s*(?:old|ago|before|beforehand|prior|notice|from now|later|earlier|away)\b/.test(after)) continue;
    if (/\b(?:aged?|ages|last|past|previous|for the last|within|by)\s+$/.test(before)) continue;
    // "haven't picked a month yet", "still have to choose a month": the month to choose, not the trip's length.
    if (/\b(?:pick|picked|picking|choose|chose|chosen|choosing|select|selected|decide on|decided on|settle on|settled on|fix on|fixed on|narrow(?:ed)? (?:it )?down to)\s+$/.test(before) && /^an?\s/.test(m[0]) && m[4]!.startsWith('month')) continue;
    // "3-4 nights per camp", "move every 2 days": the rhythm of a trip, not its length.
    if (/\b(?:every|each)\s+$/.test(before) || /^\s*(?:per|in each|at each|each|a|at every|in every)\s+(?:camp|lodge|stop|place|park|location|property|destination|area)\b/.test(after)) continue;
    // "give or take a couple of months", "plus or minus a week", "flexible by up to 2 months": how far the dates can move, not the trip.
    if (/\b(?:give or take|plus or minus|\+\/-|either side|or so,? by|(?:move|moving|shift|shifting|slide|sliding|budge|flex|vary|change)(?: (?:it|them|things|the dates|dates|the trip))?(?: by)?|flexib(?:le|ility) (?:by|of))\s+(?:about\s+|around\s+|up to\s+|maybe\s+)?$/.test(before) || /^\s*(?:or so,?\s+)?(?:either (?:side|way)|earlier or later|later or earlier|of flexibility|leeway|wiggle room)\b/.test(after)) continue;
    if (/\bin\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$/.test(before) && !/^\s+(?:in|on|at)\b/.test(after) && !WHEN_AFTER.test(after) && !DONE_WITHIN.test(text.slice(Math.max(0, at - 50), at).replace(/\bin\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$/, ''))) continue;
    const unit = m[4]!;
    let n = qty(m[2]);
    if (n === undefined) continue;
    // "3 hours a day", "twice a week" are rates, not the trip's length.
    if (!m[1] && /^(?:a|an)$/.test(m[2]!) && !/\b(?:for|just|only|spend|spending|about|around|in)\s+$/.test(before)) {
      if (/\b(?:hours?|hrs?|h|times|twice|once|km|miles|drive|driving|game drives?|\d+|\d+\s*h)\b[^.,;!?]{0,14}$/.test(before) || /^\s*(?:max|maximum|tops)\b/.test(after)) continue;
    }
    if (m[3] || m[5]) n += 0.5;
    let days = Math.floor(n * unitDays(unit));
    if (unit.startsWith('night') || unit.startsWith('nite') || unit === 'nts') days += 1;
    if (days < 1 || days > 120) continue;
    out.push({ at, end: at + m[0].length, value: days, nights: unitDays(unit) === 1 && !unit.startsWith('day') });
  }
  return out.sort((a, b) => a.at - b.at);
}

// A length tied to one place: "3 nights in Amboseli", "Chobe for 2 nights", "one week Chobe".
const TO_PLACE_AFTER = /^\s*(?:(?:in|at|on|of)\s+)?(?:the\s+)?$/;
const TO_PLACE_BEFORE = /^\s*(?:for\s+(?:about\s+|around\s+)?)?$/;
// Words that make a place's stay one part of a longer trip.
const PART_CUE = /\+|\b(?:then|at the (?:end|start|beginning)|after(?:wards)?|before|followed by|plus|extension|to (?:finish|end|start)|combined with|as well(?! as\b)|in addition)\b/;

/**
 * Trip lengths read place by place. Stays tied to places and chained ("3 nts in Amboseli
 * then 4 nts Tsavo", "one week Chobe, one week Zanzibar") add up to the trip: nights sum
 * to one stay, so 3 + 4 nights are 8 days. A single stay tied to one place that the
 * message marks as a part ("Vic Falls for 2 nights at the end", "+ 3 nights Vic Falls")
 * is not the trip's length, and yields nothing. `undefined` when the message has no such
 * structure and the ordinary mentions decide.
 */
export function segmentedTripDays(text: string, places: readonly Span[], cues: readonly number[]): number | null | undefined {
  const hits = durationHits(text);
  if (hits.length === 0 || places.length === 0) return undefined;
  const tied = hits.filter((h) =>
    places.some((p) => (p.at >= h.end && TO_PLACE_AFTER.test(text.slice(h.end, p.at)) && p.at - h.end <= 12) || (p.end <= h.at && TO_PLACE_BEFORE.test(text.slice(p.end, h.at)) && h.at - p.end <= 20)),
  );
  if (hits.length === 1 && tied.length === 0 && addedStop(text, hits[0]!, places)) return null;
  if (tied.length !== hits.length) return undefined;
  if (tied.length >= 2) {
    if (cues.some((c) => c > tied[0]!.at && c < tied.at(-1)!.at)) return undefined;
    const nights = tied.filter((h) => h.nights).length;
    const days = tied.reduce((sum, h) => sum + h.value, 0);
    return nights > 0 ? days - nights + 1 : days;
  }
  // Alone, "Manyara 3 days" after "Tarangire +" is the whole combo's length; only a stay
  // that names its place after it or with "for" ("Vic Falls for 2 nights") is a part.
  const one = tied[0]!;
  const namedPart = places.some((p) => (p.at >= one.end && p.at - one.end <= 12 && TO_PLACE_AFTER.test(text.slice(one.end, p.at))) || (p.end <= one.at && /^\s*for\s/.test(text.slice(p.end, one.at)) && TO_PLACE_BEFORE.test(text.slice(p.end, one.at))));
  if (!namedPart) return undefined;
  const from = Math.max(...['.', '!', '?', ';'].map((c) => text.lastIndexOf(c, one.at))) + 1;
  const ends = ['.', '!', '?', ';'].map((c) => text.indexOf(c, one.end)).filter((i) => i >= 0);
  const sentence = text.slice(from, ends.length ? Math.min(...ends) : text.length);
  return PART_CUE.test(sentence) ? null : undefined;
}

// "Zanzibar after the safari for 4 nights", "add Zanzibar at the end, 4 nights": one stop put at an end of the trip.
// "5 days beach in Zanzibar as well": a stop added to the trip already said, its stay only.
const ADDED_STOP = /\b(?:as well(?! as\b)|in addition|on top of (?:that|it|the safari))\b|\b(?:after (?:the|our|a) (?:safari|trip|tour|bush)|at the (?:end|start|beginning)|add(?:ing|ed)?|tack(?:ed)? on|extension|to (?:finish|end|start) (?:off|with|it)?)\b/;
const WHOLE_TRIP = /\b(?:total|in all|altogether|overall|whole|entire|all in|in total)\b/;

/**
 * A single length said in the same clause as one place that the clause adds at an end of
 * the trip: that stop's stay, not the trip's length (nothing is read). A length called the
 * whole trip's ("10 days in total") stays the trip's.
 */
function addedStop(text: string, hit: DurationHit, places: readonly Span[]): boolean {
  const from = Math.max(...['.', '!', '?', ';', '\n'].map((c) => text.lastIndexOf(c, hit.at))) + 1;
  const ends = ['.', '!', '?', ';', '\n'].map((c) => text.indexOf(c, hit.end)).filter((i) => i >= 0);
  const clause = text.slice(from, ends.length ? Math.min(...ends) : text.length);
  const near = places.filter((p) => p.at >= from && p.end <= from + clause.length && Math.min(Math.abs(hit.at - p.end), Math.abs(p.at - hit.end)) <= 40);
  return near.length === 1 && places.filter((p) => p.at >= from && p.end <= from + clause.length).length === 1 && ADDED_STOP.test(clause) && !WHOLE_TRIP.test(clause);
}
