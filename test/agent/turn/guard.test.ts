import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { x } from '../local-model/helpers';

describe('guard', () => {
  it('refuses a question about a country as out of scope: the country is its subject, not a trip plan', () => {
    const g = guardMessage(x('Do I need a visa for Tanzania?'));
    expect(g.signal).toEqual({ reason: 'out_of_scope', topic: 'visa' });
    // The question is refused, but where they are going is kept for the trip.
    expect(g.useInputs).toBe(true);
    const bare = guardMessage(x('Do I need a visa?'));
    expect(bare.signal).toEqual({ reason: 'out_of_scope', topic: 'visa' });
    expect(bare.useInputs).toBe(false);
  });

  it('answers a trip in that country with a verdict and a pointer for the out-of-scope part', () => {
    const g = guardMessage(x('Tanzania in August, and do we need a visa?'));
    expect(g.signal).toBeUndefined();
    expect(g.useInputs).toBe(true);
    expect(g.scopeNote).toBe('visa');
  });

  it('refuses a question that names only a place, keeping the place, rather than asking for the month', () => {
    const g = guardMessage(x('which malaria pills do we need for Kruger?'));
    expect(g.signal).toEqual({ reason: 'out_of_scope', topic: 'health' });
    expect(g.scopeNote).toBeUndefined();
    expect(g.useInputs).toBe(true);
  });

  it('keeps the verdict and the pointer when the question sits beside who goes or when', () => {
    for (const text of ['Kruger for the two of us, which malaria pills do we need?', 'Kruger for ten days, which malaria pills do we need?']) {
      const g = guardMessage(x(text));
      expect(g.signal).toBeUndefined();
      expect(g.scopeNote).toBe('health');
    }
  });
});

describe('guard: practical questions that name a place', () => {
  it('refuses them as out of scope and keeps the place', () => {
    for (const text of ['how much do we tip the guides in Tanzania?', 'is the tap water ok to drink, I mean safe, in Zanzibar?']) {
      const g = guardMessage(x(text));
      expect(g.signal?.reason).toBe('out_of_scope');
      expect(g.useInputs).toBe(true);
    }
  });
});
