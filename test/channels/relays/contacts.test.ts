import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createContactStore, type ContactStore } from '../../../src/channels/relay/contact-store';
import { resolveSender } from '../../../src/channels/relay/resolve-sender';
import { leadIdForSession, ulidIdGenerator } from '../../../src/domain/ids';
import { createRepositories, type Repositories } from '../../../src/store/repositories';
import { createTestStore, type TestStore } from '../../support/dynamodb';

let store: TestStore;
let contacts: ContactStore;
let repos: Repositories;
const ids = ulidIdGenerator();
const deps = () => ({ contacts, travelers: repos.travelers, ids, quietDays: 7 });
const T0 = new Date('2026-12-01T10:00:00Z');
const later = (days: number) => new Date(T0.getTime() + days * 86_400_000);

beforeAll(async () => {
  store = await createTestStore();
  contacts = createContactStore(store.ctx);
  repos = createRepositories(store.ctx);
});
afterAll(() => store.close());

describe('who is writing: tenant + channel + address', () => {
  test('a first SMS creates traveler (with the phone), session and contact; the next one continues it', async () => {
    const first = await resolveSender(deps(), 'demo', 'sms', { kind: 'phone', e164: '+254711000001' }, 'twilio', T0);
    expect(first).toMatchObject({ firstContact: true, newSession: true });
    const traveler = await repos.travelers.get('demo', first.contact.traveler_id);
    expect(traveler?.contact.phone).toBe('+254711000001');
    expect(await repos.sessions.get('demo', first.contact.session_id)).toMatchObject({ channel: 'sms', traveler_id: traveler!.traveler_id });
    // Seed 001's phone lookup finds the same traveler.
    expect((await repos.travelers.findByPhone('demo', '+254711000001'))?.traveler_id).toBe(traveler!.traveler_id);

    const again = await resolveSender(deps(), 'demo', 'sms', { kind: 'phone', e164: '+254711000001' }, 'twilio', later(1));
    expect(again).toMatchObject({ firstContact: false, newSession: false, previousInboundAt: T0.toISOString() });
    expect(again.contact.session_id).toBe(first.contact.session_id);
    expect((await contacts.get('demo', 'sms', '+254711000001'))?.last_inbound_at).toBe(later(1).toISOString());
  });

  test('after the quiet period a new session starts for the same traveler and keeps the lead', async () => {
    const first = await resolveSender(deps(), 'demo', 'sms', { kind: 'phone', e164: '+254711000002' }, 'twilio', T0);
    const back = await resolveSender(deps(), 'demo', 'sms', { kind: 'phone', e164: '+254711000002' }, 'twilio', later(8));
    expect(back).toMatchObject({ newSession: true, firstContact: false });
    expect(back.contact.session_id).not.toBe(first.contact.session_id);
    expect(back.contact.traveler_id).toBe(first.contact.traveler_id);
    const session = await repos.sessions.get('demo', back.contact.session_id);
    expect(session?.lead_id).toBe(leadIdForSession(first.contact.session_id));
  });

  test('the same number on WhatsApp is another contact of the same traveler; a BSUID is a contact of its own', async () => {
    const sms = await resolveSender(deps(), 'demo', 'sms', { kind: 'phone', e164: '+254711000003' }, 'twilio', T0);
    const wa = await resolveSender(deps(), 'demo', 'whatsapp', { kind: 'phone', e164: '+254711000003' }, 'twilio', T0);
    expect(wa.firstContact).toBe(true);
    expect(wa.contact.traveler_id).toBe(sms.contact.traveler_id);
    expect(wa.contact.session_id).not.toBe(sms.contact.session_id);
    const b = await resolveSender(deps(), 'demo', 'whatsapp', { kind: 'bsuid', id: 'KE.998877665544' }, 'twilio', T0);
    expect(b.firstContact).toBe(true);
    expect((await repos.travelers.get('demo', b.contact.traveler_id))?.contact).toEqual({});
  });

  test("a foreign tenant's traveler with the same number is never matched", async () => {
    const acme = await resolveSender(deps(), 'acme', 'sms', { kind: 'phone', e164: '+254711000004' }, 'twilio', T0);
    const demo = await resolveSender(deps(), 'demo', 'sms', { kind: 'phone', e164: '+254711000004' }, 'twilio', T0);
    expect(demo.firstContact).toBe(true);
    expect(demo.contact.traveler_id).not.toBe(acme.contact.traveler_id);
    expect(await repos.travelers.get('demo', acme.contact.traveler_id)).toBeUndefined();
    expect(await contacts.get('other', 'sms', '+254711000004')).toBeUndefined();
  });

  test('ten first messages at once from one number make one contact, one traveler and one session', async () => {
    const all = await Promise.all(Array.from({ length: 10 }, () => resolveSender(deps(), 'demo', 'sms', { kind: 'phone', e164: '+254711000005' }, 'twilio', T0)));
    expect(new Set(all.map((r) => r.contact.session_id)).size).toBe(1);
    expect(new Set(all.map((r) => r.contact.traveler_id)).size).toBe(1);
    expect(all.filter((r) => r.firstContact)).toHaveLength(1);
    expect((await repos.sessions.listByTraveler('demo', all[0]!.contact.traveler_id)).items).toHaveLength(1);
  });

  test('receipts move only forward and belong to their tenant', async () => {
    await contacts.putReceipt({ tenant_id: 'demo', channel: 'sms', provider_message_id: 'SMabc', session_id: 'sess_x', message_id: 'msg_x', updated_at: T0.toISOString() });
    // A status that beats the link is kept, and the link does not lower it.
    expect(await contacts.advanceReceipt('demo', 'sms', 'SMearly', 'delivered', 4, T0.toISOString())).toBeUndefined();
    expect(await contacts.putReceipt({ tenant_id: 'demo', channel: 'sms', provider_message_id: 'SMearly', session_id: 'sess_y', message_id: 'msg_y', updated_at: T0.toISOString() })).toMatchObject({ status: 'delivered', message_id: 'msg_y' });
    expect(await contacts.advanceReceipt('demo', 'sms', 'SMabc', 'delivered', 3, T0.toISOString())).toMatchObject({ status: 'delivered', message_id: 'msg_x' });
    expect(await contacts.advanceReceipt('demo', 'sms', 'SMabc', 'sent', 2, T0.toISOString())).toBeUndefined();
    expect((await contacts.getReceipt('demo', 'sms', 'SMabc'))?.status).toBe('delivered');
    expect(await contacts.advanceReceipt('acme', 'sms', 'SMabc', 'failed', 9, T0.toISOString())).toBeUndefined();
    expect(await contacts.getReceipt('acme', 'sms', 'SMabc')).toBeUndefined();
    expect((await contacts.getReceipt('demo', 'sms', 'SMabc'))?.status).toBe('delivered');
  });
});
