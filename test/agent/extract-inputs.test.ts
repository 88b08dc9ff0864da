import { afterEach, describe, expect, it } from 'vitest';
import toolUse from '../fixtures/bedrock/tool-use.json';
import invalidToolInput from '../fixtures/bedrock/invalid-tool-input.json';
import throttling from '../fixtures/bedrock/throttling.json';
import { startConverseServer, type ScriptedResponse } from '../support/converse-server';
import { createBedrockChatModel } from '../../src/agent/models/bedrock-chat-model';
import { LangChainExtraction } from '../../src/agent/models/langchain-extraction';
import { LocalChatModel, LOCAL_MODEL_NAME, type ExtractFn } from '../../src/agent/models/local-chat-model';
import type { CircuitBreaker, ExtractionModel } from '../../src/agent/models/extraction-model';
import { extractInputs, SAFETY_FLAGS } from '../../src/agent/turn/extract-inputs';
import { loadPrompt } from '../../src/agent/prompts';
import { EXTRACT_TOOL_NAME } from '../../src/agent/extract-tool';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';

const MODEL_ID = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const now = new Date('2026-11-21T10:00:00Z');
const prompt = loadPrompt('extract-trip-inputs');

// A fake of our own port (the local extractor function), so these tests are about the
// Bedrock path and the fallback, not the extractor's parsing.
const seen: Array<{ text: string; now: Date; previous: unknown }> = [];
const fakeExtract: ExtractFn = (text, ctx) => {
  seen.push({ text, now: ctx.now, previous: ctx.previous });
  return { month: 9, message_kind: 'trip' };
};
const local: ExtractionModel = { name: LOCAL_MODEL_NAME, ai: false, chat: new LocalChatModel(fakeExtract, defaultPackIndex()), forcesToolChoice: false };

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
  seen.length = 0;
});

async function bedrockAnswering(script: ScriptedResponse[], timeoutMs = 2000) {
  const server = await startConverseServer(script);
  close = server.close;
  const model = createBedrockChatModel({
    modelId: MODEL_ID,
    region: 'us-east-1',
    endpoint: server.endpoint,
    timeoutMs,
    maxAttempts: 2,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
  });
  const primary: ExtractionModel = { name: `bedrock:${MODEL_ID}`, ai: true, chat: new LangChainExtraction(model), forcesToolChoice: true };
  return { server, primary };
}

