import { BaseChatModel, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { RunnableLambda } from '@langchain/core/runnables';
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import type { BedrockModelOptions } from './bedrock-chat-model';

type Loaded = Awaited<ReturnType<(typeof import('./bedrock-chat-model'))['createBedrockChatModel']>>;

/**
 * The Bedrock chat model, its adapter (@langchain/aws and the Bedrock runtime client)
 * imported when this is built rather than when the process starts: a deployment on the
 * embedded extractor never loads it, and the Lambda bundle keeps it in a chunk of its own
 * (scripts/build.ts splits dynamic imports). The import starts at once and the first call
 * awaits it; a failed import is retried on the next call, like a failed model call.
 *
 * The tool choice: `bindTools` is asked to force the extraction tool, and passes that on
 * only when the model accepts a named tool choice (Claude does; Nova and others would
 * reject the request), which ChatBedrockConverse knows once it exists.
 */
export class BedrockOnDemand extends BaseChatModel {
  private model: Promise<Loaded> | undefined;

  constructor(private readonly options: BedrockModelOptions) {
    super({});
    void this.loaded().catch(() => undefined);
  }

  private loaded(): Promise<Loaded> {
    this.model ??= import('./bedrock-chat-model').then(
      (m) => m.createBedrockChatModel(this.options),
      (err: unknown) => {
        this.model = undefined;
        throw err;
      },
    );
    return this.model;
  }

  override _llmType(): string {
    return 'bedrock_on_demand';
  }

  override bindTools(tools: BindToolsInput[], kwargs?: Partial<this['ParsedCallOptions']>) {
    return RunnableLambda.from(async (input: BaseMessage[], config) => {
      const model = await this.loaded();
      const { tool_choice: choice, ...rest } = (kwargs ?? {}) as { tool_choice?: string };
      const forced = choice && model.supportsToolChoiceValues?.includes('tool') ? { tool_choice: choice } : {};
      return model.bindTools(tools, { ...rest, ...forced }).invoke(input, config);
    });
  }

  override async _generate(messages: BaseMessage[], options: this['ParsedCallOptions'], runManager?: CallbackManagerForLLMRun): Promise<ChatResult> {
    return (await this.loaded())._generate(messages, options as never, runManager);
  }
}
