import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import toolUse from '../fixtures/bedrock/tool-use.json';
import throttling from '../fixtures/bedrock/throttling.json';
import { BREAKER_SETTINGS } from '../../src/app';
import { SYSTEM_TENANT } from '../../src/agent/models/stored-circuit-breaker';
import { SAFETY_FLAGS } from '../../src/agent/turn/extract-inputs';
import { startConverseServer } from '../support/converse-server';
import { startTestApp, type TestApp } from '../support/app';

// Bedrock behind the DynamoDB-backed circuit breaker, end to end: the real
// BedrockRuntimeClient against a recorded Converse endpoint, breaker state in DynamoDB
// Local, the local model serving while the circuit is open, then a half-open probe.

const MODEL_ID = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const CIRCUIT = `bedrock:${MODEL_ID}`;
let server: Awaited<ReturnType<typeof startConverseServer>>;
let t: TestApp;
let now = new Date('2026-11-21T10:00:00Z').getTime();

beforeAll(async () => {
  // The SDK's own credential chain reads these; our code reads no environment.
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDTEST');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
  server = await startConverseServer([{ status: throttling.status, headers: throttling.headers, body: throttling.body }]);
  t = await startTestApp({
    clock: () => new Date(now),
    env: { MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: MODEL_ID, BEDROCK_ENDPOINT: server.endpoint, BEDROCK_TIMEOUT_MS: '2000' },
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t?.close();
  await server?.close();
});

describe('the primary model behind its circuit breaker', () => {
  it('falls back on failure, opens after repeated failures, probes after the cool-down, and closes on success', async () => {
    const s = await t.newSession();

    // Failures up to the threshold: Bedrock is tried (2 SDK attempts each), the local model answers.
    for (let i = 0; i < BREAKER_SETTINGS.failureThreshold; i++) {
      const r = await t.say(s, `Kruger in September, ${i + 2} adults`);
      expect(r.decision.ai_used).toBe(false);
      expect(r.decision.ai_trace.safety_flags).toContain(SAFETY_FLAGS.primaryFailed);
      now += 1000;
    }
    expect(server.requests).toHaveLength(BREAKER_SETTINGS.failureThreshold * 2);
    expect((await t.app.repos.circuitBreakers.get(SYSTEM_TENANT, CIRCUIT)).state).toBe('open');

    // Open: Bedrock is not called at all; the turn still ends in a decision.
    const open = await t.say(s, 'make it 6 days');
    expect(server.requests).toHaveLength(BREAKER_SETTINGS.failureThreshold * 2);
    expect(open.decision.ai_trace.safety_flags).toContain(SAFETY_FLAGS.breakerOpen);
    expect(open.decision.ai_trace.model).toBe('local:trip-extractor-v1');

    // After the recovery timeout one probe goes through; Bedrock has recovered.
    server.setScript([{ status: 200, body: toolUse }]);
    now += (BREAKER_SETTINGS.recoveryTimeoutSeconds + 1) * 1000;
    const probe = await t.say(s, 'Masai Mara in August please');
    expect(server.requests).toHaveLength(BREAKER_SETTINGS.failureThreshold * 2 + 1);
    expect(probe.decision.ai_used).toBe(true);
    expect(probe.decision.ai_trace.model).toBe(CIRCUIT);
    expect(probe.decision.inputs_snapshot).toMatchObject({ destinations: expect.arrayContaining(['masai_mara']), month: 8 });
    expect((await t.app.repos.circuitBreakers.get(SYSTEM_TENANT, CIRCUIT)).state).toBe('closed');
  });
});
