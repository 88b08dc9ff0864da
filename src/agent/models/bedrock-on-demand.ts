import type { BedrockModelOptions } from './bedrock-chat-model';
import type { ExtractionChat, ExtractionReply, ExtractionRequest } from './extraction-model';

/**
 * The Bedrock model behind the extraction port, its adapter (LangChain, @langchain/aws and
 * the Bedrock runtime client) imported the first time a turn asks it for an answer rather
 * than when the process starts: hello, and every turn on the embedded extractor, never load
 * it, and the Lambda bundle keeps it in a chunk of its own (scripts/build.ts splits dynamic
 * imports). A failed import is retried on the next call, like a failed model call; the turn
 * falls back to the embedded extractor meanwhile (extract-inputs.ts).
 */
export class BedrockOnDemand implements ExtractionChat {
  private model: Promise<ExtractionChat> | undefined;

  constructor(private readonly options: BedrockModelOptions) {}

  private loaded(): Promise<ExtractionChat> {
    this.model ??= import('./bedrock-extraction').then(
      (m) => m.bedrockExtraction(this.options),
      (err: unknown) => {
        this.model = undefined;
        throw err;
      },
    );
    return this.model;
  }

  async extract(request: ExtractionRequest): Promise<ExtractionReply> {
    return (await this.loaded()).extract(request);
  }
}
