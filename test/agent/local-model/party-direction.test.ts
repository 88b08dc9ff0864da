import { describe, expect, it } from 'vitest';
import { converse } from './helpers';


describe('a party change whose count goes the other way', () => {
  it('someone leaves and the count grows: a contradictory refusal on the party', () => {
    const { result } = converse(['Kruger in May 2027, 3 adults, 6 days', "my cousin can't come after all, so we are 5 now"]);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(result.content.refusal?.missing_inputs).toContain('group_size');
  });

  it('someone joins and the count shrinks: the same', () => {
    const { result } = converse(['Kruger in May 2027, 4 adults, 6 days', 'my brother is joining us, so we are 3']);
    expect(result.content.refusal?.reason).toBe('contradictory');
  });

  it('a change whose count follows it is a correction', () => {
    for (const [first, later, size] of [
      ['Kruger in May 2027, 4 adults, 6 days', "my cousin can't come after all, so we are 3 now", 3],
      ['Kruger in May 2027, 4 adults, 6 days', 'my brother is joining us, so we are 5', 5],
    ] as const) {
      const { inputs, result } = converse([first, later]);
      expect(result.content.refusal?.reason, later).not.toBe('contradictory');
      expect(inputs.group_size, later).toBe(size);
    }
  });
});
