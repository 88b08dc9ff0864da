import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConnectionRegistry } from './connection-registry';
import { newGatewayId } from './connection-id';
import { sendBounded } from './bounded-send';

/**
 * The `@connections` management API that `@aws-sdk/client-apigatewaymanagementapi`
 * calls: POST (send one frame), GET (connection info), DELETE (close).
 *
 * SigV4 signatures are accepted without checking: the local gateway must only
 * listen on loopback, where whoever can reach the port can run the stack anyway.
 */
export interface ManagementApiOptions {
  registry: ConnectionRegistry;
  /** The stage name accepted as an optional path prefix (`/{stage}/@connections/{id}`). */
  stage: string;
  /** PostToConnection payload limit: API Gateway's 128 KB per message. */
  maxPostBytes: number;
  /** Bytes a connection may have waiting to be written; past it the client is closed (1008) and the post is Gone. */
  maxUnsentBytes: number;
}

/** Serves one request; resolves to false when the path is not a `@connections` route. */
export type ManagementRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Builds the `@connections` request handler over a connection registry. */
export function createManagementApi(opts: ManagementApiOptions): ManagementRequestHandler {
  return async (req, res) => {
    const connectionId = matchConnectionPath(req.url ?? '/', opts.stage);
    if (connectionId === undefined) return false;
    if (connectionId === null) {
      sendError(res, 400, 'BadRequestException', 'Invalid connectionId');
      return true;
    }
    switch (req.method) {
      case 'POST':
        await postToConnection(opts, connectionId, req, res);
        break;
      case 'GET': {
        await drain(req);
        const connection = opts.registry.open(connectionId);
        if (!connection) return gone(res);
        sendJson(res, 200, {
          connectedAt: new Date(connection.facts.connectedAt).toISOString(),
          identity: { sourceIp: connection.facts.sourceIp, userAgent: connection.facts.userAgent },
          lastActiveAt: connection.lastActiveAt.toISOString(),
        });
        break;
      }
      case 'DELETE': {
        await drain(req);
        const connection = opts.registry.open(connectionId);
        if (!connection) return gone(res);
        // API Gateway closes a deleted connection normally (its $disconnect reports 1000).
        connection.socket.close(1000, 'Connection Closed Normally');
        res.writeHead(204, { 'x-amzn-RequestId': newGatewayId() }).end();
        break;
      }
      default:
        await drain(req);
        sendError(res, 405, 'MethodNotAllowedException', `${req.method} is not allowed on @connections`);
    }
    return true;
  };
}

/**
 * The connection id of a `/@connections/{id}` or `/{stage}/@connections/{id}`
 * path; undefined when the path is not one of them (another stage counts as
 * not ours), null when the id does not decode.
 */
export function matchConnectionPath(url: string, stage: string): string | null | undefined {
  const pathname = url.split('?')[0] ?? '';
  const segments = pathname.split('/').slice(1);
  let rest = segments;
  if (segments.length === 3) {
    if (safeDecode(segments[0]!) !== stage) return undefined;
    rest = segments.slice(1);
  }
  if (rest.length !== 2 || safeDecode(rest[0]!) !== '@connections') return undefined;
  const id = safeDecode(rest[1]!);
  return id === null || id === '' ? null : id;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

async function postToConnection(
  opts: ManagementApiOptions,
  connectionId: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req, opts.maxPostBytes);
  if (body === 'too_large') {
    sendError(res, 413, 'PayloadTooLargeException', 'Message too long');
    return;
  }
  const connection = opts.registry.open(connectionId);
  if (!connection) {
    gone(res);
    return;
  }
  // The raw bytes become one text frame, as API Gateway does with Data. The post answers
  // once the frame is queued, never after the client has read it: a client that stops
  // reading must not hold up whoever posts to it (a turn, a replay) for as long as it likes.
  if (!sendBounded(connection, body, opts.maxUnsentBytes)) {
    gone(res);
    return;
  }
  res.writeHead(200, { 'x-amzn-RequestId': newGatewayId(), 'content-length': '0' }).end();
}

/** Reads the whole body; past `limit` bytes keeps draining (so the socket stays usable) but reports too large. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return;
  await new Promise<void>((resolve) => {
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.resume();
  });
}

/**
 * 410 with the error type header: without `x-amzn-errortype: GoneException`
 * the SDK reports a bare 410 as an unknown error. AWS's body carries a null message.
 */
function gone(res: ServerResponse): true {
  sendError(res, 410, 'GoneException', null);
  return true;
}

function sendError(res: ServerResponse, status: number, type: string, message: string | null): void {
  const body = JSON.stringify({ message });
  res
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-amzn-errortype': type,
      'x-amzn-RequestId': newGatewayId(),
    })
    .end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-amzn-RequestId': newGatewayId(),
    })
    .end(body);
}
