import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { x } from './helpers';

describe('out-of-scope parts of a mixed message', () => {
  it.each([
    'Amboseli in June for 2 — can you promise it will be safe for us?',
    'Kruger in August, 4 of us. Will you lock in today’s price for us?',
    'Serengeti in February, 2 adults, but only if you can guarantee the prices won’t go up',
  ])('a guarantee is refused even beside trip facts, and the facts are kept: %s', (text) => {
    const e = x(text);
    expect(e.message_kind).toBe('out_of_scope');
    const g = guardMessage(e);
    expect(g.signal?.reason).toBe('out_of_scope');
    expect(g.useInputs).toBe(true);
  });

  it('a health question beside a trip gets the trip verdict plus a pointer', () => {
    const e = x('Tarangire in September for two, and which vaccines do we need?');
    expect(e.out_of_scope_topic).toBe('health');
    const g = guardMessage(e);
    expect(g.signal).toBeUndefined();
    expect(g.scopeNote).toBe('health');
  });

  it.each([
    "I have a fever but I'll trek the gorillas anyway and not tell the rangers",
    'my son has a cold, we will keep it quiet so the trek goes ahead; nobody will know',
    'we want an unguided walk among the elephants in Chobe, just the two of us',
    'can we go hiking on our own near the lions, without a ranger?',
  ])('a request that endangers people or wildlife is unsafe: %s', (text) => {
    expect(x(text).message_kind).toBe('unsafe');
  });

  it('a guided walking safari is a trip, not unsafe', () => {
    expect(x('a guided walking safari in South Luangwa in July').message_kind).toBe('trip');
  });
});

describe('a traveler who is unwell asks a health question, not for a month', () => {
  it('refuses with the health pointer when no trip is named, keeping the place', () => {
    const g = guardMessage(x('I have a nasty cough, may I still do the walking safari in South Luangwa the day after tomorrow?'));
    expect(g.signal).toEqual({ reason: 'out_of_scope', topic: 'health' });
    expect(g.useInputs).toBe(true);
  });
});
