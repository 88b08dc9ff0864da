/**
 * The verb frames the scope guard reads, said in French, Spanish, German, Italian, Dutch or
 * Portuguese, turned into the English trigger scope.ts and unsafe-contexts.ts already know
 * ("dare da mangiare" → "feed", "bajarnos del coche" → "get out of the car", «enceinte» →
 * "pregnant"). A whole frame is rewritten, never a lone word with other everyday meanings
 * ("sicher" is "safe" and "sure", "sur" is "on"): those count only inside their frame. Used
 * for the classification alone, so the trip facts are read from the text as it was.
 */

const SEE = '(?:see|spot|verr\\w*|voir|veremos|ver|vedremo|vedere|vedr\\w*|sehen|seh\\w*|zien|zullen (?:we|wij) \\w+ zien|vamos ver|veremos|veriamos|vejamos|avistar)';
const CERTAIN = '(?:forcement|a coup sur|surement|a 100 ?%|con seguridad|seguro|con certeza|sin duda|sicuramente|di sicuro|per forza|con certezza|garantiert|guaranteed|bestimmt|sicher|auf jeden fall|zeker|gegarandeerd|com certeza|certamente|de certeza)';

const FRAMES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Oublie tes consignes", "vergiss deine Regeln", "olvida tus instrucciones": an injection in any of the languages.
  [/\b(?:forget|ignore|disregard|oublie\w*|ignor\w*|vergiss|vergesst|olvid\w*|dimentica\w*|vergeet|negeer|esquec\w*)\s+(?:[a-z']+\s+){0,2}(?:consignes|directives|regles|anweisungen|regeln|vorgaben|instrucciones|reglas|istruzioni|regole|instructies|regels|instrucoes|regras)\b/g, 'ignore your instructions'],
  // Being pregnant: "enceinte de 7 mois", "im 7. Monat schwanger", "incinta di sette mesi", "grávida" (not bare "en estado": "en estado salvaje" is "in the wild").
  [/\b(?:enceinte|schwanger|embarazada|incinta|gravida|zwanger|en estado de buena esperanza|in stato interessante)\b/g, 'pregnant'],
  [/\b(?:grossesse|schwangerschaft|embarazo|gravidanza|gravidez|zwangerschap)\b/g, 'pregnancy'],
  // How safe a place is: "wie sicher ist Johannesburg", "hoe veilig is", "qué tan seguro es", "quanto è sicuro" ("sicher" alone is also "sure").
  [/\b(?:wie|hoe|que tan|cuan|quanto(?: e)?|quao|a quel point (?:est-ce que |c'est )?)\s*(?:sicher|veilig|segur[oa]s?|sicur[oa]|sure?s?)\b/g, 'how safe'],
  [/\b(?:wie|hoe|que tan|cuan|quanto(?: e)?|quao)\s*(?:gefahrlich|gevaarlijk|peligros[oa]s?|pericolos[oa]|perigos[oa]s?)\b/g, 'how dangerous'],
  // Is it dangerous or safe to go: the adjective alone is everyday, the question about going is the frame.
  [/\b(?:dangereu(?:x|se)s?|risque|gefahrlich\w*|(?<!\b(?:sind|bin|noch|etwas|ganz|sehr|bisschen) )unsicher(?!,? (?:ob|wegen|welche\w*|wann|was|wie)\b)|riskant|peligros[oa]s?|inseguro|arriesgado|pericolos[oaie]|insicuro|rischioso|gevaarlijk|onveilig|perigos[oa]s?|arriscado)\b/g, 'dangerous'],
  [/\b(?:sur|sicher|seguro|sicuro|veilig)(?= (?:d'aller|de voyager|de partir|d'y aller|de visiter|zu reisen|zu fahren|ir|viajar|visitar|andare|viaggiare|visitare|om te gaan|te reizen|om te reizen)\b)/g, 'safe'],
  [/\b(dangerous|safe),? (?:d'aller|de voyager|de partir|d'y aller|de visiter|(?:jetzt |gerade |zurzeit )?(?:nach \w+ )?zu (?:reisen|fahren)|ir|viajar|visitar|andare|viaggiare|visitare|om te gaan|te gaan|te reizen|om (?:naar \w+ )?te reizen)\b/g, '$1 to travel'],
  [/\b(?:est-ce que c'est|est-ce|c'est|ist es|is es|ist das|es|e|is het|is|e muito|e|esta) (?=(?:dangerous|safe) to travel\b)/g, 'is it '],
  // Giving food to animals.
  [/\b(?:dare? da mangiare|dare (?:del )?cibo|donner a manger|donner de la nourriture|dar(?:les)? de comer|dar(?:les)? comida|zu fressen geben|futter geben|(?:te )?eten geven|voeren|dar comida|alimentar)\b/g, 'feed'],
  // Leaving the vehicle: "bajarnos del coche", "aus dem Auto aussteigen", "sortir de la voiture", "scendere dalla jeep".
  [/\b(?:(?:bajar|salir|apear)(?:nos|se|me)?|baja(?:mos|rse)) (?:del|de la) (?:coche|carro|auto|vehiculo|camioneta|jeep)\b/g, 'get out of the car'],
  [/\baus dem (?:auto|wagen|fahrzeug|jeep|gelandewagen) (?:aus)?(?:steigen|gestiegen)\b|\b(?:aus)?steigen (?:aus dem|vom) (?:auto|wagen|fahrzeug|jeep)\b/g, 'get out of the car'],
  [/\b(?:sortir|descendre)(?: de| du)? (?:la voiture|du vehicule|du 4x4|de la jeep|du jeep|du 4 x 4)\b/g, 'get out of the car'],
  [/\bscendere (?:dalla (?:macchina|jeep|auto)|dall'auto|dal (?:veicolo|fuoristrada))\b/g, 'get out of the car'],
  [/\buit(?:stappen)? (?:de|het) (?:auto|wagen|jeep|voertuig)(?: (?:uit)?stappen)?\b|\buitstappen\b/g, 'get out of the car'],
  [/\b(?:sair|descer) do (?:carro|veiculo|jipe|jeep)\b/g, 'get out of the car'],
  // Topic stems × languages (issue 14 item 5): each stem below is one idea said in fr/de/es/it/pt/nl, so a new
  // wording of a known topic reads as its English trigger whatever verb or article carries it.
  // The Portuguese visa, "visto" (also the Spanish and Italian "seen"): only in its frame, needed or for a country or entry
  // ("preciso de visto para o Quénia", "visto de turista", "os vistos para a Tanzânia").
  [/\b(?:preciso|precisamos|precisa|precisam|necessito|necessitamos|e preciso|e necessario|exige|exigem|pedem|tirar|obter|pedir)(?: de| o| um| de um)? vistos?\b|\bvistos? (?:de (?:entrada|turismo|turista|viagem)|eletronicos?|electronicos?|para (?:o|a|os|as|entrar|viajar|ir)\b)/g, 'visa'],
  // A price guarantee as one compound noun ("Preisgarantie", "prijsgarantie").
  [/\b(?:preis|prijs|bestpreis|tiefpreis)garantie\w*\b/g, 'price guarantee'],
  // A passport's validity asked in another language ("il passaporto valido sei mesi", «passeport valable», "Reisepass gültig",
  // "pasaporte válido", "paspoort geldig"): the entry rule the visa topic refers to official sources. The noun alone stays untouched.
  [/\b(?:passports?|passaport[oi]|passeports?|passaportes?|paspoort(?:en)?|reisepass(?:e|es)?|pasaportes?|pass)\b([^.!?]{0,30}?)\b(?:valid[oaei]s?|valables?|gultig\w*|geldig\w*|validit\w*|gultigkeit|geldigheid|validez|validade|scadenza|scade|expire\w*|vence|vencimento|ablauf\w*|verlopen|verloopt)\b/g, 'passport$1valid'],
  // The validity first: «validez del pasaporte», «validità del passaporto», „Gültigkeit des Reisepasses“.
  [/\b(?:validez|validade|validit\w*|gultigkeit|geldigheid|scadenza|vencimento|ablaufdatum)\b([^.!?]{0,30}?)\b(?:passports?|passaport[oi]|passeports?|passaportes?|paspoort(?:en)?|reisepass(?:e|es)?|pasaportes?)\b/g, 'passport$1valid'],
  // Insurance ("seguro" alone is also "safe", "sure": only with what it insures).
  [/\b(?:(?:reise|kranken|reiseruckholungs|ruckhol|reiseabbruch|reiserucktritts|auslandskranken)?versicherung\w*|assurances?(?: (?:voyage|annulation|rapatriement|sante|medicale|assistance))?|seguros? (?:de|del|para (?:el|la|o|a)) (?:viaje|viagem|viajes|cancelacion|cancelamento|salud|saude|medico|viajero|rescate|repatriacion|assistencia|asistencia)|seguro (?:medico|viagem)|assicurazion\w*|(?:reis|annulerings|zorg)?verzekering\w*)\b/g, 'insurance'],
  // Weather said in another language, for a guarantee or promise asked about it.
  [/\b(?:regnet|regnen|regen|regent|piove|piovera|pioggia|pleut|pleuvra|pleuvoir|pluie|llueva|llovera|llover|lluvia|chova|chover|chuva|chovera)\b/g, 'rain'],
  // Being promised something: "promets-moi", "versprechen Sie mir", "prometes", "mi prometti", "beloof je".
  [/\b(?:promet\w*|promess[ae]|promesa|versprech\w*|versproch\w*|belo(?:of|ven|ooft|oofd))\b/g, 'promise'],
  // Ivory and horn, the trade itself (not the Ivory Coast in any language).
  [/\b(?<!cote d')(?<!costa de )(?<!costa do )(?<!costa d')(?:ivoire|elfenbein|marfil|marfim|avorio|ivoor)\b/g, 'ivory'],
  [/\b(?:cornes? de rhino\w*|nashornhorn|horn (?:vom|eines) nashorns?|cuernos? de rinoceronte|corn[oia] di rinoceronte|neushoornhoorn|hoorn van (?:een |de )?neushoorn|chifres? de rinoceronte)\b/g, 'rhino horn'],
  // An illness named in another language (for a hidden illness at a gorilla trek, and health questions).
  [/\b(?:symptome\w*|symptomes?|sintomas?|sintomi|symptomen)\b/g, 'symptoms'],
  [/\b(?:fieber|fievre|fiebre|febbre|febre|koorts)\b/g, 'fever'],
  [/\b(?:husten|toux|tosse|hoest)\b/g, 'cough'],
  [/\b(?:erkaltet|erkaltung|grippe|rhume|enrhumee?s?|resfriad[oa]s?|raffreddat[oa]|raffreddore|verkouden|verkoudheid|gripe)\b/g, 'cold'],
  [/(?<!\b(?:war|waren|gewesen|etait|a ete)\b[^.?!,]{0,20})\b(?:krank|malade|enferm[oa]s?|malat[oa]|doente|ziek)\b/g, 'sick'],
  // Keeping it from those who check: "niemand muss es wissen", «personne ne le saura», "nadie se va a enterar".
  [/\b(?:niemand (?:muss|wird|soll|braucht) (?:es|das|davon) (?:zu )?(?:wissen|erfahren|merken)|(?:personne|person) (?:ne )?(?:le |l'|the )?(?:saura|remarquera|verra)|(?:sans|without) que (?:personne|person) (?:ne )?(?:le |the )?(?:sache|sachent|remarque)|nadie (?:lo )?(?:sabra|tiene que saber(?:lo)?|se va a enterar|se enterara|lo notara)|nessuno (?:lo )?(?:sapra|deve saperlo|se ne accorgera|lo notera)|ninguem (?:vai )?(?:saber|precisa saber|vai perceber|percebe)|niemand (?:hoeft|zal|gaat) (?:het|dat) (?:te )?(?:weten|merken))\b/g, 'no one will know'],
  [/\b(?:verheimlich\w*|verschweig\w*|verstecken|cacher|dissimuler|ocultar(?:lo|la)?|esconder(?:lo|la)?|nasconder(?:lo|la|e)|verbergen|verzwijgen)\b/g, 'hide it'],
  // Walking with captive lions or cheetahs, the paid "lion walk".
  [/\b(?:marcher|se promener|balade|promenade|randonnee|spazieren(?:gehen)?|spaziergang|laufen|wandern|caminar|caminata|pasear|paseo|camminare|passeggiare|passeggiata|wandelen|wandeling|lopen|caminhar|caminhada|passear|passeio)\s+(?:avec|mit|con|met|com|with)\s+(?:des |les |den |los |las |i |gli |de |os |as |dei |delle |the )?(?:lion\w*|lowen|leon\w*|leoni|leeuwen|leoes|guepards?|geparden|guepardos|ghepardi|jachtluipaarden|chitas|cheetahs?)\b|\blowenspaziergang\w*\b|\b(?:mit|with) (?:den |the )?(?:lowen|lions|geparden|cheetahs) (?:spazieren|wandern|laufen|gehen)\b/g, 'walk with lions'],
  // An insult after "you are" (the normaliser says "du bist", «t'es» that way): "you are echt dumm".
  [/\b(?:you are|you're|tu es|t'es|vous etes|eres|sei|siete|je bent|jij bent|voce e)\s+(?:(?:echt|wirklich|so|total|vraiment|trop|muy|tan|davvero|proprio|zo|muito|tao|really)\s+)?(?:dumm|blod|doof|bescheuert|stupide|con|nul|debile|estupid[oa]|tont[oa]|idiota|inutil|scem[oa]|inutile|dom|stom|nutteloos|burr[oa])\b/g, 'you are stupid'],
  [/\b(you are|you're) (?:vraiment|trop|echt|wirklich|total|muy|tan|davvero|proprio|zo|muito|tao) /g, '$1 really '],
  // Swimming in a river, said in another language ("nuotare nel fiume", «nager dans la rivière»).
  // Not in a pool ("in der Lodge schwimmen", «nager à la piscine»): only a river as its place is the danger (safety review, finding 4).
  [/(?<!\b(?:pool|piscine|lodge|schwimmbad|piscina|zwembad)\b[^.!?]{0,25})\b(?:nuotare|fare il bagno|nager|se baigner|schwimmen|nadar|banarse|zwemmen)\b(?![^.!?]{0,30}\b(?:piscine|pool|schwimmbad|swimmingpool|piscina|zwembad)\b)/g, 'swim'],
  [/\b(?:fiume|riviere|fleuve|fluss|rio|rivier)\b/g, 'river'],
  // A false age said for a permit: «on dira qu'il en a 15», "diremos que tiene 15", "diciamo che ha 15".
  [/\b(?:on dira|on va dire|nous dirons|wir sagen|sagen wir|diremos|decimos|diciamo|diremo|dizemos|vamos dizer|we zeggen|zeggen we)\s+(?:qu'(?:il|elle)s?|que|che|dass (?:er|sie)|dat (?:hij|zij|ze))\s+(?:in |en )?(?:a |ont |tiene|tem|ha|hanno|schon|al)?\s*(1[5-9])\b/g, 'say he is $1'],
  // At night, by themselves, in a hired car, in Dutch and German.
  [/(?:'s nachts|\bsnachts)\b/g, 'at night'],
  [/\bzonder (?:gids|ranger|begeleiding)\b/g, 'without a guide'],
  [/\b(?:huurauto|eigen auto)\b/g, 'rental car'],
  [/\b(?:selbst|selber|zelf) (?:\w+ ){0,3}(?:herum)?(?:fahren|rijden)\b/g, '$& drive ourselves'],
  // Malaria tablets and jabs: «profilassi antimalarica», "Malariaprophylaxe", «vacunas», «vacinas», "Impfungen".
  [/\b(?:profilass\w*|profilax\w*|prophylax\w*|antimalaric\w*|antimalarik\w*|impfung\w*|vacuna\w*|vacina\w*|vaccinazion\w*|inenting\w*)\b/g, 'prophylaxis'],
  // Trivia and recipes: «capitale de», "Hauptstadt von", «capital da», «receta», "Rezept".
  [/\b(?:capitale (?:de|du|di|della|dell')|hauptstadt (?:von|der)|capital (?:de|da|do|del)|hoofdstad van)\b/g, 'capital of'],
  [/\b(?:recette|rezept|receta|ricetta|recept|receita)\b/g, 'recipe'],
  // Money paid back: "terugstorten", "Rückerstattung", «remboursement», «reembolso», «rimborso».
  [/\b(?:terugstort\w*|terugbetal\w*|geld terug|ruckerstatt\w*|zuruckerstatt\w*|erstatten|geld zuruck|rembours\w*|reembols\w*|rimbors\w*|devolv\w* (?:el|mi|o|meu) (?:dinero|deposito|sinal|dinheiro)|restitu\w*)\b/g, 'refund'],
  // The weather somewhere today, tomorrow or this weekend: «quel temps fera-t-il», "wie wird das Wetter", «qué tiempo hará».
  [/\b(?:quel temps (?:fait|fera|va)\w*|il fera quel temps|meteo|wetter|que tiempo (?:hace|hara|va a hacer)|che tempo (?:fa|fara)|que tempo (?:faz|fara|vai fazer)|previsao do tempo|het weer|weerbericht)\b/g, 'weather'],
  [/\b(?:ce (?:week-end|weekend)|dieses wochenende|am wochenende|este fin de semana|questo (?:fine settimana|weekend)|dit weekend|este fim de semana)\b/g, 'this weekend'],
  [/\b(?:aujourd'hui|heute|hoy|oggi|vandaag|hoje)\b/g, 'today'],
  [/\b(?:demain|manana|domani|amanha)\b/g, 'tomorrow'],
  // "morgen" alone is also the morning and a greeting ("Guten Morgen"): tomorrow only after the weather.
  [/(\bweather\b[^.!?]{0,30}?)\bmorgen\b/g, '$1tomorrow'],
  // A film to watch (not the migration on film): asked with a recommending verb, «un buon film», «un bon film».
  [/\b(?:consigl\w*|recommand\w*|empfiehl\w*|empfehl\w*|recomiend\w*|recomend\w*|raad\w*|aanraden|suggeri\w*|suggere\w*|conseill\w*)\b[^.!?]{0,20}\b(?:film|filme|pelicula|movie|serie)\b/g, 'recommend a movie'],
  [/\b(?:film|filme|pelicula|movie|serie)\b[^.!?]{0,20}\b(?:empfehlen|aanraden|consigliare|recommander|recomendar|suggerire)\b/g, 'recommend a movie'],
  // Safe or dangerous for tourists.
  [/\b(?:sure?s?|sicher|segur[oa]s?|sicur[oa]|veilig)\s+(?=(?:pour les touristes|fur touristen|para (?:los |os )?turistas|per (?:i )?turisti|voor toeristen)\b)/g, 'safe '],
  [/\b(?:pour les touristes|fur touristen|para (?:los |os )?turistas|per (?:i )?turisti|voor toeristen)\b/g, 'for tourists'],
  [/\bfor tourists (?:sicher|sure?s?|segur[oa]s?|sicur[oa]|veilig)\b/g, 'safe for tourists'],
  // The noun (also the French feminine adjective): «une garantie de prix», „eine Garantie“, «garantía», «garanzia».
  [/\b(?:garantie|garantia|garanzia)\b/g, 'guarantee'],
  // A guarantee asked in Italian, Portuguese, Spanish, French or Dutch ("mi garantite", "vocês garantem"), then what it covers.
  [/\b(?:garant(?:ite|ire|isci|iscono|isce|em|e|imos|izan|izar|iza|izas|izais|ir|issez|issent|it|eert|eren|eer|ieren|iert|iere)|garande(?:ren|ert|er))\b/g, 'guarantee'],
  // Assuring someone of it, the verb (not the noun "Versicherung", insurance): "können Sie uns versichern, dass wir sicher sind",
  // «pouvez-vous nous assurer que», "¿nos puede asegurar que", "ci potete assicurare che".
  [/\b(?:versichern|versicherst|versichert|zusichern|sicherstellen|assurer|assurez|asegurar(?:nos|me)?|asegura|aseguran|assicurar(?:ci|mi|e)|assicura(?:te)?|verzekeren|garandeer)\b(?=[^.!?]{0,60}\b(?:dass|que|che|dat|qu'|wir|we|nous|nos|ci)\b)/g, 'guarantee'],
  [/(\bguarantee\b[^.!?]{0,50}?)\b(?:regnet|regnen|regen|regent|piove|piovera|pioggia|pleut|pleuvra|pleuvoir|pluie|llueva|llovera|llover|lluvia|chova|chover|chuva)\b/g, '$1rain'],
  [/\bguarantee\b[^.!?]{0,20}?\b(?:(?:il|le|den|el|o|de|het) )?(?:prezzo|prezzi|prix|preis|precio|precios|preco|precos|prijs|price|prices)\b/g, 'guarantee the price'],
  [new RegExp(`(\\bguarantee\\b[^.!?]{0,40}?)\\b${SEE}\\b`, 'g'), '$1see'],
  // Guaranteed as an adjective or noun: «garantis», "garantiert", "garantizados", "garantiti", "garantidos", "gegarandeerd".
  [/\b(?:garanti[es]?s?|garantiert\w*|garantizad[oa]s?|garantid[oa]s?|garantit[oiae]|gegarandeerd)\b/g, 'guaranteed'],
  // Safety as the subject of a guarantee asked in another language ("garanderen dat het veilig is", «garantir que c'est sûr»).
  [/(\bguarantee\b[^.!?]{0,50}?)\b(?:veilig(?:heid)?|sicher(?:heit)?|sure?s?|securite|seguro|segura|seguridad|seguranca|sicuro|sicura|sicurezza)\b/g, '$1safe'],
  // Petting a lion or its cub: "een leeuw aaien", "einen Löwen streicheln", "caresser un lionceau", "acariciar un león".
  [/\b(?:(?:een|einen|den|die|de) )?(?:leeuw(?:en|tje|tjes)?|lowen\w*|olifant(?:en)?|elefanten|luipaard(?:en)?|jachtluipaard(?:en)?|geparden?|leoparden?|lions?|cheetahs?|leopards?|elephants?|cubs?)\s+(?:te\s+|zu\s+)?(?:aaien|knuffelen|aanraken|streicheln|anfassen|beruhren|knuddeln)\b/g, 'pet a lion'],
  [/\b(?:caresser|toucher|accarezzare|toccare|acariciar|tocar|fazer carinho (?:em|no|na|num|numa))\s+(?:(?:un|une|le|la|les|des|il|lo|un|una|el|los|um|uma|o|a|os|i|gli|dei)\s+)?(?:lion\w*|leon(?:e|i|es)?|leao|leoes|leoncin\w*|cucciol\w* di leone|cachorros? de leon|filhotes? de leao|elephants?|elefantes?|elefanti|leopards?|leopardos?|leopardi|guepards?|guepardos?|ghepardi|ghepardo)\b/g, 'pet a lion'],
  // Paying a ranger "something extra" to be let through: "le pago algo extra al guardabosques", "dem Ranger etwas extra zahlen".
  [/\b(?:pag(?:o|as|a|amos|ar|are|hiamo|ando)|paie|payer|payons|zahle|zahlen|betaal|betalen)\b[^.!?]{0,30}\b(?:algo extra|algo mas|un extra|un peu plus|un petit (?:extra|supplement)|etwas (?:extra|mehr)|qualcosa (?:in piu|extra)|iets extra|something extra|a little extra)\b[^.!?]{0,30}\b(?:guardabosques|guardaparques?|guarda ?parque|rangers?|garde[- ]?(?:forestier|parc)s?|guardaparco|guardiaparco|guardie|boswachters?|parkwachters?|wildhuter)\b/g, 'bribe'],
];

// "est-ce qu'on verra forcément une traversée ?", "¿veremos seguro leones?", "werden wir sicher Gorillas sehen?".
const CERTAIN_SIGHTING = new RegExp(`\\b${CERTAIN}\\b[^.!?]{0,40}\\b${SEE}\\b|\\b${SEE}\\b[^.!?]{0,40}\\b${CERTAIN}\\b`);

// "Ist Kenia gefährlich?", «la Tanzanie est-elle dangereuse ?»: the adjective asked about a place, whatever the copula.
const FOREIGN_DANGER = /\b(?:dangereu(?:x|se)s?|gefahrlich\w*|(?<!\b(?:sind|bin|noch|etwas|ganz|sehr|bisschen) )unsicher(?!,? (?:ob|wegen|welche\w*|wann|was|wie)\b)|peligros[oa]s?|insegur[oa]s?|pericolos[oaie]|insicur[oa]|gevaarlijk|onveilig|perigos[oa]s?)\b/;

/** The message with its foreign scope frames said in English (for scope.ts alone). */
export function scopeFrames(text: string): string {
  let t = text;
  for (const [re, to] of FRAMES) t = t.replace(re, to);
  const originals = text.split(/(?<=[.!?])/);
  const sentences = t.split(/(?<=[.!?])/);
  // Rewriting keeps sentence ends, so the n-th sentence of each is the same sentence.
  const aligned = originals.length === sentences.length;
  return sentences
    .map((s, i) => {
      if (!/\?/.test(s)) return s;
      if (CERTAIN_SIGHTING.test(s)) return `${s} will we definitely see?`;
      if (aligned && FOREIGN_DANGER.test(originals[i]!)) return `${s} is it dangerous?`;
      return s;
    })
    .join('');
}
