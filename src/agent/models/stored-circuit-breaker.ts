import type { CircuitBreaker } from './extraction-model';

type State = 'closed' | 'open' | 'half_open';
interface StoredBreaker {
  state: State;
  updated_at: string;
}
type Outcome = { kind: 'applied' | 'unchanged' } | { kind: 'lost_race' };

/** The slice of the circuit-breaker repository (src/store) this adapter needs. */
export interface BreakerRepository {
  get(tenantId: string, circuitId: string, now?: Date): Promise<StoredBreaker>;
  recordFailure(tenantId: string, circuitId: string, settings: BreakerSettings, now: Date): Promise<Outcome>;
  recordSuccess(tenantId: string, circuitId: string, now: Date): Promise<Outcome>;
  tryHalfOpen(tenantId: string, circuitId: string, settings: BreakerSettings, now: Date): Promise<Outcome>;
}

export interface BreakerSettings {
  failureThreshold: number;
  recoveryTimeoutSeconds: number;
}

/** Breakers guard shared providers, so they live under this system tenant. */
export const SYSTEM_TENANT = 'system';

/**
 * The primary model's circuit breaker on DynamoDB (seed 003 §3.5): state shared by every
 * Lambda and the local process, each change a conditional write. Closed lets calls
 * through; open sends every turn to the local model; after the recovery timeout exactly
 * one caller wins the half-open probe. A probe that never reported back (its process
 * died) is given up after another timeout, so the circuit cannot stick half-open.
 */
export function storedCircuitBreaker(repo: BreakerRepository, circuitId: string, settings: BreakerSettings): CircuitBreaker {
  return {
    async allow(now) {
      const b = await repo.get(SYSTEM_TENANT, circuitId, now);
      if (b.state === 'closed') return true;
      if (b.state === 'half_open') {
        const stale = now.getTime() - new Date(b.updated_at).getTime() > settings.recoveryTimeoutSeconds * 1000;
        if (!stale) return false;
        await repo.recordFailure(SYSTEM_TENANT, circuitId, settings, now);
      }
      const probe = await repo.tryHalfOpen(SYSTEM_TENANT, circuitId, settings, now);
      return probe.kind === 'applied';
    },
    async recordSuccess(now) {
      await repo.recordSuccess(SYSTEM_TENANT, circuitId, now);
    },
    async recordFailure(now) {
      await repo.recordFailure(SYSTEM_TENANT, circuitId, settings, now);
    },
  };
}
