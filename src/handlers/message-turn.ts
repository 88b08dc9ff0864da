/**
 * The message function's turn layer: the agent's turn, the rules, the knowledge pack and the
 * prompt, in a chunk of its own that src/handlers/message-function.ts imports when the first
 * turn runs (scripts/build.ts splits dynamic imports), so its init loads none of it.
 */
import type { Config } from '../config';
import { buildTurn, type TurnParts } from '../turn-layer';
import { registerBundledPrompts } from './bundled-prompts';

/** The turn's dependencies, with the prompts the bundle inlines registered first. */
export function messageTurn(config: Config, parts: TurnParts) {
  registerBundledPrompts();
  return buildTurn(config, parts);
}
