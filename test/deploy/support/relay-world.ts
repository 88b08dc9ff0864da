/**
 * What the relay functions talk to on AWS, locally: a stand-in for the AWS Parameters and
 * Secrets Lambda Extension's HTTP endpoint (the tenant's secrets), the provider emulator
 * for Twilio's and Meta's APIs, and HTTP API (payload 2.0) events signed as the providers sign.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import type { LambdaEvent } from 'hono/aws-lambda';
import { metaSignature, twilioSignature } from '../../../src/channels/relay/signatures';
import type { TenantRelays } from '../../../src/domain/entities/tenant';
import { createProviderEmulator } from '../../../src/local/provider-emulator/emulator';
import type { TestStore } from '../../support/dynamodb';
import { buildApp } from '../../../src/app';
import { createContactStore, type Contact } from '../../../src/channels/relay/contact-store';
import { loadConfig } from '../../../src/config';
import { leadIdForSession, ulidIdGenerator } from '../../../src/domain/ids';
import { createRepositories } from '../../../src/store/repositories';

const PUBLIC = 'https://hooks.example.com';
const SID = `AC${'7'.repeat(32)}`;
const SECRETS: Record<string, string> = {
  'twilio-auth-token': 'tw-secret',
  'meta-app-secret': 'meta-secret',
  'meta-verify-token': 'verify-me',
  'meta-access-token': 'graph-token',
};

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

export async function startRelayWorld(store: TestStore) {
  // The extension answers GET /systemsmanager/parameters/get?name=…&withDecryption=true with the session token as its SSRF token.
  let parameterReads = 0;
  const extension = createServer((req, res) => {
    parameterReads += 1;
    const url = new URL(req.url ?? '/', 'http://x');
    const name = url.searchParams.get('name') ?? '';
    const key = name.split('/').pop()!;
    const value = name.includes('/_stack/') ? (key === 'decision-link-secret' ? 'stack-link-secret-of-length' : undefined) : SECRETS[key];
    if (req.headers['x-aws-parameters-secrets-token'] !== 'session-token' || url.pathname !== '/systemsmanager/parameters/get' || url.searchParams.get('withDecryption') !== 'true') {
      res.writeHead(401).end();
      return;
    }
    if (!value) {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"message":"ParameterNotFound"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Parameter: { Name: name, Type: 'SecureString', Value: value, Version: 1 } }));
  });
  const emulator = createProviderEmulator({ accounts: () => ({ twilio: { [SID]: SECRETS['twilio-auth-token']! }, meta: { 'acme-phone': { accessToken: SECRETS['meta-access-token']! } } }) });
  const providers = createServer(getRequestListener(new Hono().route('/_local', emulator.routes).fetch));
  const [extPort, provPort] = await Promise.all([listen(extension), listen(providers)]);
  const providerBase = `http://127.0.0.1:${provPort}/_local`;
  let n = 0;
  // Provider ids unique across worlds on one store: a MessageSid seen before is a redelivery.
  const world = randomBytes(4).toString('hex');

  const httpEvent = (method: string, routeKey: string, path: string, opts: { body?: string; headers?: Record<string, string>; query?: string } = {}): LambdaEvent => ({
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: opts.query ?? '',
    headers: { host: 'abc123.execute-api.eu-west-1.amazonaws.com', ...(opts.headers ?? {}) },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'TwilioProxy/1.1' },
      requestId: `r${++n}`,
      routeKey,
      stage: '$default',
      time: '06/Dec/2026:12:00:00 +0000',
      timeEpoch: Date.now(),
    },
    ...(opts.body !== undefined ? { body: opts.body } : {}),
    isBase64Encoded: false,
  }) as unknown as LambdaEvent;

  const twilioForm = (tenant: string, params: Array<[string, string]>) => {
    const url = `${PUBLIC}/relay/twilio/${tenant}`;
    return httpEvent('POST', 'POST /relay/twilio/{tenant}', `/relay/twilio/${tenant}`, {
      body: new URLSearchParams(params).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(SECRETS['twilio-auth-token']!, url, params) },
    });
  };

  return {
    settings: {
      reply_budget_ms: 8000,
      twilio: { account_sid: SID, sms_from: '+15005550006', handles_keywords: true },
      whatsapp: { phone_number_id: 'acme-phone' },
    } satisfies TenantRelays,
    env: (extra: Record<string, string> = {}) => ({
      RELAY_SECRETS_PREFIX: '/stack/relays',
      AWS_SESSION_TOKEN: 'session-token',
      PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(extPort),
      TWILIO_API_BASE: `${providerBase}/twilio`,
      GRAPH_API_BASE: `${providerBase}/graph`,
      RELAY_PUBLIC_BASE_URL: PUBLIC,
      ...extra,
    }),
    twilioEvent(tenant: string, from: string, body: string) {
      const sid = `SM${world}${(++n).toString(16).padStart(24, '0')}`;
      return { sid, event: twilioForm(tenant, [['MessageSid', sid], ['AccountSid', SID], ['From', from], ['To', '+15005550006'], ['Body', body], ['NumMedia', '0']]) };
    },
    twilioStatusEvent: (tenant: string, sid: string, status: string) => twilioForm(tenant, [['MessageSid', sid], ['AccountSid', SID], ['MessageStatus', status], ['To', '+254711000900']]),
    metaEvent(tenant: string, waId: string, body: string) {
      const raw = JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550001111', phone_number_id: 'acme-phone' }, contacts: [{ profile: { name: 'A' }, wa_id: waId }], messages: [{ from: waId, id: `wamid.T${world}${++n}`, timestamp: '1764938400', type: 'text', text: { body } }] } }] }],
      });
      return { event: httpEvent('POST', 'POST /relay/whatsapp/{tenant}', `/relay/whatsapp/${tenant}`, { body: raw, headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(SECRETS['meta-app-secret']!, raw) } }) };
    },
    verifyEvent: (tenant: string) =>
      httpEvent('GET', 'GET /relay/whatsapp/{tenant}', `/relay/whatsapp/${tenant}`, { query: 'hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=42' }),
    viewEvent(link: string) {
      const path = new URL(link).pathname;
      return httpEvent('GET', 'GET /d/{tenant}/{token}', path);
    },
    /** The hand-off items in the contacts table, as a stream's NewImage (test-only scan of a small table). */
    async handoffs(): Promise<Array<Record<string, { S?: string; N?: string }>>> {
      const out = await store.doc.send(new ScanCommand({ TableName: store.tables.channel_contacts, FilterExpression: '#k = :h', ExpressionAttributeNames: { '#k': 'kind' }, ExpressionAttributeValues: { ':h': 'handoff' } }));
      return (out.Items ?? []).map((i) => Object.fromEntries(Object.entries(i).map(([k, v]) => [k, typeof v === 'number' ? { N: String(v) } : { S: String(v) }])));
    },
    outbox: () => emulator.outbox.list(),
    /** Requests the Parameters and Secrets extension stand-in answered (the function's `ssm:GetParameter`). */
    parameterReads: () => parameterReads,
    fault: (to: string, code: string) => emulator.addFault({ to, code }),
    async close() {
      await Promise.all([new Promise<void>((r) => extension.close(() => r())), new Promise<void>((r) => providers.close(() => r()))]);
    },
  };
}

