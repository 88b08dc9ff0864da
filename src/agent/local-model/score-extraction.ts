import { z } from 'zod';
import { TripInputsSchema } from '../../domain/trip-inputs';
import { ExtractionSchema, type Extraction } from '../extraction-schema';

/** One labelled traveler message of the extraction set (test/fixtures/extraction). */
export const ExtractionFixtureSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  now: z.iso.datetime(),
  previous: z.optional(TripInputsSchema),
  expected: ExtractionSchema,
});
export type ExtractionFixture = z.infer<typeof ExtractionFixtureSchema>;

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  id: string;
  field: string;
  expected: unknown;
  predicted: unknown;
}

export interface ExtractionScore {
  /** Fields with at least one expected or predicted value. */
  fields: Record<string, FieldScore>;
  micro: FieldScore;
  misses: Miss[];
}

function ratio(tp: number, fp: number, fn: number): FieldScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/**
 * Fields the extractor proposes that no label set carries, so a prediction of them can be
 * neither right nor wrong: a child's coming birthday (`child_birthdays`, added after every
 * set was written; its age today is scored in `child_ages`) and how far flexible dates reach
 * (`flexible_until`, whose flexibility is scored in `flexible_dates`).
 */
const UNLABELLED: ReadonlySet<string> = new Set(['child_birthdays', 'flexible_until', 'contradicted', 'avoid_flights', 'migration_phase', 'budget_rate', 'animals', 'asks_affordability', 'activities', 'adult_ages', 'budget_excludes_permits', 'open_elsewhere', 'budget_permits_only']);

/**
 * Scores predictions against labels: per field, a scalar is a true positive when equal;
 * an array is scored per element (each expected element found is a TP, each extra an FP,
 * each missing an FN). `message_kind` and `out_of_scope_topic` are fields like any other.
 */
export function scoreExtractions(cases: ReadonlyArray<{ id: string; expected: Extraction; predicted: Extraction }>): ExtractionScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: Miss[] = [];
  const bump = (field: string, k: 'tp' | 'fp' | 'fn', n = 1) => {
    const c = counts.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    c[k] += n;
    counts.set(field, c);
  };
  for (const { id, expected, predicted } of cases) {
    const fields = new Set([...Object.keys(expected), ...Object.keys(predicted)].filter((f) => !UNLABELLED.has(f)));
    for (const field of fields) {
      const e = (expected as Record<string, unknown>)[field];
      const p = (predicted as Record<string, unknown>)[field];
      if (Array.isArray(e) || Array.isArray(p)) {
        const es = (e as unknown[] | undefined) ?? [];
        const ps = (p as unknown[] | undefined) ?? [];
        const tp = es.filter((x) => ps.includes(x)).length;
        const fn = es.length - tp;
        const fp = ps.filter((x) => !es.includes(x)).length;
        bump(field, 'tp', tp);
        bump(field, 'fn', fn);
        bump(field, 'fp', fp);
        if (fn || fp) misses.push({ id, field, expected: e, predicted: p });
      } else if (e !== undefined && p !== undefined && e === p) bump(field, 'tp');
      else {
        if (e !== undefined) bump(field, 'fn');
        if (p !== undefined) bump(field, 'fp');
        misses.push({ id, field, expected: e, predicted: p });
      }
    }
  }
  const fields: Record<string, FieldScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [field, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    fields[field] = ratio(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { fields, micro: ratio(tp, fp, fn), misses };
}

/**
 * The micro-F1 the extractor must keep on the holdout set (test/fixtures/extraction-holdout):
 * the figure last reached there (0.998 on 295 messages, issue 14) minus 0.01, so a
 * regression fails CI without every honest relabel or new message tipping it. Raise it
 * when the extractor improves; lower it only with new, harder messages, and say so.
 */
export const HOLDOUT_MICRO_F1_FLOOR = 0.988;
