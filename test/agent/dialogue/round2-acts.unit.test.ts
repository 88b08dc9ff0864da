import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { restatedBudget } from '../../../src/agent/dialogue/budget-restated';
import { stepHeldRefusal } from '../../../src/agent/turn/held-refusal';
import { guardMessage } from '../../../src/agent/turn/guard';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { x } from '../local-model/helpers';

const pack = defaultPackIndex();
const now = new Date('2026-11-20T09:00:00Z');
const run = (...texts: string[]) => [...simulateConversation(texts, now, pack)];
const lastAct = (...texts: string[]) => run(...texts).at(-1)!;

describe('a request for a suggestion that says nothing of the trip', () => {
  it.each([
    ['en', 'which park would you pick if you were in our shoes?', /assumes the best game viewing/],
    ['fr', 'vous choisiriez quoi, vous, à notre place ?', /Je pars du principe/],
    ['de', 'was würdet ihr uns denn empfehlen?', /Dabei gehe ich davon aus/],
  ])('(%s) is answered with a pick, its assumed focus and one question, and no decision stands', (_lang, text, assumed) => {
    const [turn] = run(text);
    expect(turn!.dialogue.act).toBe('suggest');
    expect(turn!.decided).toBe(false);
    expect(turn!.answerOnly).toBe(true);
    expect(turn!.inputs.priorities).toBeUndefined();
    expect(turn!.replies.web).toMatch(assumed);
  });

  it('leaves the next message with the trip to make the first decision', () => {
    const [, second] = run('no clue where to go, what would you say?', 'two of us, September, 9 days, around $6000 each');
    expect(second!.decided).toBe(true);
    expect(second!.reply.kind).not.toBe('refused');
  });

  it('in French too, the trip stated after it is decided on a pick, not asked where', () => {
    const [, second] = run('vous nous proposez quoi ?', 'nous sommes 2, en septembre, 9 jours, 6 000 € par personne');
    expect(second!.decided).toBe(true);
    expect(second!.reply.kind).not.toBe('refused');
  });

  it('still decides when the request names a month', () => {
    const [turn] = run('where would you send us in September?');
    expect(turn!.decided).toBe(true);
  });
});

describe('before any decision there is nothing to add to', () => {
  it('reads "… and finish on a beach" in a first trip as the trip, keeping its month and length', () => {
    const [, second] = run('what do you suggest?', 'we are 2, in July, 12 days, and we would like to finish on a beach');
    expect(second!.dialogue.act).toBe('trip');
    expect(second!.inputs.month).toBe(7);
    expect(second!.inputs.duration_days).toBe(12);
  });
});

describe('hypotheticals without a question mark try the change on', () => {
  const plan = 'Ruaha in September, 2 adults, 6 days';
  it.each(['and if we moved it to November', 'and if we went in February', 'et Kruger en novembre alors', 'und Kruger im November'])('"%s" leaves the decision standing', (text) => {
    const turn = lastAct(plan, text);
    expect(['why', 'why_not']).toContain(turn.dialogue.act);
    expect(turn.decided).toBe(false);
  });
});

describe('acts the earlier cues missed', () => {
  const plan = 'Chobe in February, 2 adults, 6 days, $5000 each';
  it.each([
    ['whats wrong with february', 'why'],
    ['c quoi le pb avec février', 'why'],
    ["qu'est-ce qui ne va pas avec février", 'why'],
    ['what would change if the budget was bigger', 'why'],
    ["qu'est-ce que ça changerait avec plus de budget", 'why'],
    ['was würde sich mit einem größeren Budget ändern', 'why'],
    ['what will our budget actually get us there', 'price'],
    ["qu'est-ce que notre budget permet là-bas", 'price'],
    ['was bekommen wir für unser Budget dort', 'price'],
    ['merciii', 'thanks'],
    ['mrc', 'thanks'],
  ])('"%s" is %s and changes nothing', (text, act) => {
    const turn = lastAct(plan, text);
    expect(turn.dialogue.act).toBe(act);
    expect(turn.decided).toBe(false);
  });

  it.each(['ok on part sur Etosha', 'bon, allons-y pour Etosha', 'na gut, dann Etosha'])('"%s" replaces the place', (text) => {
    const turn = lastAct(plan, text);
    expect(turn.dialogue.act).toBe('change_mind');
    expect(turn.inputs.destinations).toEqual(['etosha']);
  });

  it('a one-sentence safety question about who travels is out of scope and keeps the party', () => {
    const turn = lastAct('2 adults, South Luangwa in July, 8 days', 'is zambia safe for two men hiking on their own?');
    expect(turn.dialogue.act).toBe('out_of_scope');
    expect(turn.inputs.adults).toBe(2);
  });
});

