import type { TripInputField, TripInputs } from '../trip-inputs';
import { dayNumber, dayNumberOf, monthIndex, monthName, monthOf, yearOf } from './calendar';
import { money } from './format';

/** One inconsistency in what the traveler said, with the fields that disagree. */
export type Contradiction = { fields: TripInputField[]; text: string };

/**
 * Every inconsistency among the given inputs (and against `now`: a trip cannot start in
 * the past). Pure and cheap; decide() refuses with the first one's fields, and the
 * monotonicity property is stated in terms of this function.
 */
export function findContradictions(i: TripInputs, now: Date): Contradiction[] {
  const out: Contradiction[] = [];
  if (i.conflict) {
    const before = statement(i.conflict.earlier, i.conflict.fields);
    const after = statement(i, i.conflict.fields);
    // Said two ways with no figure on either side ("a tight budget, money no object"): nothing to quote.
    const text = before || after ? `you first said ${before || fieldWords(i.conflict.fields)}, then ${after || fieldWords(i.conflict.fields)}, and both cannot hold` : `you described your ${fieldWords(i.conflict.fields)} in two ways that cannot both hold`;
    out.push({ fields: i.conflict.fields, text });
  }
  const start = i.start_date;
  const end = i.end_date;
  if (start && end && dayNumber(end) < dayNumber(start)) {
    out.push({ fields: ['start_date', 'end_date'], text: 'the end date is before the start date' });
  }
  if (start && dayNumber(start) < dayNumberOf(now)) {
    out.push({ fields: ['start_date'], text: 'the start date has already passed' });
  } else if (end && !start && dayNumber(end) < dayNumberOf(now)) {
    out.push({ fields: ['end_date'], text: 'the end date has already passed' });
  }
  if (start && i.month !== undefined && monthOf(start) !== i.month) {
    out.push({ fields: ['month', 'start_date'], text: 'the travel month and the start date disagree' });
  }
  if (start && i.year !== undefined && yearOf(start) !== i.year) {
    out.push({ fields: ['year', 'start_date'], text: 'the travel year and the start date disagree' });
  }
  if (!start && i.year !== undefined) {
    const nowIdx = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);
    if (i.month !== undefined && monthIndex(i.year, i.month) < nowIdx) {
      out.push({ fields: ['month', 'year'], text: 'that month has already passed' });
    } else if (i.month === undefined && i.year < now.getUTCFullYear()) {
      out.push({ fields: ['year'], text: 'that year has already passed' });
    }
  }
  if (start && end && i.duration_days !== undefined && dayNumber(end) >= dayNumber(start)) {
    // "1 to 8 August" is a week to most people and eight days to some: accept either count.
    const span = dayNumber(end) - dayNumber(start);
    if (i.duration_days !== span && i.duration_days !== span + 1 && !(span === 0 && i.duration_days === 1)) {
      out.push({ fields: ['duration_days', 'start_date', 'end_date'], text: 'the trip length and the dates disagree' });
    }
  }
  const ages = i.child_ages;
  if (ages && i.children !== undefined && ages.length > 0 && ages.length !== i.children) {
    out.push({ fields: ['children', 'child_ages'], text: 'the number of children and the ages given disagree' });
  }
  const children = i.children ?? ages?.length;
  if (i.group_size !== undefined) {
    const known = (i.adults ?? 0) + (children ?? 0);
    // Both parts stated and a total that is neither their sum: "6 of us: 2 adults and 3 kids".
    if (i.adults !== undefined && i.children !== undefined && i.group_size > known) {
      out.push({ fields: ['group_size', 'adults', 'children'], text: `the group size (${i.group_size}) is not the ${i.adults} adults and ${i.children} children named` });
    }
    if (i.group_size < known) {
      const fields: TripInputField[] = ['group_size'];
      if (i.adults !== undefined) fields.push('adults');
      if (i.children !== undefined) fields.push('children');
      else if (ages !== undefined) fields.push('child_ages');
      out.push({ fields, text: 'the group size is smaller than the adults and children named' });
    }
  } else if (i.adults === 0 && children === 0) {
    out.push({ fields: ['adults', 'children'], text: 'nobody is travelling' });
  }
  if (i.destinations && i.excluded_destinations) {
    const excluded = i.excluded_destinations;
    if (i.destinations.some((d) => excluded.includes(d))) {
      out.push({ fields: ['destinations', 'excluded_destinations'], text: 'a place is both wanted and ruled out' });
    }
  }
  return out;
}

