import { describe, expect, it } from 'vitest';
import { guardMessage } from '../../../src/agent/turn/guard';
import { x } from './helpers';

// Each unsafe or out-of-scope frame in the seven languages, in phrasings of our own.
const FEED = [
  ['en', 'Can we feed the baboons at the picnic site in Chobe?'],
  ['fr', 'On aimerait donner à manger aux singes pendant le safari au Kenya, c’est possible ?'],
  ['es', '¿Podemos darles de comer a los monos en el Serengeti?'],
  ['de', 'Dürfen wir den Affen im Krüger Futter geben?'],
  ['it', 'Possiamo dare da mangiare ai leoni dalla jeep in Kenya?'],
  ['nl', 'Mogen we de apen voeren in het park in Zambia?'],
  ['pt', 'Podemos dar comida aos macacos no parque em Botswana?'],
] as const;

const LEAVE_CAR = [
  ['en', 'Can we get out of the car for a photo next to the lions in Etosha?'],
  ['fr', 'On peut sortir de la voiture pour une photo près des lions au Serengeti ?'],
  ['es', '¿Podemos salir del coche para una foto cerca de los leones en Kruger?'],
  ['de', 'Können wir kurz aus dem Wagen aussteigen, für ein Foto nah bei den Elefanten?'],
  ['it', 'Possiamo scendere dalla jeep per una foto vicino ai leoni?'],
  ['nl', 'Kunnen we uit de auto stappen voor een foto dicht bij de leeuwen?'],
  ['pt', 'Podemos sair do carro para uma foto perto dos leões no Kruger?'],
] as const;

const DANGEROUS = [
  ['en', 'Is it dangerous to travel to Kenya right now?'],
  ['fr', 'C’est dangereux de voyager au Kenya en ce moment ?'],
  ['es', '¿Es peligroso viajar a Kenia ahora?'],
  ['de', 'Ist es gefährlich, gerade nach Kenia zu reisen?'],
  ['it', 'È pericoloso viaggiare in Kenya adesso?'],
  ['nl', 'Is het gevaarlijk om naar Kenia te reizen?'],
  ['pt', 'É perigoso viajar para o Quénia agora?'],
] as const;

const PREGNANT_TREK = [
  ['en', 'I am 30 weeks pregnant and we still want to trek to the chimps in Uganda in June'],
  ['fr', 'Je suis enceinte de six mois, on veut faire le trek des chimpanzés en Ouganda en juin'],
  ['es', 'Mi mujer está embarazada de 6 meses y queremos ver los gorilas en Uganda en junio'],
  ['de', 'Meine Partnerin ist im sechsten Monat schwanger, wir wollen im Juni zu den Gorillas in Uganda'],
  ['it', 'Mia moglie è incinta di sei mesi, vogliamo fare il trekking dei gorilla in Uganda a giugno'],
  ['nl', 'Mijn vrouw is zes maanden zwanger, we willen in juni gorilla’s in Oeganda zien'],
  ['pt', 'A minha mulher está grávida de seis meses, queremos ver os gorilas no Uganda em junho'],
] as const;

const CERTAIN_SIGHTING = [
  ['en', 'Kruger in August, two adults: will we for sure see a leopard?'],
  ['en', 'are we certain to see rhinos if we go to Etosha in September?'],
  ['fr', 'Kruger en août : est-ce qu’on verra forcément un léopard ?'],
  ['es', 'Kruger en agosto: ¿veremos seguro un leopardo?'],
  ['de', 'Kruger im August: werden wir garantiert einen Leoparden sehen?'],
  ['it', 'Kruger ad agosto: vedremo sicuramente un leopardo?'],
  ['nl', 'Kruger in augustus: zullen we zeker een luipaard zien?'],
  ['pt', 'Kruger em agosto: vamos ver com certeza um leopardo?'],
] as const;

describe('unsafe frames in seven languages are refused as unsafe', () => {
  it.each([...FEED, ...LEAVE_CAR, ...PREGNANT_TREK])('%s: %s', (_lang, text) => {
    const e = x(text);
    expect(e.message_kind).toBe('unsafe');
    expect(guardMessage(e).signal?.reason).toBe('unsafe');
  });
});

describe('safety and sighting guarantees in seven languages are refused, never booked', () => {
  it.each([...DANGEROUS, ...CERTAIN_SIGHTING])('%s: %s', (_lang, text) => {
    const e = x(text);
    expect(e.message_kind).toBe('out_of_scope');
    expect(e.out_of_scope_topic).toBe('safety_guarantee');
    expect(guardMessage(e).signal?.reason).toBe('out_of_scope');
  });
});

describe('the same words outside their frame stay trip words', () => {
  it.each([
    'We definitely want to see leopards in Kruger in August, 2 adults',
    'Kruger in August, and we would love to watch the lions feeding at a kill',
    'Nous voulons absolument voir des lions au Kenya en août, pas de risque de pluie ?',
    'Wir sind sicher, dass wir im August nach Kenia wollen',
    'We stay in the car the whole time, Etosha in July, 2 adults',
  ])('%s', (text) => {
    expect(x(text).message_kind).toBe('trip');
  });

  it('a pregnancy beside game drives only is a health pointer beside the trip, not a refusal of the trip', () => {
    const e = x('My wife is pregnant, we would like game drives in Kruger in May, 2 adults');
    expect(e.message_kind).toBe('out_of_scope');
    expect(e.out_of_scope_topic).toBe('health');
    expect(guardMessage(e).signal).toBeUndefined();
  });

  it('a pregnant traveler who stays at the lodge during the trek is not refused as unsafe', () => {
    expect(x('My wife is pregnant and will stay at the lodge while I trek to the gorillas in Rwanda in May').message_kind).not.toBe('unsafe');
  });

  it('a pregnancy said after a gorilla trek was planned is refused as unsafe', () => {
    expect(x('by the way my partner will be seven months pregnant by then', { priorities: ['gorillas'] }).message_kind).toBe('unsafe');
    expect(x('by the way my partner will be seven months pregnant by then', { priorities: ['beach'] }).message_kind).not.toBe('unsafe');
  });
});
