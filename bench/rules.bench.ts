/**
 * decide() throughput on one core over a varied, fixed set of inputs (every outcome, one
 * to four places, budgets in several currencies, fixed and flexible dates, refusals).
 * Target: at least 50,000 decisions per second.
 */
import { defaultPackIndex } from '../src/domain/knowledge-pack/index-pack';
import { decide } from '../src/domain/rules';
import { DESTINATION_IDS, PACES, PRIORITIES, type TripInputs } from '../src/domain/trip-inputs';
import { figure, percentile } from './format';

const TARGET_PER_SECOND = 50_000;
const NOW = new Date('2026-11-21T09:00:00Z');

/** A deterministic spread of inputs: a small LCG so the set is the same on every run. */
function inputsSet(n: number): TripInputs[] {
  let seed = 12345;
  const rnd = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const currencies = ['USD', 'EUR', 'GBP', 'KES', 'ZAR'];
  const out: TripInputs[] = [];
  for (let k = 0; k < n; k++) {
    const i: TripInputs = {};
    const dests = rnd(5);
    if (dests > 0) i.destinations = [...new Set(Array.from({ length: dests }, () => DESTINATION_IDS[rnd(DESTINATION_IDS.length)]!))];
    if (dests === 0 || rnd(2) === 0) i.priorities = [...new Set(Array.from({ length: 1 + rnd(3) }, () => PRIORITIES[rnd(PRIORITIES.length)]!))];
    if (rnd(10) > 0) i.month = 1 + rnd(12);
    if (rnd(3) === 0) i.flexible_dates = rnd(2) === 0;
    if (rnd(2) === 0) i.duration_days = 3 + rnd(12);
    if (rnd(2) === 0) i.adults = 1 + rnd(4);
    if (rnd(4) === 0) {
      const ages = Array.from({ length: 1 + rnd(3) }, () => 3 + rnd(14));
      i.children = ages.length;
      i.child_ages = ages;
    }
    if (rnd(2) === 0) {
      i.budget_amount = 300 + rnd(8000);
      i.budget_currency = currencies[rnd(currencies.length)]!;
      i.budget_basis = rnd(2) === 0 ? 'per_person' : 'total';
    }
    if (rnd(3) === 0) i.drive_tolerance_hours = rnd(8);
    if (rnd(3) === 0) i.pace = PACES[rnd(3)]!;
    out.push(i);
  }
  return out;
}

export async function run(): Promise<void> {
  const pack = defaultPackIndex();
  const inputs = inputsSet(2000);
  const outcomes = new Map<string, number>();
  for (const i of inputs) {
    const o = decide(i, pack, NOW).content.verdict.outcome;
    outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
  }
  // Warm up the JIT and the per-pack tables before timing.
  for (let r = 0; r < 5; r++) for (const i of inputs) decide(i, pack, NOW);

  const rounds = 10;
  const rates: number[] = [];
  const perCallUs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const i of inputs) decide(i, pack, NOW);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    rates.push(inputs.length / seconds);
    perCallUs.push((seconds / inputs.length) * 1e6);
  }
  const median = percentile(rates, 50);
  figure('input mix (book/wait/switch/discard/refused)', ['book', 'wait', 'switch', 'discard', 'refused'].map((o) => outcomes.get(o) ?? 0).join('/'));
  figure('decide() throughput, median of 10 rounds x 2000', Math.round(median), 'decisions/s', {
    text: `>= ${TARGET_PER_SECOND}/s`,
    met: median >= TARGET_PER_SECOND,
  });
  figure('decide() throughput, slowest round', Math.round(Math.min(...rates)), 'decisions/s');
  figure('mean time per decision, p50 round', percentile(perCallUs, 50), 'µs');
}
