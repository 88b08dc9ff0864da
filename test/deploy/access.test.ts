import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/domain/entities/lead';
import { addDays } from '../../src/domain/time';
import { FUNCTIONS, type FunctionName, type FunctionSpec } from '../../src/handlers/access';
import type { RuntimeOptions } from '../../src/handlers/runtime';
import { sweepFunction } from '../../src/handlers/sweep-function';
import { connectionFunction } from '../../src/handlers/connection-function';
import { messageFunction } from '../../src/handlers/message-function';
import { createRepositories, type Repositories } from '../../src/store/repositories';
import { startConverseServer } from '../support/converse-server';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { recordFactory } from '../store/fixtures';
import { startConnectionsServer, type ConnectionsServer } from './support/connections-server';
import { wsEvent } from './support/events';
import { recordIamAccess } from './support/iam-recorder';
import { relayHttpFunction, relayTurnFunction } from '../../src/handlers/relay-function';
import { makeWaiting, startRelayWorld, storeUnanswered } from './support/relay-world';
import { createContactStore } from '../../src/channels/relay/contact-store';

/**
 * The access map of src/handlers/access.ts (and so template.yaml's policies) against the
 * truth: each function's real code, built the way its Lambda entry builds it, driven
 * through its routes against DynamoDB Local while every request is recorded as the IAM
 * actions it needs. Each function must have exactly the access its code used.
 */
const toolUse = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/bedrock/tool-use.json'), 'utf8')) as unknown;
const ORIGIN = 'https://shop.example';

/** The recorded tool-use answer with some extracted fields changed (a traveler correcting themselves). */
function withInput(answer: unknown, change: Record<string, unknown>): unknown {
  const copy = structuredClone(answer) as { output: { message: { content: { toolUse?: { input: Record<string, unknown> } }[] } } };
  for (const block of copy.output.message.content) if (block.toolUse) Object.assign(block.toolUse.input, change);
  return copy;
}

let store: TestStore;
let repos: Repositories;
let connections: ConnectionsServer;
let converse: Awaited<ReturnType<typeof startConverseServer>>;
const observed: Partial<Record<FunctionName, ReturnType<ReturnType<typeof recordIamAccess>['snapshot']>>> = {};
const unknown: string[] = [];
/** The hand-off items RelayFunction wrote, as the stream delivers them to RelayTurnFunction. */
const relayHandoffs: Array<Record<string, { S?: string; N?: string }>> = [];

function options(name: FunctionName, env: Record<string, string> = {}): RuntimeOptions & { done(): void } {
  let recorder: ReturnType<typeof recordIamAccess> | undefined;
  return {
    env: { DYNAMODB_ENDPOINT: store.endpoint, TABLE_PREFIX: store.prefix, AWS_REGION: 'eu-west-1', LOG_LEVEL: 'silent', ...env },
    managementEndpoint: connections.endpoint,
    managementCredentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    instrument: (client) => {
      recorder = recordIamAccess(client, store.tables);
    },
    done: () => {
      observed[name] = recorder!.snapshot();
      unknown.push(...recorder!.unknown);
    },
  };
}

const frames = (connectionId: string) => connections.posted.filter((p) => p.connectionId === connectionId).map((p) => p.frame);

