import type { BaseChatModel } from '@langchain/core/language_models/chat_models';

/** A chat model that can be asked to extract trip inputs, with what the audit trail says about it. */
export interface ExtractionModel {
  /** Recorded in `ai_trace.model`, e.g. `bedrock:anthropic.claude-...` or `local:trip-extractor-v1`. */
  name: string;
  /** Whether this is a language model (Bedrock) rather than the embedded deterministic extractor. */
  ai: boolean;
  chat: BaseChatModel;
  /** Whether the provider accepts forcing one named tool (`tool_choice`). */
  forcesToolChoice: boolean;
}

/** Port: shared circuit-breaker state for the primary model (DynamoDB-backed in the product). */
export interface CircuitBreaker {
  /** True when a call may be attempted now (closed, or half-open and this caller won the probe). */
  allow(now: Date): Promise<boolean>;
  recordSuccess(now: Date): Promise<void>;
  recordFailure(now: Date): Promise<void>;
}
