import type { TripInputs } from '../trip-inputs';
import type { Contradiction } from './contradictions';

/**
 * The two ways a contradiction can be read: the statement the plan goes with (`kept`) and
 * the other one. decide() tries both and refuses only when they give different verdicts
 * (issue 14 §3 with principle 2: ask only for what could change the verdict). `said` names
 * both statements for the assumption, `went` the kept one.
 *
 * Only a count of children the ages do not match is read both ways. Everything else stays a
 * bounded refusal, because each one is an essential input or a limit the traveler set
 * (measured against eleven blind sets' writers, docs/blind-evaluation.md "Twelfth round"):
 * two periods or a length against the dates (when the trip is: essential); a budget said
 * two ways (the traveler's own spending limit differs); "no children" and a child (who
 * travels, and so which age rules apply at all); a head count against its named parts.
 */
export type Readings = { kept: TripInputs; other: TripInputs; said: string; went: string };

/** Readings of one contradiction, or undefined when it must be asked. */
export function readingsOf(i: TripInputs, c: Contradiction): Readings | undefined {
  if (c.fields.join('+') === 'children+child_ages') return childReadings(i);
  return undefined;
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
