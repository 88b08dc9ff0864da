import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One frame API Gateway would have pushed to a client. */
export interface PostedFrame {
  connectionId: string;
  frame: Record<string, unknown>;
}

/**
 * A local HTTP server answering API Gateway's `@connections` API as LOCAL-AWS-FACTS.md
 * describes it (optional stage prefix, 410 + `x-amzn-errortype: GoneException` for a
 * closed connection), so tests run the real management API client, never a mock.
 */
export async function startConnectionsServer() {
  const posted: PostedFrame[] = [];
  const gone = new Set<string>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^(?:\/[^/@]+)?\/@connections\/([^/?]+)$/.exec(req.url ?? '');
      if (!match || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      const connectionId = decodeURIComponent(match[1]!);
      if (gone.has(connectionId)) {
        res.writeHead(410, { 'x-amzn-errortype': 'GoneException', 'content-type': 'application/json' }).end('{"message":"Gone"}');
        return;
      }
      posted.push({ connectionId, frame: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The endpoint with a stage, as on AWS: `http://127.0.0.1:<port>/dev`. */
    endpoint: `http://127.0.0.1:${port}/dev`,
    posted,
    /** Makes posts to this connection answer 410 Gone. */
    markGone: (connectionId: string) => gone.add(connectionId),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type ConnectionsServer = Awaited<ReturnType<typeof startConnectionsServer>>;