/** What the traveler said of these fields, in their terms: "3–12 August 2027 (fixed)", "$4,000 per person". */
function statement(i: TripInputs, fields: readonly TripInputField[]): string {
  const parts: string[] = [];
  const timing = fields.some((f) => f === 'month' || f === 'start_date' || f === 'end_date' || f === 'year');
  if (timing) {
    const fixed = i.flexible_dates === false ? ' (fixed)' : '';
    if (i.start_date) {
      const from = Number(i.start_date.slice(8, 10));
      const m = monthName(monthOf(i.start_date));
      let range = `${from} ${m}`;
      if (i.end_date) range = monthOf(i.end_date) === monthOf(i.start_date) ? `${from}–${Number(i.end_date.slice(8, 10))} ${m}` : `${range} to ${Number(i.end_date.slice(8, 10))} ${monthName(monthOf(i.end_date))}`;
      parts.push(`${range} ${yearOf(i.end_date ?? i.start_date)}${fixed}`);
    } else if (i.month !== undefined) parts.push(`${monthName(i.month)}${i.year !== undefined ? ` ${i.year}` : ''}${fixed}`);
    // A latest return said alone ("back by 10 August").
    else if (i.end_date) parts.push(`back by ${Number(i.end_date.slice(8, 10))} ${monthName(monthOf(i.end_date))} ${yearOf(i.end_date)}`);
  }
  if (fields.includes('duration_days') && i.duration_days !== undefined) parts.push(`${i.duration_days} days`);
  if (fields.includes('budget_amount') && i.budget_amount !== undefined) {
    parts.push(`${money(i.budget_amount, i.budget_currency ?? 'USD')} ${i.budget_basis === 'total' ? 'in total' : i.budget_basis === 'per_person' ? 'per person' : ''}`.trim());
  }
  const who = fields.some((f) => f === 'adults' || f === 'group_size' || f === 'children');
  if (who) {
    if (i.children === 0 && fields.includes('children')) parts.push('no children');
    else if (i.children !== undefined && fields.includes('children')) parts.push(i.children === 1 ? 'one child' : `${i.children} children`);
    if (i.group_size !== undefined && (fields.includes('group_size') || i.adults === undefined)) parts.push(i.group_size === 1 ? 'you travel alone' : `there are ${i.group_size} of you`);
    else if (i.adults !== undefined) parts.push(i.adults === 1 ? 'you travel alone' : `there are ${i.adults} adults`);
  }
  // One child's age is said of one child: "a child aged 16", not "children aged 16" (review 9b #9).
  if (fields.includes('child_ages') && i.child_ages?.length) parts.push(i.child_ages.length === 1 && (i.children ?? 1) === 1 ? `a child aged ${i.child_ages[0]}` : `children aged ${i.child_ages.join(' and ')}`);
  // No ages at all, said as "no children" (an age said in the same message is the conflict).
  else if (fields.includes('child_ages') && i.child_ages?.length === 0 && !fields.includes('children')) parts.push('no children');
  return parts.join(', ');
}

/** The inputs in words, for a statement that carries no value to quote. */
function fieldWords(fields: readonly TripInputField[]): string {
  return fields.map((f) => (f === 'budget_amount' ? 'budget' : f.replace(/_/g, ' '))).join(' and ');
}
