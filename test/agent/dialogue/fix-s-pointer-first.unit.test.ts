import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { smsSegments } from '../../../src/agent/render/sms-segments';
import { MAX_SMS_SEGMENTS } from '../../../src/agent/render/render-reply';

// Review 1, finding 13: a health, visa or safety question asked beside a trip gets its bounded pointer first and then
// the trip verdict, on the web, by SMS and on WhatsApp alike (issue 14 item 5); SMS still fits its segments.

const pack = defaultPackIndex();
const now = new Date('2026-11-21T10:00:00Z');

const cases = [
  { text: 'How are things in Rwanda at the moment, is it safe? Volcanoes gorillas in July, 2 adults, 4 days, $8000 each.', pointer: /travel advice/ },
  { text: 'Serengeti in August, 2 adults, 8 nights, $6000 each - and do we need a visa for Tanzania?', pointer: /visa/i },
];

describe('the pointer comes before the verdict on every channel', () => {
  for (const c of cases) {
    it(c.text.slice(0, 50), () => {
      const turns = [...simulateConversation([c.text], now, pack)];
      const t = turns[turns.length - 1]!;
      expect(t.decision.verdict.outcome).not.toBe('refused');
      for (const channel of ['web', 'sms', 'whatsapp'] as const) {
        const reply: string = t.replies[channel];
        const at = reply.search(c.pointer);
        expect(at, `${channel}: ${reply}`).toBeGreaterThanOrEqual(0);
        const verdictAt = reply.search(/\b(?:Book|BOOK|Wait|WAIT|Switch|SWITCH)\b/);
        expect(verdictAt, `${channel}: ${reply}`).toBeGreaterThan(at);
      }
      expect(smsSegments(t.replies.sms)).toBeLessThanOrEqual(MAX_SMS_SEGMENTS);
    });
  }
});
