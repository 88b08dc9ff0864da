import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';


describe('two fixed periods that cannot both hold', () => {
  it('in one message: a holiday period and the only dates given elsewhere', () => {
    const { result, said } = converse(['We can only get away over the Christmas holidays 2027, and the only dates we have are 3–12 June. Kruger, 2 adults, R60 000 total']);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toMatch(/December/);
    expect(said[0]).toMatch(/June/);
  });

  it('in one message: a month and a fixed fortnight added to it', () => {
    const { result } = converse(['Etosha in May and also we are fixed on the last two weeks of September 2027, 3 adults, 9 days']);
    expect(result.content.refusal?.reason).toBe('contradictory');
  });

  it('across messages: a fixed period added to the month said before', () => {
    const { result, said } = converse(['Chobe in June 2027, 2 adults, 6 days, $4,000 each', 'and our dates are fixed: the second half of October 2027']);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toMatch(/June.*October|October.*June/);
  });

  it('a latest return before the dates the same message gives, even after a correction', () => {
    const { result, said } = converse(['Amboseli 4–11 March 2027, 2 adults', 'Actually the flights are fixed 20–28 April 2027, and we have to be home by 2 April for school']);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toContain('back by 2 April 2027');
    expect(said[0]).toContain('20–28 April 2027');
  });
});

describe('fixed periods said with a colon, and a return inside the trip', () => {
  it('a holiday week and fixed dates after a colon', () => {
    const { result } = converse(["We're tied to October half-term, dates are fixed: 5–12 July 2027. Chobe, 2 adults"]);
    expect(result.content.refusal?.reason).toBe('contradictory');
  });

  it('home for a day that falls inside the trip', () => {
    const { result, said } = converse(['Chobe 1–10 June 2027, 2 adults, and we have to be home for the christening on 6 June']);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toContain('back by 6 June 2027');
  });

  it('home after the trip ends holds with it', () => {
    expect(x('Chobe 1–10 June 2027, 2 adults, and we fly home on 11 June').contradicts).toBeUndefined();
    expect(x('Chobe 1–10 June 2027, 2 adults, we need to be home for a wedding on 14 June').contradicts).toBeUndefined();
  });
});

describe('a correction is not a contradiction', () => {
  it('a later month put in place of the first is decided', () => {
    for (const later of ['actually make it October', 'change of plan, October instead', "we'd rather go in October, the dates are fixed now"]) {
      const { result } = converse(['Chobe in June 2027, 2 adults, 6 days, $4,000 each', later]);
      expect(result.content.refusal?.reason, later).not.toBe('contradictory');
      expect(result.content.inputs_snapshot.month, later).toBe(10);
    }
  });

  it('alternatives and an earlier trip are no second period', () => {
    expect(x('Etosha in May or it has to be in September, 3 adults').contradicts).toBeUndefined();
    expect(x('we went in July last year and this time it has to be in September, Etosha, 3 adults').contradicts).toBeUndefined();
  });

  it('a return after the dates holds with them', () => {
    expect(x('fixed 20–28 April 2027, and we must be home by 30 April').contradicts).toBeUndefined();
  });
});
