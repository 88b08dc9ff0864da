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
    expect(act('et Ruaha ?')).toEqual({ act: 'why_not', about: 'ruaha', proposal: { destinations: ['ruaha'] } });
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

// Two more sets of phrasings, written after the first, each against a plan of its own.
describe.each([
  {
    plan: { destinations: ['tarangire'], month: 9, adults: 2, duration_days: 7 } as TripInputs,
    phrasings: [
  ['why', 'ok but what makes September good?'], ['why', 'is that really the best month?'], ['why', 'how did you decide that?'], ['why', 'pourquoi septembre ?'], ['why', 'Qu’est-ce qui vous fait dire ça ?'], ['why', 'Wie begründen Sie das?'], ['why', 'Warum ausgerechnet September?'], ['why', 'what is this based on'],
  ['why_not', 'would Ruaha not be better?'], ['why_not', 'isn\'t Serengeti better in September?'], ['why_not', 'what about going to Kenya instead?'], ['why_not', 'and the Ngorongoro crater?'], ['why_not', 'Et pourquoi pas le Kenya ?'], ['why_not', 'Le Serengeti ne serait pas mieux ?'], ['why_not', 'Wäre die Serengeti nicht besser?'], ['why_not', 'Und der Ngorongoro?'],
  ['price', 'what\'s the total cost roughly?'], ['price', 'how expensive is it?'], ['price', 'can we do it on a budget?'], ['price', 'c’est combien en tout ?'], ['price', 'ça revient cher ?'], ['price', 'Wie teuer wird das?'], ['price', 'Was kostet eine einfache Unterkunft?'],
  ['suggest', 'what do you think we should do?'], ['suggest', 'can you recommend something?'], ['suggest', 'surprise us, where should we go?'], ['suggest', 'qu’est-ce que vous recommandez ?'], ['suggest', 'Was würden Sie vorschlagen?'], ['suggest', 'Hast du einen Tipp?'],
  ['add_extend', 'we could add a couple of days at the coast'], ['add_extend', 'can we include Zanzibar as well?'], ['add_extend', 'how about adding Serengeti too?'], ['add_extend', 'let\'s stay two more nights'], ['add_extend', 'on aimerait rester 2 nuits de plus'], ['add_extend', 'on peut inclure Zanzibar ?'], ['add_extend', 'Können wir noch Sansibar mitnehmen?'], ['add_extend', 'Wir bleiben gern 2 Nächte länger'],
  ['change_mind', 'actually let\'s ditch Tanzania and go to Botswana'], ['change_mind', 'new plan: Namibia, Etosha'], ['change_mind', 'changement de programme : le Kenya'], ['change_mind', 'on abandonne la Tanzanie, direction le Botswana'], ['change_mind', 'Wir haben es uns anders überlegt: Botswana'], ['change_mind', 'Tansania fällt weg, wir nehmen Kenia'],
  ['thanks', 'appreciate it!'], ['thanks', 'great stuff, thanks'], ['thanks', 'merci pour tout'], ['thanks', 'c’est top, merci'], ['thanks', 'Danke, das hilft'], ['thanks', 'Super, vielen Dank!'],
  ['goodbye', 'that\'s all for now, bye'], ['goodbye', 'catch you later'], ['goodbye', 'à la prochaine'], ['goodbye', 'bonne journée à vous'], ['goodbye', 'Schönen Abend noch'], ['goodbye', 'Ciao, bis bald'],
  ['greeting', 'hi again'], ['greeting', 'good evening'], ['greeting', 'bonjour, me revoilà'], ['greeting', 'Hallo zusammen'],
  ['emoji', '😂'], ['emoji', '👀👀'],
  ['out_of_scope', 'do I need malaria tablets?'], ['out_of_scope', 'est-ce qu’il faut un vaccin ?'], ['out_of_scope', 'Brauchen wir ein Visum für Tansania?'], ['out_of_scope', 'Ist Tansania gerade gefährlich?'],
  ['trip', 'we can only go in October actually'], ['trip', 'one more person is joining us'], ['trip', 'our budget is $4000 each'], ['trip', 'on a finalement 10 jours'], ['trip', 'notre budget est de 5000 € par personne'], ['trip', 'Wir haben doch 10 Tage'], ['trip', 'Unser Budget sind 4000 Euro pro Person'],
] as [DialogueAct, string][],
  },
  {
    plan: { destinations: ['kruger'], countries: ['ZA'], month: 5, adults: 3, duration_days: 9, budget_amount: 3000, budget_currency: 'USD', budget_basis: 'per_person' } as TripInputs,
    phrasings: [
  ['why', 'hmm, why Kruger though?'], ['why', 'can you tell me why?'], ['why', 'explain please'], ['why', 'so why May?'], ['why', 'et pourquoi donc ?'], ['why', 'vous pouvez m’expliquer ?'], ['why', 'Aus welchem Grund?'], ['why', 'Erklär mal bitte'], ['why', 'what are the reasons?'],
  ['why_not', 'and Chobe?'], ['why_not', 'could we not do Etosha instead?'], ['why_not', 'is Botswana not a better idea?'], ['why_not', 'et Etosha, c’est comment ?'], ['why_not', 'le Botswana serait plus calme, non ?'], ['why_not', 'Warum nicht lieber Chobe?'], ['why_not', 'Und Namibia?'],
  ['price', 'what does that come to per person?'], ['price', 'roughly what budget would we need?'], ['price', 'any way to make it cheaper?'], ['price', 'le budget à prévoir ?'], ['price', 'quel tarif pour un lodge de luxe ?'], ['price', 'Mit welchen Kosten müssen wir rechnen?'], ['price', 'Gibt es das auch etwas billiger?'],
  ['suggest', 'what would be your pick?'], ['suggest', 'got any recommendations?'], ['suggest', 'vous feriez comment, vous ?'], ['suggest', 'une suggestion ?'], ['suggest', 'Was rätst du uns?'], ['suggest', 'Irgendwelche Vorschläge?'],
  ['add_extend', 'add 2 days in Cape Town at the end'], ['add_extend', 'could Victoria Falls be added?'], ['add_extend', 'and then a few days on the beach'], ['add_extend', 'on voudrait ajouter Victoria Falls'], ['add_extend', 'deux jours de plus, c’est possible ?'], ['add_extend', 'Noch drei Nächte dazu, bitte'], ['add_extend', 'Victoriafälle hinterher?'],
  ['change_mind', 'scrap Kruger, take us to the Serengeti'], ['change_mind', 'let us drop South Africa: Kenya please'], ['change_mind', 'finalement on oublie Kruger, ce sera la Tanzanie'], ['change_mind', 'non, on laisse tomber l’Afrique du Sud : Namibie'], ['change_mind', 'Krüger ist raus, lieber Botswana'], ['change_mind', 'Vergesst Südafrika, wir fliegen nach Kenia'],
  ['thanks', 'thank you, very clear'], ['thanks', 'brilliant, cheers'], ['thanks', 'merci, c’est clair'], ['thanks', 'génial, merci beaucoup'], ['thanks', 'Dankeschön!'], ['thanks', 'Perfekt, danke'],
  ['goodbye', 'bye!'], ['goodbye', 'talk soon'], ['goodbye', 'bonne soirée !'], ['goodbye', 'au revoir'], ['goodbye', 'Tschö!'], ['goodbye', 'Auf Wiedersehen!'],
  ['greeting', 'hey!'], ['greeting', 'morning!'], ['greeting', 'Moin moin'],
  ['emoji', '🤩'], ['emoji', '🙌🙌🙌'],
  ['out_of_scope', 'is it safe for kids?'], ['out_of_scope', 'do we need any shots?'], ['out_of_scope', 'faut-il un passeport valable 6 mois ?'], ['out_of_scope', 'Ist es dort sicher für Kinder?'],
  ['trip', 'we are now 4'], ['trip', 'let us do June'], ['trip', 'budget is 2500 per person'], ['trip', 'plutôt juin'], ['trip', 'on sera 4'], ['trip', 'Lieber Juni'], ['trip', 'Wir sind jetzt 4'],
] as [DialogueAct, string][],
  },
])('recogniseAct against $plan.destinations', ({ plan, phrasings }) => {
  it.each(phrasings)('%s: %s', (want, text) => {
    expect(act(text, plan).act).toBe(want);
  });
});
