import type { Config } from './config';
import { extractTripInputs } from './agent/local-model/extract';
import { BedrockOnDemand } from './agent/models/bedrock-on-demand';
import type { ExtractionModel } from './agent/models/extraction-model';
import { LocalChatModel, LOCAL_MODEL_NAME } from './agent/models/local-chat-model';
import { storedCircuitBreaker } from './agent/models/stored-circuit-breaker';
import { loadPrompt } from './agent/prompts';
import type { TurnDeps } from './agent/turn/run-turn';
import { defaultPackIndex } from './domain/knowledge-pack/index-pack';
import { mergeTripInputs } from './domain/merge-trip-inputs';
import type { IdGenerator } from './domain/ids';
import { decide, LOGIC_VERSION } from './domain/rules';
import type { Clock } from './domain/time';
import type { Repositories } from './store/repositories';

/** Circuit-breaker settings for the primary model (seed 003 §3.5). */
export const BREAKER_SETTINGS = { failureThreshold: 3, recoveryTimeoutSeconds: 60 };

/** What the turn is built on: the application's store, clock and ids. */
export interface TurnParts {
  repos: Repositories;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * The turn's dependencies: the extraction models (the embedded extractor, and Bedrock when
 * configured), the rules, the knowledge pack and the prompt. A module of its own so a process
 * can load it when a turn first runs (the message Lambda: src/handlers/message-function.ts)
 * rather than at start; buildApp (src/app.ts) builds it with the application.
 */
export function buildTurn(config: Config, { repos, clock, ids }: TurnParts): TurnDeps {
  const pack = defaultPackIndex();
  const prompt = loadPrompt('extract-trip-inputs');

  const fallback: ExtractionModel = {
    name: LOCAL_MODEL_NAME,
    ai: false,
    chat: new LocalChatModel(extractTripInputs, pack),
    forcesToolChoice: false,
  };
  let primary: ExtractionModel | undefined;
  if (config.MODEL_PROVIDER === 'bedrock' && config.BEDROCK_MODEL_ID) {
    // The Bedrock adapter loads on demand: a deployment on the embedded extractor never loads it.
    const chat = new BedrockOnDemand({
      modelId: config.BEDROCK_MODEL_ID,
      region: config.AWS_REGION,
      ...(config.BEDROCK_ENDPOINT ? { endpoint: config.BEDROCK_ENDPOINT } : {}),
      timeoutMs: config.BEDROCK_TIMEOUT_MS,
      maxAttempts: 2,
    });
    // Forcing the tool is asked for always; the adapter drops it for a model that cannot take it.
    primary = { name: `bedrock:${config.BEDROCK_MODEL_ID}`, ai: true, chat, forcesToolChoice: true };
  }

  return {
    store: repos.turns,
    extract: {
      fallback,
      prompt,
      ...(primary ? { primary, breaker: storedCircuitBreaker(repos.circuitBreakers, primary.name, BREAKER_SETTINGS) } : {}),
    },
    // With Bedrock answering, the embedded extractor also judges the message (defence in
    // depth); with the local model answering, its own judgement is that one already.
    ...(primary ? { classify: (text: string, now: Date) => extractTripInputs(text, { now, pack }).message_kind } : {}),
    merge: mergeTripInputs,
    decide: (inputs, now, guard) => decide(inputs, pack, now, guard),
    logicVersion: LOGIC_VERSION,
    clock,
    ids,
  };
}
