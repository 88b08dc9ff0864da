import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Session 8, engineer D: "why X over Y" about the country the traveler takes to be chosen, set against the plan's own
// country (or asked before anything is planned), asks why the decision is so; "why not" about a month, a length or the
// decision's own word ("why not possible?") names nothing to compare with: a why too. Neither changes the trip.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return { prev: turns[turns.length - 2]!, last: turns[turns.length - 1]! };
}

describe('why one country over the plan’s own is a why', () => {
  it.each([
    ['Kenya in August, 2 adults, 7 days', 'how come you went with Tanzania over Kenya?'],
    ['Kenya in August, 2 adults, 7 days', 'why Botswana rather than Kenya?'],
    ['Kenya en août, 2 adultes, 7 jours', 'pourquoi la Tanzanie plutôt que le Kenya ?'],
    ['Kenia im August, 2 Erwachsene, 7 Tage', 'warum Tansania und nicht Kenia?'],
  ])('%s → «%s»', (plan, text) => {
    const { prev, last } = run(plan, text);
    expect(last.acts[0]).toBe('why');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });

  // Session 9 (dialogue-22's three labellers): before anything is planned, the place set against the one the traveler takes
  // to be chosen is the one asked about, a why-not (s9-D-why-not-chosen.test.ts).
  it('asked before anything is planned, it is a why-not about the place not chosen', () => {
    const { last } = run('2 of us, 9 days, about 7000 dollars in total', 'why Namibia and not Zambia?');
    expect(last.acts[0]).toBe('why_not');
    expect(last.decided).toBe(false);
  });

  it.each([
    // A place the plan lacks, set against the plan's own place, stays a comparison with it.
    ['Kenya in August, 2 adults, 7 days', 'why the Mara and not the Serengeti?', 'serengeti'],
    ['Chobe in July, 2 adults, 6 days', 'why Chobe over the Okavango?', 'okavango_delta'],
  ])('%s → «%s» stays a why-not', (plan, text, about) => {
    const { last } = run(plan, text);
    expect(last.acts[0]).toBe('why_not');
    expect(last.dialogue.about).toBe(about);
  });
});

describe('why not a month, a length or the decision itself is a why', () => {
  it.each([
    ['Kenya in August, 2 adults, 7 days', 'why not may?'],
    ['Kenya in August, 2 adults, 7 days', 'and why not in may then'],
    ['Kenya in August, 2 adults, 7 days', 'why not a couple more days?'],
    ['Kenya in August, 2 adults, 7 days', 'why not longer?'],
    ['Kenya en août, 2 adultes, 7 jours', 'pourquoi pas plus de jours ?'],
    ['Kenia im August, 2 Erwachsene, 7 Tage', 'warum nicht länger?'],
    ['Bwindi gorillas in August with our son, 11', 'why not allowed?'],
    ['Bwindi gorillas in August with our son, 11', 'wieso nicht möglich?'],
  ])('%s → «%s»', (plan, text) => {
    const { prev, last } = run(plan, text);
    expect(last.acts[0]).toBe('why');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });

  it.each([
    ['Kenya in August, 2 adults, 7 days', 'why not Amboseli?', 'amboseli'],
    ['Kenya in August, 2 adults, 7 days', 'why not longer in Amboseli?', 'amboseli'],
  ])('%s → «%s» names a place: a why-not', (plan, text, about) => {
    const { last } = run(plan, text);
    expect(last.acts[0]).toBe('why_not');
    expect(last.dialogue.about).toBe(about);
  });
});
