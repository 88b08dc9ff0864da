import {
  BaseChatModel,
  type BaseChatModelCallOptions,
  type BindToolsInput,
} from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../domain/trip-inputs';
import { EXTRACT_TOOL_NAME } from '../extract-tool';
import type { Extraction } from '../extraction-schema';
import { readExtractionContext } from './extraction-context';

/** The embedded extractor's pure function (src/agent/local-model). */
export type ExtractFn = (text: string, ctx: { now: Date; pack: PackIndex; previous?: TripInputs }) => Extraction;

export interface LocalChatModelCallOptions extends BaseChatModelCallOptions {
  tools?: BindToolsInput[];
}

/** Identifies the embedded extractor in `ai_trace.model`. */
export const LOCAL_MODEL_NAME = 'local:trip-extractor-v1';

function messageText(m: BaseMessage): string {
  return typeof m.content === 'string'
    ? m.content
    : m.content.map((part) => ('text' in part && typeof part.text === 'string' ? part.text : '')).join('');
}

/**
 * The default model: a deterministic extractor behind the LangChain chat-model
 * interface. It answers a bound `extract_trip_inputs` tool with a tool call, exactly as
 * Bedrock does, so the pipeline cannot tell the two apart. It reads today's date and the
 * known inputs from the prompt's context block and the traveler text from the last
 * human message.
 */
export class LocalChatModel extends BaseChatModel<LocalChatModelCallOptions> {
  private calls = 0;

  constructor(
    private readonly extract: ExtractFn,
    private readonly pack: PackIndex,
  ) {
    super({});
  }

  override _llmType(): string {
    return 'local_trip_extractor';
  }

  override bindTools(tools: BindToolsInput[], kwargs?: Partial<LocalChatModelCallOptions>) {
    return this.withConfig({ tools, ...kwargs } as Partial<LocalChatModelCallOptions>);
  }

  override async _generate(messages: BaseMessage[], options: this['ParsedCallOptions']): Promise<ChatResult> {
    const toolBound = (options.tools ?? []).some((t) => typeof t === 'object' && t !== null && 'name' in t && t.name === EXTRACT_TOOL_NAME);
    const system = messages.find((m) => m.getType() === 'system');
    const human = [...messages].reverse().find((m) => m.getType() === 'human');
    if (!toolBound || !human) {
      // Without the tool there is nothing this model can do: it never writes free text.
      const message = new AIMessage({ content: '' });
      return { generations: [{ text: '', message }] };
    }
    const ctx = system ? readExtractionContext(messageText(system)) : undefined;
    const now = ctx ? new Date(ctx.now) : new Date(0);
    const args = this.extract(messageText(human), { now, pack: this.pack, previous: ctx?.known_inputs });
    this.calls += 1;
    const message = new AIMessage({
      content: '',
      tool_calls: [{ id: `tooluse_local_${this.calls}`, name: EXTRACT_TOOL_NAME, args, type: 'tool_call' }],
      response_metadata: { model: LOCAL_MODEL_NAME, stopReason: 'tool_use' },
    });
    return { generations: [{ text: '', message }] };
  }
}
