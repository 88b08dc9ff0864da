import { registerPrompt } from '../agent/prompts';
import extractTripInputs from '../../prompts/extract-trip-inputs.md?raw';

/**
 * Every prompt text, inlined into the Lambda bundles: a Lambda package has no prompts/
 * folder. test/deploy checks that this list covers every file in prompts/.
 */
export const BUNDLED_PROMPTS: readonly string[] = [extractTripInputs];

/** Registers the inlined prompts so `loadPrompt(id)` never reads the disk in Lambda. */
export function registerBundledPrompts(): void {
  for (const source of BUNDLED_PROMPTS) registerPrompt(source);
}
