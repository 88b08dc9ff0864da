/** Lambda entry point of the staff API and console (HTTP API routes `/api/staff/*`, `/console/*`). */
import './source-mapped-stacks'; // first: stack traces name src/ lines (see the module)
import { staffHttpFunction } from './staff-function';

export const handler = staffHttpFunction();
