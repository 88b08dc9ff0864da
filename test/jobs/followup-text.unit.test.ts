import { describe, expect, it } from 'vitest';
import { localizeDecision } from '../../src/agent/dialogue/localize-decision';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../src/domain/rules/decide';
import { followupText } from '../../src/jobs/followup-message';
import { englishIn } from '../support/english-words';
import { sampleDecision } from '../support/sample-decision';

const pack = defaultPackIndex();
const now = new Date('2026-03-01T10:00:00Z');
const wait = decide({ destinations: ['masai_mara'], month: 4, adults: 2 }, pack, now).content;

describe('the follow-up is written in the language of the decision it follows up', () => {
  it('English: the wording staff know (followup_wait_v1), with the headline', () => {
    expect(wait.verdict.outcome).toBe('wait');
    expect(followupText(sampleDecision(wait, now))).toBe(`Checking in on your trip. When we last spoke, our advice was to wait: ${wait.verdict.headline} If your plans or dates have changed, reply here and I will look at it again.`);
    expect(followupText(undefined)).toMatch(/^Checking in on your trip\. .*better window\./);
  });

  for (const lang of ['fr', 'de'] as const) {
    it(`${lang}: wholly in the language, with the localized headline`, () => {
      const localized = localizeDecision({ content: wait, pack, lang });
      const text = followupText(sampleDecision({ ...wait, localized }, now));
      expect(text).toContain(lang === 'fr' ? 'le Masai Mara sera' : localized.headline);
      expect(text).not.toContain(wait.verdict.headline);
      expect(englishIn(text), text).toEqual([]);
    });
  }
});
