import type { Mention } from './mention';

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
  `\\b${RANGE}${QTY}(\\s+and\\s+a\\s+half)?[\\s-]*(days?|nights?|nites?|nts|weeks?|wks?|fortnights?|months?)(\\s+and\\s+a\\s+half)?\\b(?!'?s?\\s+time)`,
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

/** Every stated trip length, in days. */
export function durationMentions(text: string): Array<Mention<number>> {
  const out: Array<Mention<number>> = [];
  for (const m of text.matchAll(DURATION)) {
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(at + m[0].length, at + m[0].length + 24);
    // Ages, lead times and past trips are not the trip's length.
    if (/^\s*(?:old|ago|before|beforehand|prior|notice|from now|later|earlier|away)\b/.test(after)) continue;
    if (/\b(?:aged?|ages|last|past|previous|for the last|within)\s+$/.test(before)) continue;
    if (/\bin\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$/.test(before) && !/^\s+(?:in|on|at)\b/.test(after)) continue;
    const unit = m[4]!;
    let n = qty(m[2]);
    if (n === undefined) continue;
    // "3 hours a day", "twice a week" are rates, not the trip's length.
    if (!m[1] && /^(?:a|an)$/.test(m[2]!) && !/\b(?:for|just|only|spend|spending|about|around|in)\s+$/.test(before)) {
      if (/\b(?:hours?|hrs?|h|times|twice|once|km|miles|drive|driving|game drives?|\d+)\b[^.,;!?]{0,14}$/.test(before) || /^\s*(?:max|maximum|tops)\b/.test(after)) continue;
    }
    if (m[3] || m[5]) n += 0.5;
    let days = Math.floor(n * unitDays(unit));
    if (unit.startsWith('night') || unit.startsWith('nite') || unit === 'nts') days += 1;
    if (days < 1 || days > 120) continue;
    out.push({ at, value: days });
  }
  return out;
}
