import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Review s6b F8: "the two of us / us two / the 2 of us" beside children, one of them grown up, counts the
// parents alone: the grown child joins them as an adult, no adult is lost (the per-person budget stays right).
describe('a pair of parents said as "the two of us" keeps both beside a grown child (F8)', () => {
  it.each([
    ['Kruger July 2027, our kids aged 14 and 20 and the 2 of us, $12000 total, 7 days', 14],
    ['Kruger July, the two of us and our kids aged 10 and 19, $12000 total, 7 days', 10],
    ['Kruger July, us two and our sons aged 9 and 20, $12000 total, 7 days', 9],
    // Our own.
    ['Etosha in August, the two of us with our daughters aged 12 and 22, $10000 total, 8 days', 12],
    ['Chobe in September: our children aged 8 and 18 plus the two of us, $14000, 6 days', 8],
  ] as const)('%s', (text, young) => {
    expect(x(text)).toMatchObject({ adults: 3, children: 1, child_ages: [young], group_size: 4 });
  });

  it('the forms the grown-child transfer was built for are unchanged', () => {
    expect(x('Kruger July, 2 adults and kids aged 10 and 19, $12000 total, 7 days')).toMatchObject({ adults: 3, children: 1, group_size: 4 });
    expect(x('Kruger July, my wife and I with our children aged 12 and 21, $12000 total, 7 days')).toMatchObject({ adults: 3, children: 1, group_size: 4 });
  });
});
