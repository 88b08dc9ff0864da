/**
 * The scheduled sweep Lambda as deployed (`sweepFunction`, built by src/handlers/aws-app.ts
 * like the relay functions), against DynamoDB Local, the local provider emulator standing
 * in for Twilio's and Meta's APIs, and a stand-in for the Parameters and Secrets extension
 * serving each tenant's relay secrets. Travelers text through the relay functions as
 * deployed; the sweep then re-drives what was stored and never answered, and sends the
 * WhatsApp follow-ups outside the 24 h window as templates or keeps them pending.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant } from '../../src/app';
import { createContactStore } from '../../src/channels/relay/contact-store';
import type { TenantRelays } from '../../src/domain/entities/tenant';
import { addDays } from '../../src/domain/time';
import { relayHttpFunction, relayTurnFunction } from '../../src/handlers/relay-function';
import type { RuntimeOptions } from '../../src/handlers/runtime';
import { sweepFunction } from '../../src/handlers/sweep-function';
import { createRepositories, type Repositories } from '../../src/store/repositories';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { makeWaiting, startRelayWorld, storeUnanswered } from '../deploy/support/relay-world';

const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';
const VERDICT = /^(BOOK|WAIT|SWITCH|DISCARD)\b/i;
const CONTENT_SID = `HX${'2'.repeat(32)}`;

let store: TestStore;
let repos: Repositories;
let relay: Awaited<ReturnType<typeof startRelayWorld>>;

const options = (env: Record<string, string> = {}): RuntimeOptions => ({
  env: { DYNAMODB_ENDPOINT: store.endpoint, TABLE_PREFIX: store.prefix, AWS_REGION: 'eu-west-1', LOG_LEVEL: 'silent', ...relay.env(env) },
});
const contacts = () => createContactStore(store.ctx);
const transcript = async (tenantId: string, sessionId: string) => (await repos.messages.transcript(tenantId, sessionId, { limit: 100 })).items;

beforeAll(async () => {
  store = await createTestStore();
  repos = createRepositories(store.ctx);
  relay = await startRelayWorld(store);
  const twilio = { ...relay.settings.twilio, whatsapp_from: '+14155238886' };
  const withTemplate: TenantRelays = { ...relay.settings, twilio, followup_template: { twilio_content_sid: CONTENT_SID, meta_template_name: 'trip_followup', language: 'en' } };
  const now = new Date();
  await repos.tenants.put({ ...demoTenant(now), tenant_id: 'acme', name: 'Acme Safaris', relays: withTemplate });
  await repos.tenants.put({ ...demoTenant(now), tenant_id: 'plain', name: 'Plain Safaris', relays: { ...relay.settings, twilio } });
}, 120_000);
afterAll(async () => {
  await relay?.close();
  await store?.close();
});

/** A traveler texts through the deployed relay function; Twilio's answer is TwiML within the budget. */
async function text(tenantId: string, from: string, body = TRIP): Promise<void> {
  const answer = await relayHttpFunction(options())(relay.twilioEvent(tenantId, from, body).event);
  expect(answer.body).toContain('<Message>');
}

describe('the sweep Lambda serves the relays', () => {
  it('answers a relay message stored but never answered, past the threshold, exactly once and through its provider; a younger one is left to its turn', async () => {
    await text('acme', '+254711000700');
    await text('acme', '+254711000701');
    // The relay function stored these and died (or their hand-off failed every retry).
    const old = await storeUnanswered(store, (await contacts().get('acme', 'sms', '+254711000700'))!, 'we are 3 adults now', 120_000);
    const young = await storeUnanswered(store, (await contacts().get('acme', 'sms', '+254711000701'))!, 'we are 3 adults now', 5_000);
    expect(relay.outbox()).toEqual([]);

    const sweep = sweepFunction(options());
    await sweep({ source: 'aws.events' });
    const sent = relay.outbox();
    expect(sent.map((m) => m.to)).toEqual(['+254711000700']);
    expect(sent[0]!.text).toMatch(VERDICT);
    const replies = (await transcript('acme', old.session_id)).filter((m) => m.direction === 'outbound' && m.reply_to === old.message_id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.delivery).toBe('sent');
    expect((await transcript('acme', young.session_id)).some((m) => m.reply_to === young.message_id)).toBe(false);

    // The next run (a new container too) sends nothing more.
    await sweep({ source: 'aws.events' });
    await sweepFunction(options())({ source: 'aws.events' });
    expect(relay.outbox().filter((m) => m.to === '+254711000700')).toHaveLength(1);
    expect((await transcript('acme', old.session_id)).filter((m) => m.reply_to === old.message_id)).toHaveLength(1);
  });

  it('sends a WhatsApp Wait follow-up outside 24 h as the tenant template (Twilio and Meta), keeps it pending with its reason when the tenant has none, and sends it once', async () => {
    await text('acme', 'whatsapp:+254711000702');
    await text('plain', 'whatsapp:+254711000703');
    // A Cloud API traveler: the relay function hands the turn off, the turn function answers by the Graph API.
    const meta = await relayHttpFunction(options())(relay.metaEvent('acme', '254711000704', TRIP).event);
    expect(meta.statusCode).toBe(200);
    await relayTurnFunction(options())({ Records: (await relay.handoffs()).map((image) => ({ eventName: 'INSERT', dynamodb: { NewImage: image } })) });
    expect(relay.outbox().filter((m) => m.to === 'whatsapp:+254711000704')).toHaveLength(1);

    const now = new Date();
    const due = new Date(addDays(now, 1));
    await makeWaiting(store, 'acme', 'whatsapp', '+254711000702', due);
    const plain = await makeWaiting(store, 'plain', 'whatsapp', '+254711000703', due);
    await makeWaiting(store, 'acme', 'whatsapp', '+254711000704', due);
    const before = relay.outbox().length;

    // Two days on: the follow-ups are due and every window has closed.
    const sweep = sweepFunction(options({ NOW: addDays(now, 2) }));
    const result = await sweep({ source: 'aws.events' });
    expect(result.followups).toBe(3);
    const sent = relay.outbox().slice(before);
    expect(sent.map((m) => m.to).sort()).toEqual(['whatsapp:+254711000702', 'whatsapp:+254711000704']);
    expect(sent.find((m) => m.to === 'whatsapp:+254711000702')!.template).toEqual({ id: CONTENT_SID, variables: [expect.any(String)] });
    expect(sent.find((m) => m.to === 'whatsapp:+254711000704')!.template).toMatchObject({ id: 'trip_followup', variables: [expect.any(String)] });

    // No template: nothing sent, the follow-up stored pending with its reason.
    const followup = (await transcript('plain', plain.session_id)).find((m) => m.followup);
    expect(followup?.delivery).toBe('pending');
    expect(await contacts().pendingReason('plain', followup!.message_id)).toBe('whatsapp_window_closed_no_template');

    await sweep({ source: 'aws.events' });
    expect(relay.outbox().slice(before)).toHaveLength(2);
  });
});
