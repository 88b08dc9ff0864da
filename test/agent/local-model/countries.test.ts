import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('countries', () => {
  it('reads a country named as where to go, in order, in English or French', () => {
    expect(x('Tanzania next August')).toMatchObject({ countries: ['TZ'], month: 8 });
    expect(x('Kenya or Tanzania?').countries).toEqual(['KE', 'TZ']);
    expect(x('somewhere in south africa probably kruger')).toMatchObject({ countries: ['ZA'], destinations: ['kruger'] });
    expect(x('une semaine en Namibie en mai').countries).toEqual(['NA']);
    expect(x('a Tanzanian safari for the two of us').countries).toEqual(['TZ']);
  });

  it('does not read where the traveler lives, a currency or an airline as a destination', () => {
    expect(x('we live in Kenya and want Botswana in October').countries).toEqual(['BW']);
    expect(x('we are Rwandan citizens, the Mara in September please').countries).toBeUndefined();
    expect(x('a Tanzanian safari for two').countries).toEqual(['TZ']);
    expect(x('budget of 300,000 kenyan shillings for the Mara').countries).toBeUndefined();
    expect(x('Kenya Airways to Nairobi, then Amboseli').countries).toBeUndefined();
  });

  it('rules out the places of a country ruled out, also inside a list of places done before', () => {
    const kenya = ['masai_mara', 'amboseli', 'samburu', 'laikipia', 'tsavo'];
    expect(x('not Kenya this time; Zambia maybe')).toMatchObject({ countries: ['ZM'], excluded_destinations: kenya });
    expect(x('Anything but Kenya, migration in August')).toMatchObject({ excluded_destinations: kenya, priorities: ['migration'] });
    expect(x('Anything but Kenya, migration in August').countries).toBeUndefined();
    const done = x('done the mara twice and botswana once, now after Ruaha');
    expect(done).toMatchObject({ destinations: ['ruaha'], excluded_destinations: ['masai_mara', 'okavango_delta', 'chobe'] });
    expect(done.countries).toBeUndefined();
  });

  it('does not carry a "done it" over to the place named next', () => {
    expect(x('we did the Mara twice and Serengeti in July sounds great')).toMatchObject({ destinations: ['serengeti'], excluded_destinations: ['masai_mara'] });
    expect(x("we've done Kenya twice, Tanzania in August please")).toMatchObject({ countries: ['TZ'], month: 8 });
  });

  it('ignores passing mentions: nationality, a guide, home, a stopover', () => {
    expect(x('My wife is Kenyan, we want the Serengeti').countries).toBeUndefined();
    expect(x('Our guide last time was Tanzanian').countries).toBeUndefined();
    expect(x('We live in Nairobi, Kenya and want Botswana in May').countries).toEqual(['BW']);
    expect(x('we fly into Kenya first, is that ok?', { countries: ['TZ'], month: 8 }).countries).toBeUndefined();
    expect(x('Our son lives in Kenya; we want Tanzania in August').countries).toEqual(['TZ']);
    expect(x('My brother is in Rwanda for work, we want Kenya in July').countries).toEqual(['KE']);
  });

  it('adds a country said "too", and leaves places behind for a country named instead', () => {
    expect(x('and maybe Kenya too?', { countries: ['TZ'] }).countries).toEqual(['TZ', 'KE']);
    expect(x('actually lets look at Tanzania instead', { destinations: ['masai_mara'], month: 8 })).toMatchObject({ countries: ['TZ'], remove_destinations: ['masai_mara'] });
    // Places in the new country stay.
    expect(x('Tanzania in July', { destinations: ['serengeti'] }).remove_destinations).toBeUndefined();
  });

  it('withdraws a known country the traveler drops, and replaces it with a new one', () => {
    expect(x('actually forget Tanzania', { countries: ['TZ'], month: 8 })).toMatchObject({ clear_fields: ['countries'] });
    expect(x('forget Tanzania, let us look at Kenya instead', { countries: ['TZ'] }).countries).toEqual(['KE']);
    expect(x('forget Tanzania', { countries: ['TZ', 'KE'] }).countries).toEqual(['KE']);
  });
});
