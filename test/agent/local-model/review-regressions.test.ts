import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOW, inputsAfter, x } from './helpers';

describe('"N and a half" is a child’s age only beside an age word, never money', () => {
  it.each([
    'gorillas in uganda in july, 2 adults and our son, budget 15 and a half grand',
    'gorillas in uganda in july, 2 adults and our son, total budget $30000 – we saved 16 and a half thousand of it already',
    'gorillas in uganda in july, 2 adults and our son, budget 15 and a half k',
  ])('%s → no child age, no gorilla booking', (text) => {
    const inputs = inputsAfter(text);
    expect(inputs.child_ages ?? []).not.toContain(15);
    expect(inputs.child_ages ?? []).not.toContain(16);
    expect(decide(inputs, defaultPackIndex(), NOW).content.verdict.outcome).not.toBe('book');
  });

  it.each<[string, number]>([
    ['our son is 15 and a half, gorillas in uganda in july', 15],
    ["he's 14 and a half, our son, Bwindi in August", 14],
    ['our daughter, 12 and a half years old, Kibale in July', 12],
  ])('%s → age %d', (text, age) => {
    expect(x(text).child_ages).toEqual([age]);
  });
});

describe('a school grade the child is going into is next year’s, not today’s', () => {
  it.each([
    'gorillas in uganda in july, 2 adults and our son who is going into 10th grade in september',
    'gorillas in uganda in july, 2 adults and our son who is starting year 11 in september',
  ])('%s → under 15, the trek is not booked', (text) => {
    const inputs = inputsAfter(text);
    expect(inputs.child_ages).toEqual([14]);
    expect(decide(inputs, defaultPackIndex(), NOW).content.verdict.outcome).not.toBe('book');
  });

  it('a grade the child is in now keeps its age', () => {
    expect(x('my son is in 10th grade, Bwindi in July').child_ages).toEqual([15]);
  });
});
