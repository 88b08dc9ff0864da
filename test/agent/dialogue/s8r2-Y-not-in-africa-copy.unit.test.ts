import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Round 8, review 9b copy #1: a trip for an animal that lives wild nowhere in Africa is discarded with that reason in
// every language. The short reply gives the reason, not the month (which reads as if the month were turned down), and
// the full reasoning never blames "your constraints", which fit. Phrasings written for this test.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const turns = (...texts: string[]) => [...simulateConversation(texts, now, pack)];

describe('animals that live wild nowhere in Africa', () => {
  it('French: the reason in the short reply and in the details', () => {
    const [first, details] = turns('Deux adultes, nous voulons voir des pandas et des zèbres en Tanzanie en septembre 2027, 7 jours, 4 000 € par personne.', 'détails');
    expect(first!.decision.verdict.outcome).toBe('discard');
    expect(first!.replies.sms).toMatch(/pandas ne vivent à l'état sauvage nulle part en Afrique/);
    expect(first!.replies.sms).not.toMatch(/Renoncer : septembre/);
    expect(details!.replies.sms).toMatch(/nulle part en Afrique/);
    expect(details!.replies.web).not.toMatch(/Rien ne correspond à vos contraintes/);
  });

  it('German: the reason in the short reply and in the details', () => {
    const [first, details] = turns('Wir sind zwei Erwachsene und wollen im September 2027 Tiger und Zebras in Tansania sehen, 7 Tage, 4.000 € pro Person.', 'Details');
    expect(first!.decision.verdict.outcome).toBe('discard');
    expect(first!.replies.sms).toMatch(/Tiger leben nirgends in Afrika in freier Wildbahn/);
    expect(first!.replies.sms).not.toMatch(/Verwerfen: September/);
    expect(details!.replies.web).not.toMatch(/Nichts passt zu Ihren Vorgaben/);
  });

  it('English: no claim that the constraints are what fails', () => {
    const [first] = turns('Two of us want to see tigers and zebras in Tanzania in September 2027, 7 days, $4,000 each.');
    expect(first!.decision.verdict.summary).toMatch(/nowhere in Africa/);
    expect(first!.decision.verdict.summary).not.toMatch(/within your constraints/);
  });
});
