import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// A brother or sister of a child in the party is a second child whose age nobody gave: counted as a child (never as a
// grown-up companion), and the one age said is not taken for both, so a gorilla permit's 15 is asked, never passed.
describe('a child’s sibling of unknown age', () => {
  it.each([
    'Gorilla trek in Bwindi, July 2027, 6 days, $6500 each, for our daughter’s 17th birthday, and her little brother comes along.',
    'Gorilla trek in Bwindi, July 2027, 6 days, $6500 each, me, my wife, our boy of 15 and his kid sister.',
    'Gorillas in Rwanda in July 2027, 6 days, $6500 each: 2 adults plus our nephew (16), with his baby brother too.',
  ])('%s → two children, ages asked, no gorilla booking', (text) => {
    const { inputs, result } = converse([text]);
    expect(inputs.children).toBe(2);
    expect(inputs.child_ages).toBeUndefined();
    expect(result.content.verdict.outcome).not.toBe('book');
  });

  it('a sibling named in a later message joins the one child already counted', () => {
    const { inputs, result } = converse(['Gorillas in Bwindi in July 2027, 6 days, $6500 each, 2 adults and our son aged 16.', 'Oh, and his younger sister wants to come along.']);
    expect(inputs).toMatchObject({ adults: 2, children: 2 });
    expect(result.content.verdict.outcome).not.toBe('book');
  });

  it('the grown-ups are not counted one more for the sibling', () => {
    expect(x('2 adults and our daughter aged 15, with her little sister too').adults).toBe(2);
  });

  it('a grown-up’s sibling is a grown-up, and a sibling left at home is nobody', () => {
    expect(x('me, my husband and his sister, with our son aged 15').children).toBe(1);
    expect(x('our son aged 15, without his sister this time').children).toBe(1);
    expect(x('our son aged 15 and his older brother, who is 22').children).toBe(1);
  });
});

describe('a child who joins in a later message', () => {
  it.each(['Oh, and our granddaughter is coming along too.', 'Also our youngest boy comes, by the way.', 'Our niece will be joining as well.'])('%s → one child more, ages asked again', (second) => {
    const { inputs, result } = converse(['Gorillas in Bwindi in July 2027, 6 days, $6500 each, 2 adults and our son aged 16.', second]);
    expect(inputs.children).toBe(2);
    expect(inputs.child_ages).toBeUndefined();
    expect(result.content.verdict.outcome).not.toBe('book');
  });

  it('a child named again without joining words is the same child', () => {
    const { inputs } = converse(['Gorillas in Bwindi in July 2027, 6 days, $6500 each, 2 adults and our son aged 16.', 'Our son is thrilled about it.']);
    expect(inputs).toMatchObject({ children: 1, child_ages: [16] });
  });
});
