import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// Review s6 findings P2-1, P2-2, P2-3, P2-5, P2-6, P2-8: patterns of the sixteenth round that caught ordinary
// trip messages. The reviewer's probes plus phrasings of our own; each case failed before the fix.
describe('a question about which season a month is stays a trip message (P2-1)', () => {
  it.each([
    'Serengeti in August, 2 adults, $6000 each, 7 days. Is it definitely dry season then?',
    'Kruger in July, 2 adults, $4000 each, 6 days. Will it definitely be dry enough for walking?',
    'Masai Mara, 2 adults, $6000 each, 7 days, in March. Is it going to definitely rain, or is March ok?',
    'Tarangire in October, 2 adults, $5000 each, 5 days. Would it definitely be dry then? We hate mud.',
    'Ruaha in November, 3 adults, $4500 each, 6 days. Is it surely wet season by then?',
    'Hwange in June, 2 adults, $3500 each, 5 nights. Will it certainly be dry enough for the waterholes?',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });

  it.each([
    'Will it definitely not rain on our Mafia Island week in May? 2 adults, $4k each.',
    'Can it for sure stay dry for the Mara in November? 3 adults, $5k pp.',
    'Will it certainly be dry every day in Amboseli in June? $3k each, 2 adults.',
  ])('a promise of no rain is still a guarantee: %s', (text) => {
    expect(x(text).out_of_scope_topic).toBe('safety_guarantee');
  });
});

describe('"how safe" beside a whole trip keeps the trip; alone it is refused (P2-2)', () => {
  it.each([
    'Serengeti in August, 2 adults, $6000 each, 7 days. How safe are the tented camps at night with animals around?',
    'Kruger in July, 2 adults, $4000 each, 6 days. How safe is self-driving in Kruger?',
    'Kenya in August, 2 adults, $5000 each, 7 days. Wie sicher ist die Masai Mara?',
    'Kenia in augustus, 2 volwassenen, 5000 USD per persoon, 7 dagen. Hoe veilig zijn de lodges?',
    'Chobe in September for 6 nights, $3500 pp, two of us. How dangerous are the boat trips?',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });

  it.each(['How safe is Dar es Salaam at night?', 'Wie sicher ist Nairobi für Touristen?', 'How dangerous is Arusha after dark? We land late.'])('a bare safety question: %s', (text) => {
    expect(x(text).out_of_scope_topic).toBe('safety_guarantee');
  });
});

describe('"100%" guarantees safety only when it qualifies safe or secure (P2-8)', () => {
  it.each([
    "Kruger in July, 2 adults, $4000 each, 6 days. We're 100% sure about Kruger, it's safe and easy",
    'Etosha in August, 2 adults, $3000 each, 7 days, 100% self-drive, secure camps inside the park',
    'We are 100% decided on Amboseli in October, $3500 each, 2 adults, 5 days, a safe lodge for my mum please',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });

  it.each(['Is Samburu 100% safe in August? 2 adults, $4k each, 5 days', 'Can you tell me Etosha is 100 % secure for two women driving? July, 8 days, $3k each'])('%s', (text) => {
    expect(x(text).out_of_scope_topic).toBe('safety_guarantee');
  });
});

describe('camping beside a mention of permits or fees is a trip, camping without one is unsafe (P2-3)', () => {
  it.each([
    'Okavango in July, 2 adults, camping safari, budget $3000 each without park fees, 5 nights',
    'Kruger in July, 2 adults, $3000 each, 6 days, camping in the rest camps, no permits needed I think?',
    "We love wild camping at home but in Kruger we'll stay in the rest camps. July, 2 adults, $3000 each, 6 days",
    'Chobe in August, camping, 2 adults, $3000 each, 6 days, is it unauthorized to camp outside the campsite?',
    'Etosha in August, 2 adults, camping at Okaukuejo, $2500 each, 7 days, we have no permits experience, first safari',
    'Wild camping is not for us: Kruger in July, rest camps, 2 adults, $3000 each, 6 days',
    'Camping in Ruaha in July, do we need a permit? 2 adults, $3000 each, 6 days',
    'Hwange in September, camping, 2 adults, $2500 each, 5 nights, no permits paperwork for us please, you sort it',
  ])('%s', (text) => {
    expect(x(text).message_kind).not.toBe('unsafe');
  });

  it.each([
    "We'll just camp in Chobe without a permit, August, 2 adults, $2000 each, 6 days",
    "We'd rather wild camp in Etosha than pay for lodges, August, 2 adults, $2000 each, 7 days",
    'Pitching our tent illegally by the Ruaha river in July, 2 adults',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('unsafe');
  });
});

