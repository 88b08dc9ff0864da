import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage, type AIMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { EXTRACT_TOOL_DESCRIPTION, EXTRACT_TOOL_NAME } from '../extract-tool';
import { ExtractionSchema, type Extraction } from '../extraction-schema';
import type { ExtractionChat, ExtractionReply, ExtractionRequest } from './extraction-model';
import { tokenUsageOf } from './token-usage';

/**
 * Trip-input extraction as a LangChain tool. It is bound with `bindTools` so the model
 * sees its JSON schema; the pipeline never lets the model run anything: it reads the
 * proposed arguments from the tool call and validates them with the same zod schema.
 */
export const extractTripInputsTool = tool(async (args: Extraction) => JSON.stringify(args), {
  name: EXTRACT_TOOL_NAME,
  description: EXTRACT_TOOL_DESCRIPTION,
  schema: ExtractionSchema,
});

/**
 * A LangChain chat model (Bedrock's ChatBedrockConverse) behind the extraction port. Forcing
 * the tool is passed on only when the model accepts a named tool choice (Claude does; Nova
 * and others would reject the request), which ChatBedrockConverse knows.
 */
export class LangChainExtraction implements ExtractionChat {
  constructor(private readonly model: BaseChatModel & { supportsToolChoiceValues?: string[] }) {}

  async extract({ system, text, forceTool }: ExtractionRequest): Promise<ExtractionReply> {
    const forced = forceTool && this.model.supportsToolChoiceValues?.includes('tool') ? { tool_choice: EXTRACT_TOOL_NAME } : {};
    const bound = this.model.bindTools!([extractTripInputsTool], forced);
    const message = (await bound.invoke([new SystemMessage(system), new HumanMessage(text)])) as AIMessage;
    const tokens = tokenUsageOf(message);
    return { toolCalls: (message.tool_calls ?? []).map((c) => ({ name: c.name, args: c.args })), ...(tokens ? { tokens } : {}) };
  }
}
