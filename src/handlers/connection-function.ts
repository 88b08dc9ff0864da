import type { HandlerResult, WebSocketEvent } from '../channels/websocket/api-gateway-event';
import { createConnectionHandler } from '../channels/websocket/connection-routes';
import type { FrameSender } from '../channels/websocket/frame-sender';
import { createTenantPolicy } from '../channels/tenant-policy';
import { configuredClock } from '../domain/time';
import { createConnectionsRepository } from '../store/repositories/connections';
import { createTenantsRepository } from '../store/repositories/tenants';
import { FUNCTIONS, type WebSocketFunctionName } from './access';
import { ensureBootstrapTenant } from './bootstrap-tenant';
import { handlerConfig, handlerLog, lazy, openHandlerStore, type RuntimeOptions } from './runtime';

/** The functions that serve only the routes of a connection's life (no conversation). */
export type ConnectionFunctionName = Exclude<WebSocketFunctionName, 'WsMessageFunction'>;

/** The `@connections` client module (the API Gateway management API client and its sender). */
export type FrameSenderModule = typeof import('../channels/websocket/frame-sender');

/**
 * Loads the `@connections` client when a frame is first sent. `$connect` and `$disconnect`
 * post only when a route fails, and that post fails anyway (the connection is not open yet,
 * or not any more, and their role may not post): they never load the client otherwise.
 * `$default` answers every frame, so its entry imports the module statically instead.
 */
export const loadFrameSenderOnDemand = (): Promise<FrameSenderModule> => import('../channels/websocket/frame-sender');

/**
 * A Lambda entry point for `$connect`, `$disconnect`, `$default` or `ping`. It wires the
 * connection routes (src/channels/websocket/connection-routes.ts) to the two repositories
 * they read, the tenant policy and `@connections`, and nothing else: no conversation,
 * model, rules or knowledge pack, so its bundle stays small and a cold start is what a
 * traveler opening a socket waits for. Same contract as messageFunction: built once per
 * container, on the first event; a route template.yaml does not point here is refused.
 */
export function connectionFunction(name: ConnectionFunctionName, opts: RuntimeOptions = {}, loadFrameSender: () => Promise<FrameSenderModule> = loadFrameSenderOnDemand) {
  const routes: readonly string[] = FUNCTIONS[name].routes;
  const handle = lazy(async () => {
    const config = handlerConfig(opts);
    const log = handlerLog(config, opts);
    const store = openHandlerStore(config, opts);
    const clock = configuredClock(config.NOW);
    const connections = createConnectionsRepository(store.ctx);
    const tenants = createTenantsRepository(store.ctx);
    // As messageFunction: the event names its API's endpoint; tests running the shipped bundle set one.
    const endpoint = opts.managementEndpoint ?? config.WEBSOCKET_MANAGEMENT_ENDPOINT;
    const handler = createConnectionHandler({
      connections: {
        putConnection: (c) => connections.put(c),
        resolveConnection: (id) => connections.resolve(id),
        deleteConnection: (t, id) => connections.delete(t, id),
      },
      policy: createTenantPolicy({ getTenant: (id) => tenants.get(id) }),
      senderFor: (event): FrameSender => ({
        async send(connectionId, frame) {
          const { managementApiSender, managementClient } = await loadFrameSender();
          const url = endpoint ?? `https://${event.requestContext.domainName}/${event.requestContext.stage}`;
          return managementApiSender(managementClient(url, config.AWS_REGION, opts.managementCredentials)).send(connectionId, frame);
        },
      }),
      clock,
      log,
    });
    if (routes.includes('$connect')) await ensureBootstrapTenant(tenants, config, clock());
    return handler;
  });

  return async function handler(event: WebSocketEvent): Promise<HandlerResult> {
    const route = event.requestContext.routeKey;
    // API Gateway routes by template.yaml; another route here is a wiring mistake, refused loudly.
    if (!routes.includes(route)) throw new Error(`${name} does not serve route ${route}`);
    return (await handle())(event);
  };
}
