import { ChatBedrockConverse } from '@langchain/aws';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export interface BedrockModelOptions {
  modelId: string;
  region: string;
  /** A Converse-compatible endpoint (tests: a local recorded server). Unset on AWS. */
  endpoint?: string;
  /** Per-attempt socket timeout. A slow model must not hold the turn past API Gateway's limits. */
  timeoutMs: number;
  /** SDK attempts in all (1 = no retry). Throttling and 5xx are retried with backoff. */
  maxAttempts: number;
  /** Static credentials (tests); unset means the SDK's default chain (the Lambda role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/**
 * Bedrock through LangChain's `ChatBedrockConverse`, on our own `BedrockRuntimeClient`
 * so the endpoint, timeout and retries are explicit (LOCAL-AWS-FACTS.md: only the
 * `client` option reaches a custom endpoint, over HTTP/1.1).
 */
export function createBedrockChatModel(opts: BedrockModelOptions): ChatBedrockConverse {
  const client = new BedrockRuntimeClient({
    region: opts.region,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
    maxAttempts: opts.maxAttempts,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: Math.min(opts.timeoutMs, 3000),
      requestTimeout: opts.timeoutMs,
      // Without this the handler only logs a warning and waits on.
      throwOnRequestTimeout: true,
    }),
  });
  return new ChatBedrockConverse({
    model: opts.modelId,
    region: opts.region,
    client,
    temperature: 0,
    maxTokens: 512,
    // Retries belong to the SDK client above; LangChain's own caller would multiply them.
    maxRetries: 0,
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
  });
}
