import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/rules/decide';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { x } from './helpers';

const pack = defaultPackIndex();
const NOW = new Date('2026-12-07T10:00:00Z');
const decision = (text: string) => {
  const { message_kind: _k, out_of_scope_topic: _t, ...inputs } = x(text);
  return decide(inputs, pack, NOW);
};

describe('a mokoro is a canoe: the pack’s canoe age binds it', () => {
  it.each(['a mokoro day in the Delta', 'gliding through the Okavango in mokoros', 'two mekoro outings'])('%s', (text) => {
    expect(x(text).activities).toEqual(['canoeing']);
  });

  it.each([
    'Okavango Delta in August 2027, 2 adults and our son aged 7, $9,000 each, and the mokoro is the highlight',
    'We have a baby (10 months) and want a mokoro trip in the Okavango Delta in July 2027, 2 adults, USD 8,000 each',
  ])('a child under 12 on a mokoro trip is never booked there: %s', (text) => {
    const r = decision(text);
    const outcome = r.content.verdict.outcome;
    const route = r.kind === 'refused' ? [] : (r.itinerary?.route.map((s) => s.destination_id) ?? []);
    expect(outcome === 'book' && route.includes('okavango_delta')).toBe(false);
  });

  it('adults alone still book their mokoro trip', () => {
    const r = decision('Okavango Delta in August 2027, 2 adults, $9,000 each, mokoro and walking');
    expect(r.content.verdict.outcome).toBe('book');
  });
});