/** Puts the lead of a relay contact into WAITING with its follow-up due at `due`, as a wait decision does. */
export async function makeWaiting(store: TestStore, tenantId: string, channel: 'sms' | 'whatsapp', address: string, due: Date): Promise<Contact> {
  const contact = (await createContactStore(store.ctx).get(tenantId, channel, address))!;
  const leads = createRepositories(store.ctx).leads;
  const lead = (await leads.get(tenantId, leadIdForSession(contact.session_id), true))!;
  await leads.save({ ...lead, lead_state: 'WAITING', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', next_action_at: due.toISOString() }, lead.version);
  return contact;
}

/**
 * A message the relay stored and then never answered (its function died, its hand-off
 * failed every retry): accepted exactly as the relay accepts it, with an id minted
 * `agoMs` in the past so the re-drive's age threshold has passed.
 */
export async function storeUnanswered(store: TestStore, contact: Contact, text: string, agoMs: number, sid = `SM${Date.now().toString(16).padEnd(32, 'e').slice(0, 32)}`) {
  const app = buildApp({ config: loadConfig({}), store: store.ctx, ids: ulidIdGenerator(() => Date.now() - agoMs) });
  const accepted = await app.conversation.accept({
    tenant_id: contact.tenant_id,
    channel: contact.channel,
    session_id: contact.session_id,
    traveler_id: contact.traveler_id,
    channel_message_id: sid,
    text,
    channel_context: { provider: contact.provider, address: contact.address, from: contact.channel === 'whatsapp' ? `whatsapp:${contact.address}` : contact.address, to: '+15005550006' },
  });
  if (accepted.kind !== 'accepted') throw new Error(`not stored: ${accepted.kind}`);
  return accepted.inbound;
}
