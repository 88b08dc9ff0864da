import { daysBetween, easter, isoDay, plusDays } from './calendar';
import type { Mention } from './mention';
import { digitDateOrder } from './date-forms';
import { MONTH_SOURCE, monthNumber } from './months';

/**
 * When the trip happens, as mentions: concrete dates and ranges, months, years,
 * holidays and dates relative to now. Hand-written patterns rather than chrono-node:
 * chrono reads "for three weeks" and "a week" as dates, which would turn every duration
 * into a start date, and its first call costs tens of milliseconds.
 */
export interface Timing {
  month?: number;
  year?: number;
  start_date?: string;
  end_date?: string;
}

const M = MONTH_SOURCE;
const ORD = '(?:st|nd|rd|th)?';
const TO = '\\s*(?:-|to|till|until|til|through|thru|and|->)\\s*(?:the\\s+)?';
// A number after a month is a day only when it is not a count of something else.
const NOT_COUNT = '(?!\\s*(?:days?|nights?|weeks?|people|ppl|persons?|adults?|kids?|child|children|pax|guests?|travell?ers|friends|couples|families|rooms|of us|k\\b|%|\\d|hours?|hrs?|years?|yrs?|grand|usd|eur|gbp|\\$))';
const YEAR = '(?:,?\\s+(20\\d\\d))?';

const ISO = /\b(20\d\d)-(\d{1,2})-(\d{1,2})\b/g;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](20\d\d|\d\d)\b/g;
const RANGE_DAY_FIRST = new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+(${M}))?${TO}(\\d{1,2})${ORD}(?:\\s+of)?\\s+(${M})\\b\\.?${YEAR}`, 'g');
const RANGE_MONTH_FIRST = new RegExp(`\\b(${M})\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORD}${TO}(?:(${M})\\.?\\s+)?(\\d{1,2})${ORD}\\b${NOT_COUNT}${YEAR}`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+of)?\\s+(${M})\\b\\.?${YEAR}`, 'g');
const MONTH_DAY = new RegExp(`\\b(${M})\\.?\\s+(?:the\\s+)?(\\d{1,2})${ORD}\\b${NOT_COUNT}${YEAR}`, 'g');
const MONTH_WORD = new RegExp(`\\b(${M})\\b`, 'g');
const YEAR_WORD = /(?<![$€£\d.,])\b(20[2-4]\d)\b(?!\s*(?:usd|eur|gbp|dollars?|euros?|pounds?|kes|zar|\$|€|£|-\d))/g;

// "between 4 and 9 August" is a range; "the kids are 4 and 9. August…" is two ages and then a month.
function andWithoutBetween(text: string, m: RegExpMatchArray): boolean {
  if (!/\band\s+(?:the\s+)?\d/.test(m[0])) return false;
  return !/\bbetween\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.index! - 20), m.index!));
}

interface DateHit {
  at: number;
  end: number;
  start: string;
  stop?: string;
  /** A single date said as the latest return ("back home by 12 Feb", "back at work on the 10th"): the trip's end. */
  endOnly?: true;
}

