import { describe, expect, test } from 'vitest';
import { parseTwilioAddress, toE164, whatsappUser } from '../../../src/channels/relay/address';
import { consentKeyword } from '../../../src/channels/relay/consent';
import { parseTwilioWebhook } from '../../../src/channels/twilio/webhook';
import { flattenWebhook, WhatsappWebhookSchema } from '../../../src/channels/whatsapp/webhook';
import { messageSid, metaJson, twilioForm, wamid } from './fixtures';

const pairs = (form: string) => [...new URLSearchParams(form)] as Array<[string, string]>;

describe('addresses', () => {
  test('E.164 through libphonenumber-js: spaces, brackets and WhatsApp digits; impossible numbers refused', () => {
    expect(toE164('+1 (415) 555-2671')).toBe('+14155552671');
    expect(toE164('254712345678')).toBe('+254712345678');
    expect(toE164('+44 7700 900123')).toBe('+447700900123');
    expect(toE164('12')).toBeUndefined();
    expect(toE164('0712345678')).toBeUndefined();
    expect(toE164('+254 7123')).toBeUndefined();
  });

  test('Twilio From: SMS or WhatsApp by prefix', () => {
    expect(parseTwilioAddress('+254712345678')).toEqual({ channel: 'sms', e164: '+254712345678' });
    expect(parseTwilioAddress('whatsapp:+254712345678')).toEqual({ channel: 'whatsapp', e164: '+254712345678' });
    expect(parseTwilioAddress('whatsapp:hello')).toBeUndefined();
  });

  test('a WhatsApp user by phone when shared, else by business-scoped user id', () => {
    expect(whatsappUser('254712345678', 'KE.1234567890')).toEqual({ kind: 'phone', e164: '+254712345678' });
    expect(whatsappUser(undefined, 'US.13491208655302741918')).toEqual({ kind: 'bsuid', id: 'US.13491208655302741918' });
    expect(whatsappUser(undefined, 'US.ENT.11815799212886844830')).toEqual({ kind: 'bsuid', id: 'US.ENT.11815799212886844830' });
    expect(whatsappUser(undefined, 'not an id')).toBeUndefined();
  });
});

describe('Twilio webhook', () => {
  test('the recorded SMS and WhatsApp payloads parse as messages, the status callback as a status', () => {
    const sid = messageSid();
    const sms = parseTwilioWebhook(pairs(twilioForm('twilio-sms-inbound.form', { SID: sid, FROM: '+254712345678', BODY: 'Masai Mara in August?' })));
    expect(sms).toMatchObject({ kind: 'message', message: { MessageSid: sid, From: '+254712345678', Body: 'Masai Mara in August?' } });
    const wa = parseTwilioWebhook(pairs(twilioForm('twilio-whatsapp-inbound.form', { SID: sid, FROM: 'whatsapp:+254712345678', WAID: '254712345678', BODY: 'hi' })));
    expect(wa).toMatchObject({ kind: 'message', message: { From: 'whatsapp:+254712345678', ProfileName: 'Amina' } });
    const status = parseTwilioWebhook(pairs(twilioForm('twilio-status-delivered.form', { SID: sid, TO: '+254712345678' })));
    expect(status).toMatchObject({ kind: 'status', status: { MessageSid: sid, MessageStatus: 'delivered' } });
  });

  test('unknown or repeated parameters, a bad MessageSid and an oversized Body are refused', () => {
    const form = twilioForm('twilio-sms-inbound.form', { SID: messageSid(), FROM: '+254712345678', BODY: 'hi' });
    expect(parseTwilioWebhook(pairs(`${form}&Injected=1`))).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('Injected') });
    expect(parseTwilioWebhook(pairs(`${form}&Body=again`))).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('twice') });
    const bad = twilioForm('twilio-sms-inbound.form', { SID: 'SM123', FROM: '+254712345678', BODY: 'hi' });
    expect(parseTwilioWebhook(pairs(bad))).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('MessageSid') });
    const long = twilioForm('twilio-sms-inbound.form', { SID: messageSid(), FROM: '+254712345678', BODY: 'x'.repeat(2001) });
    expect(parseTwilioWebhook(pairs(long))).toMatchObject({ kind: 'invalid', problem: expect.stringContaining('Body') });
  });
});

describe('Meta webhook', () => {
  test('a text message with its contact, a BSUID-only sender and a status receipt', () => {
    const id = wamid();
    const text = WhatsappWebhookSchema.parse(JSON.parse(metaJson('meta-text-message.json', { PHONE_ID: 'demo-phone-id', WAID: '254712345678', WAMID: id, BODY: 'Serengeti in June' })));
    const flat = flattenWebhook(text);
    expect(flat.messages).toHaveLength(1);
    expect(flat.messages[0]).toMatchObject({ phoneNumberId: 'demo-phone-id', waId: '254712345678', profileName: 'Amina Østergaard', message: { id, type: 'text', text: { body: 'Serengeti in June 🦁' } } });

    const bsuid = flattenWebhook(WhatsappWebhookSchema.parse(JSON.parse(metaJson('meta-bsuid-message.json', { PHONE_ID: 'p', BSUID: 'US.13491208655302741918', WAMID: id, BODY: 'hello' }))));
    expect(bsuid.messages[0]).toMatchObject({ userId: 'US.13491208655302741918' });
    expect(bsuid.messages[0]!.waId).toBeUndefined();

    const status = flattenWebhook(WhatsappWebhookSchema.parse(JSON.parse(metaJson('meta-status-delivered.json', { PHONE_ID: 'p', WAMID: id, WAID: '254712345678' }))));
    expect(status.messages).toHaveLength(0);
    expect(status.statuses[0]!.status).toMatchObject({ id, status: 'delivered' });
  });

  test('an unknown envelope field or a wrong object type is refused', () => {
    const body = JSON.parse(metaJson('meta-text-message.json', { PHONE_ID: 'p', WAID: '254712345678', WAMID: wamid(), BODY: 'x' }));
    expect(WhatsappWebhookSchema.safeParse({ ...body, extra: true }).success).toBe(false);
    expect(WhatsappWebhookSchema.safeParse({ ...body, object: 'page' }).success).toBe(false);
    body.entry[0].changes[0].value.surprise = 1;
    expect(WhatsappWebhookSchema.safeParse(body).success).toBe(false);
  });
});

describe('consent keywords', () => {
  test.each([
    ['STOP', 'stop'], [' stop ', 'stop'], ['Stop.', 'stop'], ['STOPALL', 'stop'], ['unsubscribe', 'stop'], ['Cancel', 'stop'], ['END', 'stop'], ['quit!', 'stop'],
    ['START', 'start'], ['unstop', 'start'], ['HELP', 'help'], ['info', 'help'],
  ])('%j is %s', (text, kind) => {
    expect(consentKeyword(text)).toBe(kind);
  });

  test('a sentence that contains a keyword is conversation, and Advanced Opt-Out names the keyword itself', () => {
    expect(consentKeyword("don't stop the plan")).toBeUndefined();
    expect(consentKeyword('start in August')).toBeUndefined();
    expect(consentKeyword('ARRET', 'STOP')).toBe('stop');
  });
});
