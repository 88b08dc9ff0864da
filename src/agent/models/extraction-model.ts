import type { ModelTokenUsage } from './token-usage';

/** What the extract step asks a model: the rendered system prompt and the traveler's text. */
export interface ExtractionRequest {
  system: string;
  text: string;
  /** Ask the model to call the extraction tool; a model that cannot be forced is asked plainly. */
  forceTool: boolean;
}

/** A model's answer, reduced to what the turn reads: its tool calls and what it consumed. */
export interface ExtractionReply {
  toolCalls: Array<{ name: string; args: unknown }>;
  /** Absent when the model reports no usage (the embedded extractor). */
  tokens?: ModelTokenUsage;
}

/**
 * Port: one extraction call. Kept free of LangChain so the embedded extractor's path loads
 * none of it; the Bedrock adapter (LangChain's ChatBedrockConverse) implements it in a
 * chunk imported on demand (bedrock-on-demand.ts).
 */
export interface ExtractionChat {
  extract(request: ExtractionRequest): Promise<ExtractionReply>;
}

/** A chat model that can be asked to extract trip inputs, with what the audit trail says about it. */
export interface ExtractionModel {
  /** Recorded in `ai_trace.model`, e.g. `bedrock:anthropic.claude-...` or `local:trip-extractor-v1`. */
  name: string;
  /** Whether this is a language model (Bedrock) rather than the embedded deterministic extractor. */
  ai: boolean;
  chat: ExtractionChat;
  /** Whether to ask the provider to force the one named tool (`tool_choice`). */
  forcesToolChoice: boolean;
}

/** Port: shared circuit-breaker state for the primary model (DynamoDB-backed in the product). */
export interface CircuitBreaker {
  /** True when a call may be attempted now (closed, or half-open and this caller won the probe). */
  allow(now: Date): Promise<boolean>;
  recordSuccess(now: Date): Promise<void>;
  recordFailure(now: Date): Promise<void>;
}
