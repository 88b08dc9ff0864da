import type { FlexibleUntil } from '../../domain/trip-inputs';
import { timingMentions } from './dates';
import { MONTH_SOURCE, monthNumber } from './months';

/**
 * How far a flexible traveler said the trip can move, read as a window clause: "we can
 * push it to October" (or "to July or August": the later), "on peut décaler jusqu'à
 * octobre", "anything from March to October next year works", "any time in the next 12
 * months", "anytime in the first half of next year", "any time in the first 9 months of
 * 2027", "February, but could easily be later in the year". The latest month said,
 * resolved against today: a month already past this year is next year's. Each clause's
 * span is reported too, so the timing reader does not take the window's months for the
 * trip's (extract.ts).
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Abbreviations too ("could also do jan or feb", "Sept"), as the timing reader reads them.
const MONTH = `(${MONTH_SOURCE})`;
const idx = (word: string | undefined): number => (word ? monthNumber(word) - 1 : -1);
const YEAR = String.raw`(?:\s+(\d{4}|next year|this year))?`;
// "or August", "/August": a second month offered in the same breath; the window reaches the later one.
const OR_MONTH = String.raw`(?:\s*(?:or|and|\/)\s*(?:even\s+)?${MONTH})?`;
// A move or a freedom of timing, then how far: "push it (back) to October", "flexible until November".
// "move it to September" is a new month, not a window: bare "to" counts only after push, postpone or delay,
// or when the move is offered only if needed ("we can move it to June if needed").
const UNTIL = new RegExp(
  String.raw`(?:\b(?:move|moving|shift|shifting|change|changing|flexible|flexibility|anytime|any time|whenever|(?:can|could) (?:go|travel))\b[^.!?;]{0,30}?\b(?:until|till|up to|as late as|through|bis)|\b(?:push|pushing|postpone|postponing|delay|delaying)\b[^.!?;]{0,15}?\b(?:until|till|up to|as late as|to|into)|\b(?:move|moving|shift|shifting)\b[^.!?;]{0,15}?\bto(?=[^.!?;]{0,40}\bif (?:needed|necessary|need be|required|we must|(?:that'?s |it'?s )?better)\b))\s+(?:the\s+)?(?:end of\s+|late\s+)?(?:next\s+)?${MONTH}${OR_MONTH}${YEAR}\b(?!(?:\s+(?:\d{4}|next year|this year))?\s+instead)`,
);
// "anything from March to October works", "any time between May and August", "sometime between July and Sept", "we could go June to September", "flexible Feb-June".
const RANGE = new RegExp(
  String.raw`\b(?:anything|anywhere|any ?time|some ?time|whenever|any month|(?:can|could) (?:go|travel|do it)|(?:can|could) (?:move|shift|push|change) (?:it|the trip|the dates|things)|flexible|happy|open)\b[^.!?;]{0,20}?\b(?:from|between)?\s*${MONTH}(?:\s+(?:to|until|till|through|and|-)\s+|\s*-\s*)(?:the\s+)?(?:end of\s+)?${MONTH}${YEAR}\b`,
);
// "Christmas OR next July — we have leave both times": two periods offered, either of which works.
const EITHER = new RegExp(
  String.raw`\b(?:${MONTHS.join('|')}|christmas|xmas|new year|easter)\b(?:\s+\d{4})?\s+or\s+(?:next\s+|this\s+)?${MONTH}(?:\s+(\d{4}))?\b(?=[^.!?]{0,50}\b(?:both|either)\s+(?:times|dates|months|periods|options|one|work|works|would work|are fine|is fine|suits?|are good|is good)\b)`,
);
// "we could also do August", "January to March would also be possible for us": another month or span offered beside the trip's.
// "could do Sept instead", "we could do June to September instead if better": a month offered with a modal, beside the trip's.
const ALSO = new RegExp(
  String.raw`\b(?:could|might) (?:do|go|travel|make)(?: it)?(?: (?:in|during))?\s+(?:early\s+|mid-?\s*|late\s+)?${MONTH}(?:\s*(?:or|and|to|-|until|through)\s*${MONTH})?${YEAR}\s+instead\b|\b(?:could|can|would|might) also (?:do|go|travel|make|manage)(?: (?:in|it in|during))?\s+(?:early\s+|mid-?\s*|late\s+)?${MONTH}(?:\s*(?:or|and|to|-|until|through)\s*${MONTH})?${YEAR}\b|\b${MONTH}(?:\s*(?:or|and|to|-|until|through)\s*${MONTH})?${YEAR}\s+(?:would|could|is|are|will|might)\s+(?:also|equally|just as well)\s+(?:be\s+)?(?:possible|fine|ok|okay|work|an option|doable|good)\b|\b${MONTH}(?:\s*(?:or|and|to|-)\s*${MONTH})?\s+(?:also|too)\s+(?:possible|works|work|fine)\b`
    // "also July or August would be OK", "July or August would work too", "August would be fine as well": the offer's "also" said
    // around it, with a modal (a plain "August is fine too" after "make it March" is left to the readers of corrections).
    + String.raw`|\balso,?\s+${MONTH}(?:\s*(?:or|and|\/)\s*${MONTH})?${YEAR}\s+(?:would|could|will|might|is|are)\s+(?:(?:also|equally)\s+)?(?:be\s+)?(?:possible|fine|ok|okay|work|good|doable|an option|great)\b`
    + String.raw`|\b${MONTH}(?:\s*(?:or|and|\/)\s*${MONTH})?${YEAR}\s+(?:would|could|might)\s+(?:be\s+)?(?:possible|fine|ok|okay|work|good|doable|an option|great)\s+(?:too|as well)\b`,
);
// "the school break is also in August, we could do that instead", "we're also free in October", "August could work too,
// we could go then instead": a second month offered as an alternative to the trip's, said with "also" or "that … instead".
// A bare "also in August" dates something else ("our anniversary is also in August", "he is getting married also in
// August, so we can't go then"): "also" offers a month only beside a freedom ("also free in") or a going verb.
const OFFERED = new RegExp(
  String.raw`\b(?:(?:also|too)\s+(?:free|off|available|possible|on holiday|on leave)|(?:go|travel|come|do it|make it)\s+(?:also|too))\s+(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?${MONTH}${YEAR}\b|\b${MONTH}${YEAR}\b[^.!?;]{0,50}?\b(?:could|can|might|may)\s+(?:(?:do|go|travel|make)\s+)?(?:that|it|then|that one|this)\s+instead\b`,
);
// "whenever next year", "any time in 2027", "anything in 2027 works": the whole of that year.
const WHOLE_YEAR = /\b(?:any ?time|whenever|any month|anything)\b[^.!?;]{0,12}?\b(?:(?:in\s+)?(next year|\d{4}))\b/;
// "I can move it to whenever", "any time suits": no bound said, so a year from now.
const UNBOUNDED = /\b(?:(?:can|could) (?:move|shift|push|change|go|travel|do it)(?: (?:it|them|the (?:trip|dates)))? (?:to |at )?(?:whenever|any ?time|any month)(?! (?:in|next|this|before|after|until|till|between|from|up|by|through|within)\b)|(?:whenever|any ?time) (?:suits|works|is best|is better|you (?:say|think|recommend)))\b/;
const NEXT_MONTHS = /\b(?:any ?time|whenever|anything|flexible)\b[^.!?;]{0,20}?\b(?:in|within|over) the (?:next|coming) (\d{1,2}) months\b/;
const HALF = /\b(?:any ?time|whenever|flexible)\b[^.!?;]{0,20}?\bin the (first|second) half of (next year|this year|\d{4})\b/;
const FIRST_MONTHS = /\b(?:any ?time|whenever|anything|flexible)\b[^.!?;]{0,20}?\bin the first (\d{1,2}) months of (next year|this year|\d{4})\b/;
// "February if possible, but could easily be later in the year": a month said, then the rest of its year.
const LATER_IN_YEAR = /\b(?:(?:could|can|might|may|would)\s+(?:easily\s+|also\s+|just as well\s+)?(?:be|go|travel|do it|move it|push it)|or|any ?time|anywhere)\s+later\s+(?:in|that|this)\s+(?:the\s+)?year\b|\blater in the year (?:(?:is|would be|works?) (?:fine|ok|okay|good)|too|also|as well)\b/;

// "flexible by up to 3 months", "we can move it by a month or two", "give or take 2 months", "a month either way":
// a shift from the trip's own month, so the window ends that many months after it.
const SHIFT_QTY = String.raw`(\d{1,2}|a|one|a couple of)(?:\s*(?:or|to|-)\s*(\d{1,2}|two))?\s+months?(?:\s+or\s+(\d|two|three))?`;
const SHIFT = new RegExp(
  String.raw`\b(?:flexib(?:le|ility)\s+(?:by|of)|(?:move|moving|shift|shifting|push|pushing|slide|sliding)(?:\s+(?:it|them|things|the dates|dates|the trip))?\s+by|give or take|plus or minus|\+\/-|\+-)\s+(?:about\s+|around\s+|up to\s+|maybe\s+)?${SHIFT_QTY}\b|\b${SHIFT_QTY}\s+(?:either (?:side|way)|earlier or later|later or earlier|of flexibility|leeway|wiggle room)\b`
    // "we can go up to 3 months later too", "could travel a month or two later", "happy to push it 2 months later".
    + String.raw`|\b(?:(?:go|travel|move(?: it)?|push(?: it)?|shift(?: it)?|do it|leave|start|be)\s+(?:about\s+|around\s+|up to\s+|maybe\s+|as much as\s+)?|up to\s+|as much as\s+)${SHIFT_QTY}\s+later\b`,
);
// "flexible by a week or two", "we can shift it by a week or so", "give or take a few days", "a week either way": a bound
// shorter than a month reaches no further than the next month (review 9b, finding 7); it is no open-ended flexibility.
const WEEK_QTY = String.raw`(?:\d{1,2}|a|one|two|three|a couple of|a few|several)(?:\s*(?:or|to|-)\s*(?:\d{1,2}|two|three))?\s+(?:weeks?|days?)(?:\s+or\s+(?:so|two|three|\d{1,2}))?`;
const WEEK_SHIFT = new RegExp(
  String.raw`\b(?:flexib(?:le|ility)\s+(?:by|of)|(?:move|moving|shift|shifting|push|pushing|slide|sliding|change|changing)(?:\s+(?:it|them|things|the dates|dates|the trip))?\s+by|give or take|plus or minus|\+\/-|\+-)\s+(?:about\s+|around\s+|up to\s+|maybe\s+|only\s+|just\s+)?${WEEK_QTY}\b|\b${WEEK_QTY}\s+(?:either (?:side|way)|earlier or later|later or earlier|of flexibility|leeway|wiggle room)\b`,
);
const shiftMonths = (...said: Array<string | undefined>): number =>
  Math.max(...said.filter((q): q is string => q !== undefined).map((q) => (q === 'a' || q === 'one' ? 1 : q === 'a couple of' || q === 'two' ? 2 : q === 'three' ? 3 : Number(q))));

/** A window clause: where it was said, and how far it reaches (`later` = the rest of the trip's year). */
export interface WindowClause {
  at: number;
  end: number;
  until?: FlexibleUntil;
  later?: true;
  /** The clause names its year ("… of 2027", "next year"); otherwise the year follows the trip's month. */
  yearSaid?: true;
  /** Another month offered beside the trip's ("we could also do August"): it may come before the trip's month. */
  also?: true;
  /** "any time in 2027": the window is that whole year, so a month said beside it is in that year. */
  wholeYear?: number;
  /** A range's first month ("flexible Feb-June"): a range wholly before the trip's month is offered in the trip's own year. */
  from?: number;
  /** "flexible by up to 3 months": how many months past the trip's own month the window reaches. */
  shift?: number;
}

