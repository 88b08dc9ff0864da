import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('a Swahili month and a stay in days or weeks', () => {
  it('reads a month named alone or after "mwezi", with its year', () => {
    expect(x('Tunataka kwenda Serengeti Septemba 2027').month).toBe(9);
    expect(x('safari ya Tarangire mwezi Oktoba').month).toBe(10);
    expect(x('Amboseli, Desemba 2027, watu wawili').year).toBe(2027);
  });

  it('reads "siku" as days and "wiki" as weeks, the count after the noun', () => {
    expect(x('Ruaha mwezi Julai, siku 6').duration_days).toBe(6);
    expect(x('Nyerere kwa wiki mbili mwezi wa Agosti').duration_days).toBe(14);
  });

  it('leaves Dutch and German months to their own readers', () => {
    expect(x('Kruger in juni').month).toBe(6);
  });
});
