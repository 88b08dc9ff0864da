import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { guardMessage } from '../../../src/agent/turn/guard';
import { x } from '../local-model/helpers';

// Review 1, findings 3 and 4: a request to be assured of safety, in words other than "guarantee", and a safety
// question about a child in a risky activity, are never answered with a booking that would read as the assurance.

const pack = defaultPackIndex();
const now = new Date('2026-11-21T10:00:00Z');
function last(texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return turns[turns.length - 1]!;
}

describe('asking to have safety confirmed, ensured or made risk-free', () => {
  const asks = [
    'Could you confirm Tanzania is safe for us? Serengeti in August, 2 adults, 7 nights, $6000 each.',
    'Botswana in June, Okavango Delta, 2 adults, 5 nights, $9000 each - can you ensure we will be safe there?',
    'Chobe in July, 2 adults, 4 nights, $5000 each. I want your word that it is safe.',
    'Is Zambia risk-free at the moment? South Luangwa in August, 2 adults, 6 nights, $4000 each.',
    'South Luangwa in August, 2 adults, 6 nights, $4000 each. We want zero risk, please.',
    'Will we be completely safe in Hwange? July, 2 adults, 5 nights, $4000 each.',
    'Kruger in May, 2 adults, 5 nights, $3000 each. Will you take responsibility if something goes wrong?',
    'Können Sie mir versichern, dass Botswana sicher ist? Okavango im Juni, 2 Erwachsene, 5 Nächte, 9000 USD pro Person.',
  ];
  for (const text of asks) {
    it(`is refused, its trip facts kept: ${text.slice(0, 50)}`, () => {
      const t = last([text]);
      expect(t.decision.verdict.outcome).toBe('refused');
      expect(t.decision.refusal?.reason).toBe('out_of_scope');
      expect(t.inputs.month).toBeDefined();
    });
  }

  it('a plain question about how things stand still gets its verdict', () => {
    const t = last(['Is Kenya safe at the moment? Masai Mara in September, 2 adults, 6 nights, $5000 each.']);
    expect(t.decision.verdict.outcome).not.toBe('refused');
  });

  it('"no risk of" a thing is not an assurance asked', () => {
    expect(x('Masai Mara in September, 2 adults, we want no risk of missing the crossing.').message_kind).toBe('trip');
  });
});

describe('how safe a risky activity is for a child', () => {
  it('with the child’s age said, is refused rather than booked', () => {
    const t = last(["Is the Devil's Pool OK and safe for our 9 year old daughter? Victoria Falls in October, 2 adults and her, 3 nights, $2500 each."]);
    expect(t.decision.verdict.outcome).toBe('refused');
    expect(t.decision.refusal?.reason).toBe('out_of_scope');
  });

  it("an activity with no public age figure is refused even before the ages are known", () => {
    const g = guardMessage(x("How safe is Devil's Pool for children? Vic Falls in November, 2 adults and 2 children, 4 nights, $3000 each."), undefined, "How safe is Devil's Pool for children? Vic Falls in November, 2 adults and 2 children, 4 nights, $3000 each.");
    expect(g.signal?.reason).toBe('out_of_scope');
  });

  it('an activity with a sourced age limit and unknown ages asks the ages, the pointer beside', () => {
    const t = last(['Is canoeing in the Okavango dangerous for kids? August, 2 adults and 2 kids, 5 nights, $8000 each.']);
    expect(t.decision.verdict.outcome).toBe('refused');
    expect(t.decision.refusal?.missing_inputs).toContain('child_ages');
  });

  it('the same question from adults alone keeps the pointer path (not refused for the activity)', () => {
    const g = guardMessage(x("Is Devil's Pool safe right now? Vic Falls in October, 2 adults, 3 nights, $2500 each."), undefined, "Is Devil's Pool safe right now? Vic Falls in October, 2 adults, 3 nights, $2500 each.");
    expect(g.signal).toBeUndefined();
  });
});
