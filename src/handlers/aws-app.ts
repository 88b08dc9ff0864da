/**
 * The application as the AWS functions that run turns build it, once per container:
 * `buildApp` (the conversation service, its sweep and re-drive) plus the relays
 * (`createRelays`: routes, reply sinks on the conversation service, senders to Twilio and
 * Meta, decision links) with each tenant's secrets from Parameter Store. The local stack
 * makes the same composition with `buildApp` and `mountLocalRelays`; only where secrets
 * and providers live differs.
 */
import { buildApp, type App } from '../app';
import { createContactStore } from '../channels/relay/contact-store';
import { createRelays, type Relays } from '../channels/relay/create-relays';
import { parameterStoreSecrets } from '../channels/relay/secrets';
import type { Config } from '../config';
import { configuredClock, type Clock } from '../domain/time';
import { registerBundledPrompts } from './bundled-prompts';
import { handlerConfig, handlerLog, openHandlerStore, type RuntimeOptions } from './runtime';

export interface AwsApp {
  app: App;
  /** Absent only where relays are optional and the stack configures none (RELAY_SECRETS_PREFIX unset). */
  relays?: Relays;
  clock: Clock;
  log: (line: string) => void;
}

export interface AwsAppOptions {
  /** The relay functions cannot work without their secrets; the sweep still serves the web without them. */
  relays: 'required' | 'optional';
  /**
   * A turn the function cannot finish before it answers goes on in RelayTurnFunction
   * (a hand-off item on the channel_contacts stream). The sweep waits for its turns instead.
   */
  handoff: boolean;
}

/** Parameter Store under RELAY_SECRETS_PREFIX: `<prefix>/<tenant>/twilio-auth-token`…, and `<prefix>/_stack/decision-link-secret`. */
function awsSecrets(config: Config) {
  if (!config.RELAY_SECRETS_PREFIX || !config.AWS_SESSION_TOKEN) throw new Error('RELAY_SECRETS_PREFIX and the Lambda session token are required for the relays');
  return parameterStoreSecrets({ prefix: config.RELAY_SECRETS_PREFIX, port: config.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT, sessionToken: config.AWS_SESSION_TOKEN });
}

/** Builds the application (and its relays) from the function's configuration. */
export async function buildAwsApp(opts: RuntimeOptions, what: AwsAppOptions): Promise<AwsApp> {
  const config = handlerConfig(opts);
  const log = handlerLog(config, opts);
  registerBundledPrompts();
  const store = openHandlerStore(config, opts);
  const clock = configuredClock(config.NOW);
  // Web replies (the sweep's follow-ups, a re-driven web message) go to WEBSOCKET_MANAGEMENT_ENDPOINT; tests name a local one.
  const endpoint = opts.managementEndpoint;
  const app = buildApp({
    config,
    store: store.ctx,
    clock,
    log,
    ...(endpoint ? { managementEndpoint: () => endpoint } : {}),
    ...(opts.managementCredentials ? { managementCredentials: opts.managementCredentials } : {}),
  });
  if (what.relays === 'optional' && !config.RELAY_SECRETS_PREFIX) {
    log('no relay configuration (RELAY_SECRETS_PREFIX): SMS and WhatsApp replies stay pending');
    return { app, clock, log };
  }
  const secrets = awsSecrets(config);
  const contacts = createContactStore(store.ctx);
  const linkSecret = config.DECISION_LINK_SECRET ?? (await secrets.parameter('_stack/decision-link-secret'));
  const relays = createRelays(app, {
    store: store.ctx,
    secrets,
    twilioApiBase: () => config.TWILIO_API_BASE ?? 'https://api.twilio.com',
    graphApiBase: () => config.GRAPH_API_BASE ?? 'https://graph.facebook.com',
    graphVersion: config.GRAPH_API_VERSION,
    publicBaseUrl: () => config.RELAY_PUBLIC_BASE_URL,
    ...(linkSecret ? { linkSecret } : {}),
    quietDays: config.SESSION_QUIET_DAYS,
    // The function answers and is frozen: the turn goes on in the relay turn function.
    ...(what.handoff ? { handoff: (inbound: { tenant_id: string; session_id: string; message_id: string }) => contacts.putHandoff(inbound, clock()) } : {}),
    log,
  });
  return { app, relays, clock, log };
}
