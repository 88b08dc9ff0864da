import { z } from 'zod';
import { TripInputsSchema, type TripInputs } from '../../domain/trip-inputs';

/**
 * The machine-readable context the extraction prompt carries (today's date and what is
 * already known). Both models read the same messages: Bedrock reads it as text, the
 * local model parses it back, so the pipeline treats them alike.
 */
export const ExtractionContextSchema = z.object({
  now: z.iso.datetime({ offset: true }),
  today: z.iso.date(),
  known_inputs: TripInputsSchema,
});
export type ExtractionContext = z.infer<typeof ExtractionContextSchema>;

/** Builds the context block for a turn. */
export function extractionContext(now: Date, known: TripInputs): ExtractionContext {
  return { now: now.toISOString(), today: now.toISOString().slice(0, 10), known_inputs: known };
}

/** Finds and parses the last fenced ```json block of a prompt; undefined when absent or malformed. */
export function readExtractionContext(text: string): ExtractionContext | undefined {
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)\n```/g)];
  const last = blocks.at(-1)?.[1];
  if (!last) return undefined;
  try {
    const parsed = ExtractionContextSchema.safeParse(JSON.parse(last));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
