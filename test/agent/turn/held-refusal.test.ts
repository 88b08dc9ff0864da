import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { stepHeldRefusal, type HeldRefusal } from '../../../src/agent/turn/held-refusal';
import { x } from '../local-model/helpers';

// One conversation through the guard and the hold, message by message, as the turn runs it.
function run(turns: string[]) {
  let held: HeldRefusal | undefined;
  return turns.map((text, i) => {
    const step = stepHeldRefusal(held, guardMessage(x(text)), text, `msg_${i}`);
    held = step.held;
    return { signal: step.guard.signal, useInputs: step.guard.useInputs, held: step.held };
  });
}

describe('held refusal: a guarantee or an unsafe request stands while only facts follow', () => {
  it('keeps refusing a sighting guarantee when the next message only adds the party and the budget', () => {
    const [first, second] = run(['Will you promise us a cheetah hunt in the Serengeti if we go in February 2027?', '4 adults, about $650 per person a night']);
    expect(first!.signal).toEqual({ reason: 'out_of_scope', topic: 'safety_guarantee' });
    expect(second!.signal).toEqual(first!.signal);
    // The facts are kept for the trip once the guarantee is let go.
    expect(second!.useInputs).toBe(true);
    expect(second!.held?.message_id).toBe('msg_0');
  });

  it('keeps refusing an unsafe request once across a later message with the month and the party, and lets the second facts-only message go', () => {
    const [, second, third] = run(['Can we get out of the car and touch the cheetahs in the Mara?', 'September 2027, the 3 of us', 'budget 4000 each']);
    expect(second!.signal?.reason).toBe('unsafe');
    expect(second!.held?.repeats).toBe(1);
    // A traveler who keeps sending trip facts has moved on: the second repeat is decided.
    expect(third!.signal).toBeUndefined();
    expect(third!.held).toBeUndefined();
  });

  it('releases the hold when the traveler lets the request go, and decides that message normally', () => {
    for (const release of ['OK understood, so just Etosha in May 2027, 2 adults', 'never mind the guarantee, Etosha in May 2027 for 2 adults', "d'accord, Etosha en mai 2027, 2 adultes", 'Verstanden. Etosha im Mai 2027, 2 Erwachsene']) {
      const steps = run(['Can you guarantee we see rhinos in Etosha?', release, '5 nights']);
      expect(steps[1]!.signal, release).toBeUndefined();
      expect(steps[1]!.held, release).toBeUndefined();
      expect(steps[2]!.signal, release).toBeUndefined();
    }
  });

  it('releases the hold on a new question of its own', () => {
    const steps = run(['Can we feed the elephants by hand in Chobe?', 'what about a boat cruise in Chobe in June 2027 instead?']);
    expect(steps[0]!.signal?.reason).toBe('unsafe');
    expect(steps[1]!.signal).toBeUndefined();
  });

  it('does not hold a plain safety question: the trip facts after it are decided', () => {
    const steps = run(['Botswana - is it safe for tourists?', 'June 2027, 2 adults, 8 days']);
    expect(steps[0]!.signal?.reason).toBe('out_of_scope');
    expect(steps[0]!.held).toBeUndefined();
    expect(steps[1]!.signal).toBeUndefined();
  });

  it('a visa question after the hold answers its own message and the hold waits behind it', () => {
    const steps = run(['Can you guarantee no rain in Kruger in October 2027?', 'do we need a visa?', '2 adults']);
    expect(steps[1]!.signal?.topic).toBe('visa');
    expect(steps[1]!.held?.message_id).toBe('msg_0');
    expect(steps[2]!.signal?.topic).toBe(steps[0]!.signal?.topic);
  });
});

describe('held refusal: agreement releases it, a renewed request does not', () => {
  it.each(['Yes please decide it', 'go ahead', 'Just give me the plan please', 'yes decide without it', 'oui, vas-y', 'Ja, mach das', 'Sí, dale', 'Vale'])('plain agreement to the offer lets it go: %s', (agree) => {
    const steps = run(['Can you guarantee we see rhinos in Etosha in May 2027?', agree]);
    expect(steps[0]!.held?.topic).toBe('safety_guarantee');
    expect(steps[1]!.signal).toBeUndefined();
    expect(steps[1]!.held).toBeUndefined();
  });

  it.each(['sure you can guarantee it', 'yes but promise us the rhinos', 'Prima di tutto, 2 adulti e 7 notti'])('does not let it go: %s', (text) => {
    const steps = run(['Can you guarantee we see rhinos in Etosha in May 2027?', text]);
    expect(steps[1]!.signal?.topic).toBe('safety_guarantee');
    // Still held: by the first request, or by the same message asking it again.
    expect(steps[1]!.held?.topic).toBe('safety_guarantee');
  });

  it('does not read "sure"/"yes" inside a sentence as an answer', () => {
    const steps = run(['Can you guarantee we see rhinos in Etosha in May 2027?', '2 adults, we are sure about May, yes']);
    expect(steps[1]!.signal?.topic).toBe('safety_guarantee');
  });
});

describe('held refusal: an unsafe request let go in the words its reply offers', () => {
  it.each(['a plan without that, please', 'alors un plan sans cela', 'dann den Plan ohne das'])('releases it: %s', (text) => {
    const steps = run(['Can we feed the elephants by hand in Chobe?', text]);
    expect(steps[0]!.held?.reason).toBe('unsafe');
    expect(steps[1]!.signal).toBeUndefined();
    expect(steps[1]!.held).toBeUndefined();
  });
});

describe('held refusal beside a trip already decided', () => {
  it('answers the guarantee question and leaves later changes to be decided', () => {
    const guarantee = 'Can you guarantee we will see a river crossing?';
    const asked = stepHeldRefusal(undefined, guardMessage(x(guarantee)), guarantee, 'msg_1', true);
    expect(asked.guard.signal?.topic).toBe('safety_guarantee');
    expect(asked.held).toBeUndefined();
    const change = 'add 2 more days';
    expect(stepHeldRefusal(asked.held, guardMessage(x(change)), change, 'msg_2', true).guard.signal).toBeUndefined();
  });
});
