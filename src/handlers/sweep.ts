/** Lambda entry point of the scheduled dormancy sweep and follow-ups. */
import { sweepFunction } from './sweep-function';

export const handler = sweepFunction();
