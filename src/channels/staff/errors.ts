/**
 * The staff channel's typed failures and their one mapping to HTTP: the API answers
 * `{error: {code, message}}` (PROTOCOL.md §3), the console a page saying the same.
 * Store errors map here too, so a handler just throws.
 */
import { ConflictError, DuplicateError, InvalidCursorError, NotFoundError, StoreError, StoreUnavailableError } from '../../store/errors';

export type StaffErrorCode = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'unavailable' | 'internal';

const STATUS: Record<StaffErrorCode, 400 | 401 | 403 | 404 | 409 | 500 | 503> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

/** A failure a staff request answers with, by code. */
export class StaffError extends Error {
  override name = 'StaffError';
  constructor(
    readonly code: StaffErrorCode,
    message: string,
  ) {
    super(message);
  }
  get status() {
    return STATUS[this.code];
  }
}

/** Another tenant's id and a missing id read the same: never 403, so existence does not leak. */
export const notFound = (what: string): StaffError => new StaffError('not_found', `${what} not found`);

/** The code, status and safe message of any error a staff route throws. */
export function describeError(err: unknown): { code: StaffErrorCode; status: number; message: string } {
  if (err instanceof StaffError) return { code: err.code, status: err.status, message: err.message };
  if (err instanceof NotFoundError) return { code: 'not_found', status: 404, message: `${err.what} not found` };
  if (err instanceof ConflictError || err instanceof DuplicateError) {
    return { code: 'conflict', status: 409, message: 'someone changed this meanwhile; reload and try again' };
  }
  if (err instanceof InvalidCursorError) return { code: 'bad_request', status: 400, message: err.message };
  if (err instanceof StoreUnavailableError) return { code: 'unavailable', status: 503, message: 'the store is unavailable; try again shortly' };
  if (err instanceof StoreError) return { code: 'internal', status: 500, message: 'internal error' };
  return { code: 'internal', status: 500, message: 'internal error' };
}
