import { describe, expect, it } from 'vitest';
import type { DialogueAct } from '../../../src/agent/dialogue/acts';
import { recogniseAct } from '../../../src/agent/dialogue/recognise';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import type { TripInputs } from '../../../src/domain/trip-inputs';

// The recogniser over many phrasings per act, in English, French and German, with the
// local extractor's real reading of each message (written for these tests, not taken from
// the dialogue eval sets).

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const planned: TripInputs = { destinations: ['serengeti'], month: 7, adults: 2, duration_days: 8 };

function act(text: string, known: TripInputs = planned, opts: { pendingAdd?: boolean } = {}) {
  const extraction = extractTripInputs(text, { now, pack, previous: known });
  return recogniseAct(text, { extraction, known, pack, merge: mergeTripInputs, planned: known.destinations ?? [], ...opts });
}

const cases: Record<DialogueAct, string[]> = {
  emoji: ['🐘', '👍🏽👍🏽', '🦓 🦒', '🙏🏼', '❤️'],
  greeting: ['hey there', 'Good afternoon!', 'bonsoir à tous', 'coucou !', 'Guten Morgen', 'Grüß Gott', 'hello again, I am back'],
  thanks: ['thank you very much', 'cheers mate', 'many thanks, that helps', 'merci infiniment', 'merci bien 🙂', 'danke schön', 'vielen Dank für die Hilfe', 'super, merci'],
  goodbye: ['bye bye', 'see you soon', 'gotta go, talk later', 'au revoir et merci', 'bonne nuit', 'tschüss und danke', 'bis später'],
  why: ['why?', 'can you explain that?', 'what is the reasoning behind this?', 'pourquoi ce verdict ?', 'vous pouvez justifier ?', 'warum?', 'wieso eigentlich?', 'Können Sie das erklären? Warum genau?', 'why not now?'],
  why_not: ['why not Tarangire?', 'what about the Okavango Delta?', 'how about Kruger instead?', 'pourquoi pas Ruaha ?', 'et le Ngorongoro, pourquoi pas ?', 'warum nicht Amboseli?', 'Was ist mit Etosha?', 'why not go in the dry season?'],
  price: ['how much would that cost?', 'is there a cheaper option?', 'what does a luxury version cost?', 'combien ça coûte ?', 'c’est cher ? il y a moins cher ?', 'Was kostet das ungefähr?', 'Geht es billiger?', 'and in mid-range?'],
  suggest: ['what would you recommend?', 'where would you go if you were us?', 'any suggestions?', 'que nous conseillez-vous ?', 'vous avez une meilleure idée ?', 'Was empfehlen Sie uns?', 'Haben Sie eine bessere Idee?'],
  add_extend: ['can we add two nights at the end?', 'we would like to extend by 3 days', 'could we add Zanzibar afterwards?', 'on peut ajouter deux jours ?', 'et si on prolongeait d’une semaine ?', 'Können wir noch 2 Tage anhängen?', 'Wir möchten um 3 Tage verlängern'],
  change_mind: ['forget the Serengeti, let us do Kruger', 'scrap that, we want Botswana', 'start over: Etosha instead', 'oubliez le Serengeti, on part au Botswana', 'on repart de zéro : Kruger', 'Vergessen Sie die Serengeti, wir wollen nach Namibia', 'Planänderung: Kenia statt Tansania'],
  out_of_scope: ['do we need a visa?', 'which vaccines do we need?', 'faut-il un visa ?', 'est-ce dangereux là-bas en ce moment ?', 'Brauchen wir Impfungen?', 'Können Sie garantieren, dass wir Leoparden sehen?'],
  trip: ['actually we are 4 adults', 'make it August instead', 'we have 12 days now', 'en fait on sera 3', 'plutôt en septembre', 'Wir sind doch zu dritt', 'lieber im Oktober'],
};

describe('recogniseAct', () => {
  for (const [want, texts] of Object.entries(cases)) {
    it.each(texts)(`${want}: %s`, (text) => {
      expect(act(text).act).toBe(want);
    });
  }

  it('a greeting or thanks that also changes the trip is a trip message', () => {
    expect(act('thanks! and could it be in October instead?').act).toBe('trip');
    expect(act('merci ! et en octobre plutôt ?').act).toBe('trip');
    expect(act('Hallo! Wir sind übrigens 4 Erwachsene').act).toBe('trip');
  });

  it('"why not X" is about X, never about a planned place the extractor dropped', () => {
    expect(act('why not Tarangire?').about).toBe('tarangire');
    expect(act('warum nicht das Okavango-Delta?').about).toBe('okavango_delta');
    expect(act('pourquoi pas Kenya ?').about).toBeUndefined();
  });

  it('a bare place after an unnamed add fills it; otherwise it is a comparison', () => {
    expect(act('Zanzibar perhaps?', planned, { pendingAdd: true })).toEqual({ act: 'add_extend', about: 'zanzibar' });
    expect(act('et Ruaha ?')).toEqual({ act: 'why_not', about: 'ruaha' });
  });

  it('before any trip, greeting words, a place and a request for ideas are what they say', () => {
    expect(act('salut !', {}).act).toBe('greeting');
    expect(act('salut !').act).toBe('goodbye');
    expect(act('Servus!', {}).act).toBe('greeting');
    expect(act('Serengeti in July for 2, 8 days', {}).act).toBe('trip');
    expect(act('no idea where to go, what do you suggest?', {}).act).toBe('suggest');
  });

  it('a lodging tier stated with the trip is a trip fact, asked alone it is a price question', () => {
    expect(act('Serengeti in July, 2 adults, luxury', {}).act).toBe('trip');
    expect(act('and at luxury level?').act).toBe('price');
  });
});
