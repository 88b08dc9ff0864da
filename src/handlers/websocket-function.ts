import { buildApp } from '../app';
import type { HandlerResult, WebSocketEvent } from '../channels/websocket/api-gateway-event';
import { configuredClock } from '../domain/time';
import { FUNCTIONS, type WebSocketFunctionName } from './access';
import { ensureBootstrapTenant } from './bootstrap-tenant';
import { registerBundledPrompts } from './bundled-prompts';
import { handlerConfig, handlerLog, lazy, openHandlerStore, type RuntimeOptions } from './runtime';

/**
 * A Lambda entry point for some of the WebSocket API's routes. The application is built
 * once per container, on the first event; each function serves only the routes
 * template.yaml points at it, so its IAM role (src/handlers/access.ts) is all it needs.
 */
export function websocketFunction(name: WebSocketFunctionName, opts: RuntimeOptions = {}) {
  const routes: readonly string[] = FUNCTIONS[name].routes;
  const app = lazy(async () => {
    const config = handlerConfig(opts);
    const log = handlerLog(config, opts);
    registerBundledPrompts();
    const store = await openHandlerStore(config, opts);
    const clock = configuredClock(config.NOW);
    // WEBSOCKET_MANAGEMENT_ENDPOINT is unset for these functions on AWS (each event names its
    // API's own endpoint); tests running the shipped bundle set it to a local @connections server.
    const endpoint = opts.managementEndpoint ?? config.WEBSOCKET_MANAGEMENT_ENDPOINT;
    const built = buildApp({
      config,
      store: store.ctx,
      clock,
      log,
      ...(endpoint ? { managementEndpoint: () => endpoint } : {}),
      ...(opts.managementCredentials ? { managementCredentials: opts.managementCredentials } : {}),
    });
    if (routes.includes('$connect')) await ensureBootstrapTenant(built.repos.tenants, config, clock());
    return built;
  });

  return async function handler(event: WebSocketEvent): Promise<HandlerResult> {
    const route = event.requestContext.routeKey;
    // API Gateway routes by template.yaml; another route here is a wiring mistake, refused loudly.
    if (!routes.includes(route)) throw new Error(`${name} does not serve route ${route}`);
    return (await app()).handleWebSocket(event);
  };
}
