import { describe, expect, it } from 'vitest';
import { converse } from './helpers';

// Review s6b F1 and the "she's 15 in October" risk: a child's coming birthday said with its month, in seven
// languages, is never the trip's month, and the child is counted at today's age. With no trip month the
// month is asked; a gorilla trek (minimum 15) is never booked on the birthday. Reviewer probes plus our own.
describe('a birthday month is never the trip month, and the child is counted (F1)', () => {
  it.each([
    // The reviewer's probes.
    "Bwindi gorillas then Zanzibar beach, 2 adults + daughter (she's 15 in October), $20k total, 10 days",
    "Gorillas in Bwindi then a week on Zanzibar. 2 adults and our daughter, she's 15 in October. $20,000 total, 10 days.",
    'Gorilla\'s in Bwindi en dan Zanzibar, 2 volwassenen en onze dochter, ze is 15 in oktober, $20000 totaal, 10 dagen',
    'Gorilas em Bwindi e depois Zanzibar, 2 adultos e a nossa filha, faz 15 anos em outubro, $20000 total, 10 dias',
    "Bwindi gorillas then Zanzibar, 2 adults and our son, he'll be 15 by October, $20k total, 10 days",
    "Gorillas in Volcanoes, 2 adults and our daughter, she's 15 in October, $15000 total, 5 days",
    "Gorilla trek for 3: me, my husband and our son - he's 15 in October. Rwanda, $15k, 4 days",
    'Gorillas Rwanda, 2 adults + daughter, 15 as of October, $15000, 5 days',
    'Gorilles au Rwanda, 2 adultes + notre fille, elle a 15 ans en octobre, 15000 $, 5 jours',
    'Gorillas in Ruanda, 2 Erwachsene + Tochter, sie ist im Oktober 15, 15000 $, 5 Tage',
    'Gorillas in Ruanda, 2 Erwachsene + Tochter (im Oktober 15), 15000 $, 5 Tage',
    'Gorilas en Ruanda, 2 adultos + hija, tiene 15 en octubre, 15000 $, 5 días',
    'Gorilla in Ruanda, 2 adulti + figlia, compie 15 anni a ottobre, 15000 $, 5 giorni',
    'Gorilla in Ruanda, 2 adulti + figlia, ha 15 anni a ottobre, 15000 $, 5 giorni',
    'Gorilas no Ruanda, 2 adultos + filha, ela tem 15 anos em outubro, 15000 $, 5 dias',
    "Gorilla's in Rwanda, 2 volwassenen + dochter, ze wordt 15 in oktober, 15000 $, 5 dagen",
    // Our own phrasings.
    'Gorillas in Volcanoes, 2 adults and our son who is 15 in October, $15000 total, 5 days',
    'Gorilla trek in Bwindi, 2 adults + our boy (15 in September), $14000, 4 days',
    "Gorillas Uganda for me, my wife and our daughter - she'll be 15 by November - $16000, 5 days",
    'Gorilles au Rwanda pour 2 adultes et notre fils, il a 15 ans en septembre, 16000 $, 4 jours',
    'Gorillas in Uganda, 2 Erwachsene und unser Sohn, er ist im September 15, 14000 €, 4 Tage',
    'Gorilas en Uganda, 2 adultos y nuestro hijo, él tiene 15 años en septiembre, 14000 $, 4 días',
  ])('%s', (text) => {
    const { inputs, result } = converse([text]);
    expect(inputs.month).toBeUndefined();
    expect(inputs.children).toBe(1);
    expect(inputs.child_ages).toEqual([14]);
    expect(result.kind).toBe('refused');
    expect(result.content.refusal?.missing_inputs).toContain('month');
  });

  it('the birthday said in a later turn does not become the month either', () => {
    const { inputs, result } = converse(['Bwindi gorillas then Zanzibar for 2 adults and our daughter, $20k total, 10 days', "she's 15 in October"]);
    expect(inputs.month).toBeUndefined();
    expect(inputs.child_ages).toEqual([14]);
    expect(result.kind).toBe('refused');
  });

  it('a trip month said beside the birthday stays the trip month, and the age counts at the trip', () => {
    const after = converse(["Gorillas in Volcanoes in November 2027, 2 adults and our daughter, she's 15 in October, $15000 total, 5 days"]);
    expect(after.inputs.month).toBe(11);
    expect(after.result.content.verdict?.outcome).toBe('book');
    const before = converse(["Gorillas in Volcanoes in July 2027, 2 adults and our daughter, she's 15 in October, $15000 total, 5 days"]);
    expect(before.inputs.month).toBe(7);
    expect(before.result.content.verdict?.outcome).not.toBe('book');
  });
});
