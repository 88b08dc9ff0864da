/** Lambda entry point of the scheduled dormancy sweep and follow-ups. */
import './source-mapped-stacks'; // first: stack traces name src/ lines (see the module)
import { sweepFunction } from './sweep-function';

export const handler = sweepFunction();
