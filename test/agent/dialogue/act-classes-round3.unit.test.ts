import { describe, expect, it } from 'vitest';
import type { DialogueAct } from '../../../src/agent/dialogue/acts';
import { recogniseAct } from '../../../src/agent/dialogue/recognise';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import type { TripInputs } from '../../../src/domain/trip-inputs';

// The classes dialogue-4 and dialogue-5 missed, by mechanism, over phrasings written for
// these tests (none taken from the eval sets): regional farewells, thanks and hellos; money
// on the ground (tips, cash, cards); sightings promised; a document's own date; adding by
// attaching a stop or lengthening to a total; a doubt after a why; a why-not about a month;
// French inverted and German plural requests for a suggestion; "anything cheaper" about a
// planned place.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const plan: TripInputs = { destinations: ['kruger'], month: 8, adults: 2, duration_days: 7 };

function read(text: string, known: TripInputs = plan, planned = known.destinations ?? []) {
  const extraction = extractTripInputs(text, { now, pack, previous: known });
  return recogniseAct(text, { extraction, known, pack, merge: mergeTripInputs, planned });
}

const cases: Array<[DialogueAct, string, string?]> = [
  // Farewells as people write them regionally, and loanwords.
  ['goodbye', 'catch you later!'],
  ['goodbye', 'cheerio for now'],
  ['goodbye', 'ok, have a great weekend'],
  ['goodbye', 'thanks a lot, have a lovely day'],
  ['goodbye', 'hasta luego amigos'],
  ['goodbye', 'à tout à l’heure'],
  ['goodbye', 'merci, excellente soirée !'],
  ['goodbye', 'au plaisir'],
  ['goodbye', 'Pfiat eich'],
  ['goodbye', 'Bis gly!'],
  ['goodbye', 'Machs gut'],
  ['goodbye', 'Danke, einen schönen Sonntag noch'],
  ['thanks', 'grazie mille'],
  ['thanks', 'asante sana!'],
  ['thanks', 'nickel, merci'],
  ['thanks', 'trop cool'],
  ['thanks', 'Klingt gut'],
  // Money on the ground is not the trip's price.
  ['out_of_scope', 'what should we give the trackers as a tip?', 'money'],
  ['out_of_scope', 'is tipping expected at the lodges in Kruger?', 'money'],
  ['out_of_scope', 'can we pay with a credit card at the camps or is cash better?', 'money'],
  ['out_of_scope', 'combien prévoir de pourboires pour le chauffeur ?', 'money'],
  ['out_of_scope', 'faut-il des espèces sur place ou la carte bancaire passe ?', 'money'],
  ['out_of_scope', 'Wie viel Trinkgeld gibt man dem Fahrer?', 'money'],
  ['out_of_scope', 'Gibt es im Park einen Geldautomaten?', 'money'],
  // A sighting promised is a guarantee.
  ['out_of_scope', 'are we certainly going to spot a leopard in Kruger?', 'safety_guarantee'],
  ['out_of_scope', 'on est sûrs de voir des éléphants ?', 'safety_guarantee'],
  ['out_of_scope', 'Sehen wir dort garantiert Nashörner?', 'safety_guarantee'],
  // A date that belongs to a document is not the trip's.
  ['out_of_scope', 'my passport is only valid until March 2027, will that do?', 'paperwork'],
  ['out_of_scope', 'mon passeport expire en juin 2027, ça passe ?', 'paperwork'],
  ['out_of_scope', 'Mein Reisepass läuft im Mai 2027 ab, ist das ein Problem?', 'paperwork'],
  ['out_of_scope', 'le paludisme, c’est un souci pour les petits ?', 'health'],
  ['out_of_scope', 'il nous faut un permis international pour conduire là-bas ?', 'paperwork'],
  ['out_of_scope', 'Reicht für die Kleine ein Kinderreisepass?', 'paperwork'],
  ['out_of_scope', 'faut-il un traitement contre le palu pour Kruger ?', 'health'],
  // Adding by attaching a stop at the end, or lengthening the trip.
  ['add_extend', 'could we tag Zanzibar onto the end?'],
  ['add_extend', 'pop Victoria Falls in at the end please'],
  ['add_extend', 'and Cape Town for the last few days?'],
  ['add_extend', 'can we lengthen the trip to 10 days?'],
  ['add_extend', 'let’s extend it to 9 days and include Sabi Sand'],
  ['add_extend', 'on pourrait prolonger jusqu’à 10 jours ?'],
  ['add_extend', 'pour finir, quelques jours à Zanzibar ?'],
  ['add_extend', 'et si on finissait par Zanzibar ?'],
  ['add_extend', 'could we wrap it up with a few nights in Zanzibar?'],
  ['add_extend', 'Die Reise soll mit ein paar Tagen Sansibar enden'],
  ['add_extend', 'on termine avec les chutes Victoria ?'],
  ['add_extend', 'Können wir zum Abschluss noch Sansibar machen?'],
  ['add_extend', 'Lässt sich die Reise auf 10 Tage verlängern?'],
  // A doubt after the why is about the plan; a why-not about a month asks why this month.
  ['why', 'why August? isn’t it too busy then'],
  ['why', 'why not wait until September?'],
  ['why', 'pourquoi pas plutôt en octobre ?'],
  ['why', 'Warum nicht lieber im Oktober?'],
  ['why', 'pk août ?'],
  ['why', 'qu’est-ce qui vous a fait choisir ce parc ?'],
  ['why_not', 'y not Chobe?'],
  ['why_not', 'would Etosha be a calmer option?'],
  ['why_not', 'Etosha serait une bonne alternative ?'],
  ['why_not', 'Wäre Etosha eine ruhigere Alternative?'],
  ['why_not', 'Worum ned Etosha?'],
  // Requests for a suggestion, inverted in French, plural in German.
  ['suggest', 'que choisiriez-vous si vous étiez nous ?'],
  ['suggest', 'iriez-vous ailleurs à notre place ?'],
  ['suggest', 'what would you do if you were us?'],
  ['suggest', 'Was würdet ihr an unserer Stelle machen?'],
  ['suggest', 'can you help us pick?'],
  ['suggest', 'Könnt ihr uns bei der Wahl helfen?'],
  // Leaving, thanking, asking why or how much in everyday words.
  ['goodbye', 'must dash now, talk again soon'],
  ['goodbye', 'right, logging off'],
  ['goodbye', 'bonne fin de journée !'],
  ['goodbye', 'je me sauve, merci'],
  ['goodbye', 'Tschüssi und danke'],
  ['thanks', 'much obliged, that helps'],
  ['why', 'how did you settle on July?'],
  ['why', 'is the dry season really the best for us?'],
  ['why', 'qu’est-ce qui plaide pour Kruger ?'],
  ['why', 'Was spricht denn für August?'],
  ['why', 'Seid ihr sicher mit August?'],
  ['why_not', 'wouldn’t Botswana be closer?'],
  ['suggest', 'got any better ideas for us?'],
  ['price', "what's the damage per head?"],
  ['out_of_scope', 'can we pay in euros at the lodges?', 'money'],
  ['out_of_scope', 'on peut payer par carte là-bas ?', 'money'],
  ['out_of_scope', 'Kann man im Camp mit Karte bezahlen?', 'money'],
  ['out_of_scope', 'vous pouvez nous réserver le vol intérieur ?', 'booking_admin'],
  // Putting the decision off is a goodbye, unless it thanks; an opinion asked about a place compares it.
  ['goodbye', 'we need to sleep on it, will get back to you'],
  ['goodbye', 'on va y réfléchir et on revient vers vous'],
  ['goodbye', 'Wir denken darüber nach und melden uns'],
  ['thanks', 'Merci, on en reparle bientôt'],
  ['thanks', 'so useful, thank you'],
  ['thanks', 'Sehr hilfreich!'],
  ['why', 'how sure are you about August?'],
  ['why', 'd’où vient cette recommandation ?'],
  ['why', 'Woher wisst ihr das?'],
  ['why_not', 'thoughts on Chobe?'],
  ['why_not', 'que pensez-vous du parc d’Etosha ?'],
  ['why_not', 'Was haltet ihr von Chobe?'],
  ['suggest', 'what would your advice be?'],
  ['suggest', 'et votre conseil, ce serait quoi ?'],
  ['suggest', 'Was wäre euer Rat?'],
  ['add_extend', 'Wir würden die Reise gern mit Kapstadt abschließen'],
  ['out_of_scope', 'is the tap water ok to drink?', 'health'],
  ['out_of_scope', 'l’eau du lodge est-elle potable ?', 'health'],
  ['out_of_scope', 'Kann man das Wasser dort trinken, ist es Trinkwasser?', 'health'],
  // A question about what the plan gives is about the plan; a comparison with a place in any language compares.
  ['why', 'will we get to see wild dogs there?'],
  ['why', 'is August a good month for leopards?'],
  ['why', 'on pourra voir des rhinos ?'],
  ['why', 'Sieht man dort auch Nashörner?'],
  ['why_not', 'est-ce mieux que le parc de Chobe en août ?'],
  ['why_not', 'Ist Etosha im August ruhiger als Kruger?'],
  // Bare acknowledgements in everyday words are thanks; one that restates the trip is the trip.
  ['thanks', 'yep, makes sense'],
  ['thanks', 'hmm ok, fair enough'],
  ['thanks', 'ah ouais, compris'],
  ['thanks', 'Genau, verstanden'],
  ['trip', 'yes, Kruger in August'],
  ['goodbye', 'à demain alors'],
  // Taking the plan as it stands is an acknowledgement; a deal asked about is not.
  ['thanks', 'great, we will go with that'],
  ['thanks', 'ça marche, on fait comme ça'],
  ['thanks', 'Abgemacht, so machen wir es'],
  ['price', 'is that a good deal for 7 nights, cost-wise?'],
  // Asking for something else, or the price in other words.
  ['suggest', 'meh. what else could you suggest?'],
  ['suggest', 'vous avez une autre idée ?'],
  ['suggest', 'Haben Sie noch etwas Besseres?'],
  ['price', 'and budget-wise, where does that land?'],
  ['price', 'côté prix, on serait à combien ?'],
  ['price', 'Und preislich?'],
  ['price', 'about what per person per night?'],
  ['price', 'c’est un peu cher, non ?'],
  ['price', 'Und mit einfachen Lodges?'],
  // Formal register.
  ['suggest', 'What would you advise for people in our case?'],
  ['goodbye', 'Many thanks for your time. Best regards'],
  ['trip', 'in our case the dates are fixed: 10 to 17 August'],
  // Dialect and slang forms of the same acts.
  ['goodbye', 'right, ta-ra then'],
  ['goodbye', 'Auf Wiederschaun!'],
  ['greeting', 'Grüessech mitenand'],
  ['why', 'comment se fait-il que ce soit le Kruger ?'],
  ['suggest', 'which one would you go with?'],
  ['add_extend', 'could we bung in two nights at Victoria Falls?'],
  ['price', 'Was choschtet das ungefähr?'],
  ['price', 'Wia vü kost des?'],
  ['suggest', 'Was tätet ihr an üserer Stell mache?'],
  ['add_extend', 'Chönnted mer no Victoria Falls drahänke?'],
  // Someone added to the party is a trip change, not a stop.
  ['trip', 'can we add my father too? he is 68'],
  ['trip', 'on rajoute ma sœur, elle a 30 ans'],
  ['trip', 'Wir nehmen noch unseren Sohn mit, er ist 11'],
  // A comparison with another month is asked (why this month); "what about October?" proposes it.
  // Since the sixth round a month tried on is answered with what the rules would say then, the decision
  // standing (with a proposal; docs/dialogue.md "Sixth round"); no other place named, it is a why (the lead's label decision,
  // thirteenth round).
  ['why', 'would September be better for us?'],
  ['why', 'Ce serait mieux en octobre ?'],
  ['why', 'Wäre der Oktober besser für uns?'],
  ['why', 'what about October instead?'],
  ['price', 'do children pay less?'],
  ['price', 'les enfants paient moins ?'],
  ['price', 'Zahlen Kinder weniger?'],
  // "Anything cheaper" about the planned place asks a price.
  ['price', 'is there something cheaper in Kruger?'],
  ['price', 'Gibt es im Kruger etwas Günstigeres?'],
];

