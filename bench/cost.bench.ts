/**
 * `npm run bench -- cost`: what a turn and a conversation cost to run on AWS (issue 17).
 *
 * The labelled conversation sets (test/fixtures/conversations) run through the local stack,
 * one conversation at a time, each over a real WebSocket (connect, hello, each message,
 * close), with the Bedrock path on: a local Converse endpoint answers as the embedded
 * extractor would (bench/converse-echo.ts) and records each request's size. Twice, in the
 * same run and on the same DynamoDB Local: "before" (the turn before issue 17: the dropped
 * indexes back, the old prompt and tool description, the whole `contradicted` schema, no cache
 * point; bench/cost-before.ts)
 * and "after" (today's code).
 *
 * - DynamoDB: every request asks for `ReturnConsumedCapacity: INDEXES`; DynamoDB Local
 *   reports units per table and index, transactional ones doubled, as AWS bills them.
 * - Bedrock: tokens = characters / 4, in all, before the cache point, and out.
 * - Lambda: the CPU time this process spent from each frame sent to its answer, billed at
 *   the function's memory (1 GB for hello/sendMessage, 512 MB for connect and disconnect).
 *   On AWS the billed duration is wall time, waits on DynamoDB and Bedrock included: see
 *   docs/cost.md.
 * - Dollars: bench/aws-prices.ts (us-east-1 on demand, dated).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ExtractionSchema } from '../src/agent/extraction-schema';
import { extractTripInputsTool } from '../src/agent/models/langchain-extraction';
import { BedrockOnDemand } from '../src/agent/models/bedrock-on-demand';
import { loadConfig } from '../src/config';
import { startLocalStack } from '../src/local/stack';
import { createDocumentClient } from '../src/store/client';
import { startDynamoDbLocal } from '../src/store/engine/dynamodb-local';
import { tableNames } from '../src/store/tables';
import { connectClient, pause, type Frame } from '../test/support/ws-client';
import { PRICES, PRICES_AS_OF, type PricedModel } from './aws-prices';
import { CHARS_PER_TOKEN, startConverseEcho, type ConverseCall } from './converse-echo';
import { BASE_COMMIT, createTablesBefore, promptBefore, toolDescriptionBefore, writeDroppedKeys } from './cost-before';

const MODEL_ID = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const CONVERSATIONS = JSON.parse(readFileSync(fileURLToPath(new URL('../test/fixtures/conversations/conversations.json', import.meta.url)), 'utf8')) as Array<{ id: string; now: string; turns: string[] }>;
/** An assumption, not a measurement (docs/cost.md): how long a widget keeps its socket open. */
const CONNECTED_MINUTES_PER_CONVERSATION = 15;
const MESSAGE_FUNCTION_GB = 1;
const CONNECTION_FUNCTION_GB = 0.5;

const READS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);

interface Usage {
  conversations: number;
  turns: number;
  writeUnits: number;
  readUnits: number;
  messageCpuMs: number;
  connectionCpuMs: number;
  invocations: number;
  frames: number;
  converse: ConverseCall[];
  /** Error frames where a reply was expected: a run with any is not a fair measure, and says so. */
  errors: string[];
}

/** Asks every DynamoDB request for its consumed capacity (indexes included) and adds it up. */
function countCapacity(client: DynamoDBClient, usage: Usage): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const read = READS.has(command);
      if (read || WRITES.has(command)) (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'INDEXES';
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> }).ConsumedCapacity;
      const units = [consumed ?? []].flat().reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
      if (read) usage.readUnits += units;
      else usage.writeUnits += units;
      return result;
    },
    { step: 'serialize', priority: 'high', name: 'costBenchConsumedCapacity' },
  );
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

