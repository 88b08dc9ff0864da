import { movePastMonth } from '../../../src/domain/rules/past-month';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionContentSchema, ItineraryDraftSchema } from '../../../src/domain/entities';
import { defaultPack } from '../../../src/domain/knowledge-pack/load';
import { defaultPackIndex, indexPack } from '../../../src/domain/knowledge-pack/index-pack';
import { decide, ESSENTIAL_FIELDS, findContradictions, LOGIC_VERSION, type DecideResult } from '../../../src/domain/rules';
import { DESTINATION_IDS, PRIORITIES, type TripInputs } from '../../../src/domain/trip-inputs';
import { NOW, consistentInputs, wildInputs } from './arbitraries';

const pack = defaultPackIndex();
const RUNS = { numRuns: 400 };
const anyInputs = fc.oneof(consistentInputs, wildInputs);

/** The drive tolerance decide() plans with: the traveler's, else its stated default of 4 h. */
function tolerance(i: TripInputs): number {
  return i.drive_tolerance_hours ?? 4;
}

function issuedShare(results: DecideResult[]): number {
  return results.filter((r) => r.kind === 'issued').length / results.length;
}

describe('decide() properties', () => {
  it('the consistent generator mostly reaches verdicts (so the properties below test issued decisions, not only refusals)', () => {
    const sample = fc.sample(consistentInputs, { numRuns: 300, seed: 42 }).map((i) => decide(i, pack, NOW));
    expect(issuedShare(sample)).toBeGreaterThan(0.6);
    const outcomes = new Set(sample.map((r) => r.content.verdict.outcome));
    for (const o of ['book', 'wait', 'switch', 'discard', 'refused']) expect(outcomes).toContain(o);
  });

  it('is deterministic: same inputs, pack and now give the same result, even through a fresh index of the same pack', () => {
    const fresh = indexPack(defaultPack());
    fc.assert(
      fc.property(anyInputs, (i) => {
        const a = decide(i, pack, NOW);
        expect(decide(i, pack, NOW)).toStrictEqual(a);
        expect(decide(structuredClone(i), fresh, new Date(NOW.getTime()))).toStrictEqual(a);
      }),
      RUNS,
    );
  });

  it('every result parses with DecisionContentSchema (the doctrine) and every itinerary with ItineraryDraftSchema', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const r = decide(i, pack, NOW);
        const parsed = DecisionContentSchema.safeParse(r.content);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        if (r.kind === 'issued' && r.itinerary) {
          const it = ItineraryDraftSchema.safeParse(r.itinerary);
          expect(it.success, JSON.stringify(it.error?.issues)).toBe(true);
        }
        expect(r.content.logic_version).toBe(LOGIC_VERSION);
      }),
      RUNS,
    );
  });

  it('issued decisions carry 2–5 assumptions, gains and losses, 2–4 change conditions; refusals at most 3 missing inputs and a next action', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const r = decide(i, pack, NOW);
        const c = r.content;
        if (r.kind === 'issued') {
          expect(c.verdict.outcome).not.toBe('refused');
          expect(c.assumptions.length).toBeGreaterThanOrEqual(2);
          expect(c.assumptions.length).toBeLessThanOrEqual(5);
          for (const a of c.assumptions) expect(a.confidence).toBeGreaterThan(0);
          expect(c.tradeoffs.gains.length).toBeGreaterThanOrEqual(1);
          expect(c.tradeoffs.losses.length).toBeGreaterThanOrEqual(1);
          expect(c.change_conditions.length).toBeGreaterThanOrEqual(2);
          expect(c.change_conditions.length).toBeLessThanOrEqual(4);
          const sentences = c.verdict.summary.split(/(?<=\.)\s+(?=[A-Z])/).length;
          expect(sentences).toBeGreaterThanOrEqual(2);
          expect(sentences).toBeLessThanOrEqual(4);
          expect(c.refusal).toBeUndefined();
        } else {
          expect(c.verdict.outcome).toBe('refused');
          expect(c.decision_type).toBe('refusal');
          expect(c.refusal!.missing_inputs.length).toBeLessThanOrEqual(3);
          expect(c.refusal!.next_action.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('confidence is in [0,1], and lower when the traveler said less', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const c = decide(i, pack, NOW).content.confidence;
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
    const sparse = decide({ destinations: ['kruger'], month: 8 }, pack, NOW);
    const full = decide(
      { destinations: ['kruger'], month: 8, year: 2027, duration_days: 5, adults: 2, children: 0, budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person', drive_tolerance_hours: 5, pace: 'balanced', priorities: ['big_five'] },
      pack,
      NOW,
    );
    expect(sparse.content.verdict.outcome).toBe(full.content.verdict.outcome);
    expect(full.content.confidence).toBeGreaterThan(sparse.content.confidence);
  });

  it('inputs_snapshot deep-equals the inputs given (nothing assumed is written into it) and the inputs are not mutated', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const before = structuredClone(i);
        const r = decide(i, pack, NOW);
        expect(r.content.inputs_snapshot).toStrictEqual(before);
        expect(i).toStrictEqual(before);
      }),
      RUNS,
    );
  });

  it('an itinerary comes exactly with book; its days sum to the duration and every leg is within the drive tolerance or flown', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const r = decide(i, pack, NOW);
        const book = r.content.verdict.outcome === 'book';
        expect(r.kind === 'issued' && r.itinerary !== undefined).toBe(book);
        if (r.kind !== 'issued' || !r.itinerary) return;
        const it = r.itinerary;
        const nights = it.route.reduce((n, s) => n + s.nights, 0);
        // N nights make N + 1 days: the last is the journey home.
        expect(nights).toBe(it.duration_days - 1);
        expect(it.daily_plan.length).toBe(it.duration_days);
        expect(it.daily_plan.map((d) => d.day)).toStrictEqual(it.daily_plan.map((_, k) => k + 1));
        if (i.duration_days !== undefined) expect(it.duration_days).toBe(Math.max(2, i.duration_days));
        // A stated limit is never exceeded; an assumed one only on the way in to a place
        // that has no usual fly-in (then the drive is listed as a trade-off).
        const first = pack.byId.get(it.route[0]!.destination_id)!.gateway;
        // A traveler who will not fly is never flown: with a stated limit it holds, without one the road is driven.
        if (i.avoid_flights === true) {
          expect(it.route.every((s) => s.transfer === 'road')).toBe(true);
          if (i.drive_tolerance_hours === undefined) return;
        }
        const limit = i.drive_tolerance_hours !== undefined || first.fly_in ? tolerance(i) : Math.max(tolerance(i), first.drive_hours);
        for (const s of it.route) {
          if (s.transfer === 'flight') expect(s.drive_hours_in).toBe(0);
          else expect(s.drive_hours_in).toBeLessThanOrEqual(s === it.route[0] ? limit : tolerance(i));
        }
        for (const d of it.daily_plan) expect(d.drive_hours).toBeLessThanOrEqual(limit);
        for (const k of it.daily_plan.keys()) {
          const stop = it.route.find((s) => s.destination_id === it.daily_plan[k]!.destination_id);
          expect(stop).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it('never books a closed month, and never sends anyone to a place they excluded', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const r = decide(i, pack, NOW);
        if (r.kind !== 'issued') return;
        const excluded = i.excluded_destinations ?? [];
        const text = `${r.content.verdict.headline}`;
        for (const id of excluded) expect(text).not.toContain(pack.byId.get(id)!.name);
        if (!r.itinerary) return;
        // Without a month, the rules chose one and the headline names it.
        const named = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].findIndex((m) => r.content.verdict.headline.includes(m)) + 1;
        const month = i.start_date ? +i.start_date.slice(5, 7) : (i.month ?? named);
        for (const s of r.itinerary.route) {
          expect(excluded).not.toContain(s.destination_id);
          expect(pack.byId.get(s.destination_id)!.months[month - 1]!.closed).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('refuses when focus is missing or the inputs contradict; asks the month only when it would change the verdict, and the ages only when they would', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const r = decide(i, pack, NOW);
        const hasTiming = i.month !== undefined || i.start_date !== undefined;
        // Animals named, or a migration phase asked for, say what the trip is for as a priority does (a place is chosen for them);
        // a style alone (value, comfort: how to go, not where or for what) does not.
        const hasFocus =
          (i.destinations?.length ?? 0) > 0 ||
          (i.countries?.length ?? 0) > 0 ||
          (i.priorities ?? []).some((p) => p !== 'value' && p !== 'comfort') ||
          (i.animals?.length ?? 0) > 0 ||
          i.migration_phase !== undefined;
        // A month already past with flexibility ahead is decided over the months ahead (past-month.ts), not refused.
        const contradictory = findContradictions(movePastMonth(i, NOW)?.inputs ?? i, NOW).length > 0;
        // A count of children their ages do not match is decided when both readings give the same verdict, and the assumption says so.
        if (contradictory && r.kind === 'issued') expect(r.content.assumptions.some((a) => a.text.includes('the verdict is the same either way'))).toBe(true);
        // Without a focus the place is asked, unless no place in any month it could be works (a discard now).
        if (!hasFocus && r.kind === 'issued') expect(r.content.verdict.outcome).toBe('discard');
        if (r.kind === 'refused') {
          const reason = r.content.refusal!.reason;
          // A child in Devil's Pool, whose operator's rule has no public figure, is refused outright (review 2, finding 2).
          const poolChild = (i.activities ?? []).includes('devils_pool') && ((i.children ?? 0) > 0 || (i.child_ages?.length ?? 0) > 0 || (i.child_birthdays?.length ?? 0) > 0);
          expect(reason).toBe(contradictory ? 'contradictory' : poolChild && reason === 'unsafe' ? 'unsafe' : 'missing_inputs');
          if (reason === 'missing_inputs') {
            const asked = r.content.refusal!.missing_inputs;
            expect(asked.includes('destinations')).toBe(!hasFocus);
            // With timing and focus known, only what decides is asked: the amount for "can we afford it?", else the ages.
            const affordability = i.asks_affordability === true && i.budget_amount === undefined && !i.budget_rate;
            if (hasTiming && hasFocus) expect(asked).toEqual(affordability ? ['budget_amount'] : ['child_ages']);
            // A child's age is asked only when there may be a child whose age is unknown: a counted child with no
            // age, or people counted in the group but named neither as adults nor as children (readings.ts).
            const named = (i.adults ?? 0) + Math.max(i.children ?? 0, i.child_ages?.length ?? 0);
            const unnamed = (i.group_size ?? 0) > named;
            if (asked.includes('child_ages')) expect((i.child_ages?.length ?? 0) < (i.children ?? 1) || unnamed).toBe(true);
          }
        } else if (!hasTiming) {
          // Decided without a month: no month rescues the trip, or the traveler left it open.
          expect(r.content.verdict.outcome === 'discard' || i.flexible_dates === true || r.content.verdict.outcome === 'switch').toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a guard signal always refuses with its reason, names no missing inputs, and offers a next action', () => {
    const guard = fc.record({
      reason: fc.constantFrom('out_of_scope' as const, 'unsafe' as const),
      topic: fc.constantFrom('visa', 'health', 'legal', 'safety_guarantee', 'price_guarantee', 'booking_admin', 'non_travel', 'something_else'),
    });
    fc.assert(
      fc.property(anyInputs, guard, (i, g) => {
        const r = decide(i, pack, NOW, g);
        expect(r.kind).toBe('refused');
        expect(r.content.refusal).toMatchObject({ reason: g.reason, missing_inputs: [] });
        expect(r.content.refusal!.next_action).not.toMatch(/guarantee(d|s)? (that|your)/i);
        expect(DecisionContentSchema.safeParse(r.content).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('waits only when the timing can move (flexible_dates true, or no concrete dates and not declared fixed)', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const r = decide(i, pack, NOW);
        if (r.content.verdict.outcome !== 'wait') return;
        expect(i.flexible_dates === true || (i.flexible_dates !== false && i.start_date === undefined)).toBe(true);
        expect(r.content.decision_type).toBe('timing_verdict');
      }),
      RUNS,
    );
  });

  it('issued copy is plain: names the month it decided on, no guarantees, no exclamations, no leaked placeholders', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(anyInputs, (i) => {
        const r = decide(i, pack, NOW);
        const all = JSON.stringify(r);
        for (const bad of ['undefined', 'NaN', 'Infinity', '[object', '!']) expect(all).not.toContain(bad);
        if (r.kind !== 'issued') return;
        expect(all.toLowerCase()).not.toMatch(/guarantee|definitely|amazing|unforgettable|once-in-a-lifetime/);
        const month = i.start_date ? +i.start_date.slice(5, 7) : i.month;
        // Without a month, the verdict names the month it chose (a discard holds in every month).
        // A month already past with flexibility ahead is decided over the months ahead: the assumptions name it as passed.
        if (month !== undefined && movePastMonth(i, NOW)) expect(r.content.assumptions.map((a) => a.text).join(' ')).toContain(`${MONTHS[month - 1]} ${i.year} has passed`);
        else if (month !== undefined) expect(r.content.verdict.summary).toContain(MONTHS[month - 1]);
        else if (r.content.verdict.outcome !== 'discard') expect(MONTHS.some((m) => r.content.verdict.summary.includes(m))).toBe(true);
      }),
      RUNS,
    );
  });

  /**
   * Monotonicity. Let i be inputs that decide() issues a verdict for, and i' be i with one
   * essential field (month, start_date, destinations, priorities) that i lacked now
   * supplied. Then decide(i') is issued too, unless i' contradicts itself
   * (findContradictions(i', now) is non-empty: e.g. the new start date is in another
   * month than the stated one, or a named place is also excluded). Supplying what we
   * would have asked for never turns a verdict into a request for it.
   */
  it('supplying a missing essential never turns an issued decision into a refusal, unless it creates a contradiction or a hard age rule for unknown ages', () => {
    const essential = fc.oneof(
      fc.record({ field: fc.constant('month' as const), value: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ field: fc.constant('start_date' as const), value: fc.integer({ min: 1, max: 700 }).map((d) => new Date(NOW.getTime() + d * 86_400_000).toISOString().slice(0, 10)) }),
      fc.record({ field: fc.constant('destinations' as const), value: fc.uniqueArray(fc.constantFrom(...DESTINATION_IDS), { minLength: 1, maxLength: 3 }) }),
      fc.record({ field: fc.constant('priorities' as const), value: fc.uniqueArray(fc.constantFrom(...PRIORITIES), { minLength: 1, maxLength: 3 }) }),
    );
    let checked = 0;
    fc.assert(
      fc.property(consistentInputs, essential, (i, add) => {
        expect(ESSENTIAL_FIELDS).toContain(add.field);
        if (i[add.field] !== undefined) return;
        if (decide(i, pack, NOW).kind !== 'issued') return;
        const more = { ...i, [add.field]: add.value } as TripInputs;
        if (findContradictions(more, NOW).length > 0) return;
        checked++;
        const after = decide(more, pack, NOW);
        // A named place with a hard age rule makes unknown ages worth asking: exactly those.
        if (after.kind === 'refused') expect(after.content.refusal!.missing_inputs).toEqual(['child_ages']);
      }),
      { numRuns: 1500 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});
