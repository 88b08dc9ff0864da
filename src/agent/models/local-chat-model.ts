import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../domain/trip-inputs';
import { EXTRACT_TOOL_NAME } from '../extract-tool';
import type { Extraction } from '../extraction-schema';
import { readExtractionContext } from './extraction-context';
import type { ExtractionChat, ExtractionReply, ExtractionRequest } from './extraction-model';

/** The embedded extractor's pure function (src/agent/local-model). */
export type ExtractFn = (text: string, ctx: { now: Date; pack: PackIndex; previous?: TripInputs }) => Extraction;

/** Identifies the embedded extractor in `ai_trace.model`. */
export const LOCAL_MODEL_NAME = 'local:trip-extractor-v1';

/**
 * The default model: a deterministic extractor behind the same extraction port as
 * Bedrock. It answers with an `extract_trip_inputs` tool call, exactly as Bedrock does, so
 * the pipeline cannot tell the two apart. It reads today's date and the known inputs from
 * the prompt's context block and the traveler text from the request. No LangChain: a
 * turn on this model loads none of it.
 */
export class LocalChatModel implements ExtractionChat {
  constructor(
    private readonly extractFn: ExtractFn,
    private readonly pack: PackIndex,
  ) {}

  async extract({ system, text }: ExtractionRequest): Promise<ExtractionReply> {
    const ctx = readExtractionContext(system);
    const now = ctx ? new Date(ctx.now) : new Date(0);
    const args = this.extractFn(text, { now, pack: this.pack, previous: ctx?.known_inputs });
    return { toolCalls: [{ name: EXTRACT_TOOL_NAME, args }] };
  }
}