describe('extract step through the real BedrockRuntimeClient against a recorded Converse endpoint', () => {
  it('uses a schema-valid toolUse block and says Bedrock produced the inputs', async () => {
    const { server, primary } = await bedrockAnswering([{ status: 200, body: toolUse }]);
    const out = await extractInputs({ primary, fallback: local, prompt }, 'Mara in August for the crossings, 2 of us', now, { adults: 2 });

    expect(out.extraction).toMatchObject({ destinations: ['masai_mara'], month: 8, priorities: ['migration'] });
    expect(out).toMatchObject({ model: `bedrock:${MODEL_ID}`, ai_used: true, model_calls: 1, ok: true, safety_flags: [] });
    expect(out.prompt_version).toBe(prompt.version);
    expect(seen).toHaveLength(0);

    // The request is the Converse wire format: our tool, forced, with its JSON schema, and
    // the known inputs in the system prompt.
    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.path).toBe(`/model/${encodeURIComponent(MODEL_ID)}/converse`);
    expect(req.body.toolConfig.tools[0].toolSpec.name).toBe(EXTRACT_TOOL_NAME);
    expect(req.body.toolConfig.tools[0].toolSpec.inputSchema.json.properties.month).toMatchObject({ type: 'integer', minimum: 1, maximum: 12 });
    expect(req.body.toolConfig.toolChoice).toEqual({ tool: { name: EXTRACT_TOOL_NAME } });
    expect(req.body.system.map((b: { text?: string }) => b.text ?? '').join('')).toContain('"adults": 2');
    expect(req.body.messages.at(-1).content[0].text).toBe('Mara in August for the crossings, 2 of us');
  });

  it("describes `contradicted` to the model in a line, and validates what comes back against the whole trip-input schema", async () => {
    /** tool-use.json with the budget said two ways in the message, `contradicted` as given. */
    const saidTwoWays = (contradicted: unknown) => {
      const body = structuredClone(toolUse) as { output: { message: { content: Array<{ toolUse: { input: Record<string, unknown> } }> } } };
      body.output.message.content[0]!.toolUse.input = { budget_amount: 4000, budget_basis: 'total', budget_currency: 'USD', contradicts: ['budget_amount'], contradicted, message_kind: 'trip' };
      return body;
    };
    const { server, primary } = await bedrockAnswering([
      { status: 200, body: saidTwoWays({ budget_amount: 3000, budget_basis: 'per_person' }) },
      { status: 200, body: saidTwoWays({ budget_amount: 'three thousand' }) },
    ]);
    const kept = await extractInputs({ primary, fallback: local, prompt }, '$3,000 per person, so $4,000 total for both of us', now, { adults: 2 });
    expect(kept.extraction).toMatchObject({ budget_amount: 4000, contradicts: ['budget_amount'], contradicted: { budget_amount: 3000, budget_basis: 'per_person' } });
    expect(kept.safety_flags).toEqual([]);
    // Described, not spelled out: the trip fields' schemas are not repeated inside it on every call.
    const schema = server.requests[0]!.body.toolConfig.tools[0].toolSpec.inputSchema.json;
    expect(schema.properties.contradicted).toMatchObject({ type: 'object', description: expect.stringContaining('earlier statement') });
    expect(JSON.stringify(schema.properties.contradicted)).not.toContain('masai_mara');
    expect(schema.properties.budget_amount).toMatchObject({ type: 'number' });
    // A `contradicted` the trip-input schema refuses is refused whole, as any invalid tool input.
    const refused = await extractInputs({ primary, fallback: local, prompt }, '$3,000 per person, so $4,000 total for both of us', now, { adults: 2 });
    expect(refused.extraction).toEqual({});
    expect(refused.safety_flags).toContain(SAFETY_FLAGS.invalidToolCall);
  });

  it('drops an invalid tool input, flags it, and still returns (nothing from it is trusted)', async () => {
    const { primary } = await bedrockAnswering([{ status: 200, body: invalidToolInput }]);
    const out = await extractInputs({ primary, fallback: local, prompt }, 'somewhere nice', now, {});
    expect(out.extraction).toEqual({});
    expect(out.safety_flags).toContain(SAFETY_FLAGS.invalidToolCall);
    expect(out).toMatchObject({ ai_used: true, ok: false, model_calls: 1 });
  });

  it('falls back to the local model when Bedrock throttles on every attempt', async () => {
    const { server, primary } = await bedrockAnswering([{ status: throttling.status, headers: throttling.headers, body: throttling.body }]);
    const out = await extractInputs({ primary, fallback: local, prompt }, 'September then', now, { month: 8 });
    expect(server.requests).toHaveLength(2); // the SDK retried once (maxAttempts 2), then gave up
    expect(out).toMatchObject({ model: LOCAL_MODEL_NAME, ai_used: false, extraction: { month: 9 } });
    expect(out.safety_flags).toContain(SAFETY_FLAGS.primaryFailed);
    // The local model received the same context Bedrock would have: today's date and the known inputs.
    expect(seen[0]).toMatchObject({ text: 'September then', previous: { month: 8 } });
    expect(seen[0]!.now.toISOString()).toBe(now.toISOString());
  });

  it('falls back to the local model when Bedrock does not answer within the timeout', async () => {
    const { primary } = await bedrockAnswering([{ status: 200, body: toolUse, delayMs: 1500 }], 200);
    const out = await extractInputs({ primary, fallback: local, prompt }, 'hello', now, {});
    expect(out.model).toBe(LOCAL_MODEL_NAME);
    expect(out.safety_flags).toContain(SAFETY_FLAGS.primaryFailed);
  });

  it('skips Bedrock entirely while the breaker is open', async () => {
    const { server, primary } = await bedrockAnswering([{ status: 200, body: toolUse }]);
    const events: string[] = [];
    const open: CircuitBreaker = {
      allow: async () => (events.push('allow'), false),
      recordSuccess: async () => void events.push('success'),
      recordFailure: async () => void events.push('failure'),
    };
    const out = await extractInputs({ primary, fallback: local, prompt, breaker: open }, 'hi', now, {});
    expect(server.requests).toHaveLength(0);
    expect(out.model).toBe(LOCAL_MODEL_NAME);
    expect(out.safety_flags).toContain(SAFETY_FLAGS.breakerOpen);
    expect(events).toEqual(['allow']);
  });
});
