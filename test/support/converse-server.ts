import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the recorded Bedrock endpoint. */
export interface ScriptedResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Hold the answer this long (to exercise client timeouts). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  raw: string;
}

/**
 * A local HTTP/1.1 server speaking Bedrock's Converse wire format from scripted
 * responses, so tests run the real `BedrockRuntimeClient` end to end (no SDK mocks).
 * When the script runs out it repeats the last entry.
 */
export async function startConverseServer(script: ScriptedResponse[]) {
  const requests: RecordedRequest[] = [];
  let next = 0;
  let current = script;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, raw });
      const answer = current[Math.min(next, current.length - 1)]!;
      next += 1;
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    /** Answers from now on with another script. */
    setScript(script: ScriptedResponse[]) {
      current = script;
      next = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
