/**
 * Typed store errors. Repositories translate AWS SDK errors into these at the adapter
 * boundary, so callers handle "not found", "conflict" or "unavailable" without knowing
 * DynamoDB's exception names.
 */

export type StoreErrorKind = 'not_found' | 'conflict' | 'duplicate' | 'unavailable' | 'invalid_cursor' | 'corrupt_item' | 'bad_request';

/** Base class of every error the store raises on purpose. */
export abstract class StoreError extends Error {
  abstract readonly kind: StoreErrorKind;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The record does not exist for this tenant (another tenant's id reads the same way). */
export class NotFoundError extends StoreError {
  readonly kind = 'not_found';
  constructor(readonly what: string, readonly id: string) {
    super(`${what} ${id} not found`);
  }
}

/** A condition failed: someone else wrote first (stale version, record already exists). Reload and retry. */
export class ConflictError extends StoreError {
  readonly kind = 'conflict';
}

/** The write was already done once (a redelivered message, an id used twice). */
export class DuplicateError extends StoreError {
  readonly kind = 'duplicate';
}

/** The store is throttling, timing out or unreachable: a transient failure, retry later. */
export class StoreUnavailableError extends StoreError {
  readonly kind = 'unavailable';
}

/** A list cursor that we did not issue, or issued to another tenant or list. */
export class InvalidCursorError extends StoreError {
  readonly kind = 'invalid_cursor';
}

/** A stored item that no longer parses with its entity schema. */
export class CorruptItemError extends StoreError {
  readonly kind = 'corrupt_item';
  constructor(readonly table: string, readonly key: string, readonly issues: string) {
    super(`corrupt item in ${table} (${key}): ${issues}`);
  }
}

/** A request the store rejects as malformed (a bug on our side, not a transient failure). */
export class StoreRequestError extends StoreError {
  readonly kind = 'bad_request';
}

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TransactionInProgressException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Whether DynamoDB refused a write because its condition did not hold (the one place that knows the exception's name). */
export function isConditionFailed(err: unknown): boolean {
  return (err as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/** The `CancellationReasons` codes of a TransactionCanceledException, in item order. */
export function cancellationCodes(err: unknown): (string | undefined)[] {
  const reasons = (err as { CancellationReasons?: { Code?: string }[] } | null)?.CancellationReasons;
  return Array.isArray(reasons) ? reasons.map((r) => (r?.Code && r.Code !== 'None' ? r.Code : undefined)) : [];
}

/** Whether an error is a network-level or throttling failure worth retrying later. */
export function isTransient(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  const e = err as { name?: string; code?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name && THROTTLING.has(e.name)) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  const status = e.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  if (e.name === 'TransactionCanceledException') {
    const codes = cancellationCodes(err).filter(Boolean);
    return codes.length > 0 && codes.every((c) => c === 'ThrottlingError' || c === 'ProvisionedThroughputExceeded');
  }
  return false;
}

/**
 * Translates an SDK error into our typed errors. Store errors pass through; condition
 * failures become conflicts; throttling and network failures become "unavailable";
 * anything else is a malformed request (a bug) and keeps the SDK error as its cause.
 */
export function translateError(err: unknown, context: string): StoreError {
  if (err instanceof StoreError) return err;
  const name = (err as { name?: string } | null)?.name ?? 'Error';
  const detail = (err as { message?: string } | null)?.message ?? String(err);
  if (isTransient(err)) return new StoreUnavailableError(`store unavailable during ${context}: ${name}`, { cause: err });
  if (isConditionFailed(err)) return new ConflictError(`${context}: condition failed`, { cause: err });
  if (name === 'TransactionCanceledException' || name === 'TransactionConflictException') {
    return new ConflictError(`${context}: transaction cancelled (${cancellationCodes(err).join(',')})`, { cause: err });
  }
  return new StoreRequestError(`${context}: ${name}: ${detail}`, { cause: err });
}
