import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { refusedTopic } from '../../../src/agent/dialogue/topics';
import { cueText } from '../../../src/agent/dialogue/text';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Session 9, engineer D (dialogue-22 and its two relabellings):
// - "why X and not Y" before any place is planned asks about Y, the place not chosen: a why-not;
// - "why not yet?", "why not <month>" in dialect, "what's the main reason" and a why about a place with a doubt tagged on
//   ("…, isn't it the rainy season") ask why the decision is so: a why;
// - airlines, road safety and handing the booking to the agent are out of scope: a bounded pointer, nothing changes;
// - a month locked in French or German ("impossible to change, our only holidays") is the fixed month the English says.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return { prev: turns[turns.length - 2]!, last: turns[turns.length - 1]! };
}

describe('why one place and not another, before anything is planned', () => {
  it.each([
    ['3 of us want the wildebeest herds, 12 days, 9000 dollars each', 'why the Serengeti and not Botswana'],
    ['nous sommes 3, on veut voir la migration, 12 jours', 'pourquoi le Kenya et pas la Tanzanie ?'],
    ['wir sind zu dritt und wollen die Migration sehen, 12 Tage', 'wieso Kenia und nicht Tansania'],
  ])('%s → «%s» is a why-not', (first, text) => {
    const { prev, last } = run(first, text);
    expect(last.acts[0]).toBe('why_not');
    expect(last.inputs.month).toEqual(prev.inputs.month);
    expect(last.inputs.duration_days).toEqual(prev.inputs.duration_days);
  });

  it('a place named after the contrast is what it is about', () => {
    const { last } = run('2 of us, 9 days, 6000 dollars in total', 'why Ruaha and not Nyerere?');
    expect(last.acts[0]).toBe('why_not');
    expect(last.dialogue.about).toBe('nyerere');
  });

  it('once a plan stands, a place set against it is still compared (unchanged rule)', () => {
    const { last } = run('Kenya in August, 2 adults, 7 days', 'why the Mara and not the Serengeti?');
    expect(last.acts[0]).toBe('why_not');
  });
});

describe('questions about the decision itself are a why', () => {
  const waitPlan = 'Ruaha in May for 8 days, 2 adults';
  it.each([
    [waitPlan, 'why not yet'],
    [waitPlan, 'and why no decision yet?'],
    ['Ruaha en mai, 8 jours, 2 adultes', 'pourquoi toujours pas de réponse ?'],
    ['Ruaha im Mai, 8 Tage, 2 Erwachsene', 'warum noch nicht?'],
    ['Masai Mara im Januar, 5 Tage, 2 Personen', 'wieso nich juli?'],
    ['Samburu und Laikipia, 2 Erwachsene, Juni, 8 Nächte', 'und was war der Hauptgrund dafür'],
  ])('%s → «%s»', (plan, text) => {
    const { prev, last } = run(plan, text);
    expect(last.acts[0]).toBe('why');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });

  it('a why about a place the plan lacks, with a doubt tagged on, doubts it (no comparison)', () => {
    const { last } = run('where is best in march?', '2 of us, 8 days, 5000 dollars each', 'why Botswana in March, isn’t it the wet season');
    expect(last.acts[0]).not.toBe('why_not');
  });

  it('the same why with a real contrast still compares', () => {
    const { last } = run('Chobe in July, 2 adults, 6 days', "why Chobe and not Etosha, isn't Etosha drier?");
    expect(last.acts[0]).toBe('why_not');
    expect(last.dialogue.about).toBe('etosha');
  });
});

describe('airlines, road safety and the booking itself are out of scope', () => {
  it.each([
    ['which airline is best to fly to Kasane?', 'booking_admin'],
    ['could you take care of the reservations for all of us?', 'booking_admin'],
    ['will you book the camps for us', 'booking_admin'],
    ['Vous pouvez vous occuper des réservations ?', 'booking_admin'],
    ['Könnten Sie die Lodges gleich für uns buchen?', 'booking_admin'],
    ['welche Fluggesellschaft nehmen wir ab Johannesburg?', 'booking_admin'],
    ['is it dangerous to drive ourselves in Namibia', 'safety_guarantee'],
  ])('«%s» → %s', (text, topic) => {
    expect(refusedTopic(cueText(text))).toBe(topic);
  });

  it.each([
    'can you make it 10 days with nicer lodges',
    'could you do 8 nights at the lodges instead',
    'we fly in with Kenya Airways on the 3rd',
  ])('«%s» is no refused topic', (text) => {
    expect(refusedTopic(cueText(text))).toBeUndefined();
  });

  it.each([
    ['Kruger in May, 8 of us, 4 nights', 'can you handle the booking for everyone'],
    ['Kruger in May, 8 of us, 4 nights', "what's the best airline from Joburg?"],
    ['Serengeti in August, 2 adults, 3 kids (6, 9, 12)', 'are the roads in tanzania dangerous'],
    ['Volcanoes, Gorilla-Trekking, 2 Erwachsene, Oktober, 4 Tage', 'können Sie die Permits direkt für uns buchen?'],
  ])('after «%s», «%s» is answered with a pointer, decision unchanged', (plan, text) => {
    const { prev, last } = run(plan, text);
    expect(last.acts[0]).toBe('out_of_scope');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });
});

describe('the pointer for bookings and flights says the agent does not make them', () => {
  it.each([
    ['Kruger in May, 8 of us, 4 nights', 'could you book the lodges for us?', /make/],
    ['Kruger en mai, 8 personnes, 4 nuits', 'vous pouvez réserver les lodges pour nous ?', /faire/],
    ['Krüger im Mai, 8 Personen, 4 Nächte', 'könnt ihr die Lodges für uns buchen?', /vornehmen/],
  ])('after «%s», «%s»', (plan, text, said) => {
    const { last } = run(plan, text);
    expect(last.acts[0]).toBe('out_of_scope');
    expect(last.replies.whatsapp).toMatch(said);
  });
});

describe('a month locked in French and German', () => {
  it.each([
    ['Ruaha en mai, 8 jours, 2 adultes', 'mai, impossible de décaler, ce sont nos seules vacances'],
    ['Ruaha im Mai, 8 Tage, 2 Erwachsene', 'der Mai ist nicht verschiebbar, das ist unser einziger Urlaub'],
    ['Ruaha im Mai, 8 Tage, 2 Erwachsene', 'Mai geht nur, es sind unsere einzigen Ferien'],
  ])('after «%s», «%s» fixes the dates', (plan, text) => {
    const { last } = run(plan, text);
    expect(last.acts[0]).toBe('trip');
    expect(last.inputs.flexible_dates).toBe(false);
  });

  it('changing the park is not the dates', () => {
    const { last } = run('Ruaha en mai, 8 jours, 2 adultes', "c'est impossible de changer de parc ?");
    expect(last.inputs.flexible_dates).not.toBe(false);
  });
});
