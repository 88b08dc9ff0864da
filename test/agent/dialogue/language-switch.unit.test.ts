import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { decisionLinks } from '../../../src/channels/relay/decision-link';
import { decisionView } from '../../../src/channels/relay/decision-view';
import { phoneText } from '../../../src/channels/relay/phone-sink';
import { replyFrame } from '../../../src/channels/websocket/reply-frame';
import type { Channel } from '../../../src/domain/entities/common';
import type { DecisionContent } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { englishIn } from '../../support/english-words';
import { sampleDecision } from '../../support/sample-decision';

// A traveler who changes language mid-conversation reads every later reply wholly in the
// new one, on every channel and on the signed page behind each phone link, though the
// decision it shows was stored in the old language (the page re-writes it for the link's).

const pack = defaultPackIndex();
const now = new Date('2026-03-01T10:00:00Z');
const links = decisionLinks({ secret: 'test-secret-for-links', publicBaseUrl: 'https://trips.example' });
const CHANNELS: Channel[] = ['web', 'sms', 'whatsapp'];

const SWITCHES: Record<string, string[]> = {
  'English, then French, then German': [
    'Hi! We are 2 adults dreaming of the Masai Mara in August, 7 days.',
    'Pourquoi le Masai Mara ? Nous préférons continuer en français.',
    'Et pourquoi pas le Serengeti ?',
    'Combien coûterait le haut de gamme ?',
    'détails',
    'On aimerait ajouter Zanzibar à la fin.',
    'Merci beaucoup !',
    'Jetzt lieber auf Deutsch: warum gerade diese Reise?',
    'Details',
    'Danke schön!',
  ],
  'German, then French': [
    'Hallo! Wir sind zwei Erwachsene und möchten im Juli nach Botswana, 10 Tage.',
    'Was kostet das in der Luxusklasse?',
    'Bonjour, nous parlons plutôt français : pourquoi ce choix ?',
    'détails',
    'Au revoir !',
  ],
};

const LANGUAGES: Record<string, string[]> = {
  'English, then French, then German': ['en', 'fr', 'fr', 'fr', 'fr', 'fr', 'fr', 'de', 'de', 'de'],
  'German, then French': ['de', 'de', 'fr', 'fr', 'fr'],
};

describe('a traveler who switches language reads the new one everywhere', () => {
  for (const [name, texts] of Object.entries(SWITCHES)) {
    it(name, async () => {
      let stored: DecisionContent | undefined;
      let k = 0;
      const read: string[] = [];
      for (const turn of simulateConversation(texts, now, pack)) {
        const text = texts[k++]!;
        if (turn.decided) stored = turn.decision;
        const lang = turn.dialogue.language;
        read.push(lang);
        if (lang === 'en') continue;
        const record = sampleDecision(stored ?? turn.decision, now);
        const shown = sampleDecision(turn.decision, now);
        const view = decisionView({ links, clock: () => now, decision: async () => record, itinerary: async () => undefined });
        for (const channel of CHANNELS) {
          const reply = { message_id: 'msg_1', reply_to: 'msg_0', tenant_id: 'demo-tenant', session_id: 'ses_1', channel, text: turn.replies[channel], decision: shown, dialogue: turn.dialogue, created_at: now.toISOString(), delivery: 'pending' as const };
          const seen: Record<string, string> = { text: turn.replies[channel] };
          if (channel === 'web') {
            const d = replyFrame(reply).decision;
            seen.card = [d.verdict.headline, d.verdict.summary, ...d.assumptions.map((a) => a.text), ...d.tradeoffs.gains, ...d.tradeoffs.losses, ...d.change_conditions, d.refusal?.next_action ?? ''].join('\n');
          } else seen.phone = phoneText({ links }, channel, reply);
          if (record.verdict.outcome !== 'refused') {
            const page = await view.request(new URL(links.linkFor('demo-tenant', record.decision_id, now, lang)).pathname);
            expect(page.status).toBe(200);
            seen.view = await page.text();
            expect(seen.view).toContain(`<html lang="${lang}">`);
          }
          const leaks = Object.fromEntries(Object.entries(seen).map(([key, v]) => [key, englishIn(v)]).filter(([, w]) => w!.length > 0));
          expect(leaks, `"${text}" (${turn.dialogue.act}, ${lang}) on ${channel}: ${JSON.stringify(seen, null, 1)}`).toEqual({});
        }
      }
      // Each message was read in the language it is written in: the switch really happened.
      expect(read).toEqual(LANGUAGES[name]);
    });
  }
});
