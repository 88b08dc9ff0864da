import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('a traveler asking whether they can pay for the trip', () => {
  it.each([
    'could we afford South Luangwa in September? just the two of us',
    'Is a week in the Serengeti in July within our means? Family of four',
    'what budget would we need for Kruger at Easter',
    'how much would it all cost for 3 of us in Zambia in August?',
    'peut-on se permettre le Botswana en juillet ?',
    'können wir uns Ruanda im Juni überhaupt leisten?',
  ])('%s', (text) => {
    expect(x(text).asks_affordability).toBe(true);
  });

  it.each([
    'we can afford about $4,000 each, Kenya in August',
    'Tanzania in July for 2, budget $6k total',
    'we could not afford the Delta last time, so Chobe in June',
  ])('not when a budget is stated or it is no question: %s', (text) => {
    expect(x(text).asks_affordability).toBeUndefined();
  });
});
