import { tool } from '@langchain/core/tools';
import { ExtractionSchema, type Extraction } from './extraction-schema';

/** The one tool the model may call. Its name is part of the recorded Bedrock contract. */
export const EXTRACT_TOOL_NAME = 'extract_trip_inputs';

/**
 * What the model reads about the tool. The schema names and describes every field, so the
 * description does not list them again (it did up to prompt_extract_v1.1: 160 tokens on every call).
 */
export const EXTRACT_TOOL_DESCRIPTION =
  "Record what the traveler's newest message says about their trip, and what kind of message it is. Include only fields the message supports.";

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
