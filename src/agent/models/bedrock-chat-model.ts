import { ChatBedrockConverse } from '@langchain/aws';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { ChatResult } from '@langchain/core/outputs';
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
  /** Bedrock prompt caching: default on for the models that support it (`supportsPromptCaching`); `false` sends no cache point. */
  promptCaching?: boolean;
}

/**
 * Models that take Converse cache points (Bedrock's explicit prompt caching): Claude 3.5
 * Haiku, 3.7 Sonnet and the Claude 4 families; Amazon Nova. Others (Claude 3 Haiku, Llama,
 * Mistral...) reject a request carrying one, so they get none. A cross-region inference
 * profile id (`us.anthropic...`) names the same model.
 */
export function supportsPromptCaching(modelId: string): boolean {
  const id = modelId.replace(/^(us|eu|apac|jp|au|ca|us-gov|global)\./, '');
  return /^anthropic\.claude-(3-5-haiku|3-7-sonnet|(sonnet|opus|haiku)-4)/.test(id) || /^amazon\.nova-(micro|lite|pro|premier|2-)/.test(id);
}

/** Converse's cache point block, as LangChain passes it through in a system message's content. */
const CACHE_POINT = { cachePoint: { type: 'default' } } as const;

/**
 * A system prompt as Converse content blocks with one cache point after its unchanging part.
 * The turn's own context (today's date, the known inputs) travels as the prompt's last
 * fenced block (extraction-context.ts); everything before it is the same on every turn.
 *
 * Why one cache point and not one after the tools as well: the cached prefix runs tools →
 * system → messages, so this point caches the tool definitions with the instructions; and a
 * model caches a point only when the tokens since the previous point reach its minimum (1,024
 * on Claude Sonnet), which the tools and instructions (about 1,500 tokens) reach together but
 * not apart.
 */
export function systemWithCachePoint(text: string): Array<{ type: 'text'; text: string } | typeof CACHE_POINT> {
  const at = text.lastIndexOf('```json\n');
  const fixed = at > 0 ? text.slice(0, at) : text;
  const context = at > 0 ? text.slice(at) : '';
  return [{ type: 'text', text: fixed }, CACHE_POINT, ...(context ? [{ type: 'text' as const, text: context }] : [])];
}

/** ChatBedrockConverse with a cache point placed in each string system message. */
class CachingBedrockConverse extends ChatBedrockConverse {
  override _generate(messages: BaseMessage[], options: this['ParsedCallOptions'], runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    const cached = messages.map((m) =>
      SystemMessage.isInstance(m) && typeof m.content === 'string'
        ? // LangChain converts `{cachePoint}` blocks of a system message into Converse cache points as they are.
          new SystemMessage({ content: systemWithCachePoint(m.content) as unknown as SystemMessage['content'] })
        : m,
    );
    return super._generate(cached, options, runManager);
  }
}

/**
 * Bedrock through LangChain's `ChatBedrockConverse`, on our own `BedrockRuntimeClient`
 * so the endpoint, timeout and retries are explicit (LOCAL-AWS-FACTS.md: only the
 * `client` option reaches a custom endpoint, over HTTP/1.1). On models that support it the
 * unchanging part of the request is marked for Bedrock's prompt cache.
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
  const Model = (opts.promptCaching ?? true) && supportsPromptCaching(opts.modelId) ? CachingBedrockConverse : ChatBedrockConverse;
  return new Model({
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
