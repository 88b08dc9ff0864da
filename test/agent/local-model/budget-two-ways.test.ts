import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import { decide } from '../../../src/domain/rules';
import { NOW, x } from './helpers';

function verdict(text: string) {
  const { message_kind: _k, out_of_scope_topic: _t, ...delta } = x(text);
  return decide(mergeTripInputs({}, delta), defaultPackIndex(), NOW);
}

describe('a budget said two ways in one message', () => {
  it('a per-person amount and a total that do not add up for the party are refused, naming both', () => {
    const r = verdict('Kruger in August, three of us, £2,000 each, so £4,500 for the group');
    expect(r.content.refusal?.reason).toBe('contradictory');
    expect(JSON.stringify(r.content.refusal)).toMatch(/budget/);
  });

  it('a restatement that adds up is no contradiction', () => {
    const r = verdict('Kruger in August, three of us, £2,000 each, so £6,000 for the group');
    expect(r.kind).toBe('issued');
  });

  it('a correction inside the message is no contradiction', () => {
    const r = verdict('Kruger in August, three of us, £2,000 each, sorry I mean £5,000 in total');
    expect(r.kind).toBe('issued');
  });
});