function yearOf(word: string | undefined, month: number, now: Date): number {
  const y = now.getUTCFullYear();
  if (word === 'next year') return y + 1;
  if (word === 'this year') return y;
  if (word) return Number(word);
  return month >= now.getUTCMonth() + 1 ? y : y + 1;
}

/** The window clause of a message, if it has one. */
export function windowClause(text: string, now: Date): WindowClause | undefined {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const span = (hit: RegExpExecArray) => ({ at: hit.index, end: hit.index + hit[0].length });
  let hit = LATER_IN_YEAR.exec(text);
  if (hit) return { ...span(hit), later: true };
  hit = NEXT_MONTHS.exec(text);
  if (hit) {
    const idx = y * 12 + (m - 1) + Math.min(24, Number(hit[1]));
    return { ...span(hit), until: { year: Math.floor(idx / 12), month: (idx % 12) + 1 } };
  }
  hit = WHOLE_YEAR.exec(text);
  if (hit) return { ...span(hit), until: { year: yearOf(hit[1], 12, now), month: 12 }, yearSaid: true, wholeYear: yearOf(hit[1], 12, now) };
  hit = HALF.exec(text);
  if (hit) return { ...span(hit), until: { year: yearOf(hit[2], 1, now), month: hit[1] === 'first' ? 6 : 12 } };
  hit = FIRST_MONTHS.exec(text);
  if (hit && Number(hit[1]) >= 1 && Number(hit[1]) <= 12) return { ...span(hit), until: { year: yearOf(hit[2], 1, now), month: Number(hit[1]) } };
  hit = SHIFT.exec(text);
  if (hit) {
    const months = hit[1] !== undefined ? shiftMonths(hit[1], hit[2], hit[3]) : hit[4] !== undefined ? shiftMonths(hit[4], hit[5], hit[6]) : shiftMonths(hit[7], hit[8], hit[9]);
    if (months >= 1 && months <= 12) return { ...span(hit), shift: months };
  }
  hit = UNTIL.exec(text);
  if (hit) {
    const month = Math.max(idx(hit[1]), hit[2] ? idx(hit[2]) : -1) + 1;
    return { ...span(hit), until: { year: yearOf(hit[3], month, now), month }, ...(hit[3] ? { yearSaid: true as const } : {}) };
  }
  hit = ALSO.exec(text);
  if (hit) {
    const [a, b, yw] = hit[1] ? [hit[1], hit[2], hit[3]] : hit[4] ? [hit[4], hit[5], hit[6]] : hit[7] ? [hit[7], hit[8], hit[9]] : hit[10] ? [hit[10], hit[11], undefined] : hit[12] ? [hit[12], hit[13], hit[14]] : [hit[15], hit[16], hit[17]];
    const month = Math.max(idx(a), b ? idx(b) : -1) + 1;
    return { ...span(hit), until: { year: yearOf(yw, month, now), month }, also: true, ...(yw ? { yearSaid: true as const } : {}) };
  }
  hit = OFFERED.exec(text);
  if (hit) {
    const [a, yw] = hit[1] ? [hit[1], hit[2]] : [hit[3], hit[4]];
    const month = idx(a) + 1;
    return { ...span(hit), until: { year: yearOf(yw, month, now), month }, also: true, ...(yw ? { yearSaid: true as const } : {}) };
  }
  hit = EITHER.exec(text);
  if (hit) {
    const month = idx(hit[1]) + 1;
    return { ...span(hit), until: { year: yearOf(hit[2], month, now), month }, ...(hit[2] ? { yearSaid: true as const } : {}) };
  }
  hit = RANGE.exec(text);
  if (hit) {
    const month = idx(hit[2]) + 1;
    return { ...span(hit), until: { year: yearOf(hit[3], month, now), month }, from: idx(hit[1]) + 1, ...(hit[3] ? { yearSaid: true as const } : {}) };
  }
  const either = eitherRange(text, now);
  if (either) return either;
  // A bound in weeks or days, when no month-sized window was said.
  hit = WEEK_SHIFT.exec(text);
  if (hit) return { ...span(hit), shift: 1 };
  // Only when no bound was said anywhere: a year from today.
  hit = UNBOUNDED.exec(text);
  if (hit) {
    const idx = y * 12 + (m - 1) + 12;
    return { ...span(hit), until: { year: Math.floor(idx / 12), month: (idx % 12) + 1 }, yearSaid: true };
  }
  return undefined;
}

