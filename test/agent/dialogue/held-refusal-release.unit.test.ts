import { describe, expect, it } from 'vitest';
import { simulateConversation, type SimulatedTurn } from '../../../src/agent/dialogue/score-dialogue';
import { guardRefusal } from '../../../src/domain/rules/refusal';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// A guarantee refused stands until the traveler lets it go; the words that let it go ask for the decision the refusal
// offered, and the reply shows it (before: "OK, forget the promise" read as a thank-you, answered "You're welcome! Tell
// me where and when…", while a Book was stored beside a reply that never showed it). Phrasings written for these tests.

const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const run = (...texts: string[]): SimulatedTurn[] => [...simulateConversation(texts, now, pack)];
const ASKED = {
  en: 'Okavango Delta in September, two adults, 7 nights, $12,000 total. Can you guarantee we will see wild dogs?',
  fr: 'Delta de l’Okavango en septembre, deux adultes, 7 nuits, 12 000 $ au total. Vous pouvez garantir qu’on verra des lycaons ?',
  de: 'Okavango-Delta im September, zwei Erwachsene, 7 Nächte, insgesamt 12.000 $. Können Sie garantieren, dass wir Wildhunde sehen?',
} as const;

describe('letting a held guarantee go decides the trip, and the reply shows it', () => {
  it.each([
    ['en', 'OK, forget the promise.', /BOOK|WAIT|SWITCH/i],
    ['en', 'alright, drop the guarantee', /BOOK|WAIT|SWITCH/i],
    ['en', 'ok fine, no promises needed', /BOOK|WAIT|SWITCH/i],
    ['fr', 'd’accord, oubliez la promesse', /Réserver|Attendre|Changer/],
    ['de', 'ok, vergessen Sie das Versprechen', /Buchen|Warten|Wechseln/],
  ] as const)('%s «%s»', (lang, letGo, shown) => {
    const [asked, released] = run(ASKED[lang], letGo);
    expect(asked!.decision.refusal).toBeDefined();
    expect(released!.decided).toBe(true);
    expect(released!.decision.refusal).toBeUndefined();
    expect(released!.guard.flags).toContain('held_refusal_released');
    for (const channel of ['web', 'sms', 'whatsapp'] as const) {
      expect(released!.replies[channel]).toMatch(shown);
      expect(released!.replies[channel]).not.toMatch(/welcome|plaisir|Gern geschehen/i);
    }
  });

  it('a thank-you while the refusal still stands does not ask again for where and when, which are known', () => {
    const turns = run(ASKED.en, 'thanks a lot');
    const thanks = turns[1]!;
    expect(thanks.decided).toBe(false);
    expect(thanks.replies.web).not.toMatch(/where and when/i);
    expect(thanks.replies.web).toMatch(/decision on the trip you described/);
    // With the trip not yet told, it still asks for it.
    const early = run('Can you promise we will see a leopard?', 'thanks');
    expect(early[1]!.replies.web).toMatch(/where and when/i);
  });

  it('the refusal names a guarantee of sightings as such, in a sentence that reads', () => {
    const refusal = guardRefusal({}, { reason: 'out_of_scope', topic: 'safety_guarantee' });
    expect(refusal.verdict.summary).toMatch(/^Questions about guarantees of safety, sightings or weather need/);
    expect(refusal.refusal!.next_action).toMatch(/^I cannot guarantee safety, sightings or weather/);
    expect(guardRefusal({}, { reason: 'out_of_scope', topic: 'price_guarantee' }).verdict.summary).toMatch(/^Questions about guaranteed prices need/);
    expect(guardRefusal({}, { reason: 'out_of_scope', topic: 'booking_admin' }).verdict.summary).toMatch(/^Questions about bookings already made need/);
  });
});
