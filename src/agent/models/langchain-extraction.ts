import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage, type AIMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { EXTRACT_TOOL_DESCRIPTION, EXTRACT_TOOL_NAME } from '../extract-tool';
import { ExtractionSchema, type Extraction } from '../extraction-schema';
import type { ExtractionChat, ExtractionReply, ExtractionRequest } from './extraction-model';
import { tokenUsageOf } from './token-usage';

/**
 * The extraction tool's schema as the model reads it: ExtractionSchema with `contradicted`
 * described instead of spelled out. Spelled out it repeats every trip field's schema (about
 * 720 of a request's 3,900 tokens, on every call) for a field a message rarely needs, whose
 * names are the top level's. What the model sends back is validated against ExtractionSchema
 * (extract-inputs.ts), so a malformed `contradicted` is refused as before. It lives here, in
 * the Bedrock chunk, so the embedded extractor's turns never build it.
 */
export const ModelExtractionSchema = ExtractionSchema.extend({
  contradicted: z
    .looseObject({})
    .optional()
    .describe(
      'Only with `contradicts`, when this message itself states a field two ways ("$3,000 each, so $4,000 for the two of us"): the earlier statement, with the field names above ({"budget_amount": 3000, "budget_basis": "per_person"}); the later goes in the fields themselves',
    ),
});

/**
 * Trip-input extraction as a LangChain tool. It is bound with `bindTools` so the model
 * sees its JSON schema; the pipeline never lets the model run anything: it reads the
 * proposed arguments from the tool call and validates them with ExtractionSchema (extract-inputs.ts).
 */
export const extractTripInputsTool = tool(async (args: Extraction) => JSON.stringify(args), {
  name: EXTRACT_TOOL_NAME,
  description: EXTRACT_TOOL_DESCRIPTION,
  // The schema as the model reads it; the turn validates what comes back with ExtractionSchema.
  schema: ModelExtractionSchema,
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