/**
 * How far the dates can move; `said` is the trip's month and year as read from the same
 * message, which "later in the year" extends to that year's December.
 */
export function flexibleUntil(text: string, now: Date, said: { month?: number; year?: number } = {}, clause: WindowClause | undefined = windowClause(text, now)): FlexibleUntil | undefined {
  if (!clause) return undefined;
  if (clause.shift !== undefined) {
    // A shift needs the trip's month to count from; without it the traveler is flexible, no further bound known.
    if (said.month === undefined) return undefined;
    const m = now.getUTCMonth() + 1;
    const tripYear = said.year ?? (said.month >= m ? now.getUTCFullYear() : now.getUTCFullYear() + 1);
    const idx = tripYear * 12 + (said.month - 1) + clause.shift;
    return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
  }
  if (clause.later) {
    const m = now.getUTCMonth() + 1;
    const year = said.year ?? (said.month !== undefined && said.month < m ? now.getUTCFullYear() + 1 : now.getUTCFullYear());
    return { year, month: 12 };
  }
  // "May … we could push it to October": without a year of its own, the window runs on from the trip's month.
  if (clause.until && !clause.yearSaid && said.month !== undefined) {
    const m = now.getUTCMonth() + 1;
    const tripYear = said.year ?? (said.month >= m ? now.getUTCFullYear() : now.getUTCFullYear() + 1);
    // "May, but January to March would also be possible": an earlier month offered leaves the trip's own as the latest.
    if (clause.also && clause.until.month < said.month) return { year: tripYear, month: said.month };
    // "Victoria Falls in November … flexible Feb-June": a range wholly before the trip's month is the months before it, not the year after.
    const nowIdx = now.getUTCFullYear() * 12 + m - 1;
    if (clause.from !== undefined && clause.from <= clause.until.month && clause.until.month < said.month && tripYear * 12 + clause.until.month - 1 > nowIdx) return { year: tripYear, month: clause.until.month };
    return { year: clause.until.month >= said.month ? tripYear : tripYear + 1, month: clause.until.month };
  }
  return clause.until;
}

