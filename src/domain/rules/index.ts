/** The decision rules: "the model extracts; the rules decide". */
export { decide } from './decide';
export { LOGIC_VERSION } from './version';
export type { DecideResult, GuardSignal } from './types';
export { findContradictions, type Contradiction } from './contradictions';
export { ESSENTIAL_FIELDS, missingEssentials } from './essentials';
