import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW, x } from './helpers';

function run(turns: string[]) {
  let inputs: TripInputs = {};
  for (const t of turns) {
    const { message_kind: _k, out_of_scope_topic: _t, ...delta } = x(t, inputs);
    inputs = mergeTripInputs(inputs, delta);
  }
  return decide(inputs, defaultPackIndex(), NOW);
}

describe('two fixed periods said in another language are a contradiction', () => {
  it.each([
    [['Kruger im Juni, das steht fest.', 'Wir können nur im November reisen, das ist fix.']],
    [['Kruger en juin, c’est fixe.', 'Et on ne peut voyager qu’en novembre, c’est fixe.']],
  ])('%j', (turns) => {
    const r = run(turns);
    expect(r.content.refusal?.reason).toBe('contradictory');
  });

  it('a fixed period later corrected is not one', () => {
    const r = run(['Kruger in June, that is fixed.', 'actually we can only go in November now']);
    expect(r.kind).toBe('issued');
  });
});

describe('May said in another language is the month', () => {
  it.each([
    ['Wir möchten im Mai nach Etosha', 5],
    ['Queremos ir a Kruger en mayo', 5],
  ])('%s', (text, month) => {
    expect(x(text).month).toBe(month);
  });

  it('“im” alone stays the SMS “I’m”', () => {
    expect(x('im a keen birder, Kruger in june').month).toBe(6);
  });
});

describe('May with a capital mid-sentence is the month', () => {
  it('read when the message never uses the verb', () => {
    expect(x('we had pencilled in May for Amboseli').month).toBe(5);
  });

  it('not when the message also uses “may” as a verb', () => {
    expect(x('we may go to Amboseli, thinking May').month).toBeUndefined();
  });
});
