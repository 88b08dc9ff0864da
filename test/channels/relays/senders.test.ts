import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { graphSender } from '../../../src/channels/relay/senders/graph-sender';
import { httpCall } from '../../../src/channels/relay/senders/http-call';
import { twilioSender } from '../../../src/channels/relay/senders/twilio-sender';
import { createProviderEmulator, type ProviderEmulator } from '../../../src/local/provider-emulator/emulator';

const SID = `AC${'1'.repeat(32)}`;
const TOKEN = 'test-twilio-token';
let server: Server;
let base: string;
let emulator: ProviderEmulator;
const noWait = { sleep: async () => {}, backoffMs: 1 };

beforeAll(async () => {
  emulator = createProviderEmulator({ accounts: () => ({ twilio: { [SID]: TOKEN }, meta: { 'phone-1': { accessToken: 'meta-token', displayNumber: '15550783881' } } }) });
  const app = new Hono().route('/_local', emulator.routes);
  server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => emulator.clearFaults());

const twilio = (over: Partial<Parameters<typeof twilioSender>[0]> = {}) =>
  twilioSender({ apiBase: `${base}/_local/twilio`, accountSid: SID, authToken: TOKEN, from: { sms: '+15005550006', whatsapp: '+14155238886' }, http: noWait, ...over });
const graph = (over: Partial<Parameters<typeof graphSender>[0]> = {}) =>
  graphSender({ apiBase: `${base}/_local/graph`, version: 'v23.0', phoneNumberId: 'phone-1', accessToken: 'meta-token', http: noWait, ...over });

async function outbox(to: string): Promise<Array<Record<string, unknown>>> {
  return (await fetch(`${base}/_local/outbox?to=${encodeURIComponent(to)}`)).json() as Promise<Array<Record<string, unknown>>>;
}

describe('Twilio Messages API sender, against the emulator', () => {
  test('an SMS and a WhatsApp message go out and are recorded with their segments', async () => {
    const sms = await twilio().send({ channel: 'sms', to: '+254700000101', text: 'BOOK: the Mara in August 🦁' });
    expect(sms).toMatchObject({ kind: 'sent', providerMessageId: expect.stringMatching(/^SM[0-9a-f]{32}$/) });
    const wa = await twilio().send({ channel: 'whatsapp', to: '+254700000101', text: 'hello' });
    expect(wa.kind).toBe('sent');
    const rows = await outbox('+254700000101');
    expect(rows).toEqual([expect.objectContaining({ channel: 'sms', to: '+254700000101', from: '+15005550006', text: 'BOOK: the Mara in August 🦁', segments: 1, encoding: 'UCS-2' })]);
    expect(await outbox('whatsapp:+254700000101')).toEqual([expect.objectContaining({ channel: 'whatsapp', from: 'whatsapp:+14155238886', text: 'hello' })]);
    // An unencoded plus in the query still finds the number.
    expect(await (await fetch(`${base}/_local/outbox?to=+254700000101`)).json()).toHaveLength(1);
  });

  test('a template goes out as ContentSid + ContentVariables', async () => {
    const res = await twilio().send({ channel: 'whatsapp', to: '+254700000102', text: 'ignored', template: { id: `HX${'a'.repeat(32)}`, variables: ['Wait for September'] } });
    expect(res.kind).toBe('sent');
    expect((await outbox('whatsapp:+254700000102'))[0]).toMatchObject({ template: { id: `HX${'a'.repeat(32)}`, variables: ['Wait for September'] } });
  });

  test('error codes become states: 21610 opted out, 63016 outside the window, a bad token rejected', async () => {
    emulator.addFault({ to: '+254700000103', code: '21610' });
    expect(await twilio().send({ channel: 'sms', to: '+254700000103', text: 'x' })).toEqual({ kind: 'opted_out', code: '21610' });
    emulator.addFault({ to: '+254700000104', code: '63016' });
    expect(await twilio().send({ channel: 'whatsapp', to: '+254700000104', text: 'x' })).toEqual({ kind: 'outside_window', code: '63016' });
    expect(await twilio({ authToken: 'wrong' }).send({ channel: 'sms', to: '+254700000105', text: 'x' })).toMatchObject({ kind: 'rejected', code: '20003' });
    expect(await outbox('+254700000103')).toEqual([]);
  });

  test('5xx is retried with backoff; past the attempts it is unavailable', async () => {
    emulator.addFault({ to: '+254700000106', code: '500', times: 2 });
    expect((await twilio().send({ channel: 'sms', to: '+254700000106', text: 'third time' })).kind).toBe('sent');
    expect(await outbox('+254700000106')).toHaveLength(1);
    emulator.addFault({ to: '+254700000107', code: '503' });
    expect(await twilio().send({ channel: 'sms', to: '+254700000107', text: 'x' })).toEqual({ kind: 'unavailable', reason: 'HTTP 503' });
  });
});

describe('Graph API sender, against the emulator', () => {
  test('text to a phone and to a BSUID', async () => {
    expect(await graph().send({ channel: 'whatsapp', to: '+254700000201', text: 'SWITCH: Tanzania' })).toMatchObject({ kind: 'sent', providerMessageId: expect.stringMatching(/^wamid\./) });
    expect(await outbox('whatsapp:+254700000201')).toEqual([expect.objectContaining({ channel: 'whatsapp', from: 'whatsapp:+15550783881', text: 'SWITCH: Tanzania', provider: 'meta' })]);
    expect((await graph().send({ channel: 'whatsapp', to: 'US.13491208655302741918', text: 'hi' })).kind).toBe('sent');
    expect(await outbox('whatsapp:US.13491208655302741918')).toHaveLength(1);
  });

  test('a template message with its body variables; 131047 and 131050 become states; a bad token is rejected', async () => {
    expect((await graph().send({ channel: 'whatsapp', to: '+254700000202', text: '', template: { id: 'trip_followup', language: 'en', variables: ['Wait'] } })).kind).toBe('sent');
    expect((await outbox('whatsapp:+254700000202'))[0]).toMatchObject({ template: { id: 'trip_followup', variables: ['Wait'] } });
    emulator.addFault({ to: '+254700000203', code: '131047' });
    expect(await graph().send({ channel: 'whatsapp', to: '+254700000203', text: 'x' })).toEqual({ kind: 'outside_window', code: '131047' });
    emulator.addFault({ to: '+254700000204', code: '131050' });
    expect(await graph().send({ channel: 'whatsapp', to: '+254700000204', text: 'x' })).toEqual({ kind: 'opted_out', code: '131050' });
    expect(await graph({ accessToken: 'nope' }).send({ channel: 'whatsapp', to: '+254700000205', text: 'x' })).toMatchObject({ kind: 'rejected', code: '190' });
  });
});

describe('httpCall', () => {
  test('a provider that does not answer times out, each attempt, and ends unavailable', async () => {
    const hang = createServer(() => {});
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(hang.address() as AddressInfo).port}/`;
    const res = await httpCall(url, { method: 'POST' }, { timeoutMs: 50, attempts: 2, ...noWait });
    expect(res).toEqual({ kind: 'unavailable', reason: 'timed out', attempts: 2 });
    hang.closeAllConnections();
    await new Promise<void>((r) => hang.close(() => r()));
  });

  test('429 honours Retry-After before trying again', async () => {
    let calls = 0;
    const waits: number[] = [];
    const fake: typeof fetch = async () => (++calls === 1 ? new Response('{}', { status: 429, headers: { 'retry-after': '1' } }) : new Response('{"sid":"x"}', { status: 201 }));
    const res = await httpCall('http://x/', {}, { fetch: fake, sleep: async (ms) => void waits.push(ms) });
    expect(res).toMatchObject({ kind: 'answered', status: 201, attempts: 2 });
    expect(waits).toEqual([1000]);
  });
});
