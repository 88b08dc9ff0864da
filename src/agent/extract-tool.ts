/** The one tool the model may call. Its name is part of the recorded Bedrock contract. */
export const EXTRACT_TOOL_NAME = 'extract_trip_inputs';

/**
 * What the model reads about the tool. The schema names and describes every field, so the
 * description does not list them again (it did up to prompt_extract_v1.1: 160 tokens on every call).
 * The LangChain tool built from it lives with the Bedrock adapter (models/langchain-extraction.ts),
 * so the embedded extractor's path never loads LangChain.
 */
export const EXTRACT_TOOL_DESCRIPTION =
  "Record what the traveler's newest message says about their trip, and what kind of message it is. Include only fields the message supports.";
