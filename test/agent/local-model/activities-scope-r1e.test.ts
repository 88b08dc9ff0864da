import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { adminOfExistingBooking, asksGuarantee } from '../../../src/agent/local-model/scope';
import { converse, x } from './helpers';

// Round E: activities with a minimum age at the falls (rafting 15, the bridge bungee 14), unsafe requests said in
// new ways (touching a young ape, paying a ranger to break the distance rule, walking alone past a camp fence),
// and the guard's split between a safety question (pointer, then the verdict) and a guarantee (held back).

describe('rafting and the bungee jump are read as activities with their own minimum age', () => {
  it.each([
    ['Zambezi white-water rafting near Vic Falls in October, two adults', ['rafting']],
    ['we want to go whitewater rafting and do the bungy jump at Victoria Falls in September', ['rafting', 'bungee']],
    ['a bungee jump off the bridge at Vic Falls in August', ['bungee']],
  ])('%s', (text, activities) => {
    expect(x(text).activities).toEqual(activities);
  });

  it('a boat cruise is not rafting', () => {
    expect(x('a sunset boat cruise at Victoria Falls in October').activities).toBeUndefined();
  });

  it('a child of unknown age on a rafting trip: the age is asked, never assumed', () => {
    const { result } = converse(['Rafting below Victoria Falls in October 2027 with our teenage daughter, 4 days.']);
    expect(result.kind).toBe('refused');
    if (result.kind === 'refused') expect(result.content.refusal?.missing_inputs).toContain('child_ages');
  });

  it('a child under the rafting age is never booked on it; one old enough is', () => {
    const young = converse(['White-water rafting at Victoria Falls in September 2027, me and my 11-year-old son, $2,000 each, 3 days.']).result;
    expect(young.kind === 'issued' && young.content.verdict.outcome === 'book').toBe(false);
    const old = converse(['White-water rafting at Victoria Falls in September 2027, me and my 16-year-old son, $2,000 each, 3 days.']).result;
    expect(old.kind === 'issued' ? old.content.verdict.outcome : old.kind).toBe('book');
  });

  it('the bungee age (14) binds a 12-year-old, not a 15-year-old', () => {
    const young = converse(['Bungee jump at Vic Falls in November 2027 with my 12-year-old nephew, 2 nights, $1,500 each.']).result;
    expect(young.kind === 'issued' && young.content.verdict.outcome === 'book').toBe(false);
    const old = converse(['Bungee jump at Vic Falls in November 2027 with my 15-year-old nephew, 2 nights, $1,500 each.']).result;
    expect(old.kind === 'issued' ? old.content.verdict.outcome : old.kind).toBe('book');
  });
});

describe('unsafe requests said in new ways', () => {
  it.each([
    'Can my kids touch a young chimp or a baby gorilla on the trek in Bwindi in July?',
    'We will pay our guide extra to take us closer than the rules allow to the gorillas.',
    'Is it possible to bribe a tracker to break the rules on distance?',
    'After dinner we plan to stroll by ourselves outside the camp fence to look for hyenas.',
    'We want to hike on our own after dark in Kruger to hear the lions.',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('unsafe');
  });

  it.each([
    'We would love a walking safari at dawn with an armed guide in South Luangwa in July.',
    'I am travelling on my own and want a walking safari in South Luangwa in June.',
    'We tip the guides well at the end of the stay.',
    'Can we walk on our own around the lodge garden in Zanzibar?',
  ])('not unsafe: %s', (text) => {
    expect(x(text).message_kind).not.toBe('unsafe');
  });
});

describe('the guard: a safety question is pointed to travel advice beside the verdict; a guarantee is held', () => {
  const guard = (text: string) => guardMessage(x(text), undefined, text);

  it('how things stand, asked beside a whole trip: a pointer and the verdict', () => {
    const text = 'Is Rwanda safe these days? Gorillas in Volcanoes in July 2027, two adults of 35, $6,000 each.';
    const g = guard(text);
    expect(g.signal).toBeUndefined();
    expect(g.scopeNote).toBe('safety_guarantee');
  });

  it.each([
    'Can you guarantee we will be safe? Gorillas in Volcanoes in July 2027, two adults, $6,000 each.',
    'Mara in August 2027 for 2, $5,000 each. Is it 100% safe for us?',
    'Serengeti in July 2027, 2 adults, $6,000 each; promise me we will see a leopard.',
  ])('a guarantee holds the verdict: %s', (text) => {
    expect(guard(text).signal?.topic).toBe('safety_guarantee');
  });

  it('a safety question with no trip is still refused', () => {
    expect(guard('Is Kenya safe right now?').signal?.reason).toBe('out_of_scope');
  });

  it('asksGuarantee reads certainty words, not the question', () => {
    expect(asksGuarantee('Is Zambia safe at the moment?')).toBe(false);
    expect(asksGuarantee('Will we definitely see lions?')).toBe(true);
    expect(asksGuarantee('Pouvez-vous me garantir que la Zambie est sûre ?')).toBe(true);
  });

  it('undoing a booking already made is booking admin, refused, not a trip to book', () => {
    const text = 'We reserved the Okavango for August through another agent and want our money back. Reservation number BW-1182.';
    expect(adminOfExistingBooking(text)).toBe(true);
    expect(guard(text).signal).toEqual({ reason: 'out_of_scope', topic: 'booking_admin' });
  });

  it('a trip with a side question about flights is still decided', () => {
    const text = 'Serengeti in July 2027 for two, $5,000 each, 7 days. Can you book our flights too?';
    expect(adminOfExistingBooking(text)).toBe(false);
    expect(guard(text).signal).toBeUndefined();
  });
});
