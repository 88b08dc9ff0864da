import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { withoutSdkLogging } from '../aws-sdk';

export interface DocumentClientOptions {
  /** A local or alternative engine (`http://127.0.0.1:8000`); unset on AWS (the SDK default endpoint). */
  endpoint?: string;
  region: string;
  /** SDK attempts per request, retries included (SDK default 3). */
  maxAttempts?: number;
}

export interface StoreClients {
  /** The low-level client: table administration and middleware (round-trip counting). */
  client: DynamoDBClient;
  /** The document client every repository uses. */
  doc: DynamoDBDocumentClient;
}

/**
 * Creates the DynamoDB clients. Against a local endpoint it uses static dummy
 * credentials (DynamoDB Local ignores them, and a laptop may have no AWS profile);
 * on AWS the SDK's default credential chain applies. Create once and reuse: the
 * HTTP agent keeps connections alive across calls.
 */
export function createDocumentClient(options: DocumentClientOptions): StoreClients {
  const local = options.endpoint !== undefined;
  const client = withoutSdkLogging(
    new DynamoDBClient({
      region: options.region,
      ...(local
        ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      // Fail fast on a dead endpoint so callers see "unavailable" instead of hanging.
      requestHandler: new NodeHttpHandler({ connectionTimeout: 3_000, requestTimeout: 15_000, throwOnRequestTimeout: true }),
    }),
  );
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, doc };
}