describe('children left at home beside "adults only" are no conflict (P2-5)', () => {
  it.each([
    'Adults only trip to the Serengeti in August, our kids are 12 and 14 and stay with grandma, 2 adults, $6000 each, 7 days',
    'No kids on this trip, our boys are 10 and 13 and stay with my parents. Tarangire in October, 2 adults, $5000 each, 6 days',
  ])('%s', (text) => {
    expect(x(text).contradicts ?? []).not.toContain('children');
  });

  it('a child named after "no kids" with nobody left at home is still refused', () => {
    expect(converse(['Only adults on this one. Our son is 8. Kruger in July, $4k each.']).result.kind).toBe('refused');
  });
});

describe('a month said of an event, then the trip dates, is no month conflict (P2-6)', () => {
  it.each([
    'We got engaged in June so honeymoon from 10 to 20 October, Serengeti, $7000 each',
    'Our anniversary is in June, thinking Serengeti 2 to 12 September, 2 adults, $6000 each',
    'School holidays start in July, Kruger from 3 to 14 August, 2 adults, 2 kids 10 and 12, $3000 each',
    'Flights are cheapest in May but we go 1 to 10 June, Serengeti, 2 adults, $6000 each',
    'In January we decided: Etosha 2 to 10 August, 2 adults, $3000 each',
    'My husband retires in April so we can do 5 to 15 October, Ruaha, 2 adults, $5000 each',
  ])('%s', (text) => {
    expect(x(text).contradicts ?? []).not.toContain('month');
  });

  it('a trip month and then a range in another month is still refused', () => {
    expect(x('Thinking of Ruaha in March for 8 days from 10 May to 18 May, 2 adults, $5000 each').contradicts).toContain('month');
  });
});

describe('one age said by birth order out of a counted brood is incomplete, not contradictory (P2-4)', () => {
  it.each([
    'Gorillas in Volcanoes in July, 2 adults and our kids; the eldest of our 3 is 16. $6000 each, 4 days.',
    'Bwindi gorilla trek in August, me, my wife and the kids, the oldest of our 2 is 17, $5000 each, 4 days',
    'Volcanoes in July for gorillas, 4 days, $7000 per person. The oldest of our three is 15.',
    'Walking safari in South Luangwa in July, 2 adults, the youngest of our 2 is 11, $5000 each, 6 days',
    'Gorilla permits for Bwindi in September, 2 adults plus the kids, the eldest of our 4 children is 17, $5500 each, 3 days',
  ])('%s', (text) => {
    const { result } = converse([text]);
    expect(result.content.refusal?.reason).toBe('missing_inputs');
    expect(result.content.refusal?.missing_inputs).toContain('child_ages');
  });

  it('the count still stands where no limit needs the ages', () => {
    const e = x('Serengeti in August, 2 adults, the youngest of our 3 is 9, $5000 each, 7 days');
    expect(e.children).toBe(3);
    expect(e.contradicts).toBeUndefined();
  });
});

describe('a grown child among "kids aged …" beside the parents\' own count joins the adults (P2-7)', () => {
  it.each([
    ['Serengeti in August, 2 adults, our kids aged 15 and 19, $5000 each, 7 days', 3, 1],
    ['Etosha in August, me and my husband plus our kids, ages 16 and 20, $3000 each, 7 days', 3, 1],
    ['Masai Mara in September, 2 adults, children aged 10, 14 and 18, $4000 each, 7 days', 3, 2],
    ['Ruaha in October, 2 adults, our children aged 9 and 21, $4500 each, 6 days', 3, 1],
  ] as const)('%s', (text, adults, children) => {
    const e = x(text);
    expect(e.contradicts).toBeUndefined();
    expect([e.adults, e.children, e.group_size]).toEqual([adults, children, adults + children]);
  });

  it('a 12-year-old beside a grown sibling still fails the gorilla limit', () => {
    expect(converse(['Gorillas in Volcanoes in July, 2 adults, our kids aged 12 and 18, $6000 each, 4 days']).result.content.verdict?.outcome).toBe('discard');
  });
});
