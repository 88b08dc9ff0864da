import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// After dialogue-21 was recorded (its one decision changed by a question was "what's your top pick?" read as a trip):
// the agent's own pick asked for is a request for a suggestion, and before any trip it makes no decision.
const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const turns = (texts: string[]) => [...simulateConversation(texts, now, pack)];

describe("the agent's own pick asked for", () => {
  for (const text of ["what's your top pick?", 'whats ur pick for us?', 'Quel serait votre coup de coeur ?', 'Was ist dein Top-Tipp?']) {
    it(`is a suggestion that decides nothing before any trip: ${text}`, () => {
      const [t] = turns([text]);
      expect(t!.acts).toContain('suggest');
      expect(t!.decided).toBe(false);
    });
  }

  it('after a decision, keeps it', () => {
    const [, second] = turns(['Serengeti in February 2027, 2 adults, 8 days, $6000 each', "and what's your top pick for the last nights?"]);
    expect(second!.acts).toContain('suggest');
    expect(second!.decided).toBe(false);
  });
});
