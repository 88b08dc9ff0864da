import type { TripInputs } from '../../domain/trip-inputs';
import { EXTRACT_TOOL_NAME } from '../extract-tool';
import { ExtractionSchema, type Extraction } from '../extraction-schema';
import { extractionContext } from '../models/extraction-context';
import type { CircuitBreaker, ExtractionModel, ExtractionReply } from '../models/extraction-model';
import type { ModelTokenUsage } from '../models/token-usage';
import type { Prompt } from '../prompts';

export interface ExtractDeps {
  /** Bedrock when configured; absent means the local model is the only model. */
  primary?: ExtractionModel;
  /** The embedded extractor: serves when there is no primary, or it fails, or its breaker is open. */
  fallback: ExtractionModel;
  breaker?: CircuitBreaker;
  prompt: Prompt;
}

export interface ExtractOutcome {
  extraction: Extraction;
  /** The model whose answer was used. */
  model: string;
  ai_used: boolean;
  prompt_version: string;
  safety_flags: string[];
  /** Model calls made (1 normally; 2 when the primary failed and the local model answered). */
  model_calls: number;
  ok: boolean;
  duration_ms: number;
  /** What the answer used consumed, when its model reports it (Bedrock's usage, cache reads and writes apart). */
  tokens?: ModelTokenUsage;
}

/** Safety flags recorded in `ai_trace.safety_flags`. */
export const SAFETY_FLAGS = {
  invalidToolCall: 'invalid_tool_call',
  noToolCall: 'no_tool_call',
  primaryFailed: 'primary_model_failed',
  breakerOpen: 'primary_model_circuit_open',
} as const;

function systemFor(prompt: Prompt, now: Date, known: TripInputs): string {
  return prompt.render({ context: JSON.stringify(extractionContext(now, known), null, 1) });
}

/** Reads the one tool call; an invalid or missing one is dropped and flagged, never trusted. */
function readToolCall(reply: ExtractionReply, flags: string[]): Extraction {
  const call = reply.toolCalls.find((c) => c.name === EXTRACT_TOOL_NAME);
  if (!call) {
    flags.push(SAFETY_FLAGS.noToolCall);
    return {};
  }
  const parsed = ExtractionSchema.safeParse(call.args);
  if (!parsed.success) {
    flags.push(SAFETY_FLAGS.invalidToolCall);
    return {};
  }
  return parsed.data;
}

function callModel(model: ExtractionModel, prompt: Prompt, text: string, now: Date, known: TripInputs): Promise<ExtractionReply> {
  return model.chat.extract({ system: systemFor(prompt, now, known), text, forceTool: model.forcesToolChoice });
}

/**
 * Step "extract" of a turn: one model call with the trip-input tool, its arguments
 * validated by zod. Bedrock is tried when configured and its breaker allows; any failure
 * (timeout, throttling, a broken response) is recorded on the breaker and the local model
 * answers instead, so the turn still ends in a decision. `ai_used`/`model` say truthfully
 * which model produced the inputs.
 */
export async function extractInputs(deps: ExtractDeps, text: string, now: Date, known: TripInputs, clock: () => Date = () => new Date()): Promise<ExtractOutcome> {
  const started = clock().getTime();
  const flags: string[] = [];
  let calls = 0;
  const answer = (model: ExtractionModel, reply: ExtractionReply): ExtractOutcome => {
    const extraction = readToolCall(reply, flags);
    const tokens = reply.tokens;
    return {
      extraction,
      model: model.name,
      ai_used: model.ai,
      prompt_version: deps.prompt.version,
      safety_flags: flags,
      model_calls: calls,
      ok: !flags.includes(SAFETY_FLAGS.invalidToolCall) && !flags.includes(SAFETY_FLAGS.noToolCall),
      duration_ms: clock().getTime() - started,
      ...(tokens ? { tokens } : {}),
    };
  };
  if (deps.primary) {
    const allowed = deps.breaker ? await deps.breaker.allow(clock()) : true;
    if (!allowed) flags.push(SAFETY_FLAGS.breakerOpen);
    else {
      calls += 1;
      try {
        const reply = await callModel(deps.primary, deps.prompt, text, now, known);
        await deps.breaker?.recordSuccess(clock());
        return answer(deps.primary, reply);
      } catch {
        flags.push(SAFETY_FLAGS.primaryFailed);
        await deps.breaker?.recordFailure(clock());
      }
    }
  }
  calls += 1;
  return answer(deps.fallback, await callModel(deps.fallback, deps.prompt, text, now, known));
}