async function measure(variant: 'before' | 'after', dynamoEndpoint: string, bedrockEndpoint: string, calls: ConverseCall[]): Promise<Usage> {
  const usage: Usage = { conversations: 0, turns: 0, writeUnits: 0, readUnits: 0, messageCpuMs: 0, connectionCpuMs: 0, invocations: 0, frames: 0, converse: [], errors: [] };
  const prefix = `cost-${variant}`;
  if (variant === 'before') {
    const admin = createDocumentClient({ endpoint: dynamoEndpoint, region: 'local' });
    await createTablesBefore(admin.client, tableNames(prefix));
    admin.client.destroy();
  }
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    DYNAMODB_ENDPOINT: dynamoEndpoint,
    TABLE_PREFIX: prefix,
    MODEL_PROVIDER: 'bedrock',
    BEDROCK_MODEL_ID: MODEL_ID,
    BEDROCK_ENDPOINT: bedrockEndpoint,
    SWEEP_INTERVAL_MINUTES: '0',
    NOW: CONVERSATIONS[0]!.now,
  });
  const stack = await startLocalStack({ config });
  const { description, schema } = extractTripInputsTool;
  try {
    countCapacity(stack.store.client, usage);
    const primary = stack.app.turn.extract.primary!;
    // The local endpoint takes any signature; the variant decides whether a cache point is sent.
    primary.chat = new BedrockOnDemand({
      modelId: MODEL_ID,
      region: config.AWS_REGION,
      endpoint: bedrockEndpoint,
      timeoutMs: 10_000,
      maxAttempts: 1,
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
      promptCaching: variant === 'after',
    });
    if (variant === 'before') {
      writeDroppedKeys(stack.store.client, tableNames(prefix));
      stack.app.turn.extract.prompt = promptBefore();
      extractTripInputsTool.description = toolDescriptionBefore();
      // The whole schema, `contradicted` spelled out field by field, as the model read it before.
      (extractTripInputsTool as { schema: unknown }).schema = ExtractionSchema;
    }
    const firstCall = calls.length;
    for (const conversation of CONVERSATIONS) {
      let t0 = process.cpuUsage();
      const client = await connectClient(`${stack.wsUrl}?tenant=demo`);
      usage.connectionCpuMs += cpuMs(t0);
      const answer = async (frame: object, match: (f: Frame) => boolean) => {
        t0 = process.cpuUsage();
        client.send(frame);
        const got = await client.next(match, 60_000);
        if (got.type === 'error') usage.errors.push(`${conversation.id}: ${JSON.stringify(got)}`);
        usage.messageCpuMs += cpuMs(t0);
        usage.invocations += 1;
      };
      await answer({ action: 'hello' }, (f) => f.type === 'session' || f.type === 'error');
      for (const [i, text] of conversation.turns.entries()) {
        await answer({ action: 'sendMessage', client_message_id: `${conversation.id}-${i}`, text }, (f) => f.type === 'reply' || f.type === 'error');
        usage.turns += 1;
      }
      t0 = process.cpuUsage();
      client.close();
      await client.closed();
      await pause(20); // the gateway's $disconnect runs once the socket is closed
      usage.connectionCpuMs += cpuMs(t0);
      usage.invocations += 2; // $connect and $disconnect
      // Every frame is an API Gateway message: the client's (hello and each message) and the server's.
      usage.frames += 1 + conversation.turns.length + client.frames.length;
      usage.conversations += 1;
    }
    usage.converse = calls.slice(firstCall);
  } finally {
    extractTripInputsTool.description = description;
    extractTripInputsTool.schema = schema;
    await stack.stop();
  }
  return usage;
}

/** Bedrock tokens of a run for one priced model: a cache point counts only where its prefix reaches the model's minimum. */
function bedrockTokens(calls: ConverseCall[], model: PricedModel) {
  const min = PRICES.bedrock[model].cacheMinTokens;
  let input = 0;
  let cacheRead = 0;
  let cacheWrite = 0;
  let output = 0;
  let total = 0;
  for (const [i, c] of calls.entries()) {
    const all = c.inputChars / CHARS_PER_TOKEN;
    total += all;
    const prefix = c.prefixChars / CHARS_PER_TOKEN;
    const cached = prefix >= min ? prefix : 0;
    // The first request writes the cache; the rest of a steady stream (5-minute TTL) reads it.
    if (i === 0) cacheWrite += cached;
    else cacheRead += cached;
    input += all - cached;
    output += c.outputChars / CHARS_PER_TOKEN;
  }
  return { total, input, cacheRead, cacheWrite, output };
}

