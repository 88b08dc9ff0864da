/**
 * The relays on AWS (issue 12): one HTTP API function for the Twilio and Meta webhooks
 * and the decision web view, and one function that runs a handed-off turn. Both build the
 * application and the relays as the local stack does; secrets come from Parameter Store
 * through the Parameters and Secrets Lambda Extension, the senders talk to Twilio and Meta.
 */
import { Hono } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import type { App } from '../app';
import type { Relays } from '../channels/relay/create-relays';
import { buildAwsApp } from './aws-app';
import { lazy, type RuntimeOptions } from './runtime';

/** The application with its relays, built once per container (src/handlers/aws-app.ts). */
export function relayRuntime(opts: RuntimeOptions = {}) {
  return lazy(async (): Promise<{ app: App; relays: Relays; http: Hono; log: (line: string) => void }> => {
    const { app, relays, log } = await buildAwsApp(opts, { relays: 'required', handoff: true });
    if (!relays) throw new Error('the relay functions need their relays');
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
