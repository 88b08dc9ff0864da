/**
 * The relays on AWS (issue 12): one HTTP API function for the Twilio and Meta webhooks
 * and the decision web view, and one function that runs a handed-off turn. Both build the
 * application and the relays as the local stack does; secrets come from Parameter Store
 * through the Parameters and Secrets Lambda Extension, the senders talk to Twilio and Meta.
 */
import { Hono } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { buildApp } from '../app';
import { createRelays, type Relays } from '../channels/relay/create-relays';
import { createContactStore } from '../channels/relay/contact-store';
import { parameterStoreSecrets } from '../channels/relay/secrets';
import type { Config } from '../config';
import { configuredClock } from '../domain/time';
import { registerBundledPrompts } from './bundled-prompts';
import { handlerConfig, handlerLog, lazy, openHandlerStore, type RuntimeOptions } from './runtime';

/** Parameter Store under RELAY_SECRETS_PREFIX: `<prefix>/<tenant>/twilio-auth-token`…, and `<prefix>/_stack/decision-link-secret`. */
function awsSecrets(config: Config) {
  if (!config.RELAY_SECRETS_PREFIX || !config.AWS_SESSION_TOKEN) throw new Error('RELAY_SECRETS_PREFIX and the Lambda session token are required for the relays');
  return parameterStoreSecrets({ prefix: config.RELAY_SECRETS_PREFIX, port: config.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT, sessionToken: config.AWS_SESSION_TOKEN });
}

/** The application with its relays, built once per container. */
export function relayRuntime(opts: RuntimeOptions = {}) {
  return lazy(async (): Promise<{ app: ReturnType<typeof buildApp>; relays: Relays; http: Hono; log: (line: string) => void }> => {
    const config = handlerConfig(opts);
    const log = handlerLog(config, opts);
    registerBundledPrompts();
    const store = await openHandlerStore(config, opts);
    const clock = configuredClock(config.NOW);
    const app = buildApp({ config, store: store.ctx, clock, log });
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
      handoff: (inbound) => contacts.putHandoff(inbound, clock()),
      log,
    });
    const http = new Hono().route('/relay', relays.routes).route('/', relays.view);
    return { app, relays, http, log };
  });
}

/** The HTTP API handler: `POST /relay/twilio/{tenant}`, `GET|POST /relay/whatsapp/{tenant}`, `GET /d/{tenant}/{token}`. */
export function relayHttpFunction(opts: RuntimeOptions = {}) {
  const runtime = relayRuntime(opts);
  return async function handler(event: LambdaEvent, context?: LambdaContext) {
    const { http } = await runtime();
    return handle(http)(event, context);
  };
}

/** A DynamoDB stream record of the channel_contacts table, as Lambda delivers it (NEW_IMAGE). */
interface StreamRecord {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, { S?: string; N?: string }> };
}

/**
 * The hand-off handler: each record names a stored inbound message whose turn the relay
 * function could not finish before it answered. It is answered here (or found answered)
 * and its reply goes out through its provider. A failure throws, so Lambda retries the
 * batch and then sends it to the dead-letter queue; the sweep's re-drive is the last net.
 */
export function relayTurnFunction(opts: RuntimeOptions = {}) {
  const runtime = relayRuntime(opts);
  return async function handler(event: { Records?: StreamRecord[] }): Promise<void> {
    const { app, relays, log } = await runtime();
    for (const record of event.Records ?? []) {
      const image = record.dynamodb?.NewImage;
      if (record.eventName !== 'INSERT' || image?.kind?.S !== 'handoff') continue;
      const tenantId = image.tenant_id?.S;
      const sessionId = image.session_id?.S;
      const messageId = image.message_id?.S;
      if (!tenantId || !sessionId || !messageId) continue;
      const inbound = await app.repos.messages.get(tenantId, sessionId, messageId);
      if (!inbound) {
        log(`relay turn: ${tenantId}/${messageId} not found`);
        continue;
      }
      const result = await relays.deps.conversation.answer({ kind: 'accepted', inbound });
      if (result.kind === 'failed' && result.reason === 'unavailable') throw new Error(`relay turn: ${tenantId}/${messageId} unavailable, retried`);
    }
  };
}
