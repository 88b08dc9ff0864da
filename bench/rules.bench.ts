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
function inputsSet(n: number, perUsd: Readonly<Record<string, number>>): TripInputs[] {
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
      // Amounts that are plausible in their own currency: $300–$8,300 worth, per person or in total.
      i.budget_currency = currencies[rnd(currencies.length)]!;
      i.budget_amount = Math.round((300 + rnd(8000)) * perUsd[i.budget_currency]!);
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
  const inputs = inputsSet(2000, pack.pack.currency.per_usd);
  const outcomes = new Map<string, number>();
  for (const i of inputs) {
    const o = decide(i, pack, NOW).content.verdict.outcome;
    outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
  }
  // Warm up the JIT and the per-pack tables before timing.
  for (let r = 0; r < 5; r++) for (const i of inputs) decide(i, pack, NOW);

  // Wall-clock rate, and the rate per CPU-second of this process: on a shared machine other
  // processes take turns on the cores, so CPU time is the fairer measure of one core's throughput.
  const rounds = 10;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const i of inputs) decide(i, pack, NOW);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    wall.push(inputs.length / seconds);
    cpu.push(inputs.length / ((c.user + c.system) / 1e6));
  }
  const perCpuSecond = percentile(cpu, 50);
  figure('input mix (book/wait/switch/discard/refused)', ['book', 'wait', 'switch', 'discard', 'refused'].map((o) => outcomes.get(o) ?? 0).join('/'));
  figure('decide() per CPU-second, median of 10 x 2000', Math.round(perCpuSecond), 'decisions/s', {
    text: `>= ${TARGET_PER_SECOND}/s`,
    met: perCpuSecond >= TARGET_PER_SECOND,
  });
  figure('decide() wall-clock rate, median round', Math.round(percentile(wall, 50)), 'decisions/s');
  figure('mean CPU time per decision, median round', 1e6 / perCpuSecond, 'µs');
  figure('machine reference: 1e8-step integer loop, CPU', Math.round(referenceLoopMs()), 'ms');
}

/** A fixed integer loop, so figures from different (or busy) machines can be compared; ~100-150 ms on a current desktop core. */
function referenceLoopMs(): number {
  const c0 = process.cpuUsage();
  let s = 0;
  for (let k = 0; k < 1e8; k++) s += k % 7;
  const c = process.cpuUsage(c0);
  if (s < 0) console.log(s); // keeps the loop from being optimised away
  return (c.user + c.system) / 1000;
}
