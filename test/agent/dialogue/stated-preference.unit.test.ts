import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { statementClauses } from '../../../src/agent/dialogue/stated-preference';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// A preference stated beside or instead of a question (a country allowed, the price as a constraint, the trip's main
// reason) changes the trip; the same preference asked about changes nothing. Phrasings written for this test.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function after(plan: string, text: string) {
  const [first, last] = [...simulateConversation([plan, text], now, pack)];
  return { first: first!, last: last! };
}

const EN = 'Serengeti in August, 2 adults, 7 days';

describe('a stated preference is decided on', () => {
  it.each([
    [EN, 'Kenya is fine too, whatever works out cheaper.'],
    ['Serengeti im August, 2 Erwachsene, 7 Tage', 'Kenia geht auch, was günstiger ist.'],
    ['Serengeti en août, 2 adultes, 7 jours', 'Le Kenya nous va aussi, le moins cher.'],
  ])('a country allowed: %s → %s', (plan, text) => {
    const { first, last } = after(plan, text);
    expect(last.dialogue.act).toBe('trip');
    expect(last.inputs.countries).toEqual(expect.arrayContaining(['KE', 'TZ']));
    expect(last.inputs).not.toEqual(first.inputs);
  });

  it('the main reason for the trip, with any country allowed, joins the priorities', () => {
    const { last } = after(EN, 'Gorillas are the main reason for the trip, any country is fine.');
    expect(last.dialogue.act).toBe('trip');
    expect(last.inputs.priorities).toContain('gorillas');
  });

  it('a plan turned down on price, with a country to look in, gives its places up for that country', () => {
    const { last } = after('Okavango in August, 2 adults, $9k each', 'Way too pricey. Anything better value in Botswana?');
    expect(last.dialogue.act).toBe('change_mind');
    expect(last.inputs.destinations ?? []).not.toContain('okavango_delta');
    expect(last.inputs.countries).toEqual(['BW']);
    expect(last.inputs.budget_amount).toBe(9000);
  });
});

describe('the same preference asked about changes nothing', () => {
  it.each(['Would Kenya be fine too?', 'is Kenya cheaper?', 'how much would Kenya cost, is it cheaper?', 'why not gorillas in Uganda?', 'is it too expensive for what it is?'])('%s', (text) => {
    const { first, last } = after(EN, text);
    expect(last.dialogue.act).not.toBe('trip');
    expect(last.inputs).toEqual(first.inputs);
  });

  it.each([
    ['Serengeti im August, 2 Erwachsene, 7 Tage', 'geht auch Kenia?'],
    ['Serengeti en août, 2 adultes, 7 jours', 'Le Kenya, ça nous va aussi ?'],
  ])('%s → %s', (plan, text) => {
    const { first, last } = after(plan, text);
    expect(last.inputs).toEqual(first.inputs);
  });
});

describe('statement clauses', () => {
  it('keeps what comes before the question in a sentence that ends in one, and drops questions', () => {
    expect(statementClauses('hmm thats too expensive, something cheaper?')).toEqual(['hmm thats too expensive']);
    expect(statementClauses('Uganda is fine too. Is Bwindi cheaper?')).toEqual(['uganda is fine too']);
    expect(statementClauses('is it fine, or too expensive?')).toEqual([]);
  });
});
