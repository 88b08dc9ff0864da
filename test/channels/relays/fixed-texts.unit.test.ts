import { describe, expect, it } from 'vitest';
import { FIXED_TEXTS } from '../../../src/channels/relay/fixed-texts';
import { segmentSms } from '../../../src/channels/relay/sms-segments';
import { englishIn } from '../../support/english-words';

const NAME = 'Kilimanjaro & Serengeti Safaris'.slice(0, 30);

describe('the fixed phone texts in every language', () => {
  for (const lang of ['en', 'fr', 'de'] as const) {
    const t = FIXED_TEXTS[lang];
    it(`${lang}: GSM-7, the consent lines in one segment beside a 30-character business name`, () => {
      for (const k of ['stop', 'start', 'help'] as const) {
        const text = t.consent[k](NAME);
        expect(segmentSms(text), text).toMatchObject({ encoding: 'GSM-7', segments: 1 });
        expect(text.startsWith(NAME)).toBe(true);
      }
      expect(t.consent.stop(NAME)).toContain('START');
      expect(t.consent.help(NAME)).toContain('STOP');
      for (const line of [t.textOnly, t.tryAgain]) expect(segmentSms(line), line).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    });
    if (lang !== 'en') {
      it(`${lang}: no English word`, () => {
        const all = [...(['stop', 'start', 'help'] as const).map((k) => t.consent[k](NAME)), t.textOnly, t.tryAgain].join('\n').replace(/\b(?:STOP|START)\b/g, ' ');
        expect(englishIn(all), all).toEqual([]);
      });
    }
  }
});
