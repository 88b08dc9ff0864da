/**
 * The tokens one model answer consumed, as `ai_trace.tokens` records them. Kept apart from the
 * Bedrock adapter so the turn can read usage without loading @langchain/aws.
 */
/** What one answer consumed, from Converse's `usage` (LangChain's usage_metadata). */
export interface ModelTokenUsage {
  /** Input tokens billed at the full rate (neither read from nor written to the cache). */
  input: number;
  output: number;
  cache_read: number;
  cache_write: number;
}

/**
 * Reads an answer's token usage. LangChain folds cache reads and writes into `input_tokens`;
 * Converse bills them apart, so they are taken back out. Undefined when the answer carries
 * no usage (the local model).
 */
export function tokenUsageOf(message: { usage_metadata?: { input_tokens: number; output_tokens: number; input_token_details?: { cache_read?: number; cache_creation?: number } } }): ModelTokenUsage | undefined {
  const u = message.usage_metadata;
  if (!u) return undefined;
  const cacheRead = u.input_token_details?.cache_read ?? 0;
  const cacheWrite = u.input_token_details?.cache_creation ?? 0;
  return { input: u.input_tokens - cacheRead - cacheWrite, output: u.output_tokens, cache_read: cacheRead, cache_write: cacheWrite };
}