// "be back home by", "back at work on", "have to fly home before": the date after ends the trip.
const END_CUE = /\b(?:(?:be|get|got|are|we're|fly|flying|arrive|arriving)\s+)?(?:back|home)(?:\s+(?:home|again))*(?:\s+(?:at|to|in)\s+(?:work|school|the office|(?:the )?uni))?\s+(?:by|on|before|for)\s+(?:the\s+)?$|\b(?:fly|flying|travel|travelling|get) (?:home|back) (?:by|before|on)\s+(?:the\s+)?$|\b(?:return(?:ing)?|home) (?:by|before|no later than)\s+(?:the\s+)?$/;

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** The next occurrence (today or later) of month/day when the year is not given. */
function nextOccurrence(now: Date, month: number, day: number, year?: number): string | undefined {
  if (year !== undefined) return isoDay(year, month, day);
  const today = now.toISOString().slice(0, 10);
  const y = now.getUTCFullYear();
  const same = isoDay(y, month, day);
  if (same && same >= today) return same;
  return isoDay(y + 1, month, day);
}

/** End of a range: same year as the start, rolled forward when it would fall before it. */
function rangeEnd(start: string, month: number, day: number, year?: number): string | undefined {
  const y = year ?? Number(start.slice(0, 4));
  const end = isoDay(y, month, day);
  if (!end) return undefined;
  if (end < start && year === undefined) return isoDay(y + 1, month, day);
  return end;
}

/** Numeric dates: day first unless that is impossible or the traveler writes like an American. */
function numericDate(a: number, b: number, y: number, usStyle: boolean): string | undefined {
  if (a > 12) return isoDay(y, b, a);
  if (b > 12) return isoDay(y, a, b);
  return usStyle ? isoDay(y, a, b) : isoDay(y, b, a);
}

function overlaps(hits: DateHit[], at: number, end: number): boolean {
  return hits.some((h) => at < h.end && end > h.at);
}

function concreteDates(text: string, now: Date): DateHit[] {
  const hits: DateHit[] = [];
  const order = digitDateOrder(text);
  const usStyle = order === 'month_first' || (order === undefined && /\$|\busd\b|\bdollars?\b|\bbucks\b/.test(text) && !/\b(?:aud|cad|nzd|a\$|c\$)\b/.test(text));
  const add = (m: RegExpMatchArray, start: string | undefined, stop?: string) => {
    const at = m.index!;
    const end = at + m[0].length;
    if (!start || overlaps(hits, at, end)) return;
    hits.push(stop && stop >= start ? { at, end, start, stop } : { at, end, start });
  };
  for (const m of text.matchAll(ISO)) add(m, isoDay(Number(m[1]), Number(m[2]), Number(m[3])));
  for (const m of text.matchAll(NUMERIC)) add(m, numericDate(Number(m[1]), Number(m[2]), fullYear(m[3]!), usStyle));
  for (const m of text.matchAll(RANGE_DAY_FIRST)) {
    if (andWithoutBetween(text, m)) continue;
    const year = m[5] ? Number(m[5]) : undefined;
    const endMonth = monthNumber(m[4]!);
    const startMonth = m[2] ? monthNumber(m[2]) : endMonth;
    const start = nextOccurrence(now, startMonth, Number(m[1]), year !== undefined && startMonth > endMonth ? year - 1 : year);
    if (start) add(m, start, rangeEnd(start, endMonth, Number(m[3]), year));
  }
  for (const m of text.matchAll(RANGE_MONTH_FIRST)) {
    if (andWithoutBetween(text, m)) continue;
    const year = m[5] ? Number(m[5]) : undefined;
    const startMonth = monthNumber(m[1]!);
    const endMonth = m[3] ? monthNumber(m[3]) : startMonth;
    const start = nextOccurrence(now, startMonth, Number(m[2]), year !== undefined && startMonth > endMonth ? year - 1 : year);
    if (start) add(m, start, rangeEnd(start, endMonth, Number(m[4]), year));
  }
  for (const m of text.matchAll(DAY_MONTH)) add(m, nextOccurrence(now, monthNumber(m[2]!), Number(m[1]), m[3] ? Number(m[3]) : undefined));
  for (const m of text.matchAll(MONTH_DAY)) add(m, nextOccurrence(now, monthNumber(m[1]!), Number(m[2]), m[3] ? Number(m[3]) : undefined));
  hits.sort((a, b) => a.at - b.at);
  // Two single dates joined by "to"/"until"/"-" are one range ("14 Jul – 28 Jul").
  const joined: DateHit[] = [];
  for (const h of hits) {
    const prev = joined.at(-1);
    const between = text.slice(prev?.end ?? 0, h.at);
    if (prev && !prev.stop && (/^\s*(?:-|to|till|until|til|through|thru|and|->)\s*(?:the\s+)?$/.test(between) || /^[^.!?]{0,30}\b(?:leav(?:e|ing)|depart(?:ing)?|fly(?:ing)? (?:home|back|out)|return(?:ing)?|back|home|out)\s+(?:on\s+)?(?:the\s+)?$/.test(between) || (/^[^.!?]{0,40}$/.test(between) && END_CUE.test(between)))) {
      let stop = h.start;
      // "28 Dec to 4 Jan" runs into the next year; "land 14 August, back at work 10 August" is an end before the start, kept for the rules to refuse.
      if (stop < prev.start && !/20\d\d/.test(text.slice(h.at, h.end)) && Number(stop.slice(5, 7)) < Number(prev.start.slice(5, 7))) stop = `${Number(stop.slice(0, 4)) + 1}${stop.slice(4)}`;
      joined[joined.length - 1] = { at: prev.at, end: h.end, start: prev.start, stop: h.stop ?? stop };
    } else joined.push(END_CUE.test(text.slice(Math.max(0, h.at - 40), h.at)) ? { ...h, endOnly: true } : h);
  }
  // "arrive 14 July, leaving the 25th": a bare day after a date ends it in the same month.
  const last = joined.at(-1);
  if (joined.length === 1 && last && !last.stop) {
    const tail = /^[^.!?]{0,40}?\b(?:leav(?:e|ing)|depart(?:ing)?|fly(?:ing)? (?:home|back|out)|return(?:ing)?|back|out|until|till|to|through)\s+(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b/.exec(text.slice(last.end));
    if (tail) {
      const day = Number(tail[1]);
      const [y, mo] = [Number(last.start.slice(0, 4)), Number(last.start.slice(5, 7))];
      const stop = isoDay(y, mo, day);
      if (stop && stop > last.start) joined[0] = { ...last, stop };
    }
  }
  // A date in the past is a memory ("we went on 3 March 2019"), not the trip.
  const today = now.toISOString().slice(0, 10);
  return joined.filter((h) => h.start >= plusDays(now, -1) || h.start >= today);
}

// "not July", "can't do August", "except December", "last July", "July 2019" are not the plan.
// "except April and May", "not in March or April": a month listed after one ruled out is ruled out too.
const NEGATED_LIST = new RegExp(`(?:\\bexcept|\\bnot|\\bavoid|\\bexcluding|\\bother than|\\bapart from|\\bno)\\s+(?:in\\s+|during\\s+|the\\s+)?(?:${MONTH_SOURCE})(?:\\s*(?:,|and|or|&|/)\\s*(?:${MONTH_SOURCE}))*\\s*(?:,|and|or|&|/|nor)\\s*$`);
const NEGATED_BEFORE = /(?:\brather than|\binstead of|\bno longer|\bnot|n't|\bnever|\bexcept|\bavoid|\bbut not|\bno|\blast|\bexcluding|\bwithout|\bhate|\bnot in|\bnot during)\s+(?:do\s+|in\s+|during\s+|go\s+in\s+|travel\s+in\s+|the\s+)?(?:early\s+|mid-?\s*|late\s+|end of\s+)?$/;

// "not July, ": one month ruled out, then a bare comma (a longer list, "not April, May, ", goes on).
const ONE_NEGATED_THEN_COMMA = new RegExp(`(?:\\bexcept|\\bnot|\\bavoid|\\bexcluding|\\bother than|\\bapart from|\\bno)\\s+(?:in\\s+|during\\s+|the\\s+)?(?:${MONTH_SOURCE})\\s*,\\s*$`);
// What may follow a month inside a list: another month after a comma, "and", "or".
const LIST_GOES_ON = new RegExp(`^\\s*(?:,|and|or|&|/|nor)\\s*(?:early\\s+|mid-?\\s*|late\\s+)?(?:${MONTH_SOURCE})\\b`);

/**
 * Whether the month at `at` continues a list of months ruled out. "and", "or" carry the
 * negation on ("except April and May"); a lone comma does only when the list goes on past
 * this month ("not April, May or June"). Otherwise the month after the comma replaces the
 * one ruled out ("not July, August", "except May, June is fine too").
 */
function negatedInList(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (!NEGATED_LIST.test(before)) return false;
  if (!ONE_NEGATED_THEN_COMMA.test(before)) return true;
  return LIST_GOES_ON.test(text.slice(at + length, at + length + 40));
}

const BOOKING_AFTER = /^\s+(?:to|and then) (?:book|decide|pay|confirm|commit)\b/;
const BOOKING_BEFORE = /\b(?:book(?:ing)?|pay(?:ing)?|deposit|decide|deciding|confirm(?:ing)?|hear back|let you know)\s+(?:it\s+|the\s+\w+\s+)?(?:by|before|until|till|in)\s+(?:early\s+|mid-?\s*|late\s+|end of\s+)?$/;

function monthMentions(n: { text: string; original: string }, now: Date, taken: DateHit[]): Array<Mention<Timing>> {
  const out: Array<Mention<Timing>> = [];
  for (const m of n.text.matchAll(MONTH_WORD)) {
    const at = m.index!;
    const word = m[1]!;
    if (overlaps(taken, at, at + word.length)) continue;
    const before = n.text.slice(Math.max(0, at - 30), at);
    const after = n.text.slice(at + word.length, at + word.length + 12);
    if (word === 'may' && !isMonthMay(n, at, before, after)) continue;
    if (word === 'mar' && !/^\.?\s*(?:20\d\d|\d)/.test(after)) continue;
    // "jan 2027": a year right after it makes "jan" the month, never the name.
    if (word === 'jan' && !/^\.?,?\s*20\d\d\b/.test(after) && !/(?:in|early|late|mid-?|end of|from|until|till|to|maybe|perhaps|probably|around|either|say|or|\bnext|\bthis|\/|,|\()\s*$/.test(before) && !/^\s*(?:or|\/|-|to|and)\s*(?:early\s+|late\s+|mid-?\s*)?(?:feb|mar|dec)/.test(after + ' ')) continue;
    if (NEGATED_BEFORE.test(before) || negatedInList(n.text, at, word.length)) continue;
    // "wait till January to book", "pay the deposit by March": a deadline, not the trip.
    if (BOOKING_AFTER.test(after + n.text.slice(at + word.length + 12, at + word.length + 24)) || BOOKING_BEFORE.test(before)) continue;
    const month = monthNumber(word);
    const yearAfter = /^\.?,?\s+(20\d\d)\b/.exec(after);
    const t: Timing = { month };
    if (yearAfter) {
      const y = Number(yearAfter[1]);
      if (y < now.getUTCFullYear()) continue;
      t.year = y;
    } else if (/\bnext\s+$/.test(before)) {
      t.year = month > now.getUTCMonth() + 1 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
      if (month > now.getUTCMonth() + 1 && /\bnext year\b/.test(n.text)) t.year = now.getUTCFullYear() + 1;
    } else if (/\bthis\s+(?:coming\s+)?$/.test(before)) {
      t.year = month >= now.getUTCMonth() + 1 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
    }
    out.push({ at, value: t });
  }
  return out;
}

function isMonthMay(n: { text: string; original: string }, at: number, before: string, after: string): boolean {
  if (/(?:\bin|\bearly|\blate|\bmid-?|\bend of|\bstart of|\bbeginning of|\bfrom|\buntil|\btill|\bto|\bor|\band|\bthis|\bnext|\bduring|\bof|\bthrough|\bbefore|\bafter|\bby|,|\/|-|\()\s*$/.test(before)) {
    // "we may go", "you may", "I may" are the verb even after "and"/"or".
    if (/^\s+(?:be|go|have|want|need|not|also|travel|bring|come|prefer|like|extend|add|do|consider|change|stay|take|join|skip|only|just|still|well|i\b|we\b)/.test(after)) return false;
    return true;
  }
  if (/^\.?\s*(?:20\d\d|\d{1,2}\b)/.test(after)) return true;
  // "we were thinking May": written with a capital mid-sentence, and never as the verb in the message.
  return /[a-z,;]\s+May\b/.test(n.original) && !/\bmay\b/.test(n.original);
}

function holidayMentions(text: string, now: Date): Array<Mention<Timing>> {
  const out: Array<Mention<Timing>> = [];
  const y = now.getUTCFullYear();
  const today = now.toISOString().slice(0, 10);
  for (const m of text.matchAll(/\b(this|next)?\s*(christmas|xmas|x-mas|new year'?s?(?! resolution)|easter)\b/g)) {
    const which = m[1];
    const at = m.index! + (m[0].length - m[2]!.length);
    if (/(?:\bnot|n't|\bexcept|\bavoid|\blast)\s+(?:over\s+|at\s+|during\s+)?$/.test(text.slice(Math.max(0, at - 20), at))) continue;
    if (m[2]!.startsWith('easter')) {
      const [em, ed] = easter(y);
      const thisYear = isoDay(y, em, ed)! >= today;
      const year = which === 'next' ? (thisYear ? y + 1 : y + 1) : thisYear ? y : y + 1;
      const [month] = easter(year);
      out.push({ at, value: which ? { month, year } : { month } });
    } else if (m[2]!.startsWith('new year')) {
      // A New Year trip starts in late December.
      out.push({ at, value: which ? { month: 12, year: y } : { month: 12 } });
    } else {
      const year = which === 'next' ? y + 1 : today <= `${y}-12-25` ? y : y + 1;
      out.push({ at, value: which ? { month: 12, year } : { month: 12 } });
    }
  }
  return out;
}

// "see the big 5 in 6 days", "4 parks in 6 days", "three countries in two weeks": the time it takes, not when it starts.
// "cram in as much as possible: Amboseli, Tsavo, Mara in 8 days": a list of three stops just before is the same.
export const DONE_WITHIN = /\b(?:see|do|cover|visit|fit|manage|experience|explore|complete|squeeze|cram)\b[^.!?,]{0,40}$|\b(?:squeeze|cram|fit|pack)\b[^.!?;]{0,80}$|(?:^|[:,;]\s*)(?:[a-z'-]+(?: [a-z'-]+)?(?:\s*,\s*|\s+(?:and|&|\+)\s+|\s*\+\s*)){2}[a-z'-]+(?: [a-z'-]+)?\s*$|\b(?:\d{1,2}|a few|several|multiple|many|some)\s+(?:different\s+|national\s+|game\s+)?(?:parks?|places|countries|camps|lodges|stops|reserves|destinations|regions|areas|islands|locations|spots)\s*$/;

// "Mara, Amboseli, Samburu in 8 days next August": a month said right after "in N days" is when; the days are how long.
export const WHEN_AFTER = new RegExp(`^\\s+(?:(?:in|next|this|during|over|around|for)\\s+)?(?:(?:early|mid|late|the end of|end of)[\\s-]+)?(?:${MONTH_SOURCE})\\b`);

function relativeMentions(text: string, now: Date): Array<Mention<Timing>> {
  const out: Array<Mention<Timing>> = [];
  for (const m of text.matchAll(/\bin\s+(?:about\s+|around\s+|roughly\s+)?(a|\d{1,2})\s+(days?|weeks?|months?|fortnight)(?:'?s? time)?\b/g)) {
    if (DONE_WITHIN.test(text.slice(Math.max(0, m.index! - 50), m.index!))) continue;
    if (!m[2]!.startsWith('month') && !m[0].includes('time') && WHEN_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 30))) continue;
    const n = m[1] === 'a' ? 1 : Number(m[1]);
    const unit = m[2]!;
    if (unit.startsWith('month')) {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 1));
      out.push({ at: m.index!, value: { month: d.getUTCMonth() + 1, year: d.getUTCFullYear() } });
    } else {
      const days = unit.startsWith('week') ? n * 7 : unit === 'fortnight' ? 14 * n : n;
      const start = plusDays(now, days);
      out.push({ at: m.index!, value: { start_date: start, month: Number(start.slice(5, 7)), year: Number(start.slice(0, 4)) } });
    }
  }
  for (const m of text.matchAll(/\b(next|this|the following)\s+month\b/g)) {
    // "if we book next month" is about paying, not travelling.
    if (/\b(?:book|booking|pay|paying|decide|deciding|confirm|hear back)\s+(?:it\s+)?$/.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + (m[1] === 'this' ? 0 : 1), 1));
    out.push({ at: m.index!, value: { month: d.getUTCMonth() + 1, year: d.getUTCFullYear() } });
  }
  // "next week", "this weekend": the month and year they fall in (the day is not said).
  for (const m of text.matchAll(/\b(next|this|the following|this coming)\s+(week|weekend)\b/g)) {
    if (/\b(?:book|booking|pay|paying|decide|deciding|confirm|hear back|call|talk|speak)\s+(?:it\s+)?$/.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    const d = new Date(now.getTime() + (m[1] === 'this' ? 0 : 7) * 86_400_000);
    out.push({ at: m.index!, value: { month: d.getUTCMonth() + 1, year: d.getUTCFullYear() } });
  }
  return out;
}

/** Every timing mention of a message, in text order. */
export function timingMentions(n: { text: string; original: string }, now: Date): Array<Mention<Timing>> {
  const text = n.text;
  const dates = concreteDates(text, now);
  const out: Array<Mention<Timing>> = dates.map((h) => {
    if (h.endOnly) return { at: h.at, value: { end_date: h.start } };
    const t: Timing = { start_date: h.start, month: Number(h.start.slice(5, 7)), year: Number(h.start.slice(0, 4)) };
    if (h.stop) t.end_date = h.stop;
    return { at: h.at, value: t };
  });
  out.push(...monthMentions(n, now, dates), ...holidayMentions(text, now), ...relativeMentions(text, now));
  // "our dates are fixed: 10–20 July … My sister's trip has to be in February, but that's hers": a period said of another
  // person's trip is not this one's, when the message gives this trip a period of its own (review 9b #4). A message about
  // one trip only ("my mother's trip, July") keeps it: the traveler may be planning for someone else.
  const theirs = out.filter((m) => othersTrip(text, m.at));
  const kept = theirs.length > 0 && theirs.length < out.length ? out.filter((m) => !theirs.includes(m)) : out;
  return kept.sort((a, b) => a.at - b.at);
}

// Another person's trip named before a period in the same sentence ("my sister's trip has to be during …", "my parents'
// safari is in …"), or the sentence disowns it after ("…, but that's hers", "that one is theirs, not ours").
const OTHERS_TRIP_BEFORE = /\b(?:\w+'s|\w+s')\s+(?:own\s+|other\s+)?(?:trip|safari|holiday|vacation|journey|tour|visit)\b[^.!?;]*$/;
const OTHERS_TRIP_AFTER = /^[^.!?;]*?\b(?:that'?s|that is|that one'?s|that one is|which is|it'?s|it is)\s+(?:(?:all|just|only)\s+)?(?:hers|his|theirs|for (?:her|him|them))\b/;
function othersTrip(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return OTHERS_TRIP_BEFORE.test(before) || OTHERS_TRIP_AFTER.test(text.slice(at, at + 60));
}

/** A bare day said as the latest return ("back home by the 12th"), to be put in the trip's month; undefined when none. */
export function returnDay(text: string): number | undefined {
  for (const m of text.matchAll(RETURN_DAY)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!) + (m[0].startsWith('the') ? 'the ' : '');
    const day = Number(m[1]);
    if (END_CUE.test(before) && day >= 1 && day <= 31) return day;
  }
  return undefined;
}
// "the 12th" not followed by its month (a date with its month is read with the others).
const RETURN_DAY = new RegExp(`\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${M})\\b)`, 'g');

/** A stated year on its own ("in 2027", "next year"), as mentions. */
export function yearMentions(text: string, now: Date): Array<Mention<number>> {
  const out: Array<Mention<number>> = [];
  for (const m of text.matchAll(YEAR_WORD)) {
    const y = Number(m[1]);
    if (y >= now.getUTCFullYear()) out.push({ at: m.index!, value: y });
  }
  for (const m of text.matchAll(/\b(next|this) year\b/g)) out.push({ at: m.index!, value: now.getUTCFullYear() + (m[1] === 'next' ? 1 : 0) });
  return out;
}

/** Inclusive length of a date range in days: 14–28 July is 15 days (14 nights). */
export function spanDays(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}