describe('a budget raised with no currency keeps the trip currency', () => {
  it('reads the figure after the budget word, with spaces, dots or k', () => {
    const known = { budget_amount: 12000, budget_currency: 'USD' as const, budget_basis: 'total' as const };
    expect(restatedBudget('le budget peut aller jusqu’à 16 500', {}, known)).toMatchObject({ budget_amount: 16500, budget_currency: 'USD' });
    expect(restatedBudget('das Budget darf 16.500 sein', {}, known)).toMatchObject({ budget_amount: 16500 });
    expect(restatedBudget('budget could stretch to 16.5k', {}, known)).toMatchObject({ budget_amount: 16500 });
    expect(restatedBudget('budget is fine for 3 days', {}, known)).toEqual({});
    expect(restatedBudget('le budget peut monter à 16 500', {}, {})).toEqual({});
  });

  it('changes the standing decision', () => {
    const [, second] = run('Serengeti in July, 2 adults, 8 days, 9 000 € en tout', 'et le budget peut finalement aller à 12 000');
    expect(second!.decided).toBe(true);
    expect(second!.inputs.budget_amount).toBe(12000);
    expect(second!.inputs.budget_currency).toBe('EUR');
  });
});

describe('a guarantee refused, then a whole trip stated', () => {
  it('decides the trip (a place and a month stated on their own)', () => {
    const [, second] = run('can you promise us a leopard in the Sabi Sands?', '2 adults, Kruger in June 2027, 7 days, $4000 each');
    expect(second!.reply.kind).not.toBe('refused');
    const held = stepHeldRefusal({ reason: 'out_of_scope', topic: 'safety_guarantee', message_id: 'm1' }, guardMessage(x('3 adults, Etosha, May 2027')), '3 adults, Etosha, May 2027', 'm2', false, true);
    expect(held.guard.signal).toBeUndefined();
  });

  it('keeps a guarantee made a condition of booking refused when the trip follows', () => {
    const first = stepHeldRefusal(undefined, guardMessage(x('We will only book if you guarantee we see a leopard')), 'We will only book if you guarantee we see a leopard', 'm1');
    expect(first.held?.conditional).toBe(true);
    const next = stepHeldRefusal(first.held, guardMessage(x('Kruger, June 2027, 2 adults')), 'Kruger, June 2027, 2 adults', 'm2', false, true);
    expect(next.guard.signal?.reason).toBe('out_of_scope');
    const [, second] = run('wir buchen nur, wenn ihr uns Leoparden garantiert', 'Kruger, Juni 2027, 2 Personen, 7 Tage');
    expect(second!.reply.kind).toBe('refused');
  });

  it('keeps an unsafe request refused even when a whole trip follows', () => {
    const step = stepHeldRefusal({ reason: 'unsafe', topic: 'unsafe', message_id: 'm1' }, guardMessage(x('3 adults, Etosha, May 2027')), '3 adults, Etosha, May 2027', 'm2', false, true);
    expect(step.guard.signal?.reason).toBe('unsafe');
  });

  it('keeps a guarantee refused when only the party and budget follow', () => {
    const step = stepHeldRefusal({ reason: 'out_of_scope', topic: 'safety_guarantee', message_id: 'm1' }, guardMessage(x('2 adults, $500 a night')), '2 adults, $500 a night', 'm2', false, false);
    expect(step.guard.signal?.topic).toBe('safety_guarantee');
  });
});
