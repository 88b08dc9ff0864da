import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Review s6b F12: "how safe is <country or city>", or how safe anything is right now, asks about current
// security, which only a government's travel advice answers: beside a whole trip it is still refused with that
// pointer (the trip's facts kept by the guard), not booked in silence. A park's camps or drives stay a side question.
describe('current security beside a trip is pointed to travel advice (F12)', () => {
  it.each([
    'Serengeti in August, 2 adults, $9000 budget, 7 days. How safe is Tanzania right now?',
    'Nairobi then Mara in August, 2 adults, 7 days, $8000. How safe is Nairobi at night?',
    // Our own.
    'Kruger in July, 2 adults, $6000 total, 7 days. How safe is Johannesburg for a night before we fly?',
    'Gorillas in Bwindi in July, 2 adults, $12000, 4 days. How dangerous is Uganda these days?',
    'Etosha in August, 2 adults, $5000, 8 days. How safe are the roads at the moment?',
  ])('%s', (text) => {
    expect(x(text).out_of_scope_topic).toBe('safety_guarantee');
  });

  it.each([
    'Serengeti in August, 2 adults, $6000 each, 7 days. How safe are the tented camps at night with animals around?',
    'Kruger in July, 2 adults, $4000 each, 6 days. How safe is self-driving in Kruger?',
    'Chobe in September for 6 nights, $3500 pp, two of us. How dangerous are the boat trips?',
  ])('a side question about the trip itself: %s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
});
