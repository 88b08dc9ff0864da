import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { inPlace, noteMidSentence, placeName } from '../../../src/domain/rules/format';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const places = [...pack.byId.values()];

describe('place names read as a person writes them', () => {
  it('gives a delta, a plateau and a crater their article, and each kind of place its preposition', () => {
    expect(inPlace(pack.byId.get('okavango_delta')!)).toBe('in the Okavango Delta');
    expect(inPlace(pack.byId.get('zanzibar')!)).toBe('on Zanzibar');
    expect(inPlace(pack.byId.get('victoria_falls')!)).toBe('at Victoria Falls');
    expect(placeName(pack.byId.get('serengeti')!)).toBe('Serengeti National Park');
  });

  it('keeps a note’s names capitalised mid-sentence and lower-cases only a common first word', () => {
    const mara = pack.byId.get('masai_mara')!;
    expect(noteMidSentence('Mara River crossings', mara)).toBe('Mara River crossings');
    expect(noteMidSentence('Summer rains, green bush and newborn antelope.', mara)).toBe('summer rains, green bush and newborn antelope');
    expect(noteMidSentence('School holidays in South Africa fill the camps', mara)).toBe('school holidays in South Africa fill the camps');
  });

  it('never writes "at Okavango Delta" or a lower-cased place name in any decision, for every place and month', () => {
    let checked = 0;
    for (const d of places) {
      for (let month = 1; month <= 12; month++) {
        for (const extra of [{}, { priorities: ['migration'] }, { priorities: ['beach'] }] as TripInputs[]) {
          const r = decide({ destinations: [d.id], month, flexible_dates: false, adults: 2, ...extra }, pack, NOW);
          const text = JSON.stringify(r.content) + JSON.stringify(r.kind === 'issued' ? (r.itinerary ?? {}) : {});
          expect(text).not.toMatch(/\b(?:at|in|to) (?:Okavango Delta|Laikipia Plateau|Ngorongoro Crater)\b/);
          for (const sentence of text.split(/[.;:(]\s*/)) {
            // Names the pack's notes use never appear in lower case after the start of a clause.
            expect(sentence, sentence).not.toMatch(/ (?:mara|ndutu|grumeti|devil's|south africa|zambian|mfuwe)\b/);
          }
          checked++;
        }
      }
    }
    expect(checked).toBe(places.length * 36);
  });
});
