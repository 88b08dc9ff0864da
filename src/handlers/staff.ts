/** Lambda entry point of the staff API and console (HTTP API routes `/api/staff/*`, `/console/*`). */
import { staffHttpFunction } from './staff-function';

export const handler = staffHttpFunction();
