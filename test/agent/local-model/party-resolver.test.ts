import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('party composition: a stated total, then the people named', () => {
  it('a total of two that already counts the child named', () => {
    const e = x('bringing my nephew to see the Mara in August, it will be the 2 of us');
    expect(e.group_size).toBe(2);
    expect(e.children).toBe(1);
    expect(e.adults).toBe(1);
  });

  it('a stepchild or a niece named alone is a child whose age is unknown', () => {
    const e = x('trekking permits for 3 in Rwanda next June: me, my husband and my stepdaughter');
    expect(e.group_size).toBe(3);
    expect(e.children).toBe(1);
    expect(e.child_ages).toBeUndefined();
  });

  it('ages in brackets a few words after the children; a grown-up “kid” travels as an adult', () => {
    const e = x('me and my three kids, all teenagers or older by now (14, 16 and 20), Kruger in April');
    expect(e.child_ages).toEqual([14, 16]);
    expect(e.children).toBe(2);
    expect(e.adults).toBe(2);
  });
});
