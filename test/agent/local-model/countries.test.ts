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
    expect(x('budget of 300,000 kenyan shillings for the Mara').countries).toBeUndefined();
    expect(x('Kenya Airways to Nairobi, then Amboseli').countries).toBeUndefined();
  });

  it('leaves out a country ruled out, also inside a list of places done before', () => {
    expect(x('not Kenya this time; Zambia maybe').countries).toEqual(['ZM']);
    expect(x('done the mara twice and botswana once, now after Ruaha').countries).toBeUndefined();
  });

  it('withdraws a known country the traveler drops, and replaces it with a new one', () => {
    expect(x('actually forget Tanzania', { countries: ['TZ'], month: 8 })).toMatchObject({ clear_fields: ['countries'] });
    expect(x('forget Tanzania, let us look at Kenya instead', { countries: ['TZ'] }).countries).toEqual(['KE']);
    expect(x('forget Tanzania', { countries: ['TZ', 'KE'] }).countries).toEqual(['KE']);
  });
});
