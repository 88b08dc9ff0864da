import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { x } from './helpers';

const pack = defaultPackIndex();
const placesOutside = (...codes: string[]) => pack.pack.destinations.filter((d) => !codes.includes(d.country)).map((d) => d.id).sort();

describe('limits the traveler sets hold', () => {
  it.each<[string, string[]]>([
    ['Zambia or nothing, we want walking safaris', ['ZM']],
    ['we will only go to Namibia, self-drive style', ['NA']],
    ['Uganda only please, gorillas in June', ['UG']],
    ['Tanzania, and nowhere else, for the migration', ['TZ']],
    ['we only want to visit Kenya and Tanzania', ['KE', 'TZ']],
  ])('%s → every place outside is ruled out', (text, codes) => {
    const e = x(text);
    expect(e.countries).toEqual(codes);
    expect([...(e.excluded_destinations ?? [])].sort()).toEqual(placesOutside(...codes));
  });

  it('a region said as a must sets its countries and rules out the rest', () => {
    const e = x('has to be eastern Africa for us, big cats in October');
    expect(e.countries).toEqual(['KE', 'TZ', 'UG', 'RW']);
    expect([...(e.excluded_destinations ?? [])].sort()).toEqual(placesOutside('KE', 'TZ', 'UG', 'RW'));
    expect(e.flexible_dates).toBeUndefined();
  });

  it('a region ruled out rules out its places', () => {
    const e = x('no East Africa this time, we have done it; thinking Botswana or Zambia in August');
    expect(e.excluded_destinations).toEqual(expect.arrayContaining(['masai_mara', 'serengeti', 'bwindi', 'zanzibar']));
    expect(e.excluded_destinations).not.toContain('chobe');
  });

  it('a country refused by "won’t go to" is ruled out', () => {
    const e = x("we won't travel to Uganda. Rwanda is fine");
    expect(e.countries).toEqual(['RW']);
    expect(e.excluded_destinations).toEqual(expect.arrayContaining(['bwindi']));
  });

  it('naming countries without a limit rules nothing out', () => {
    expect(x('Kenya or Tanzania in August').excluded_destinations).toBeUndefined();
    expect(x('thinking Botswana, maybe Zambia too').excluded_destinations).toBeUndefined();
  });

  it.each(["timing really doesn't matter to us", 'we could shift it by a month or two', 'we could go between May and October', 'whenever suits'])('"%s" is flexible timing', (text) => {
    expect(x(`Kruger, ${text}`).flexible_dates).toBe(true);
  });
});
