import type { LocalConnection } from './connection-registry';

/**
 * API Gateway never lets a client that does not read hold the service up: posting to
 * it answers at once, and what it cannot deliver is not queued without limit. So the
 * local gateway caps the bytes one socket may have waiting to be written; a client over
 * the cap is closed with this code, and its later frames are Gone (410).
 */
export const NOT_READING = { code: 1008, reason: 'Send buffer full: the client is not reading' } as const;

/** The cap's default: a long session's whole replay fits many times over in the kernel's buffers plus this. */
export const DEFAULT_MAX_UNSENT_BYTES = 1024 * 1024;

/**
 * Queues one text frame on a connection without waiting for it to be written, unless
 * the bytes still unsent would pass `maxUnsentBytes`: then the connection is closed with
 * 1008 and nothing is queued. Returns whether the frame was queued.
 */
export function sendBounded(connection: LocalConnection, data: Buffer | string, maxUnsentBytes: number): boolean {
  const { socket } = connection;
  if (socket.readyState !== socket.OPEN) return false;
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (socket.bufferedAmount + size > maxUnsentBytes) {
    connection.closedBy ??= { code: NOT_READING.code, reason: NOT_READING.reason };
    socket.close(NOT_READING.code, NOT_READING.reason);
    return false;
  }
  socket.send(data, { binary: false });
  return true;
}
