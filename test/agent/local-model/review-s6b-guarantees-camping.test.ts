import { describe, expect, it } from 'vitest';
import { finalOutcome, type ConversationFixture } from '../../../src/agent/local-model/conversations';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { x } from './helpers';

/** The conversation's end as the product runs it (extract, guard, merge, decide). */
const outcome = (text: string) =>
  finalOutcome({ id: 'f3', now: '2026-12-07T05:00:00Z', turns: [text], expected: { outcome: 'book' }, why: 'review s6b' } as ConversationFixture, defaultPackIndex()).outcome;

// Review s6b F3 and F4: a safety or weather guarantee, or camping without a permit, said inside a whole trip
// message is still refused, not booked. The reviewer's probes plus phrasings of our own; each failed before the fix.
describe('a 100% safety or a certain-weather promise inside a trip message is a guarantee (F3)', () => {
  it.each([
    'Kruger in July, 2 adults, $6000 total, 7 days. Can you say 100% that nothing will happen to us?',
    'Serengeti in August, 2 adults, $9000 total, 7 days. Are we 100% going to be safe there?',
    'Serengeti in August, 2 adults, $9000 total, 7 days. I need to be 100% sure we are safe.',
    'Kruger in July, 2 adults, $6000 total, 7 days. We need 100% safety for the kids.',
    'Kruger in July, 2 adults, $6000 total, 7 days. Will it definitely be dry?',
    'Kruger in July, 2 adults, $6000 total, 7 days. Will it definitely be dry the whole week?',
    'Kruger in July, 2 adults, $6000 total, 7 days. Will it definitely be sunny every day?',
    // Our own.
    'Etosha in August, 2 adults, $5000 total, 8 days. Tell me 100% that we will be secure on the road.',
    'Mara in September, 2 adults, $7000, 6 days - we want 100 % certainty nothing bad will happen',
    'Chobe in June, 3 adults, $9000, 5 days. Can it definitely stay sunny for our boat trip?',
    'Amboseli in July, 2 adults, $6000, 5 days. Will it certainly be dry throughout our stay?',
  ])('%s', (text) => {
    expect(x(text).out_of_scope_topic).toBe('safety_guarantee');
    expect(outcome(text)).toBe('refused');
  });

  it.each([
    "Kruger in July, 2 adults, $4000 each, 6 days. We're 100% sure about Kruger, it's safe and easy",
    'Etosha in August, 2 adults, $3000 each, 7 days, 100% self-drive, secure camps inside the park',
    'We are 100% decided on Amboseli in October, $3500 each, 2 adults, 5 days, a safe lodge for my mum please',
    'Kruger in July, 2 adults, $4000 each, 6 days. Will it definitely be dry enough for walking?',
    'Tarangire in October, 2 adults, $5000 each, 5 days. Would it definitely be dry then? We hate mud.',
    'Serengeti in August, 2 adults, $9000 total, 7 days, 100% of the budget on a safe lodge',
  ])('no guarantee asked: %s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
});

describe('camping without a permit, or wild camping by a park, is unsafe even past a comma (F4)', () => {
  it.each([
    "We'll camp in the Serengeti, no permit, just our own tent. 2 adults, August, 7 days, $4000",
    "2 adults, Chobe in September, 5 days, $3000. We plan to camp in Chobe; no permits, we'll just pitch a tent.",
    'We want to go camping, no permit, in Kruger. 2 adults, July, 7 days, $3000',
    "Self-drive Etosha in July, 2 adults, $4000, 8 days. We'll sleep in the car in the park, without a permit of course.",
    'We want to wild camp, in the Serengeti, August, 2 adults, 7 days, $5000',
    'Wild camping near the Mara river, August, 2 adults, 7 days, $5000',
    'We love wild camping in the bush of the Mara, 2 adults, August, 7 days, $5000',
    // Our own.
    "Ruaha in July, 2 adults, 6 days, $3000: we'll pitch a tent by the river, without any permission, just us",
    'Wild camping around Etosha, July, 2 adults, 8 days, $4000',
    'We fancy wild camping, close to Kruger, July, 2 adults, 6 days, $3000',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('unsafe');
    expect(outcome(text)).toBe('refused');
  });

  it.each([
    'Kruger in July, 2 adults, $3000 each, 6 days, camping in the rest camps, no permits needed I think?',
    "We love wild camping at home but in Kruger we'll stay in the rest camps. July, 2 adults, $3000 each, 6 days",
    'Etosha in August, 2 adults, camping at Okaukuejo, $2500 each, 7 days, we have no permits experience, first safari',
    'Camping in Ruaha in July, do we need a permit? 2 adults, $3000 each, 6 days',
    'Camping in Kruger in July, 2 adults, 6 days, $3000, but no permit worries: the rest camp sorts it',
  ])('no unsafe camping: %s', (text) => {
    expect(x(text).message_kind).not.toBe('unsafe');
  });
});
