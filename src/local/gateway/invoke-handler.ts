import {
  HandlerResultSchema,
  type HandlerResult,
  type WebSocketEvent,
  type WebSocketHandler,
} from '../../channels/websocket/api-gateway-event';

/** How one integration call ended, as API Gateway sees it. */
export type InvocationOutcome =
  | { kind: 'ok'; result: HandlerResult }
  /** The handler threw, rejected or returned something that is not a proxy result. */
  | { kind: 'error' }
  /** No answer within the integration timeout (29 s on AWS). */
  | { kind: 'timeout' };

/**
 * Calls a route handler the way API Gateway calls a Lambda integration: a
 * failure never escapes (it becomes an outcome the gateway maps to what AWS
 * sends), and a slow handler is abandoned after `timeoutMs` while it keeps
 * running, as a Lambda would.
 */
export async function invokeHandler(
  handler: WebSocketHandler,
  event: WebSocketEvent,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<InvocationOutcome> {
  const { routeKey, connectionId } = event.requestContext;
  const call = (async (): Promise<InvocationOutcome> => {
    try {
      const parsed = HandlerResultSchema.safeParse(await handler(event));
      if (parsed.success) return { kind: 'ok', result: parsed.data };
      log(`[gateway] ${routeKey} handler for ${connectionId} returned a malformed result: ${parsed.error.message}`);
      return { kind: 'error' };
    } catch (err) {
      log(`[gateway] ${routeKey} handler for ${connectionId} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return { kind: 'error' };
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<InvocationOutcome>((resolve) => {
    timer = setTimeout(() => {
      log(`[gateway] ${routeKey} handler for ${connectionId} timed out after ${timeoutMs} ms`);
      resolve({ kind: 'timeout' });
    }, timeoutMs);
    timer.unref();
  });
  try {
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