/**
 * "2–9 June or 18–25 June", "du 5 au 12 août ou du 1 au 8 septembre": two complete periods offered
 * as alternatives. The first is the trip's; the clause from "or" on is the window, reaching the
 * later period's month.
 */
function eitherRange(text: string, now: Date): WindowClause | undefined {
  if (!/\b(?:or|ou|oder|o|of)\b/.test(text)) return undefined;
  const ranges = timingMentions({ text, original: text }, now).filter((m) => m.value.start_date !== undefined && m.value.end_date !== undefined);
  for (let i = 1; i < ranges.length; i++) {
    const [a, b] = [ranges[i - 1]!, ranges[i]!];
    const between = text.slice(a.at, b.at);
    const or = /[^.!?;]{0,40}?\b(?:or|ou|oder|o|of)\s+(?:else\s+)?(?:from\s+|du\s+|vom\s+|the\s+)?$/.exec(between);
    if (!or || /[.!?;]/.test(between)) continue;
    const later = [a.value.end_date!, b.value.end_date!].sort().at(-1)!;
    const at = a.at + between.search(/\b(?:or|ou|oder|o|of)\s+(?:else\s+)?(?:from\s+|du\s+|vom\s+|the\s+)?$/);
    const stop = /[,.;!?]/.exec(text.slice(b.at));
    return { at, end: stop ? b.at + stop.index : text.length, until: { year: Number(later.slice(0, 4)), month: Number(later.slice(5, 7)) }, yearSaid: true };
  }
  return undefined;
}
