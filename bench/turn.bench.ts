/**
 * Issue #4's figures, per turn, in process on the embedded engine: model calls, the
 * tokens the prompt and tool schema would send to Bedrock (counted from the request),
 * local extraction time, and whole-turn latency (store inbound → commit).
 */
import { figure, percentile } from './format';
import { buildApp, demoTenant } from '../src/app';
import { loadConfig } from '../src/config';
import { openStore } from '../src/store/open-store';
import { extractTripInputs } from '../src/agent/local-model/extract';
import { LocalChatModel, LOCAL_MODEL_NAME, type ExtractFn } from '../src/agent/models/local-chat-model';
import { createBedrockChatModel } from '../src/agent/models/bedrock-chat-model';
import { LangChainExtraction } from '../src/agent/models/langchain-extraction';
import { extractInputs } from '../src/agent/turn/extract-inputs';
import { loadPrompt } from '../src/agent/prompts';
import { defaultPackIndex } from '../src/domain/knowledge-pack/index-pack';
import { startConverseServer } from '../test/support/converse-server';
import toolUse from '../test/fixtures/bedrock/tool-use.json';

const MESSAGES = [
  'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person',
  'hi',
  'Serengeti in February with my wife and our two kids aged 8 and 11, budget $4000 per person',
  'actually make it June',
  'we want to see gorillas in Rwanda in July, 2 of us, budget 5k each',
  'our daughter is 12, can she do the gorilla trek in Bwindi?',
  'Kruger for 6 days in September, self drive is fine, max 3 hours a day',
  'honeymoon in Zanzibar and the Serengeti, 10 nights, late January, €9,000 total',
  'do we need a visa for Kenya?',
  'Okavango delta in March, flexible dates, birding',
];
const SESSIONS = 40;
/** Conversations run first and not measured: the JVM's JIT and V8's warm up, as in a running service. */
const WARMUP_SESSIONS = 40;

export async function run(): Promise<void> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NOW: '2026-11-21T10:00:00Z' });
  const store = await openStore({ region: 'local', embedded: { inMemory: true }, tablePrefix: 'turnbench', createTables: true });
  try {
    const app = buildApp({ config, store: store.ctx });
    await app.repos.tenants.put(demoTenant(app.clock()));
    const pack = defaultPackIndex();

    // Model calls: count every call the local model makes during the turns.
    let modelCalls = 0;
    const counting: ExtractFn = (text, ctx) => {
      modelCalls += 1;
      return extractTripInputs(text, ctx);
    };
    app.turn.extract.fallback.chat = new LocalChatModel(counting, pack);

    const turnMs: number[] = [];
    const callsPerTurn: number[] = [];
    let turns = 0;
    for (let s = 0; s < WARMUP_SESSIONS + SESSIONS; s++) {
      const measured = s >= WARMUP_SESSIONS;
      const session = await app.startConversation('demo', 'web');
      for (let m = 0; m < 3; m++) {
        const text = MESSAGES[(s + m * 3) % MESSAGES.length]!;
        const before = modelCalls;
        const t0 = performance.now();
        const result = await app.conversation.handle({ tenant_id: 'demo', channel: 'web', session_id: session.session_id, traveler_id: session.traveler_id, channel_message_id: `${session.session_id}:${m}`, text });
        if (result.kind !== 'replied' || result.recorded) throw new Error(`no new reply: ${result.kind}`);
        callsPerTurn.push(modelCalls - before);
        if (!measured) continue;
        turnMs.push(performance.now() - t0);
        turns += 1;
      }
    }
    const maxCalls = Math.max(...callsPerTurn);
    figure('model calls per turn (max)', maxCalls, '', { text: '1', met: maxCalls === 1 });

    // Local extraction alone, over the same messages.
    const now = new Date('2026-11-21T10:00:00Z');
    const extractMs: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t0 = performance.now();
      extractTripInputs(MESSAGES[i % MESSAGES.length]!, { now, pack });
      extractMs.push(performance.now() - t0);
    }
    figure('local extraction p50', percentile(extractMs, 50), 'ms', { text: '<= 2 ms', met: percentile(extractMs, 50) <= 2 });

    // What Bedrock would be sent: one real Converse request, captured by a local endpoint.
    const server = await startConverseServer([{ status: 200, body: toolUse }]);
    try {
      const chat = new LangChainExtraction(createBedrockChatModel({ modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0', region: 'us-east-1', endpoint: server.endpoint, timeoutMs: 5000, maxAttempts: 1, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
      const local = { name: LOCAL_MODEL_NAME, ai: false, chat: new LocalChatModel(extractTripInputs, pack), forcesToolChoice: false };
      await extractInputs({ primary: { name: 'bedrock', ai: true, chat, forcesToolChoice: true }, fallback: local, prompt: loadPrompt('extract-trip-inputs') }, MESSAGES[0]!, now, { adults: 2 });
      const body = server.requests[0]!.body as { system: Array<{ text: string }>; messages: unknown; toolConfig: unknown };
      const promptChars = body.system.map((s) => s.text).join('').length + JSON.stringify(body.messages).length;
      const toolChars = JSON.stringify(body.toolConfig).length;
      // ~4 characters per token for English text and JSON (Claude's tokenizers run 3.5-4.5).
      figure('Bedrock request: prompt + message (est. tokens, chars/4)', Math.round(promptChars / 4));
      figure('Bedrock request: tool schema (est. tokens, chars/4)', Math.round(toolChars / 4));
      figure('Bedrock request: total (est. tokens)', Math.round((promptChars + toolChars) / 4));
    } finally {
      await server.close();
    }

    figure(`whole turn p50 (${turns} turns after ${WARMUP_SESSIONS * 3} warm-up)`, percentile(turnMs, 50), 'ms', { text: '<= 40 ms', met: percentile(turnMs, 50) <= 40 });
    figure('whole turn p99', percentile(turnMs, 99), 'ms');
  } finally {
    await store.close();
  }
}
