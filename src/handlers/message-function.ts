import { appParts, buildAppCore, type AppOptions } from '../app-core';
import type { HandlerResult, WebSocketEvent } from '../channels/websocket/api-gateway-event';
import { FUNCTIONS } from './access';
import { handlerConfig, handlerLog, lazy, openHandlerStore, type RuntimeOptions } from './runtime';

/** The turn layer's module, a chunk imported when the first turn runs. */
export type MessageTurnModule = typeof import('./message-turn');

/**
 * The Lambda entry point of `hello` and `sendMessage`. Its init holds what every invocation
 * uses: the store, the connection routes, the conversation service and the WebSocket routes
 * (src/app-core.ts). The turn layer (the agent's turn, the rules, the knowledge pack, the
 * embedded extractor) is imported when a message's turn first runs, then kept: a `hello`,
 * a resume or a ping never loads it, and a container pays for it once, in its first
 * `sendMessage`. A failed import fails that turn (its sender gets an error frame and
 * resends), and the next turn imports again.
 *
 * Built once per container, on the first event; a route template.yaml does not point here is
 * refused loudly.
 */
export function messageFunction(opts: RuntimeOptions = {}, loadTurnLayer: () => Promise<MessageTurnModule> = () => import('./message-turn')) {
  const routes: readonly string[] = FUNCTIONS.WsMessageFunction.routes;
  const core = lazy(async () => {
    const config = handlerConfig(opts);
    const store = openHandlerStore(config, opts);
    // WEBSOCKET_MANAGEMENT_ENDPOINT is unset on AWS (each event names its API's own
    // endpoint); tests running the shipped bundle set it to a local @connections server.
    const endpoint = opts.managementEndpoint ?? config.WEBSOCKET_MANAGEMENT_ENDPOINT;
    const appOptions: AppOptions = {
      config,
      store: store.ctx,
      log: handlerLog(config, opts),
      ...(endpoint ? { managementEndpoint: () => endpoint } : {}),
      ...(opts.managementCredentials ? { managementCredentials: opts.managementCredentials } : {}),
    };
    const parts = appParts(appOptions);
    const loadTurn = lazy(async () => (await loadTurnLayer()).messageTurn(config, parts));
    return buildAppCore(appOptions, parts, { turn: { store: parts.repos.turns, ids: parts.ids, clock: parts.clock }, loadTurn });
  });

  return async function handler(event: WebSocketEvent): Promise<HandlerResult> {
    const route = event.requestContext.routeKey;
    // API Gateway routes by template.yaml; another route here is a wiring mistake, refused loudly.
    if (!routes.includes(route)) throw new Error(`WsMessageFunction does not serve route ${route}`);
    return (await core()).handleWebSocket(event);
  };
}
