import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { x } from './helpers';

// Safety review of the fourteenth round, finding 4: a foreign frame needs the context of the
// English trigger. Unsure is not unsafe, a past illness is not a health question, a swim in the
// lodge pool is not a swim in the river. Phrasings written for this test.

describe('foreign danger, health and swim frames in context', () => {
  it.each([
    'Wir sind noch unsicher, ob der Oktober reicht. Krüger, 2 Erwachsene, 6 Tage',
    'Meine Frau war im Winter krank, also bitte malariafrei. Pilanesberg im Mai, 4 Tage',
    'Unsere Tochter will im Pool der Lodge schwimmen, wir machen eine Fahrt auf dem Fluss. Okavango im Juli, 6 Tage',
    'Les enfants veulent nager dans la piscine, nous une balade sur le fleuve. Chobe en juillet, 5 jours',
  ])('«%s» is a trip', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });

  it('a real danger question in German is still refused', () => {
    expect(x('Ist es in Johannesburg für Touristen unsicher?').message_kind).toBe('out_of_scope');
  });
});

describe('a shrug changes the mind only when it opens the message', () => {
  const acts = (...texts: string[]) => [...simulateConversation(texts, new Date('2026-12-01T09:00:00Z'), defaultPackIndex())].map((t) => t.acts[0]);
  it('"whatever it costs" after an addition adds', () => {
    expect(acts('Serengeti in August, 2 adults, 8 days', 'Ruaha for 4 days as well, whatever it costs.')[1]).toBe('add_extend');
  });
  it('"whatever, …" first is a change of mind', () => {
    expect(acts('Serengeti in August, 2 adults, 8 days', 'whatever, Ruaha then')[1]).toBe('change_mind');
  });
});

describe('insurance only as the question', () => {
  it.each(['We are sorting insurance ourselves. Kruger in June, 2 adults, 5 days', 'We have annual travel insurance anyway, so Kruger in June for 2 adults, 5 days, sensible?'])('«%s» is a trip', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
  it('asking which insurance to take is still refused', () => {
    expect(x('what travel insurance would you take for Kenya?').message_kind).toBe('out_of_scope');
  });
});
