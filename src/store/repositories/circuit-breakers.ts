/**
 * Circuit breaker state shared by every Lambda (seed 003 §3.5): in-memory breakers reset
 * on cold starts. Each transition is a conditional write on the version read, so two
 * invocations cannot both flip the breaker; the loser is told, not thrown at.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TenantId } from '../../domain/ids';
import { IsoDateTime } from '../../domain/time';
import { isConditionFailed } from '../errors';
import { entityKey } from '../keys';
import { fromItem, send, type StoreContext } from '../repository-kit';
import * as z from '../../domain/zod-mini';

export const CIRCUIT_STATES = ['closed', 'open', 'half_open'] as const;
export type CircuitState = (typeof CIRCUIT_STATES)[number];

export const CircuitBreakerSchema = z.object({
  tenant_id: TenantId,
  circuit_id: z.string().check(z.minLength(1), z.maxLength(128)),
  state: z.enum(CIRCUIT_STATES),
  /** Consecutive failures since the last success. */
  failure_count: z.number().check(z.int(), z.minimum(0)),
  last_failure_at: z.optional(IsoDateTime),
  opened_at: z.optional(IsoDateTime),
  updated_at: IsoDateTime,
  version: z.number().check(z.int(), z.minimum(0)),
});
export type CircuitBreaker = z.infer<typeof CircuitBreakerSchema>;

export interface CircuitSettings {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** Seconds an open circuit waits before one trial call (half-open). */
  recoveryTimeoutSeconds: number;
}

/** What a transition did: applied (with the new state), nothing to do, or lost to a concurrent writer. */
export type CircuitOutcome =
  | { kind: 'applied'; breaker: CircuitBreaker; from: CircuitState }
  | { kind: 'unchanged'; breaker: CircuitBreaker }
  | { kind: 'lost_race' };

function closedBreaker(tenantId: string, circuitId: string, now: string): CircuitBreaker {
  return { tenant_id: tenantId, circuit_id: circuitId, state: 'closed', failure_count: 0, updated_at: now, version: -1 };
}

/** Circuit breakers of a tenant, by id. A breaker never written reads as closed. */
export function createCircuitBreakersRepository(ctx: StoreContext) {
  async function read(tenantId: string, circuitId: string): Promise<CircuitBreaker | undefined> {
    const out = await send('get circuit_breakers', () =>
      ctx.doc.send(new GetCommand({ TableName: ctx.tables.circuit_breakers, Key: { pk: entityKey(tenantId, circuitId) }, ConsistentRead: true })),
    );
    return out.Item && out.Item.tenant_id === tenantId ? fromItem(CircuitBreakerSchema, 'circuit_breakers', out.Item) : undefined;
  }

  /** Reads, computes the next state, and writes it only if nobody wrote in between. */
  async function transition(
    tenantId: string,
    circuitId: string,
    now: Date,
    next: (current: CircuitBreaker, at: string) => Omit<CircuitBreaker, 'version'> | undefined,
  ): Promise<CircuitOutcome> {
    const at = now.toISOString();
    const current = (await read(tenantId, circuitId)) ?? closedBreaker(tenantId, circuitId, at);
    const proposed = next(current, at);
    if (!proposed) return { kind: 'unchanged', breaker: current.version < 0 ? { ...current, version: 0 } : current };
    const breaker: CircuitBreaker = { ...proposed, version: current.version + 1 };
    try {
      await ctx.doc.send(
        new PutCommand({
          TableName: ctx.tables.circuit_breakers,
          Item: { ...breaker, pk: entityKey(tenantId, circuitId) },
          ...(current.version < 0
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :v AND #s = :s', ExpressionAttributeNames: { '#s': 'state' }, ExpressionAttributeValues: { ':v': current.version, ':s': current.state } }),
        }),
      );
    } catch (err) {
      if (isConditionFailed(err)) return { kind: 'lost_race' };
      await send('write circuit_breakers', () => Promise.reject(err));
    }
    return { kind: 'applied', breaker, from: current.state };
  }

  return {
    /** The breaker's state; a breaker never written is closed with no failures. */
    async get(tenantId: string, circuitId: string, now: Date = new Date()): Promise<CircuitBreaker> {
      const b = await read(tenantId, circuitId);
      return b ?? { ...closedBreaker(tenantId, circuitId, now.toISOString()), version: 0 };
    },
    /** Counts a failure: closed → open at the threshold; a failed half-open trial reopens. */
    recordFailure: (tenantId: string, circuitId: string, settings: CircuitSettings, now: Date): Promise<CircuitOutcome> =>
      transition(tenantId, circuitId, now, (c, at) => {
        const failure_count = c.failure_count + 1;
        const opens = c.state === 'half_open' || (c.state === 'closed' && failure_count >= settings.failureThreshold);
        return {
          ...c,
          failure_count,
          last_failure_at: at,
          updated_at: at,
          ...(opens ? { state: 'open' as const, opened_at: at } : {}),
        };
      }),
    /** Counts a success: a half-open trial closes the circuit; a closed one resets its count. */
    recordSuccess: (tenantId: string, circuitId: string, now: Date): Promise<CircuitOutcome> =>
      transition(tenantId, circuitId, now, (c, at) => {
        if (c.state === 'half_open') return { ...c, state: 'closed', failure_count: 0, updated_at: at };
        if (c.state === 'closed' && c.failure_count > 0) return { ...c, failure_count: 0, updated_at: at };
        return undefined; // open: a late success from before it opened proves nothing
      }),
    /**
     * Open → half-open once the recovery timeout has passed. Exactly one caller wins
     * (`applied`) and makes the trial call; the others get `lost_race` and stay away.
     */
    tryHalfOpen: (tenantId: string, circuitId: string, settings: CircuitSettings, now: Date): Promise<CircuitOutcome> =>
      transition(tenantId, circuitId, now, (c, at) => {
        if (c.state !== 'open' || !c.opened_at) return undefined;
        if (now.getTime() < new Date(c.opened_at).getTime() + settings.recoveryTimeoutSeconds * 1000) return undefined;
        return { ...c, state: 'half_open', updated_at: at };
      }),
  };
}

export type CircuitBreakersRepository = ReturnType<typeof createCircuitBreakersRepository>;
