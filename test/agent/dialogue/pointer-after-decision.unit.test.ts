import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { decisionLinks } from '../../../src/channels/relay/decision-link';
import { phoneText } from '../../../src/channels/relay/phone-sink';
import type { Decision } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { hours } from '../../../src/domain/rules/format';

// An out-of-scope question once a trip is decided: the pointer, plainly, then the standing
// decision. The refusal's "Not yet" label and its "then tell me your dates" belong to a
// conversation with no decision yet.

const pack = defaultPackIndex();
const now = new Date('2026-03-01T10:00:00Z');
const links = decisionLinks({ secret: 'pointer-after-decision-secret', publicBaseUrl: 'https://trips.example' });

function replies(texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  const t = turns[turns.length - 1]!;
  const decision = { ...t.decision, decision_id: 'dec_01J00000000000000000000001', created_at: now.toISOString() } as Decision;
  const phone = (channel: 'sms' | 'whatsapp') => phoneText({ links }, channel, { tenant_id: 'demo-tenant', decision, text: t.replies[channel], dialogue: t.dialogue });
  return { web: t.replies.web, sms: phone('sms'), whatsapp: phone('whatsapp'), act: t.dialogue.act };
}

const cases = [
  { lang: 'en', trip: 'Two of us, 8 days in the Masai Mara in August, about 6000 dollars each', ask: 'oh and do we need visas for kenya?', pointer: /visas/, stands: /Your decision stands: Book, the Maasai Mara in August\.|Your decision stands: Book, Maasai Mara in August\./, wrong: /Not yet|tell me your dates|outside what I can decide/ },
  { lang: 'en', trip: 'Serengeti in July for 9 days, 2 adults', ask: 'What vaccinations should we get?', pointer: /travel clinic|doctor/, stands: /Your decision stands: /, wrong: /Not yet|tell me your dates|meanwhile I can decide/ },
  { lang: 'fr', trip: 'Nous sommes deux adultes, 8 jours au Masai Mara en août', ask: 'Faut-il un visa pour le Kenya ?', pointer: /visa/, stands: /La décision reste valable/, wrong: /Pas encore|dites-moi vos dates/i },
  { lang: 'de', trip: 'Wir sind zwei Erwachsene, 8 Tage Masai Mara im August', ask: 'Brauchen wir ein Visum für Kenia?', pointer: /Visa|Visum|Einreise/, stands: /Die Entscheidung gilt weiter/, wrong: /Noch nicht|nennen Sie mir Ihre Reisedaten/i },
] as const;

describe('an out-of-scope question after a decision', () => {
  for (const c of cases) {
    it(`${c.lang}: "${c.ask}" gets its pointer and the standing decision on web, SMS and WhatsApp`, () => {
      const r = replies([c.trip, c.ask]);
      expect(r.act).toBe('out_of_scope');
      for (const text of [r.web, r.sms, r.whatsapp]) {
        expect(text).toMatch(c.pointer);
        expect(text).toMatch(c.stands);
        expect(text).not.toMatch(c.wrong);
      }
      // The pointer comes first, the decision after it.
      expect(r.web.search(c.pointer)).toBeLessThan(r.web.search(c.stands));
    });
  }

  it('with no decision yet, the refusal still asks for the trip', () => {
    const r = replies(['do we need visas for kenya?']);
    expect(r.web).toMatch(/visa/i);
    expect(r.web).not.toMatch(/decision stands/);
  });
});

describe('drive times in English copy', () => {
  it('under an hour reads in minutes to the nearest five, longer ones in hours', () => {
    expect(hours(0.3)).toBe('20 min');
    expect(hours(0.25)).toBe('15 min');
    expect(hours(0.5)).toBe('30 min');
    expect(hours(5.5)).toBe('5.5 h');
  });

  it('a decision on Chobe (a quarter hour from Kasane) never shows "0.3 h"', () => {
    const r = replies(['2 adults, Chobe in September, 5 days, budget 5000 USD', 'details']);
    expect(r.web).not.toMatch(/\b0\.\d h\b/);
    expect(r.web).toMatch(/15 min/);
  });
});