describe('each function touches exactly the tables and actions access.ts declares', () => {
  const savedCredentials = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  beforeAll(async () => {
    // The Bedrock client takes the SDK's default credential chain, as in Lambda: give it static test keys.
    process.env.AWS_ACCESS_KEY_ID = 'test';
    process.env.AWS_SECRET_ACCESS_KEY = 'test';
    store = await createTestStore();
    repos = createRepositories(store.ctx);
    connections = await startConnectionsServer();
    // The first Converse call fails (twice: the client retries once), the next succeed:
    // both circuit-breaker paths run.
    converse = await startConverseServer([
      { status: 500, body: { message: 'boom' } },
      { status: 500, body: { message: 'boom' } },
      { status: 200, body: toolUse },
      { status: 200, body: withInput(toolUse, { adults: 3, group_size: 3 }) },
    ]);
  });
  afterAll(async () => {
    for (const [key, value] of [['AWS_ACCESS_KEY_ID', savedCredentials.id], ['AWS_SECRET_ACCESS_KEY', savedCredentials.secret]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await converse?.close();
    await connections?.close();
    await store?.close();
  });

  it('WsConnectFunction: seeds the stack tenant, checks tenant and origin, stores the connection', async () => {
    const opts = options('WsConnectFunction', { BOOTSTRAP_TENANT_ID: 'acme', ALLOWED_ORIGINS: `${ORIGIN}, https://www.shop.example` });
    const handler = connectionFunction('WsConnectFunction', opts);
    const ok = await handler(wsEvent('$connect', 'c-main=', { query: { tenant: 'acme' }, headers: { Origin: ORIGIN } }));
    expect(ok.statusCode).toBe(200);
    expect((await repos.tenants.get('acme'))?.allowed_origins).toEqual([ORIGIN, 'https://www.shop.example']);
    expect((await handler(wsEvent('$connect', 'c-evil=', { query: { tenant: 'acme' }, headers: { Origin: 'https://evil.example' } }))).statusCode).toBe(403);
    expect((await handler(wsEvent('$connect', 'c-x=', { query: { tenant: 'nobody' } }))).statusCode).toBe(403);
    await handler(wsEvent('$connect', 'c-gone=', { query: { tenant: 'acme' }, headers: { Origin: ORIGIN } }));
    await handler(wsEvent('$connect', 'c-bye=', { query: { tenant: 'acme' }, headers: { Origin: ORIGIN } }));
    expect(await repos.connections.resolve('c-main=')).toMatchObject({ tenant_id: 'acme', origin: ORIGIN });
    opts.done();
  });

  it('WsDefaultFunction: pong, an error frame for a frame no route matched, a gone client forgotten', async () => {
    const opts = options('WsDefaultFunction');
    const handler = connectionFunction('WsDefaultFunction', opts);
    await handler(wsEvent('ping', 'c-main=', { body: { action: 'ping' } }));
    await handler(wsEvent('$default', 'c-main=', { body: 'not json' }));
    expect(frames('c-main=')).toEqual([{ type: 'pong' }, expect.objectContaining({ type: 'error', code: 'bad_request' })]);
    connections.markGone('c-gone=');
    await handler(wsEvent('ping', 'c-gone=', { body: { action: 'ping' } }));
    expect(await repos.connections.resolve('c-gone=')).toBeUndefined();
    await expect(handler(wsEvent('sendMessage', 'c-main=', { body: { action: 'sendMessage' } }))).rejects.toThrow(/does not serve/);
    opts.done();
  });

  it('WsMessageFunction: hello, turns through Bedrock (failing, then answering), a duplicate, a resume', async () => {
    const opts = options('WsMessageFunction', { MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: 'anthropic.claude-test', BEDROCK_ENDPOINT: converse.endpoint });
    const handler = messageFunction(opts);
    await handler(wsEvent('hello', 'c-main=', { body: { action: 'hello' } }));
    const session = frames('c-main=').find((f) => f.type === 'session')!;
    const say = (id: string, text: string) => handler(wsEvent('sendMessage', 'c-main=', { body: { action: 'sendMessage', client_message_id: id, text } }));
    await say('m1', 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person');
    await say('m2', 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person');
    await say('m2', 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person');
    const replies = frames('c-main=').filter((f) => f.type === 'reply');
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(converse.requests.length).toBeGreaterThanOrEqual(3);
    // A second tab resumes the session from the start; then the first tab is gone mid-conversation.
    await handler(wsEvent('hello', 'c-bye=', { body: { action: 'hello', session_id: session.session_id } }));
    expect(frames('c-bye=').filter((f) => f.type === 'reply').length).toBe(replies.length - 1);
    connections.markGone('c-main=');
    await say('m3', 'we are 3 adults now');
    expect(await repos.connections.resolve('c-main=')).toBeUndefined();
    // The correction made a new decision that superseded the standing one.
    const states = (await repos.decisions.listByLead('acme', (await repos.sessions.get('acme', String(session.session_id)))!.lead_id!)).items.map((d) => d.state);
    expect(states).toContain('SUPERSEDED');
    opts.done();
  });

  it('WsDisconnectFunction: forgets the connection', async () => {
    const opts = options('WsDisconnectFunction');
    const handler = connectionFunction('WsDisconnectFunction', opts);
    await handler(wsEvent('$disconnect', 'c-bye='));
    await handler(wsEvent('$disconnect', 'c-never='));
    expect(await repos.connections.resolve('c-bye=')).toBeUndefined();
    opts.done();
  });

  it('SweepFunction: a dormant lead; follow-ups on the web (live, none, no decision), by SMS (sent, refused as opted out) and WhatsApp (a template, pending); a stored relay message re-driven through Bedrock', async () => {
    const now = new Date();
    const f = recordFactory('acme', addDays(now, -60));
    const trav = f.traveler();
    await repos.travelers.create(trav);
    const mk = async (over: Partial<Lead>, live: boolean, withDecision = true) => {
      const leadId = f.ids('lead');
      const session = f.session(trav, { lead_id: leadId });
      await repos.sessions.save(session, null);
      const inbound = f.inbound(session, 'hi');
      const decision = f.decision(session, { lead_id: leadId });
      await repos.messages.append(inbound);
      if (withDecision) {
        await repos.decisions.create(decision);
        await repos.messages.append(f.outbound(inbound, decision));
      }
      await repos.leads.save(f.lead(trav, { lead_id: leadId, ...(withDecision ? { last_decision_id: decision.decision_id } : {}), ...over }), null);
      if (live) await repos.connections.put({ connection_id: `c-${leadId}`, tenant_id: 'acme', session_id: session.session_id, connected_at: now.toISOString(), ttl: Math.floor(now.getTime() / 1000) + 600 });
    };
    await mk({ lead_state: 'ASSESSING', last_activity_at: addDays(now, -40) }, false);
    await mk({ lead_state: 'WAITING', last_activity_at: addDays(now, -14), next_action_at: addDays(now, -0.1) }, true);
    // A waiting lead whose decision is not found: its session comes from the lead's sessions.
    await mk({ lead_state: 'WAITING', channel: 'sms', last_activity_at: addDays(now, -14), next_action_at: addDays(now, -0.1) }, false, false);

    // Travelers who texted, through the relay function as deployed (not recorded here).
    const relay = await startRelayWorld(store);
    const model = await startConverseServer([
      { status: 500, body: { message: 'boom' } },
      { status: 500, body: { message: 'boom' } },
    ]);
    try {
      const acme = (await repos.tenants.get('acme'))!;
      const template = { twilio_content_sid: `HX${'1'.repeat(32)}`, meta_template_name: 'trip_followup', language: 'en' };
      const twilio = { ...relay.settings.twilio, whatsapp_from: '+14155238886' };
      await repos.tenants.put({ ...acme, relays: { ...relay.settings, twilio, followup_template: template } });
      await repos.tenants.put({ ...acme, tenant_id: 'acme-plain', relays: { ...relay.settings, twilio } });
      const seed = relayHttpFunction({ env: options('RelayFunction', relay.env()).env, log: () => {} });
      const text = async (tenant: string, from: string) => expect((await seed(relay.twilioEvent(tenant, from, 'Masai Mara in August, 2 adults, 7 days, $6000 per person').event)).body).toContain('<Message>');
      await text('acme', '+254711000800');
      await text('acme', '+254711000801');
      await text('acme', 'whatsapp:+254711000802');
      await text('acme-plain', 'whatsapp:+254711000803');
      await text('acme', '+254711000804');
      const due = new Date(addDays(now, 1));
      for (const [tenant, channel, address] of [['acme', 'sms', '+254711000800'], ['acme', 'sms', '+254711000801'], ['acme', 'whatsapp', '+254711000802'], ['acme-plain', 'whatsapp', '+254711000803']] as const) {
        await makeWaiting(store, tenant, channel, address, due);
      }
      relay.fault('+254711000801', '21610');
      // Stored by a relay function that died before the turn: the sweep's re-drive answers it.
      const contact = (await createContactStore(store.ctx).get('acme', 'sms', '+254711000804'))!;
      await storeUnanswered(store, contact, 'we are 3 adults now', 120_000);

      // Two days on: the follow-ups are due and WhatsApp's 24 h window has closed.
      const readsBefore = relay.parameterReads();
      const postsBefore = connections.posted.length;
      const opts = options('SweepFunction', relay.env({ NOW: addDays(now, 2), MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: 'anthropic.claude-test', BEDROCK_ENDPOINT: model.endpoint }));
      const result = await sweepFunction(opts)({ source: 'aws.events' });
      expect(result.dormant).toBeGreaterThanOrEqual(1);
      expect(result.followups).toBeGreaterThanOrEqual(6);
      const sent = relay.outbox();
      expect(sent.filter((m) => m.to === '+254711000800')).toHaveLength(1);
      expect(sent.find((m) => m.to === 'whatsapp:+254711000802')?.template?.id).toBe(template.twilio_content_sid);
      expect(sent.filter((m) => m.to === 'whatsapp:+254711000803')).toEqual([]);
      expect(sent.filter((m) => m.to === '+254711000804')).toHaveLength(1);
      expect((await createContactStore(store.ctx).get('acme', 'sms', '+254711000801'))?.status).toBe('suppressed');
      // Beyond DynamoDB, its role grants exactly what its code used: Parameter Store, Bedrock, @connections.
      const spec: FunctionSpec = FUNCTIONS.SweepFunction;
      expect({ parameters: relay.parameterReads() > readsBefore, invokeModel: model.requests.length > 0, manageConnections: connections.posted.length > postsBefore }).toEqual({
        parameters: Boolean(spec.parameters),
        invokeModel: spec.invokeModel,
        manageConnections: spec.manageConnections,
      });
      opts.done();
    } finally {
      await model.close();
      await relay.close();
    }
  });

  it('RelayFunction: SMS turns through Bedrock (failing, then answering), a redelivery, STOP and START, a new session after the quiet period, a status callback, hand-offs, the verification and the decision view', async () => {
    const relay = await startRelayWorld(store);
    const model = await startConverseServer([
      { status: 500, body: { message: 'boom' } },
      { status: 500, body: { message: 'boom' } },
      { status: 200, body: toolUse },
      { status: 200, body: withInput(toolUse, { adults: 3, group_size: 3 }) },
    ]);
    try {
      const acme = (await repos.tenants.get('acme'))!;
      await repos.tenants.put({ ...acme, relays: relay.settings });
      await repos.tenants.put({ ...acme, tenant_id: 'acme-slow', relays: { ...relay.settings, reply_budget_ms: 0 } });
      // A quiet period of under nine seconds: the third SMS starts a new session that keeps the lead.
      const opts = options('RelayFunction', relay.env({ MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: 'anthropic.claude-test', BEDROCK_ENDPOINT: model.endpoint, SESSION_QUIET_DAYS: '0.0001' }));
      const handler = relayHttpFunction(opts);
      const sms = relay.twilioEvent('acme', '+254711000900', 'Masai Mara in August, 2 adults, 7 days, $6000 per person');
      const answered = await handler(sms.event);
      expect(answered.statusCode).toBe(200);
      expect(answered.body).toContain('<Message>');
      expect((await handler(sms.event)).body).toBe(answered.body);
      expect((await handler(relay.twilioEvent('acme', '+254711000900', 'STOP').event)).statusCode).toBe(200);
      expect((await handler(relay.twilioEvent('acme', '+254711000900', 'START').event)).statusCode).toBe(200);
      // Changed inputs in the same session (Bedrock answering now): the standing decision is superseded.
      expect((await handler(relay.twilioEvent('acme', '+254711000900', 'we are 3 adults').event)).body).toContain('<Message>');
      await new Promise((r) => setTimeout(r, 9000));
      expect((await handler(relay.twilioEvent('acme', '+254711000900', 'Masai Mara in August, 2 adults').event)).body).toContain('<Message>');
      expect((await handler(relay.twilioStatusEvent('acme', 'SM' + 'ab'.repeat(16), 'delivered'))).statusCode).toBe(200);
      // Handed off: every Cloud API message, and Twilio messages past the budget.
      expect((await handler(relay.metaEvent('acme', '254711000901', 'Serengeti in June for 2 adults').event)).statusCode).toBe(200);
      expect((await handler(relay.metaEvent('acme', '254711000901', 'we are 3 adults').event)).statusCode).toBe(200);
      expect((await handler(relay.twilioEvent('acme-slow', '+254711000902', 'Kruger in July, 2 adults').event)).body).toMatch(/<Response\/>$/);
      expect((await handler(relay.twilioEvent('acme-slow', '+254711000903', 'Etosha in August, 2 adults').event)).body).toMatch(/<Response\/>$/);
      expect((await handler(relay.verifyEvent('acme'))).body).toBe('42');
      const link = /Full decision: ([^\s<]+)/.exec(answered.body)?.[1];
      expect(link).toBeDefined();
      const view = await handler(relay.viewEvent(link!));
      expect(view.statusCode, view.body).toBe(200);
      opts.done();
      relayHandoffs.push(...(await relay.handoffs()));
    } finally {
      await model.close();
      await relay.close();
    }
  });

  it('RelayTurnFunction: hand-offs answered and sent by the Graph API and Twilio; a send refused as opted out suppresses', async () => {
    const relay = await startRelayWorld(store);
    const model = await startConverseServer([
      { status: 500, body: { message: 'boom' } },
      { status: 500, body: { message: 'boom' } },
      { status: 200, body: toolUse },
      { status: 200, body: withInput(toolUse, { adults: 3, group_size: 3 }) },
    ]);
    try {
      relay.fault('+254711000903', '21610');
      const opts = options('RelayTurnFunction', relay.env({ MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: 'anthropic.claude-test', BEDROCK_ENDPOINT: model.endpoint }));
      expect(relayHandoffs).toHaveLength(4);
      await relayTurnFunction(opts)({ Records: relayHandoffs.map((image) => ({ eventName: 'INSERT', dynamodb: { NewImage: image } })) });
      expect(relay.outbox().map((r) => r.to).sort()).toEqual(['+254711000902', 'whatsapp:+254711000901', 'whatsapp:+254711000901']);
      opts.done();
    } finally {
      await model.close();
      await relay.close();
    }
  });

  it('matches access.ts exactly, function by function', () => {
    expect(unknown).toEqual([]);
    const declared = Object.fromEntries(
      Object.entries(FUNCTIONS).map(([name, spec]) => [
        name,
        Object.fromEntries(
          Object.entries(spec.tables)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([t, a]) => [t, { actions: [...a.actions].sort(), ...('indexes' in a && a.indexes ? { indexes: true } : {}) }]),
        ),
      ]),
    );
    // StaffFunction is driven through its own routes in test/deploy/staff-function.test.ts.
    delete (declared as Record<string, unknown>).StaffFunction;
    if (process.env.PRINT_ACCESS) console.log(JSON.stringify(observed, null, 1));
    expect(observed).toEqual(declared);
  });
});
