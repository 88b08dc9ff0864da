import type { TripInputs } from '../trip-inputs';
import type { Contradiction } from './contradictions';

/**
 * The two ways a contradiction can be read: the statement the plan goes with (`kept`) and
 * the other one. decide() tries both and refuses only when they give different verdicts
 * (issue 14 §3 with principle 2: ask only for what could change the verdict). `said` names
 * both statements for the assumption, `went` the kept one.
 *
 * A count of children the ages do not match is read both ways. Everything else stays a
 * bounded refusal, because each one is an essential input or a limit the traveler set
 * (measured against eleven blind sets' writers, docs/blind-evaluation.md "Twelfth round"):
 * two periods or a length against the dates (when the trip is: essential); a budget said
 * two ways (the traveler's own spending limit differs); "no children" and a child (who
 * travels, and so which age rules apply at all). A head count against its named parts is
 * read both ways too (groupReadings), the children the same under each.
 */
export type Readings = { kept: TripInputs; other: TripInputs; said: string; went: string };

/** Readings of one contradiction, or undefined when it must be asked. */
export function readingsOf(i: TripInputs, c: Contradiction): Readings | undefined {
  if (c.fields.join('+') === 'children+child_ages') return childReadings(i);
  if (c.fields[0] === 'group_size' && c.fields.length > 1) return groupReadings(i);
  return undefined;
}

/**
 * "We're 6: me, my wife and our three kids": a head count against the people named. The
 * named parts are the more specific statement and are kept; the other reading keeps the
 * count and the same children with the adults it leaves, or, when the count is larger, the
 * unnamed people as children of unknown age (an age rule then asks). Still
 * asked: a count beside a budget (it sets the per-person amount, which the writers of every
 * set treat as essential), and a count that is the adults alone ("just the two of us", then
 * a child), which says who travels.
 */
function groupReadings(i: TripInputs): Readings | undefined {
  const children = i.children ?? i.child_ages?.length;
  if (i.group_size === undefined || i.adults === undefined || i.adults < 1 || children === undefined || i.group_size === i.adults) return undefined;
  if (i.budget_amount !== undefined || i.budget_rate !== undefined) return undefined;
  const kept: TripInputs = { ...i, group_size: i.adults + children };
  const adults = i.group_size - children;
  // More people counted than named ("we are 5: me, my wife and our son"): the unnamed may be children of any age, so the
  // other reading counts them as children whose ages are not known, and an age rule asks (safety review, finding 3).
  const unnamed = i.group_size - i.adults - children;
  const other: TripInputs = unnamed > 0 ? { ...i, children: children + unnamed } : adults >= 1 ? { ...i, adults } : kept;
  const named = `${i.adults === 1 ? 'one adult' : `${i.adults} adults`} and ${children === 1 ? 'one child' : `${children} children`}`;
  return { kept, other, said: `there are ${i.group_size} of you, and ${named}`, went: named };
}

/** "2 kids, aged 8": the children the ages name, or the count said with the rest of unknown age. */
function childReadings(i: TripInputs): Readings | undefined {
  const ages = i.child_ages ?? [];
  const count = i.children;
  if (count === undefined || count === 0 || ages.length === 0) return undefined;
  const kept = consistentParty({ ...i, children: ages.length }, i);
  // More children than ages: the ages cannot say whose they are, so under this reading none is known (an age rule then asks).
  const stated: TripInputs = count > ages.length ? withoutAges({ ...i, children: count }) : { ...i, children: count, child_ages: [...ages].sort((a, b) => a - b).slice(0, count) };
  const other = consistentParty(stated, i);
  return { kept, other, said: `${count === 1 ? 'one child' : `${count} children`}, and children aged ${ages.join(' and ')}`, went: `children aged ${ages.join(' and ')}` };
}

/** A reading that changes the children keeps a head count that was their sum in step with them. */
function consistentParty(reading: TripInputs, base: TripInputs): TripInputs {
  const summed = base.group_size !== undefined && base.adults !== undefined && base.group_size === base.adults + (base.children ?? base.child_ages?.length ?? 0);
  if (summed && reading.adults !== undefined && reading.children !== undefined && reading.group_size === base.group_size) return { ...reading, group_size: reading.adults + reading.children };
  return reading;
}

function withoutAges(i: TripInputs): TripInputs {
  const { child_ages: _, child_birthdays: __, ...rest } = i;
  return rest;
}
