import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Session 9, round 3, engineer H (dialogue-23):
// - a length tried on in French or German with no question word ("et si on restait 6 jours", „und wenn wir nur 4 Tage
//   bleiben") is a trial: the decision stays, nothing is written; the commitment after it ("bon, 6 jours alors",
//   „gut, dann 4 Tage") sets that length (not days added);
// - a suggestion asked for outright ("recommend us something", «conseille-moi un safari», „schlag uns was vor") or the
//   agent's own choice asked ("which one would you go for?", „welche würdet ihr nehmen") is a suggestion request.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  return [...simulateConversation(texts, now, pack)];
}

describe('a length tried on without a question word', () => {
  it.each([
    ['Tanzanie en juillet, 2 adultes, 9 jours', 'et si on restait 6 jours', 'bon, 6 jours alors', 6],
    ['Tansania im Juli, 2 Erwachsene, 9 Tage', 'und wenn wir nur 4 Tage bleiben', 'gut, dann 4 Tage', 4],
    ['Botswana en septembre, 3 000 dollars pour deux, 5 jours', 'et si on avait 8 jours', 'ok on prend 8 jours', 8],
    ['zu zweit, 3000 Dollar, 6 Tage, Big Five', 'und wenn wir 9 Tage machen', 'ok dann 9 Tage', 9],
  ])('%s → «%s» tries it on, «%s» takes it', (first, trial, taken, days) => {
    const [a, b, c] = run(first, trial, taken);
    expect(b!.acts[0]).toBe('why');
    expect(b!.decided).toBe(false);
    expect(b!.inputs).toEqual(a!.inputs);
    expect(c!.acts[0]).toBe('trip');
    expect(c!.inputs.duration_days).toBe(days);
  });

  it('a length stated as a fact in French is still taken at once (unchanged rule)', () => {
    const [a, b] = run('Tanzanie en juillet, 2 adultes, 9 jours', 'finalement on fera 6 jours');
    expect(a!.inputs.duration_days).toBe(9);
    expect(b!.inputs.duration_days).toBe(6);
  });
});

describe('a suggestion asked outright', () => {
  it.each(['Recommend us something', 'conseille-moi un safari', 'schlag uns was vor', 'Please suggest a safari'])('«%s» before anything is known: a suggestion, nothing written', (text) => {
    const [t] = run(text);
    expect(t!.acts[0]).toBe('suggest');
    expect(t!.decided).toBe(false);
    expect(t!.inputs).toEqual({});
  });

  it.each([
    ['2 of us, October, Serengeti or Mara, not sure', 'which one would you go for?'],
    ['wir sind zu zweit, Oktober, Serengeti oder Mara', 'welche würdet ihr nehmen'],
    ['nous sommes deux, octobre, Serengeti ou Mara', 'lequel vous choisiriez ?'],
    ['Dezember, allein, 5000 Euro', 'was empfiehlst du dann?'],
  ])('%s → «%s»: the agent\'s choice asked, the trip unchanged', (first, text) => {
    const [a, b] = run(first, text);
    expect(b!.acts[0]).toBe('suggest');
    expect(b!.inputs).toEqual(a!.inputs);
  });

  it('a why about a recommendation stays a why', () => {
    const [, b] = run('Kenya in August, 2 adults, 7 days', 'why would you recommend the Mara?');
    expect(b!.acts[0]).toBe('why');
  });
});

describe('out of scope: transfers, documents sent, outbreaks', () => {
  it.each([
    ['Kenya in August, 2 adults, 7 days', 'how do we get from Nairobi to the Mara?', 'practical'],
    ['Kenya en août, 2 adultes, 7 jours', 'comment on va de Nairobi au Masai Mara', 'practical'],
    ['Kenia im August, 2 Erwachsene, 7 Tage', 'wie kommen wir von Nairobi zur Masai Mara?', 'practical'],
    ['Kenya in August, 2 adults, 7 days', 'could you email us the quote as a PDF?', 'booking_admin'],
    ['Kenya en août, 2 adultes, 7 jours', 'vous pouvez m\'envoyer le devis ?', 'booking_admin'],
    ['Uganda in August, 2 adults, gorillas, 6 days', 'any cholera outbreak there at the moment?', 'health'],
    ['Ouganda en août, 2 adultes, gorilles, 6 jours', 'y a-t-il une épidémie en ce moment là-bas ?', 'health'],
    ['Uganda im August, 2 Erwachsene, Gorillas, 6 Tage', 'gibt es dort gerade einen Ebola-Ausbruch?', 'health'],
  ])('%s → «%s»: %s, nothing changes', (first, text, topic) => {
    const [a, b] = run(first, text);
    expect(b!.acts[0]).toBe('out_of_scope');
    expect(b!.dialogue.answered).toContain(`(${topic})`);
    expect(b!.inputs).toEqual(a!.inputs);
    expect(b!.decided).toBe(false);
  });

  it('a trip stated beside the way there is still a trip', () => {
    const [t] = run('We fly into Nairobi, 2 adults, August, 8 days, Amboseli and the Mara');
    expect(t!.acts[0]).toBe('trip');
  });
});

describe('a why about waiting, an end stop named before its verb, another month allowed', () => {
  it.each(['why not wait until he is 15?', 'why not just wait till she turns 15'])('«%s» asks why the decision does not wait', (text) => {
    const [a, b] = run('Bwindi for gorillas in October, me and my son (14)', text);
    expect(b!.acts[0]).toBe('why');
    expect(b!.inputs).toEqual(a!.inputs);
  });

  it('waiting said as a plan is still no change (unchanged rule)', () => {
    const [a, b] = run('Bwindi for gorillas in October, me and my son (14)', "we'll wait until he's 15, thanks");
    expect(b!.acts[0]).not.toBe('why');
    expect(b!.inputs).toEqual(a!.inputs);
  });

  it.each(['könnten wir in Sansibar enden?', 'wir würden gern mit ein paar Tagen Sansibar abschliessen'])('«%s» adds an end stop', (text) => {
    const [, b] = run('Tansania im Juni, 2 Erwachsene, 7 Nächte, 9000 USD', text);
    expect(b!.acts[0]).toBe('add_extend');
    expect(b!.inputs.destinations).toContain('zanzibar');
  });

  it('"we could also do <month>" allows another month: no days are added', () => {
    const [a, b] = run('Etosha in February, 2 adults, 8 days', 'we could also do April if it helps');
    expect(b!.acts[0]).toBe('trip');
    expect(b!.inputs.duration_days).toBe(a!.inputs.duration_days);
  });

  it('"we could also do <place>" still adds it (unchanged rule)', () => {
    const [, b] = run('Kruger in July, 2 adults, 7 days', 'we could also do Victoria Falls');
    expect(b!.acts[0]).toBe('add_extend');
  });
});
