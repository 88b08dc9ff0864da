import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOW, inputsAfter } from './helpers';

describe('contradictions are noticed, corrections are not', () => {
  it.each<[string, string[]]>([
    ['two fixed periods', ['Chobe, our dates are fixed: 10-17 June 2027', 'we can only travel in October 2027, it is non-negotiable']],
    ['solo, then a couple', ['travelling solo, Amboseli in May, $3000 total', 'my husband and I are so excited']],
    ['no kids, then a child', ['2 adults, no kids, Kruger in July', 'our daughter is 7']],
    ['a per-person budget restated as a different total', ['Serengeti in August, 3 of us, $5000 per person', 'so that is $9000 total']],
  ])('%s → a bounded refusal naming both', (_name, turns) => {
    const inputs = inputsAfter(...turns);
    expect(inputs.conflict).toBeDefined();
    const r = decide(inputs, defaultPackIndex(), NOW);
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.reason).toBe('contradictory');
    expect(r.content.verdict.summary).toMatch(/you first said .+, then .+/);
  });

  it.each<[string, string[]]>([
    ['a correction with "actually"', ['Chobe, our dates are fixed: 10-17 June 2027', 'actually it has to be October 2027 now, fixed']],
    ['someone joining', ['just me, Amboseli in May', 'my sister is joining, so 2 of us']],
    ['a new budget on purpose', ['Serengeti in August, 3 of us, $5000 per person', 'we can now stretch to $20000 total']],
    ['the same budget restated', ['Serengeti in August, 2 of us, $5000 per person', "so that's $10000 total"]],
  ])('%s → no conflict', (_name, turns) => {
    expect(inputsAfter(...turns).conflict).toBeUndefined();
  });

  it('restating a contradicted input settles it', () => {
    const inputs = inputsAfter('travelling solo, Amboseli in May', 'my husband and I are so excited', 'sorry, it is just me');
    expect(inputs.conflict).toBeUndefined();
    expect(inputs.adults).toBe(1);
  });
});
