import { DEFAULT_ROUTE } from '../../channels/websocket/api-gateway-event';

/** The custom routes the product's WebSocket API declares (PROTOCOL.md §1). */
export const DEFAULT_ROUTES: readonly string[] = ['hello', 'sendMessage', 'ping'];

/**
 * Evaluates the route selection expression `$request.body.action` the way API
 * Gateway does: the frame must be a JSON object whose `action` is a string
 * naming a declared route (case-sensitive); anything else (not JSON, not an
 * object, no `action`, an unknown one) goes to `$default`.
 */
export function selectRoute(body: string, routes: readonly string[] = DEFAULT_ROUTES): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return DEFAULT_ROUTE;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return DEFAULT_ROUTE;
  const action = (parsed as Record<string, unknown>).action;
  if (typeof action !== 'string') return DEFAULT_ROUTE;
  // Reserved keys are never selected by a body, even when a client names them.
  if (action.startsWith('$')) return DEFAULT_ROUTE;
  return routes.includes(action) ? action : DEFAULT_ROUTE;
}
