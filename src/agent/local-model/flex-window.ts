import type { FlexibleUntil } from '../../domain/trip-inputs';

/**
 * How far a flexible traveler said the trip can move: "we can push it to October", "on
 * peut décaler jusqu'à octobre", "any time in the next 12 months", "anytime in the first
 * half of next year". The latest month said, resolved against today: a month already
 * past this year is next year's.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
// A move or a freedom of timing, then how far: "push it (back) to October", "flexible until November".
// "move it to September" is a new month, not a window: bare "to" counts only after push, postpone or delay.
const UNTIL = new RegExp(
  String.raw`(?:\b(?:move|moving|shift|shifting|flexible|flexibility|anytime|any time|whenever|(?:can|could) (?:go|travel))\b[^.!?;]{0,30}?\b(?:until|till|up to|as late as|through|bis)|\b(?:push|pushing|postpone|postponing|delay|delaying)\b[^.!?;]{0,15}?\b(?:until|till|up to|as late as|to|into))\s+(?:the\s+)?(?:end of\s+|late\s+)?${MONTH}(?:\s+(\d{4}))?\b(?!\s+instead)`,
);
const NEXT_MONTHS = /\b(?:any ?time|whenever|anything|flexible)\b[^.!?;]{0,20}?\b(?:in|within|over) the (?:next|coming) (\d{1,2}) months\b/;
const HALF = /\b(?:any ?time|whenever|flexible)\b[^.!?;]{0,20}?\bin the (first|second) half of (next year|this year|\d{4})\b/;

// "February if possible, but could easily be later in the year": a month said, then the rest of its year.
const LATER_IN_YEAR = /\b(?:(?:could|can|might|may|would)\s+(?:easily\s+|also\s+|just as well\s+)?(?:be|go|travel|do it|move it|push it)|or|any ?time|anywhere)\s+later\s+(?:in|that|this)\s+(?:the\s+)?year\b|\blater in the year (?:(?:is|would be|works?) (?:fine|ok|okay|good)|too|also|as well)\b/;

/**
 * How far the dates can move; `said` is the trip's month and year as read from the same
 * message, which "later in the year" extends to that year's December.
 */
export function flexibleUntil(text: string, now: Date, said: { month?: number; year?: number } = {}): FlexibleUntil | undefined {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  if (LATER_IN_YEAR.test(text)) {
    const year = said.year ?? (said.month !== undefined && said.month < m ? y + 1 : y);
    return { year, month: 12 };
  }
  let hit = NEXT_MONTHS.exec(text);
  if (hit) {
    const idx = y * 12 + (m - 1) + Math.min(24, Number(hit[1]));
    return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
  }
  hit = HALF.exec(text);
  if (hit) {
    const year = hit[2] === 'next year' ? y + 1 : hit[2] === 'this year' ? y : Number(hit[2]);
    return { year, month: hit[1] === 'first' ? 6 : 12 };
  }
  hit = UNTIL.exec(text);
  if (hit) {
    const month = MONTHS.indexOf(hit[1]!) + 1;
    const year = hit[2] ? Number(hit[2]) : month >= m ? y : y + 1;
    return { year, month };
  }
  return undefined;
}
