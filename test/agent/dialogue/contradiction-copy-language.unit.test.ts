import { describe, expect, it } from 'vitest';
import { localizeDecision } from '../../../src/agent/dialogue/localize-decision';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Fluent review (latest session): a contradiction on one field ("14 days … only 5 days off") was
// asked as «laquelle de ces informations est juste : la durée du voyage», „welche dieser Angaben
// stimmt: die Reisedauer": a choice among one. Two or more fields keep the "which of these" form.
// Phrasings written for this test.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const lastDecision = (...texts: string[]) => [...simulateConversation(texts, now, pack)].at(-1)!.decision;

describe('a contradiction on one field is asked as that field, in French and German', () => {
  const one = lastDecision('Tarangire in July, 2 adults, 15 days, but we only have 4 days off');

  it('the refusal names a single field', () => {
    expect(one.refusal?.reason).toBe('contradictory');
    expect(one.refusal?.missing_inputs).toEqual(['duration_days']);
  });

  it.each([
    ['fr', "Précisez-moi, s'il vous plaît, la durée du voyage.", /deux de vos indications ne concordent pas sur ce point : la durée du voyage/],
    ['de', 'Sagen Sie mir bitte die Reisedauer.', /zwei Ihrer Angaben in diesem Punkt nicht zusammenpassen: die Reisedauer/],
  ] as const)('%s', (lang, next, summary) => {
    const l = localizeDecision({ content: one, pack, lang });
    expect(l.next_action).toBe(next);
    expect(l.summary).toMatch(summary);
  });

  it('an indirect question takes its comma in German', () => {
    const l = localizeDecision({ content: lastDecision('Solo safari to Tarangire in July, budget $3,000 for the two of us, 2 adults'), pack, lang: 'de' });
    expect(l.next_action).toBe('Sagen Sie mir bitte, wie viele Sie sind.');
  });
});
