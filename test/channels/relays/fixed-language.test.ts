/**
 * The fixed texts a phone gets outside a turn follow the conversation's language (issue 15):
 * consent confirmations, help and "text only" after a French or German conversation, over
 * real signed webhooks against the local stack on DynamoDB Local. A number with no
 * conversation yet gets English.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LocalStack } from '../../../src/local/stack';
import { startTestStack } from '../../support/stack';
import { englishIn } from '../../support/english-words';
import { relayClient } from './relay-client';

let stack: LocalStack;
let relay: ReturnType<typeof relayClient>;
let n = 0;
const number = () => `+2547${String(Date.now() % 1e6).padStart(6, '0')}${String(++n).padStart(2, '0')}`.slice(0, 13);

beforeAll(async () => {
  stack = await startTestStack();
  relay = relayClient(stack);
}, 120_000);
afterAll(() => stack?.stop());

/** No English word once the keywords the text tells the traveler to send are taken out. */
const wholly = (text: string | undefined) => englishIn((text ?? '').replace(/\b(?:STOP|START)\b/g, ' '));

describe('consent keywords answered in the conversation’s language', () => {
  test('WhatsApp through Twilio, a French conversation: STOP, START and HELP are confirmed in French', async () => {
    const from = number();
    const trip = await relay.twilioWhatsapp('demo', from, 'Nous sommes deux adultes et rêvons du Masai Mara en août, 7 jours.');
    expect(trip.message).toMatch(/^\*RÉSERVER|^\*ATTENDRE|^\*CHANGER|^\*RENONCER/);
    const stop = await relay.twilioWhatsapp('demo', from, 'STOP');
    expect(stop.message).toMatch(/ : votre désinscription est enregistrée, vous ne recevrez plus de messages\. Répondez START pour reprendre\.$/);
    expect(wholly(stop.message)).toEqual([]);
    const start = await relay.twilioWhatsapp('demo', from, 'start');
    expect(start.message).toMatch(/ : vous recevrez de nouveau nos messages\. Parlez-moi du voyage que vous préparez\.$/);
    const help = await relay.twilioWhatsapp('demo', from, 'Help');
    expect(help.message).toMatch(/, conseils voyage : dites-moi où et quand/);
    expect(wholly(help.message)).toEqual([]);
  });

  test('SMS, a German conversation: HELP in German; a number with no conversation gets English', async () => {
    const from = number();
    await relay.sms('demo', from, 'Wir sind zwei Erwachsene und möchten im August für 7 Tage in die Masai Mara.');
    const help = await relay.sms('demo', from, 'HELP');
    expect(help.message).toMatch(/ Reiseberatung: Schreiben Sie mir Reiseziel, Reisezeit, Mitreisende und Budget\. Antworten Sie STOP zum Abmelden\.$/);
    expect(wholly(help.message)).toEqual([]);
    const stranger = await relay.sms('demo', number(), 'HELP');
    expect(stranger.message).toMatch(/ trip advice: tell me where and when you want to travel/);
  });
});

describe('a message with no text (a photo) answered in the conversation’s language', () => {
  test('SMS after a German conversation: German; from a new number: English, and no contact is created', async () => {
    const from = number();
    await relay.sms('demo', from, 'Wir sind zwei Erwachsene und möchten im August für 7 Tage in die Masai Mara.');
    const photo = await relay.sms('demo', from, '');
    expect(photo.message).toBe('Entschuldigung, ich kann nur Textnachrichten lesen. Beschreiben Sie mir Ihre Reise bitte in Worten.');
    const other = number();
    expect((await relay.sms('demo', other, '')).message).toBe('Sorry, I can only read text messages. Tell me about your trip in words.');
    expect(await stack.relays.relays.deps.contacts.get('demo', 'sms', other)).toBeUndefined();
  });

  test('WhatsApp through Twilio after a French conversation: French', async () => {
    const from = number();
    await relay.twilioWhatsapp('demo', from, 'Bonjour, nous rêvons du Serengeti en juillet, deux adultes, 9 jours.');
    const photo = await relay.twilioWhatsapp('demo', from, '');
    expect(photo.message).toBe('Désolé, je ne lis que les messages écrits. Décrivez-moi votre voyage avec des mots.');
  });
});
