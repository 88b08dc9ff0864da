import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('light aircraft refused is a travel limit the rules can hold', () => {
  it.each([
    'Kenya in August, 2 adults, but absolutely no light aircraft please',
    'my mother is terrified of small planes, so we go everywhere by car',
    'Tanzania in July; we will not get on those little bush planes',
    'Botswana, September, overland only',
    'pas de petits avions pour nous, Tanzanie en août',
    'Arusha in October; at most 3 hours a day in a car and no flights at all',
  ])('%s', (text) => {
    expect(x(text).avoid_flights).toBe(true);
  });

  it.each(['small planes are no problem for us, Kenya in August', 'we land in Nairobi and can take a bush flight', 'happy to fly between the parks', 'no flights booked yet, thinking Kenya in August'])('not when flying is fine: %s', (text) => {
    expect(x(text).avoid_flights).toBeUndefined();
  });
});

describe('which part of the migration the traveler wants', () => {
  it.each<[string, 'calving' | 'river_crossings']>([
    ['Serengeti in late January for the wildebeest births, 2 of us', 'calving'],
    ['we would love to be at Ndutu when the calves are born', 'calving'],
    ['northern Serengeti in September to watch the herds cross the Mara River', 'river_crossings'],
    ['been to the calving already; this time the river crossings in August', 'river_crossings'],
    ['saw the crossings last year, now we want the calving season', 'calving'],
  ])('%s', (text, phase) => {
    expect(x(text).migration_phase).toBe(phase);
  });

  it('says nothing of a phase for the migration alone or for crossing a border', () => {
    expect(x('the Mara in August for the migration').migration_phase).toBeUndefined();
    expect(x('Mara, then we cross into Tanzania by road').migration_phase).toBeUndefined();
  });
});

describe('a budget said only per day or per night is kept as a rate', () => {
  it.each<[string, number, 'day' | 'night']>([
    ['Kruger in June, we can spend about $180 per person per day', 180, 'day'],
    ['Chobe in September; lodges up to $300 pppn', 300, 'night'],
  ])('%s', (text, amount, per) => {
    const e = x(text);
    expect(e.budget_rate).toMatchObject({ amount, per });
    expect(e.budget_amount).toBeUndefined();
  });

  it('with the length in the same message it is the trip budget instead', () => {
    const e = x('Kruger in June for 5 nights, about $180 per person per night');
    expect(e.budget_rate).toBeUndefined();
    expect(e.budget_amount).toBe(900);
  });
});

describe('animals the traveler asks to see', () => {
  it.each<[string, string[]]>([
    ['the highlight would be watching cheetahs hunt and a leopard in a tree', ['leopard', 'cheetah']],
    ['Kenya in August, we really hope for rhinos', ['rhino']],
    ['on veut voir des girafes et des éléphants', ['elephant', 'giraffe']],
  ])('%s', (text, animals) => {
    expect(x(text).animals).toEqual(animals);
  });

  it('leaves out animals seen before or not wanted', () => {
    expect(x('we have seen lions many times; this trip is about the gorillas').animals).toBeUndefined();
  });
});
