/**
 * A local Converse endpoint for the cost bench: it answers each request with the tool call
 * the embedded extractor makes for the same message and context (so conversations go where
 * they go with the local model), and records the request's size in characters: in all, and
 * the prefix before a cache point (tool definitions first, then the system prompt up to the
 * point, the order Bedrock caches in). Tokens are counted as characters / 4 (Claude's and
 * Nova's tokenizers run 3.5 to 4.5 characters a token on English and JSON).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extractTripInputs } from '../src/agent/local-model/extract';
import { readExtractionContext } from '../src/agent/models/extraction-context';
import { defaultPackIndex } from '../src/domain/knowledge-pack/index-pack';

export const CHARS_PER_TOKEN = 4;

export interface ConverseCall {
  /** Characters of the system prompt, the messages and the tool definitions. */
  inputChars: number;
  /** Characters before the cache point (tools + system up to it); 0 without one. */
  prefixChars: number;
  /** Characters of the tool call answered. */
  outputChars: number;
}

interface ConverseBody {
  system?: Array<{ text?: string; cachePoint?: unknown }>;
  messages: Array<{ role: string; content: Array<{ text?: string }> }>;
  toolConfig?: { tools: unknown[] };
}

export async function startConverseEcho(): Promise<{ endpoint: string; calls: ConverseCall[]; close(): Promise<void> }> {
  const pack = defaultPackIndex();
  const calls: ConverseCall[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ConverseBody;
      const system = body.system ?? [];
      const systemText = system.map((b) => b.text ?? '').join('');
      const point = system.findIndex((b) => b.cachePoint !== undefined);
      const toolChars = JSON.stringify(body.toolConfig ?? {}).length;
      const messagesChars = JSON.stringify(body.messages).length;
      const text = body.messages.at(-1)?.content.map((c) => c.text ?? '').join('') ?? '';
      const ctx = readExtractionContext(systemText);
      const input = extractTripInputs(text, { now: ctx ? new Date(ctx.now) : new Date(), pack, ...(ctx ? { previous: ctx.known_inputs } : {}) });
      const toolUse = { toolUseId: `tooluse_echo_${++n}`, name: 'extract_trip_inputs', input };
      const call: ConverseCall = {
        inputChars: systemText.length + messagesChars + toolChars,
        prefixChars: point > 0 ? toolChars + system.slice(0, point).map((b) => b.text ?? '').join('').length : 0,
        outputChars: JSON.stringify(toolUse).length,
      };
      calls.push(call);
      const tokens = (chars: number) => Math.ceil(chars / CHARS_PER_TOKEN);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          output: { message: { role: 'assistant', content: [{ toolUse }] } },
          stopReason: 'tool_use',
          usage: { inputTokens: tokens(call.inputChars), outputTokens: tokens(call.outputChars), totalTokens: tokens(call.inputChars) + tokens(call.outputChars) },
          metrics: { latencyMs: 1 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
