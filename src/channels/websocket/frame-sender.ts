import {
  ApiGatewayManagementApiClient,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { MAX_FRAME_BYTES, errorFrame, type ServerFrame } from './frames';
import { withoutSdkLogging } from '../../aws-sdk';

export type SendOutcome = 'sent' | 'gone';

/** Port: delivers one frame to one connection. */
export interface FrameSender {
  send(connectionId: string, frame: ServerFrame): Promise<SendOutcome>;
}

const encoder = new TextEncoder();

/**
 * Encodes a frame within API Gateway's 32 KB limit. A reply too large to send whole
 * keeps its decision and shortens its text; anything else too large becomes an error
 * frame, so no frame over the limit ever leaves.
 */
export function encodeFrame(frame: ServerFrame): Uint8Array {
  let bytes = encoder.encode(JSON.stringify(frame));
  if (bytes.byteLength <= MAX_FRAME_BYTES) return bytes;
  if (frame.type === 'reply') {
    const shortened = { ...frame, text: `${frame.text.slice(0, 1000)}…` };
    bytes = encoder.encode(JSON.stringify(shortened));
    if (bytes.byteLength <= MAX_FRAME_BYTES) return bytes;
  }
  return encoder.encode(JSON.stringify(errorFrame('internal', 'The reply was too large to send. Please ask again.')));
}

const clients = new Map<string, ApiGatewayManagementApiClient>();

/** One management API client per endpoint, created once and reused (Lambda keeps it warm). */
export function managementClient(endpoint: string, region: string, credentials?: { accessKeyId: string; secretAccessKey: string }): ApiGatewayManagementApiClient {
  let client = clients.get(endpoint);
  if (!client) {
    client = withoutSdkLogging(new ApiGatewayManagementApiClient({ endpoint, region, ...(credentials ? { credentials } : {}) }));
    clients.set(endpoint, client);
  }
  return client;
}

/**
 * Sends frames through `@connections` (PostToConnection). A GoneException is routine —
 * the traveler closed the tab — and is reported as `gone`, never thrown: the caller
 * removes the connection and keeps the reply stored for the next resume.
 */
export function managementApiSender(client: ApiGatewayManagementApiClient): FrameSender {
  return {
    async send(connectionId, frame) {
      try {
        await client.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: encodeFrame(frame) }));
        return 'sent';
      } catch (err) {
        if (err instanceof GoneException || (err as { name?: string }).name === 'GoneException') return 'gone';
        throw err;
      }
    },
  };
}