function dollars(u: Usage) {
  const p = PRICES;
  const gbSeconds = (u.messageCpuMs * MESSAGE_FUNCTION_GB + u.connectionCpuMs * CONNECTION_FUNCTION_GB) / 1000;
  const dynamodb = (u.writeUnits * p.dynamodb.perMillionWriteUnits + u.readUnits * p.dynamodb.perMillionReadUnits) / 1e6;
  const lambda = gbSeconds * p.lambda.perGbSecondArm64 + (u.invocations * p.lambda.perMillionRequests) / 1e6;
  const apiGateway = (u.frames * p.apiGatewayWebSocket.perMillionMessages + u.conversations * CONNECTED_MINUTES_PER_CONVERSATION * p.apiGatewayWebSocket.perMillionConnectionMinutes) / 1e6;
  const bedrock = Object.fromEntries(
    (Object.keys(p.bedrock) as PricedModel[]).map((m) => {
      const t = bedrockTokens(u.converse, m);
      const r = p.bedrock[m];
      return [m, (t.input * r.input + t.cacheRead * r.cacheRead + t.cacheWrite * r.cacheWrite + t.output * r.output) / 1e6];
    }),
  ) as Record<PricedModel, number>;
  return { gbSeconds, dynamodb, lambda, apiGateway, bedrock };
}

function row(label: string, before: number, after: number, per: (n: number) => number, digits: number, touched: boolean): void {
  const b = per(before);
  const a = per(after);
  const mark = touched ? (a < b ? '  lower' : '  NOT LOWER') : '';
  console.log(`  ${label.padEnd(46, '.')} ${b.toFixed(digits).padStart(12)} ${a.toFixed(digits).padStart(12)}${mark}`);
}

export async function run(): Promise<void> {
  const engine = await startDynamoDbLocal({ inMemory: true });
  const echo = await startConverseEcho();
  try {
    const before = await measure('before', engine.endpoint, echo.endpoint, echo.calls);
    const after = await measure('after', engine.endpoint, echo.endpoint, echo.calls);
    for (const [name, u] of [['before', before], ['after', after]] as const) {
      if (u.errors.length > 0) console.log(`  WARNING: ${u.errors.length} error frames in the ${name} run, e.g. ${u.errors[0]}`);
    }
    const db = dollars(before);
    const da = dollars(after);
    console.log(`  ${before.conversations} conversations, ${before.turns} turns each run; before = commit ${BASE_COMMIT}'s turn rebuilt (dropped indexes, old prompt and tool text, whole contradicted schema, no cache point); prices of ${PRICES_AS_OF}`);
    for (const [scope, divisor] of [
      ['per turn', (u: Usage) => u.turns],
      ['per 1,000 conversations', (u: Usage) => u.conversations / 1000],
    ] as const) {
      console.log(`\n  ${scope.padEnd(46)} ${'before'.padStart(12)} ${'after'.padStart(12)}`);
      const both = (label: string, f: (u: Usage) => number, digits: number, touched: boolean) =>
        row(label, f(before) / divisor(before), f(after) / divisor(after), (n) => n, digits, touched);
      both('DynamoDB write request units', (u) => u.writeUnits, 1, true);
      both('DynamoDB read request units', (u) => u.readUnits, 1, false);
      both('Bedrock input tokens, in all', (u) => bedrockTokens(u.converse, 'amazon.nova-lite').total, 0, true);
      for (const m of Object.keys(PRICES.bedrock) as PricedModel[]) {
        both(`  read from the cache (${m.split('.')[1]})`, (u) => bedrockTokens(u.converse, m).cacheRead, 0, false);
      }
      both('Bedrock output tokens', (u) => bedrockTokens(u.converse, 'amazon.nova-lite').output, 0, false);
      both('Lambda GB-seconds (CPU time at the memory)', (u) => dollars(u).gbSeconds, 4, false);
      both('API Gateway messages', (u) => u.frames, 1, false);
      const usd = (f: (d: ReturnType<typeof dollars>) => number, label: string, touched: boolean) =>
        row(label, f(db) / divisor(before), f(da) / divisor(after), (n) => n, 6, touched);
      usd((d) => d.dynamodb, '$ DynamoDB', true);
      usd((d) => d.lambda, '$ Lambda', false);
      usd((d) => d.apiGateway, '$ API Gateway (15 connected minutes each)', false);
      for (const m of Object.keys(PRICES.bedrock) as PricedModel[]) usd((d) => d.bedrock[m], `$ Bedrock, ${m.split('.')[1]}`, true);
      for (const m of Object.keys(PRICES.bedrock) as PricedModel[]) usd((d) => d.dynamodb + d.lambda + d.apiGateway + d.bedrock[m], `$ total with ${m.split('.')[1]}`, true);
    }
  } finally {
    await echo.close();
    await engine.stop();
  }
}
