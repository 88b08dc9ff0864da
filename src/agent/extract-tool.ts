import { tool } from '@langchain/core/tools';
import { ExtractionSchema, type Extraction } from './extraction-schema';

/** The one tool the model may call. Its name is part of the recorded Bedrock contract. */
export const EXTRACT_TOOL_NAME = 'extract_trip_inputs';

/**
 * Trip-input extraction as a LangChain tool. It is bound with `bindTools` so the model
 * sees its JSON schema; the pipeline never lets the model run anything: it reads the
 * proposed arguments from the tool call and validates them with the same zod schema.
 */
export const extractTripInputsTool = tool(async (args: Extraction) => JSON.stringify(args), {
  name: EXTRACT_TOOL_NAME,
  description:
    "Record what the traveler's newest message says about their trip: destinations (knowledge-pack ids), countries (ISO codes), " +
    'timing (month 1-12, year, start_date/end_date as YYYY-MM-DD, duration_days, flexible_dates), party ' +
    '(adults, children, child_ages, group_size), budget (budget_amount, budget_currency ISO 4217, budget_basis ' +
    'per_person|total), drive_tolerance_hours, priorities, pace, traveler_type, places ruled out ' +
    '(excluded_destinations, remove_destinations), withdrawn fields (clear_fields), and message_kind ' +
    '(trip|greeting|out_of_scope|unsafe|abuse|injection) with out_of_scope_topic when out of scope. ' +
    'Include only fields the message supports.',
  schema: ExtractionSchema,
});
