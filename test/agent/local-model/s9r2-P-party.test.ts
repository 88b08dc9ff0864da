import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// Round s9r2, engineer P: the party's classes, in phrasings written here.
describe('ages said before "year old"', () => {
  it('gives children with the ages said before "year old", one list or one by one', () => {
    expect(x('me, my husband, our 4 and 10 year old, Kruger in July')).toMatchObject({ children: 2, child_ages: [4, 10] });
    expect(x('two of us plus our 13- and 16-year-olds')).toMatchObject({ children: 2, child_ages: [13, 16] });
    expect(x('bringing the 5yo and 8yo along')).toMatchObject({ children: 2, child_ages: [5, 8] });
  });

  it('does not count a child twice when "the N year old" points back at an age already given', () => {
    expect(x('our girls are 9 and 12 and the 12 year old is scared of snakes')).toMatchObject({ children: 2, child_ages: [9, 12] });
    expect(x('three children (4, 8 and 14 — the 14 year old wants wifi)')).toMatchObject({ children: 3, child_ages: [4, 8, 14] });
  });

  it('does not read the second age of a pronoun list as a child', () => {
    expect(x('both are 41 and 44 years old').child_ages).toBeUndefined();
    expect(x('my parents, who are 66 and 70 years old').child_ages).toBeUndefined();
  });
});

const outcome = (turns: string[]) => converse(turns).result.content.verdict.outcome;
const GORILLAS = 'Gorilla trekking in Rwanda in August 2027, 7 days';

describe('a pair beside a child word is two adults and a child, in every language the extractor reads', () => {
  it("the reviewer's phrasings ask the child's age instead of booking two adults", () => {
    for (const said of ['$7000 per person, wij tweeën en ons kleinkind.', '$7000 each, kwa watu wawili na mtoto wetu.', '$14000 for 2, and the stepson.', '$14000 for 2, and our foster son.', '$7000 per person, us (2), in-laws (2), plus the grandson.']) {
      const r = converse([`${GORILLAS}, ${said}`]);
      expect(r.result.content.verdict.outcome, said).toBe('refused');
      expect(r.inputs.children, said).toBe(1);
    }
  });

  it('reads new phrasings of the same class', () => {
    expect(x('just the two of us plus the granddaughter')).toMatchObject({ adults: 2, children: 1 });
    expect(x('us both and our foster daughter')).toMatchObject({ adults: 2, children: 1 });
    expect(x('wij beiden en onze kleinkind').children).toBe(1);
    expect(outcome([`${GORILLAS}, $7000 each, kwa watu wawili na watoto wetu`])).toBe('refused');
    expect(outcome([`${GORILLAS}, $9000 total for 2 plus the step-daughter`])).not.toBe('book');
  });

  it('keeps a pair with nobody else named as two adults', () => {
    expect(x('the two of us, $6000 in total')).toMatchObject({ adults: 2 });
    expect(x('wij tweeën, in augustus').adults).toBe(2);
  });
});

describe('minors named but not travelling', () => {
  it("books the reviewers' adult trips without asking children's ages", () => {
    for (const said of ['2 adults. A break from the kids at last, this trip is for us, not for the kids.', "2 adults. We'll buy gorilla carvings for our grandkids.", "2 adults; we're saving the rest for the grandkids.", 'two adults. Grandma has agreed to babysit for the kids while we are away.', 'two adults. We will bring back lots of photos for the grandkids.']) {
      expect(outcome([`${GORILLAS}, $7000 per person, ${said}`]), said).toBe('book');
    }
  });

  it('books new phrasings where the children stay home or are someone’s work', () => {
    expect(outcome([`${GORILLAS}, $7000 each, 2 adults. We'd love videos for the grandchildren.`])).toBe('book');
    expect(outcome([`${GORILLAS}, $7000 each, 2 adults. I coach a youth football team back home, this is my break.`])).toBe('book');
    expect(outcome([`${GORILLAS}, $7000 each, 2 adults. My husband teaches secondary school students.`])).toBe('book');
  });

  it('still asks the ages when the minors travel', () => {
    expect(outcome([`${GORILLAS}, $7000 each, a surprise for the grandkids.`])).toBe('refused');
    expect(outcome([`${GORILLAS}, $7000 each, I teach year 9 and I'm taking my class.`])).toBe('refused');
    expect(outcome([`${GORILLAS}, $7000 each, 2 adults, and it's for our nieces.`])).toBe('refused');
  });
});

describe('a noun for what the party does counts the children in it', () => {
  it('reads "3 trekkers: me, my wife and our son (11)" as two adults and a child', () => {
    expect(x('we are 3 trekkers: me, my wife and our son (11)')).toMatchObject({ adults: 2, children: 1, child_ages: [11], group_size: 3 });
    expect(outcome([`${GORILLAS}, $7000 per person, we are 3 trekkers: me, my wife and our son (11).`])).toBe('discard');
  });
  it('reads new phrasings the same way, and grown-up hikers as adults', () => {
    expect(x('we are 4 hikers including our 12-year-old')).toMatchObject({ children: 1, child_ages: [12], group_size: 4 });
    expect(x('we are 3 hikers, all over 40')).toMatchObject({ adults: 3 });
    expect(x('4 keen photographers and our daughter aged 9')).toMatchObject({ adults: 4, children: 1 });
  });
});

describe('a recount needs people in it', () => {
  it('does not read a child\'s age or a count of nights as a new head count', () => {
    expect(x('me, my wife and our son, $9,000 each. He was 14 when I first wrote, so now 15.').group_size).toBe(3);
    expect(x('a family of 4 with kids 10 and 12. 3 nights in the Mara and 2 in Amboseli, which makes 5 now.')).toMatchObject({ adults: 2, group_size: 4 });
    expect(x('our daughter was 11 when we started planning, so now 12').group_size).toBeUndefined();
    expect(x('a family of 3: 4 nights at Ndutu plus 3 at Seronera, so 7 now').group_size).toBe(3);
  });
  it('still reads a recount with people in it', () => {
    expect(x('there were 2 of us but my brother is joining, so 3 now').group_size).toBe(3);
    expect(x("we were 4, so we're 5 now").group_size).toBe(5);
  });
});