describe('act classes of the third round, by mechanism', () => {
  it.each(cases)('%s ← %s', (expected, text, topic) => {
    const r = read(text);
    expect(r.act).toBe(expected);
    if (topic) expect(r.topic ?? extractTripInputs(text, { now, pack, previous: plan }).out_of_scope_topic).toBe(topic);
  });

  it('a question about the plan that names an interest or a month it has changes nothing', () => {
    for (const ask of ['is August the right time for the big five?', 'est-ce la bonne période pour les léopards ?', 'Werden wir im August Leoparden sehen?']) {
      const [first, q] = [...simulateConversation(['Kruger in August, 2 adults, 7 days', ask], now, pack)];
      expect(q!.dialogue.act).toBe('why');
      expect(q!.inputs).toEqual(first!.inputs);
    }
    // The answer speaks to the interest asked about when the place is strong for it.
    const [, bigFive] = [...simulateConversation(['Kruger in August, 2 adults, 7 days', 'will we see the big five there?'], now, pack)];
    expect(bigFive!.replies.web).toMatch(/a strong choice for the big five/);
  });

  it('putting it off while naming the party the trip has is still a goodbye', () => {
    const turns = [...simulateConversation(['Kruger in August, 2 adults, 7 days', 'I will talk it over with my husband and come back to you'], now, pack)];
    expect(turns[1]!.dialogue.act).toBe('goodbye');
    expect(turns[1]!.inputs).toEqual(turns[0]!.inputs);
  });

  it('a money question, a sighting promise or a passport date never changes the standing decision', () => {
    const turns = [
      ...simulateConversation(
        ['Kruger in August, 2 adults, 7 days, about $4000 each', 'how much cash should we carry for tips?', 'my passport expires in October 2027, is that ok?', 'will we for sure see lions?'],
        now,
        pack,
      ),
    ];
    for (const t of turns.slice(1)) {
      expect(t.dialogue.act).toBe('out_of_scope');
      expect(t.decided).toBe(false);
      expect(t.inputs).toEqual(turns[0]!.inputs);
    }
  });

  it('lengthening to a total takes the trip to that length, not that many days more', () => {
    const [first, stretched] = [...simulateConversation(['Kruger in August, 2 adults, 7 days', 'could we stretch it to 10 days?'], now, pack)];
    expect(first!.inputs.duration_days).toBe(7);
    expect(stretched!.dialogue.act).toBe('add_extend');
    expect(stretched!.inputs.duration_days).toBe(10);
    const [, withPlace] = [...simulateConversation(['Kruger in August, 2 adults, 7 days', 'on pourrait rallonger à 10 jours en ajoutant les chutes Victoria ?'], now, pack)];
    expect(withPlace!.dialogue.act).toBe('add_extend');
    expect(withPlace!.inputs.destinations).toContain('victoria_falls');
    expect(withPlace!.inputs.duration_days).toBe(10);
  });

  it('asking for a suggestion once a decision stands changes nothing', () => {
    for (const ask of ['and you, what would you pick?', 'et vous, vous feriez quoi ?', 'Und was würdet ihr machen?']) {
      const [first, suggest] = [...simulateConversation(['we dream of a quiet safari in May, 7 days, 2 of us', ask], now, pack)];
      expect(first!.decisionPlaces?.length ?? 0).toBeGreaterThan(0);
      expect(suggest!.dialogue.act).toBe('suggest');
      expect(suggest!.inputs).toEqual(first!.inputs);
    }
  });

  it('a change of mind whose earlier place the extractor missed is still a change of mind', () => {
    const turns = [...simulateConversation(['Wir möchten im Juli ins Okavango-Delta, 2 Personen, 8 Tage', 'Vergiss Botswana, lieber Etosha in Namibia'], now, pack)];
    expect(turns[1]!.dialogue.act).toBe('change_mind');
    expect(turns[1]!.inputs.destinations).toEqual(['etosha']);
  });
});
