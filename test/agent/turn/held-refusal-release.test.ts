import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { stepHeldRefusal, type HeldRefusal } from '../../../src/agent/turn/held-refusal';
import { guardRefusal } from '../../../src/domain/rules/refusal';
import { RECORD_COPY } from '../../../src/agent/dialogue/record-copy';
import { x } from '../local-model/helpers';

function run(turns: string[]) {
  let held: HeldRefusal | undefined;
  return turns.map((text, i) => {
    const step = stepHeldRefusal(held, guardMessage(x(text)), text, `msg_${i}`);
    held = step.held;
    return step.guard.signal;
  });
}

describe('a refused guarantee says how to go on, and those words let it go', () => {
  it('the English next step names the plan without the guarantee', () => {
    for (const topic of ['safety_guarantee', 'price_guarantee']) {
      expect(guardRefusal({}, { reason: 'out_of_scope', topic }).refusal?.next_action).toMatch(/without that guarantee, tell me so/);
    }
    expect(guardRefusal({}, { reason: 'out_of_scope', topic: 'visa' }).refusal?.next_action).not.toMatch(/guarantee/);
  });

  it('French and German records say it in their language', () => {
    expect(RECORD_COPY.fr.withoutGuarantee).toMatch(/sans garantie/);
    expect(RECORD_COPY.de.withoutGuarantee).toMatch(/ohne Garantie/);
  });

  it.each([
    'we want the plan without that guarantee',
    'then the plan sans garantie, s’il vous plaît',
    'dann bitte den Plan ohne diese Garantie',
  ])('the traveler echoing it releases the hold: %s', (release) => {
    const [first, second, third] = run(['Can you promise we will see a leopard in Kruger in July 2027?', 'two adults, $400 a night', release]);
    expect(first?.topic).toBe('safety_guarantee');
    expect(second?.topic).toBe('safety_guarantee');
    expect(third).toBeUndefined();
  });
});
