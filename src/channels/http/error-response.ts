import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { InvalidInboundError } from '../../agent/conversation/inbound-message';
import { ConflictError, DuplicateError, InvalidCursorError, NotFoundError, StoreUnavailableError } from '../../store/errors';

/** The error body of every HTTP route (PROTOCOL.md §3). */
export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * The one mapping from typed errors to HTTP statuses: not found 404, version conflict
 * 409, bad input 400, store unavailable 503, anything else 500 with no internals. A
 * route that means another status throws an HTTPException with it.
 */
export function errorResponse(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  const body = (status: ContentfulStatusCode, code: string, message: string) => ({ status, body: { error: { code, message } } });
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return body(status, status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not_found' : status < 500 ? 'bad_request' : 'internal', err.message || 'request refused');
  }
  if (err instanceof NotFoundError) return body(404, 'not_found', `${err.what} ${err.id} not found`);
  if (err instanceof ConflictError || err instanceof DuplicateError) return body(409, 'conflict', 'It changed meanwhile. Reload and try again.');
  if (err instanceof InvalidInboundError) return body(400, 'bad_request', err.issues);
  if (err instanceof InvalidCursorError) return body(400, 'bad_request', 'invalid cursor');
  if (err instanceof ZodError) return body(400, 'bad_request', err.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
  if (err instanceof StoreUnavailableError) return body(503, 'unavailable', 'The service is busy. Please try again in a moment.');
  return body(500, 'internal', 'Something went wrong.');
}

/** Hono's `onError` over errorResponse; logs what it hides (a 500's cause). */
export function onError(log: (line: string) => void) {
  return (err: Error, c: Context) => {
    const { status, body } = errorResponse(err);
    if (status >= 500) log(`${c.req.method} ${c.req.path} failed: ${err.stack ?? String(err)}`);
    return c.json(body, status);
  };
}
