import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCircuitBreakersRepository, type CircuitBreakersRepository } from '../../src/store/repositories/circuit-breakers';
import { createTestStore, type TestStore } from '../support/dynamodb';

let store: TestStore;
let breakers: CircuitBreakersRepository;
const settings = { failureThreshold: 3, recoveryTimeoutSeconds: 60 };
const t0 = new Date('2026-03-01T10:00:00.000Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

beforeAll(async () => {
  store = await createTestStore();
  breakers = createCircuitBreakersRepository(store.ctx);
});
afterAll(() => store.close());

describe('circuit breakers', () => {
  it('closed → open at the threshold → half-open after the timeout → closed on success', async () => {
    expect((await breakers.get('demo', 'bedrock')).state).toBe('closed');
    expect(await breakers.recordFailure('demo', 'bedrock', settings, at(0))).toMatchObject({ kind: 'applied', breaker: { state: 'closed', failure_count: 1 } });
    expect(await breakers.recordFailure('demo', 'bedrock', settings, at(1))).toMatchObject({ kind: 'applied', breaker: { state: 'closed', failure_count: 2 } });
    expect(await breakers.recordFailure('demo', 'bedrock', settings, at(2))).toMatchObject({ kind: 'applied', from: 'closed', breaker: { state: 'open', failure_count: 3 } });

    expect(await breakers.tryHalfOpen('demo', 'bedrock', settings, at(30))).toMatchObject({ kind: 'unchanged', breaker: { state: 'open' } });
    expect(await breakers.tryHalfOpen('demo', 'bedrock', settings, at(62))).toMatchObject({ kind: 'applied', from: 'open', breaker: { state: 'half_open' } });
    expect(await breakers.recordSuccess('demo', 'bedrock', at(63))).toMatchObject({ kind: 'applied', from: 'half_open', breaker: { state: 'closed', failure_count: 0 } });
    expect((await breakers.get('demo', 'bedrock')).state).toBe('closed');
  });

  it('a failed half-open trial opens the circuit again', async () => {
    for (let i = 0; i < 3; i++) await breakers.recordFailure('demo', 'retrial', settings, at(i));
    await breakers.tryHalfOpen('demo', 'retrial', settings, at(100));
    expect(await breakers.recordFailure('demo', 'retrial', settings, at(101))).toMatchObject({ kind: 'applied', breaker: { state: 'open', opened_at: at(101).toISOString() } });
  });

  it('two racing transitions: exactly one flips the breaker, the other is told it lost', async () => {
    for (let i = 0; i < 3; i++) await breakers.recordFailure('demo', 'race', settings, at(i));
    const results = await Promise.all(Array.from({ length: 4 }, () => breakers.tryHalfOpen('demo', 'race', settings, at(120))));
    const applied = results.filter((r) => r.kind === 'applied');
    expect(applied).toHaveLength(1);
    // The others either lost the conditional write or read it already half-open.
    expect(results.filter((r) => r.kind === 'applied' || r.kind === 'lost_race' || (r.kind === 'unchanged' && r.breaker.state === 'half_open'))).toHaveLength(4);
    expect((await breakers.get('demo', 'race')).state).toBe('half_open');
  });

  it('concurrent failures never lose a count: each either applies or reports a lost race', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => breakers.recordFailure('demo', 'counting', { failureThreshold: 100, recoveryTimeoutSeconds: 60 }, at(0))));
    const applied = results.filter((r) => r.kind === 'applied').length;
    expect(applied).toBeGreaterThanOrEqual(1);
    expect((await breakers.get('demo', 'counting')).failure_count).toBe(applied);
  });

  it('breakers are per tenant', async () => {
    for (let i = 0; i < 3; i++) await breakers.recordFailure('demo', 'isolated', settings, at(i));
    expect((await breakers.get('demo', 'isolated')).state).toBe('open');
    expect((await breakers.get('other', 'isolated')).state).toBe('closed');
  });
});
