import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// The age-limited activities named in Spanish, Portuguese, Italian, Dutch, or only described: read as the activity, so
// its limit binds (Devil's Pool refused for a child; rafting 15, bungee 14, mokoro 12, wilderness trail 12 to 65).
describe('an age-limited activity by another name', () => {
  it.each<[string, string]>([
    ['Mi hijo quiere nadar en la Piscina del Diablo', 'devils_pool'],
    ['Os miúdos querem mergulhar na piscina do diabo', 'devils_pool'],
    ['Vorrebbe fare il bagno nella piscina del diavolo', 'devils_pool'],
    ['Zij wil graag in het Duivelszwembad zwemmen', 'devils_pool'],
    ['the natural pool on the brink of Victoria Falls', 'devils_pool'],
    ['she wants to bathe at the very lip of the falls', 'devils_pool'],
    ['a swim off Livingstone Island', 'devils_pool'],
    ['we plan on running the rapids of the Zambezi', 'rafting'],
    ['the class 5 rapids below the gorge are what he wants', 'rafting'],
    ['bajada por los rápidos del Zambeze', 'rafting'],
    ['una descida dos rápidos no Zambeze', 'rafting'],
    ['la discesa lungo le rapide dello Zambesi', 'rafting'],
    ['hij wil wildwatervaren op de Zambezi', 'rafting'],
    ['he has his heart set on a bridge jump', 'bungee'],
    ['she wants to leap from the Vic Falls bridge', 'bungee'],
    ['un salto con l’elastico dal ponte', 'bungee'],
    ['poling through the channels in a dugout', 'canoeing'],
    ['een kanotocht door de delta', 'canoeing'],
    ['a backpack trail in Kruger with two rangers', 'wilderness_trail'],
    ['a multi-day hike sleeping out in the bush in Kruger', 'wilderness_trail'],
  ])('%s → %s', (text, activity) => {
    expect(x(text).activities ?? []).toContain(activity);
  });

  it.each([
    'our lodge has a lovely pool overlooking the river',
    'a sunset river cruise on the Zambezi',
    'I booked our flights to Maun on Kayak',
    'we compared prices on kayak.com',
    'a day walk with a ranger from the camp',
    'the rapids are loud from the lodge deck',
  ])('%s → no age-limited activity', (text) => {
    expect(x(text).activities).toBeUndefined();
  });
});

describe('the limit binds a child under it', () => {
  it.each([
    ['Victoria Falls, October 2027, 4 nights, $2800 each, 2 adults and our 12-year-old. Queremos hacer descenso de rápidos.', 'discard'],
    ['Victoria Falls, October 2027, 4 nights, $2800 each, 2 adults and our son aged 11. He wants to jump off the bridge.', 'discard'],
    ['Victoria Falls, October 2027, 4 nights, $2800 each, 2 adults and our daughter aged 9. Ze wil in de Duivelspoel zwemmen.', 'refused'],
  ])('%s → %s', (text, outcome) => {
    expect(converse([text]).result.content.verdict.outcome).toBe(outcome);
  });
});
