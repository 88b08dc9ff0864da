import { createBedrockChatModel, type BedrockModelOptions } from './bedrock-chat-model';
import type { ExtractionChat } from './extraction-model';
import { LangChainExtraction } from './langchain-extraction';

/** The on-demand chunk's one entry (bedrock-on-demand.ts): Bedrock's chat model behind the extraction port. */
export function bedrockExtraction(options: BedrockModelOptions): ExtractionChat {
  return new LangChainExtraction(createBedrockChatModel(options));
}
