import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Session 8, engineer D: a safari or a stop asked for with no place ("we'd like to add a safari before", "one more stop at
// the end") waits for its place; the next message naming one, with its nights or what it is for, fills that addition.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  return [...simulateConversation(texts, now, pack)];
}

describe('a safari asked for beside a beach or falls trip waits for its park', () => {
  it.each([
    ['Zanzibar in July, 2 adults, 7 nights, and we want a safari first', 'maybe Tarangire, 3 nights', 'tarangire'],
    ['we fly to Zanzibar in September and want to combine it with a safari', 'Ruaha sounds good', 'ruaha'],
    ['Zanzibar en juillet à deux, on aimerait faire un safari avant', 'disons 3 nuits dans le Serengeti', 'serengeti'],
    ['Victoria Falls im August, danach noch eine Safari', 'vielleicht Chobe, wegen der Elefanten', 'chobe'],
  ])('«%s» → «%s»', (first, place, id) => {
    const [t1, t2] = run(first, place);
    expect(t1!.acts[0]).toBe('trip');
    expect(t1!.dialogue.pending_add).toBe(true);
    expect(t2!.acts[0]).toBe('add_extend');
    expect(t2!.dialogue.about).toBe(id);
    expect(t2!.decided).toBe(true);
    expect(t2!.inputs.destinations).toContain(id);
    // The stop lengthens the trip: nothing was added for it yet.
    expect(t2!.inputs.duration_days ?? 0).toBeGreaterThan(t1!.inputs.duration_days ?? 0);
  });

  it('the first reply asks for the park, in the traveler’s language', () => {
    const [t1] = run('Zanzibar en juillet à deux, on aimerait faire un safari avant');
    expect(t1!.replies.web).toMatch(/safari à ajouter/);
  });

  it.each([
    // A safari park named in the first message, or a country for it, leaves nothing waiting.
    'Zanzibar in July, 2 adults, and a safari in the Serengeti first',
    'Zanzibar and the Selous in July, 2 adults',
    'Serengeti in July, 2 adults, 8 days',
  ])('«%s» waits for nothing', (first) => {
    const [t1] = run(first);
    expect(t1!.dialogue.pending_add).toBeUndefined();
  });
});

describe('a safari asked for beside a standing beach plan waits for its park', () => {
  it.each([
    ['Zanzibar in June, 2 adults, 6 nights', 'we would love a safari before the beach too', 'Ruaha, 4 nights or so', 'ruaha'],
    ['Zanzibar en juin, 2 adultes, 6 nuits', 'on aimerait aussi faire un safari avant la plage', 'le Selous plutôt', 'nyerere'],
    ['Sansibar im Juni, 2 Erwachsene, 6 Nächte', 'wir möchten vorher noch auf Safari', 'am liebsten Tarangire', 'tarangire'],
  ])('%s → «%s» → «%s»', (plan, ask, place, id) => {
    const [t1, t2, t3] = run(plan, ask, place);
    expect(t2!.acts[0]).toBe('add_extend');
    expect(t2!.dialogue.pending_add).toBe(true);
    expect(t2!.inputs.duration_days ?? 0).toBeGreaterThan(t1!.inputs.duration_days ?? 0);
    expect(t3!.acts[0]).toBe('add_extend');
    expect(t3!.dialogue.about).toBe(id);
    expect(t3!.inputs.destinations).toEqual(expect.arrayContaining(['zanzibar', id]));
  });

  it('the plan stays while the park is awaited: the safari is no interest of the whole trip', () => {
    const [, t2] = run('Victoria Falls in April, 2 adults, 5000 euros in total', 'and a safari nearby');
    expect(t2!.acts[0]).toBe('add_extend');
    expect(t2!.dialogue.pending_add).toBe(true);
    expect(t2!.inputs.priorities ?? []).not.toContain('wildlife_density');
    expect(t2!.inputs.destinations).toEqual(['victoria_falls']);
  });

  it('a plan that has its safari already adds nothing for the word', () => {
    const [, t2] = run('Serengeti and Zanzibar in June, 2 adults, 9 nights', 'we would like a safari before the beach');
    expect(t2!.acts[0]).not.toBe('add_extend');
  });
});

describe('after an unnamed addition, the place named next fills it', () => {
  it.each([
    ['Kruger in August, 2 adults, 7 days', 'could we add a safari somewhere else at the end?', 'Chobe would be lovely', 'chobe'],
    ['Kruger in August, 2 adults, 7 days', 'can we tack one more stop on before we fly home', 'Victoria Falls, to see the falls', 'victoria_falls'],
    ['Zanzibar in July, 2 adults, 7 nights', 'can we add a safari before the beach?', 'Nyerere would be great', 'nyerere'],
    ['Kruger en août, 2 adultes, 7 jours', 'on peut ajouter une étape à la fin ?', 'les chutes Victoria, ce serait top', 'victoria_falls'],
  ])('%s → «%s» → «%s»', (plan, add, place, id) => {
    const [, t2, t3] = run(plan, add, place);
    expect(t2!.acts[0]).toBe('add_extend');
    expect(t2!.dialogue.pending_add).toBe(true);
    expect(t3!.acts[0]).toBe('add_extend');
    expect(t3!.dialogue.about).toBe(id);
    expect(t3!.inputs.destinations).toContain(id);
    // The addition before already lengthened the trip for this stop.
    expect(t3!.inputs.duration_days).toBe(t2!.inputs.duration_days);
  });

  it('"one more stop" counts a stop, not a traveler', () => {
    const [t1, t2] = run('Kruger in August, 2 adults, 7 days', 'can we add one more stop before the beach');
    expect(t2!.acts[0]).toBe('add_extend');
    expect(t2!.inputs.group_size ?? 2).toBe(t1!.inputs.group_size ?? 2);
    expect(t2!.inputs.adults).toBe(t1!.inputs.adults);
  });

  it.each([
    // A why, a price or a change of mind after it is still that.
    ['why Kruger though?', 'why'],
    ['how much would Chobe cost?', 'price'],
    ['forget it, let’s just do Etosha instead', 'change_mind'],
  ])('«%s» stays %s', (text, act) => {
    const turns = run('Kruger in August, 2 adults, 7 days', 'can we add another stop at the end?', text);
    expect(turns[2]!.acts[0]).toBe(act);
  });
});
