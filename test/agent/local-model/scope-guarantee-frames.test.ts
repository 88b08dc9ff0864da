import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { x } from './helpers';

// Guarantees asked in other languages, beside trip facts: refused, never answered by a verdict.
describe('a guarantee of weather, price or a sighting in another language is refused', () => {
  it.each([
    ['safety_guarantee', 'Tarangire im Februar, zu zweit, 6.000 €: und ihr garantiert mir, dass es nicht regnet?'],
    ['safety_guarantee', 'Chobe a settembre, 3 adulti: mi garantite che non piove mai?'],
    ['safety_guarantee', 'Etosha em julho, somos 4: garantem que vamos ver rinocerontes?'],
    ['safety_guarantee', 'Kruger en agosto, dos adultos, ¿nos garantizan que vamos a ver leopardos?'],
    ['price_guarantee', 'Vous garantissez le prix de 3 000 € par personne pour le Kenya en août ?'],
    ['price_guarantee', 'Garanderen jullie de prijs van 4.000 euro voor Botswana in juni?'],
  ])('%s: %s', (topic, text) => {
    const e = x(text);
    expect(e.message_kind).toBe('out_of_scope');
    expect(e.out_of_scope_topic).toBe(topic);
    expect(guardMessage(e).signal?.reason).toBe('out_of_scope');
  });
});

describe('petting a big cat or paying a ranger extra, in other languages, is unsafe', () => {
  it.each([
    'Mogen de kinderen een leeuwtje knuffelen in Zuid-Afrika?',
    'Können wir in Namibia einen Geparden streicheln?',
    'On voudrait caresser un lionceau pendant le safari en Tanzanie',
    'Queremos acariciar un león en Sudáfrica en abril',
    'Si pagamos algo extra a los guardaparques, ¿nos dejan acercarnos a los rinocerontes en Kenia?',
  ])('%s', (text) => {
    const e = x(text);
    expect(e.message_kind).toBe('unsafe');
    expect(guardMessage(e).signal?.reason).toBe('unsafe');
  });
});

describe('a visa request or abuse with no trip is refused as out of scope', () => {
  it('a Dutch or German visa request is the visa topic', () => {
    expect(x('Kunnen jullie ons visum voor Kenia aanvragen?').out_of_scope_topic).toBe('visa');
    expect(x('Könnt ihr den Visumantrag für Ruanda erledigen?').out_of_scope_topic).toBe('visa');
  });

  it('"you guys are useless" is abuse', () => {
    expect(x('honestly you lot are useless').message_kind).toBe('abuse');
    expect(x('you guys are completely useless').message_kind).toBe('abuse');
  });
});

describe('the same words outside their frame stay trip words', () => {
  it.each([
    'We will pay extra for a private guide and ranger walks in Kruger in July, 2 adults',
    'Serengeti im Januar, zu zweit, 8.000 USD, Regen stört uns nicht',
    'Il prezzo massimo è 3.000 € a persona, Zanzibar a luglio',
    'Wir wollen Löwen sehen, Kenia im August, 2 Erwachsene',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });
});
