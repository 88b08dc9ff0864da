import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../src/agent/local-model/destinations';
import { x } from './helpers';

describe('destinations', () => {
  it('matches aliases and common misspellings', () => {
    expect(x('the Maasai Mara').destinations).toEqual(['masai_mara']);
    expect(x('serengetti and ngorogoro').destinations).toEqual(['serengeti', 'ngorongoro']);
    expect(x('okavngo delta').destinations).toEqual(['okavango_delta']);
    expect(x('zanzibarr').destinations).toEqual(['zanzibar']);
  });

  it('does not match inside other words or near-miss English words', () => {
    expect(x('we visited samarai island').destinations).toBeUndefined();
    expect(x('we choose comfort').destinations).toBeUndefined();
    expect(x('salute to the team').destinations).toBeUndefined();
  });

  it('works with a small stand-in index', () => {
    const index = { aliasToId: new Map([['chobe', 'chobe' as const]]) };
    expect(extractPlaces('chobe please', index)).toEqual({ destinations: ['chobe'] });
  });

  it('puts places done before or ruled out in excluded_destinations', () => {
    expect(x('we did the Mara last time')).toMatchObject({ excluded_destinations: ['masai_mara'] });
    expect(x('we did the Mara last time').destinations).toBeUndefined();
    expect(x('no Serengeti please, but Ruaha sounds good')).toMatchObject({ excluded_destinations: ['serengeti'], destinations: ['ruaha'] });
    expect(x('been to Kruger and Chobe before').excluded_destinations).toEqual(['kruger', 'chobe']);
  });

  it('drops a place with "forget" and when a known place is ruled out', () => {
    expect(x('forget Ngorongoro')).toMatchObject({ remove_destinations: ['ngorongoro'], excluded_destinations: ['ngorongoro'] });
    expect(x('not Tarangire after all', { destinations: ['tarangire', 'serengeti'] })).toMatchObject({ remove_destinations: ['tarangire'] });
  });
});
