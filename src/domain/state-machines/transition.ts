/**
 * The shape both state machines share: a transition table held as data, an index
 * over it, and the typed results a transition returns. Pure; no I/O.
 */

/** One row of a transition table: from `from`, `trigger` moves to `to` and emits `emits`. */
export interface TransitionRow<S extends string, T extends string, E extends string> {
  readonly from: S;
  readonly trigger: T;
  readonly to: S;
  /** Event types recorded when this row fires, in order. */
  readonly emits: readonly E[];
  /** Why the row exists when the seed is silent or we read it a particular way. */
  readonly note?: string;
}

export type MachineName = 'lead' | 'decision';

/**
 * Why a transition was refused. A value, not a throw: callers (the turn pipeline,
 * the staff API) map each kind to their own answer, e.g. HTTP 409 for `not_allowed`.
 */
export type TransitionError =
  | {
      kind: 'not_allowed';
      machine: MachineName;
      from: string;
      trigger: string;
      /** Triggers the table does accept from `from`, for the error message and staff tools. */
      allowed: readonly string[];
    }
  | { kind: 'missing_context'; machine: MachineName; trigger: string; field: string; message: string }
  | { kind: 'guard_failed'; machine: MachineName; trigger: string; message: string };

/** A transition table indexed for O(1) lookups of (from, trigger). */
export interface Machine<S extends string, T extends string, E extends string> {
  readonly name: MachineName;
  readonly rows: readonly TransitionRow<S, T, E>[];
  /** The row for this pair, or undefined when the table does not allow it. */
  find(from: S, trigger: T): TransitionRow<S, T, E> | undefined;
  /** Triggers accepted from a state, in table order. */
  triggersFrom(from: S): readonly T[];
}

/**
 * Builds a machine from its table. Throws at module load if two rows share a
 * (from, trigger) pair: a table that could answer two ways is a programming error.
 */
export function defineMachine<S extends string, T extends string, E extends string>(
  name: MachineName,
  rows: readonly TransitionRow<S, T, E>[],
): Machine<S, T, E> {
  const index = new Map<string, TransitionRow<S, T, E>>();
  const byState = new Map<S, T[]>();
  for (const row of rows) {
    const key = `${row.from}\u0000${row.trigger}`;
    if (index.has(key)) throw new Error(`${name} machine: duplicate row ${row.from} --${row.trigger}-->`);
    index.set(key, row);
    const list = byState.get(row.from) ?? [];
    list.push(row.trigger);
    byState.set(row.from, list);
  }
  return {
    name,
    rows,
    find: (from, trigger) => index.get(`${from}\u0000${trigger}`),
    triggersFrom: (from) => byState.get(from) ?? [],
  };
}

/** The `not_allowed` error for a pair the table lacks. */
export function notAllowed<S extends string, T extends string, E extends string>(
  machine: Machine<S, T, E>,
  from: S,
  trigger: T,
): TransitionError {
  return { kind: 'not_allowed', machine: machine.name, from, trigger, allowed: machine.triggersFrom(from) };
}
