import type { OutOfScopeTopic } from '../extraction-schema';
import type { TripInputsDelta } from '../../domain/trip-inputs';

/**
 * Topics the agent refuses to advise on, as travelers ask them in English, French and
 * German, on `cueText`: the scope reader's topics (visa, health, guarantees, bookings,
 * non-travel) and three it has no name for — insurance, paperwork (passports, birth
 * certificates, driving and drone permits, applying for park permits) and money on the
 * ground (tipping, cash, cards, changing money). Each answer is a bounded pointer to
 * where a reliable answer lives.
 */
export type DialogueTopic = OutOfScopeTopic | 'insurance' | 'paperwork' | 'money' | 'practical';

const TOPICS: ReadonlyArray<readonly [DialogueTopic, RegExp]> = [
  ['insurance', /\b(?:\w*insurance|insured|insurer|assurances?|\w*versicherung\w*|versichert)\b/],
  [
    'paperwork',
    /\b(?:(?:parental )?consent (?:letter|form)s?|parental consent|autorisations? (?:parentales?|de sortie du territoire)|einverstandniserklarung\w*|passports?|passeports?|\w*reisepass\w*|kinderpass\w*|(?:eigene[nmr]?|einen|gultige[nmr]?|ihren|seinen|deutschen|osterreichischen|schweizer) pass\b|passkopie\w*|birth certificates?|actes? de naissance|geburtsurkunde\w*|blank pages|pages? vierges?|driv(?:ing|er'?s) (?:permit|licen[cs]e)s?|permis de conduire|permis international|permis\b[^.?!]{0,25}\bconduire|conduire\b[^.?!]{0,25}\bpermis|fuhrerschein\w*|drones?|drohnen?)\b|\b(?:apply|applying|obtain|get|buy|book|booking|reserve|beantrag\w*|besorg\w*|buchen|reservier\w*|obtenir|demander|acheter|reserv\w*)\b[^.?!]{0,40}\b(?:permits?|permis|genehmigung\w*)\b|\b(?:permits?|permis|genehmigung\w*)\b[^.?!]{0,40}\b(?:apply|obtain|comment|how|wie|beantrag\w*|occup\w*|kummer\w*)\b|\b(?:genehmigung|erlaubnis|autorisation)\b|\b(?:faut(?:-il)?|need|needed|requires?|required|brauch\w*)\b[^.?!]{0,20}\b(?:(?:a|an|un|une|eine?n?) )?(?:special )?(?:permits?|permis|sondergenehmigung\w*)\b(?! de conduire)/,
  ],
  // Tipping and cash on the ground, not the trip's price; "any tips?" asks for advice (a suggestion), not about gratuities.
  [
    'money',
    /\b(?:kwacha|shillings?|(?<!\b(?:am|vom|zum|dem|den|der|im|au|le) )rand(?! (?:vom|von|des|der|du|de))|pula|local currency|(?:which|what) currency|currency|devises?|monnaie locale|quelle monnaie|wahrung|landeswahrung|(?:do|will|would) they (?:take|accept) (?:usd|us dollars|dollars|euros|cards?)|(?:usd|dollars|euros) accepted|accepte(?:nt)?(?:-t-on| on| ils)? (?:les )?(?:dollars|euros|cartes?)|(?:nehmen|akzeptieren) (?:sie|die) (?:dollar|euro|karten?)|tipping|gratuit(?:y|ies)|pourboires?|trinkgeld\w*|bargeld\w*|especes|argent liquide|liquide sur place|geldautomat\w*|bancomat\w*|distributeurs?(?: de billets)?|atms?|kreditkarte\w*|cartes? (?:bancaires?|de credit|visa)|wechselstube\w*|geld wechseln|changer (?:de l'|l'|d'|de )?argent|currency exchange|exchange (?:money|currency)|(?:bring|take|carry|need)\b[^.?!]{0,25}\bcash|cash\b[^.?!]{0,30}\b(?:cards?|bring|take|need|carry)|cards? (?:accepted|fine|ok|okay|work)|tip (?:the |our |your )?(?:guides?|staff|rangers?|drivers?|porters?|trackers?|crew|lodge)|as (?:a )?tips?|(?:guides?|staff|rangers?|drivers?|porters?|trackers?|crew|butlers?)\b[^.?!]{0,30}\btips?|(?:credit|debit) cards?|pay (?:\w+ )?(?:by|with|in) (?:a )?(?:card|cash|dollars|euros)|cash (?:better|only|or cards?)|cards? or cash|(?:mit|per) (?:karte|kreditkarte|bargeld|ec-karte) (?:zahlen|bezahlen)|kartenzahlung|payer (?:par|en) (?:carte|liquide|especes|dollars?|euros?|cash)|pay (?:in|with) (?:dollars|usd|euros|cash)|(?:in|mit) (?:dollar|euro|bar) (?:zahlen|bezahlen)|bar (?:zahlen|bezahlen)|paiement par carte|(?:do|should|to|we|you|i) tip\b|tips?\b[^.?!]{0,30}\b(?:per day|a day|per person|guides?|staff|rangers?|drivers?|porters?|usually|expected|customary|included|come to))\b/,
  ],
  // Plugs, adaptors, SIM cards, voltage, luggage limits on the small planes: practicalities, not the trip's decision.
  ['practical', /\bhow heavy\b[^.?!]{0,30}\b(?:bags?|suitcases?|cases)\b|\b(?:bags?|suitcases?|duffels?)\b[^.?!]{0,40}\b(?:planes?|flights?|aircraft|cessnas?)\b|\b(?:luggage|baggage|bagages?|\w*gepack\w*|weight (?:limits?|restrictions?|allowance)|(?:limite|restriction)s? de poids|gewichts(?:grenze|limit|beschrankung)\w*|soft-?sided bags?|sacs? souples?|plugs?|adaptors?|adapters?|power sockets?|sockets?|voltage|sim cards?|esim|prises?(?: electriques?)?|adaptateurs?|carte sim|steckdosen?|stecker|reisestecker|adapter(?:stecker)?|sim-?karten?|stromspannung)\b/],
  ['visa', /\b(?:\w*visas?|\w*visum|visa-?pflicht|einreise\w*|entry (?:rules|requirements)|pour entrer|conditions d'entree)\b/],
  ['health', /\btsetse\w*|\b(?:insect|mosquito|tsetse) bites?\b|\bpiqures? (?:de |d')(?:moustiques?|insectes?|mouches? tse-?tse)\b|\b(?:mucken|insekten)?stiche?n?\b|medical (?:certificate|clearance|check)|health check|fit to fly|altitude sickness|certificat medical|mal (?:de l'|des )?altitude|\battest\b|arztliches|hohenkrankheit|vaccin|impf|gelbfieber|yellow fever|fievre jaune|sanitaire|health risks?|gesundheitsrisik|\bjabs\b|\b(?<!(?:boat|photo|camera|drone|action|wildlife|great|good|nice|those|these|the) )shots\b|palud|malaria|\bsante\b|gesundheit|medicament|\barzt\b|\bmedecin\b|\bdoctor\b|prophyla|\bpalu\b|antipalu|\bpotable\b|eau du robinet|leitungswasser|trinkwasser|trinkbar|drinking water|tap water|water (?:safe )?to drink/],
  ['safety_guarantee', /\b(?:definitely|for sure|surely|certainly|guarantee\w*)\b[^.?!]{0,20}\brain\b|\bpromise\b[^.?!]{0,30}\b(?:no rain|dry|sun)\b|\b(?:sur|garanti\w*|certain)\b[^.?!]{0,20}\b(?:pleuvra|pluie)\b|\b(?:sicher|garantiert|bestimmt)\b[^.?!]{0,20}\b(?:regnet|regen)\b|\b(?:will|would) there (?:definitely|surely|certainly|for sure) be\b|\bthere(?: will|'ll) (?:definitely|surely|certainly) be\b|\b(?:definitely|for sure|for certain|certainly|surely|guaranteed to)\b[^.?!]{0,30}\b(?:see|spot|get to see|find|be (?:a|any|some|one))\b|\by aura(?:-t-il)?(?: forcement| a coup sur| surement)\b|\b(?:sicher|garantiert|bestimmt)\b[^.?!]{0,20}\b(?:eine?|einen) (?:uberquerung|flussuberquerung|sichtung)|\b(?:see|spot)\b[^.?!]{0,40}\b(?:for sure|for certain|definitely)\b|\ba coup sur\b|\b(?:sur|surs|sure|sures|certain|certains) de (?:voir|croiser|apercevoir)\b|\bforcement (?:voir|des|les)\b|\b(?:sicher|garantiert|bestimmt|auf jeden fall|mit sicherheit)\b[^.?!]{0,30}\b(?:sehen|sichten|zu gesicht)\b|\b(?:garanti\w*|guarantee\w*|promise|promets|promettre|promettez|versprech\w*|zusicher\w*|dangereu\w*|securite|securise|gefahrlich\w*|gefahr)\b|\b(?:ist es|ist das|sind wir|ist \w+)\b(?! sie\b)[^?.!]{0,30}\b(?:sicher|gefahrlich)\b|\b(?:unsafe|safety|safe(?! (?:bet|choice|option|pick)))\b|\bsans danger\b/],
  // A forecast for one day ("what will the weather be on the 3rd?", «quel temps fera-t-il le 12 ?», „wie wird das Wetter am 5.?"): nobody can promise it.
  ['safety_guarantee', /\b(?:weather|forecast)\b[^.?!]{0,50}\bon (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?)\b|\b(?:quel temps|meteo)\b[^.?!]{0,50}\ble \d{1,2}\b|\bwetter\b[^.?!]{0,50}\bam \d{1,2}\b|\b(?:weather forecast|previsions? meteo|wettervorhersage|wetterbericht)\b/],
  // Rain forecast for the stay ("will it rain every day?", «il va pleuvoir tout le temps ?», „wird es dann ständig regnen?"):
  // nobody can promise weather. The climate of a month ("is April the rainy season?", "im Dezember regnet es doch") asks why.
  ['safety_guarantee', /\b(?:will it (?:\w+ )?rain|(?:is it|it'?s) (?:going to|gonna) rain|(?:weather|it) (?:is )?(?:going to|gonna) be(?: like)?|what will the weather be|how will the weather be|(?:il )?va pleuvoir|pleuvra(?:-t-il)?|quel temps (?:va-t-il faire|fera-t-il|il (?:va )?fera|(?:ca|il) va faire)|wird es (?:\w+ ){0,3}regnen|regnet es (?:\w+ )?(?:jeden tag|die ganze zeit|standig|dauernd|durchgehend)|wie wird das wetter)\b/],
  // A fee's future asked ("is the permit price going up?", «le permis va augmenter ?», „wird das Permit teurer?"): a price promise.
  ['price_guarantee', /\b(?:prices?|rates?|fees?|permits?|tarifs?|prix|permis|preis\w*|gebuhr\w*)\b[^.?!]{0,15}\b(?:going (?:to go )?up|going to (?:rise|increase|change)|va(?:-t-il)? (?:augmenter|changer)|vont augmenter|wird (?:\w+ )?(?:teurer|steigen|erhoht)|steigt)\b|\b(?:wird|werden) (?:das|die|der) (?:\w+ )?(?:permit|preis|gebuhr)\w* (?:\w+ )?(?:teurer|steigen)\b|\b(?:will|is going to|are going to)\b[^.?!]{0,30}\b(?:get|become) (?:more expensive|pricier|dearer)\b|\bguarantee (?:us )?(?:availability|a (?:slot|space|spot|place))\b/],
  // How a park fee is paid ("do we pay the park fee at the gate or beforehand?"): money on the ground, and its figure is the fee's.
  ['money', /\b(?:pay|paid|paying|payable|payer|paie|paye|zahlen|bezahlen|zahlt|bezahlt|gezahlt)\b[^.?!]{0,40}\b(?:at the (?:gate|entrance)|on arrival|in advance|beforehand|upfront|a l'entree|a la porte|sur place|a l'avance|d'avance|am (?:tor|gate|eingang)|vor ort|im voraus|vorab)\b/],
  ['price_guarantee', /\b(?:discounts?|rabais|remise|rabatt\w*|ermassigung\w*|price match\w*|(?:lock|hold|freeze|keep|guarantee) (?:in )?(?:the|this|that|our) (?:price|rate|quote)|(?:bloquer|garder|geler|garantir) (?:le|ce|notre) (?:prix|tarif)|(?:preis|tarif)\b[^.?!]{0,25}\b(?:halten|festhalten|reservieren|sichern|einfrieren|garantieren)|lock (?:in )?the price|prix garanti\w*|festpreis\w*)\b/],
  ['booking_admin', /\b(?:(?:change|cancel|modify|move|rebook) (?:my|our|the) (?:\w+ )?(?:flights?|bookings?|reservations?|tickets?)|(?:changer|modifier|annuler|deplacer) (?:mon|ma|notre|nos|mes) (?:vols?|billets?|reservations?)|(?:flug|buchung|reservierung|ticket)\w* (?:umbuchen|andern|stornieren|verschieben)|(?:flug|fluge|flugtickets?|vols?|billets? d'avion)\b[^.?!]{0,40}\b(?:buchen|reservier\w*|reserver)|rembours\w*|annul\w* (?:ma|notre) reservation|stornier\w*|erstatt\w*|ma reservation|meine buchung|refund\w*|cancel (?:my|our) booking|(?:can|could|will) you (?:book|reserve)|book (?:the |our |my )?(?:flights?|tickets?)(?: for us)?|pouvez-vous (?:nous )?reserver|(?:vous )?pouvez (?:nous )?reserver|reservez-vous|tu peux (?:nous )?reserver|(?:kannst du|konnt ihr|konnen sie) (?:uns )?(?:die |den |das )?\w* ?(?:fur uns )?buchen|(?:uber|bei|durch) (?:euch|ihnen|dich)\b[^.?!]{0,15}\b(?:buchen|reservieren)|(?:book|reserve|pay) (?:it |this |that |them )?(?:through|via|with) you|reserver (?:par|aupres de|avec) vous|(?:konnen|konntet|konnt) (?:sie|ihr) (?:das |die \w+ )?(?:fur uns )?buchen)\b/],
  // Asked on someone else's behalf ("asking for a friend"): not this traveler's trip.
  ['non_travel', /\b(?:(?:just |only )?asking for (?:a|my) (?:friend|mate|colleague)|question for a friend|(?:je demande |c'est |question )pour (?:un|une) (?:ami|amie|copain|copine|collegue)|(?:frage|fragen|gefragt) fur (?:einen|eine|meinen|meine) (?:freund|freundin|kollegen|kollegin|bekannten)|fur (?:einen|eine) (?:freund|freundin) gefragt|impots?|declaration d'impots|steuer\w*|poeme|gedicht|poem|recette|rezept|recipe|devoirs|hausaufgaben|homework|jokes?|blagues?|witz\w*|capital of|capitale d[eu]|hauptstadt|resto|restaurant in|football|fussball)\b/],
];

/** A topic the agent refuses to advise on, read from the message. */
export function refusedTopic(t: string): DialogueTopic | undefined {
  for (const [topic, re] of TOPICS) if (re.test(t)) return topic;
  return undefined;
}

const ASKS =
  /\?|^(?:(?:and|so|but|ok|okay|hmm|also|et|mais|alors|bon|und|aber|hey|hi|salut|hallo|just one question first|j'ai une question)\W+)*(?:do|does|did|is|are|can|could|will|would|should|must|shall|how|what|which|who|where|when|why|any|est-ce|faut-il|doit|doivent|dois|dois-je|peut|peut-on|pouvez|puis|y a-t-il|ou|quand|comment|combien|quel\w*|pourquoi|brauch\w*|muss|musst|mussen|kann|kannst|konnen|gibt es|wie|was|wo|wohin|wann|welche\w*|warum|wieso|ist|sind|habt|haben|soll\w*|une? \w+ est-elle|tell me|give me|write|erzahl\w*|schreib\w*|raconte\w*|ecri\w*|dis-moi|sag mir)\b/;

/** Whether a message asks something (a question mark, or a question's first word in any of the three languages). */
export function asksSomething(t: string): boolean {
  return ASKS.test(t);
}

// What a trip statement states; places, priorities and children named in a question are its subject.
const TRIP_FACTS = ['month', 'year', 'start_date', 'end_date', 'duration_days', 'budget_amount', 'adults', 'group_size', 'flexible_dates', 'pace', 'drive_tolerance_hours'] as const;

/** Whether the message states the trip's core facts (when, how long, who, how much). */
export function statesTripFacts(delta: TripInputsDelta): boolean {
  return TRIP_FACTS.some((k) => delta[k] !== undefined);
}
