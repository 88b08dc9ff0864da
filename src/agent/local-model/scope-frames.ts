/**
 * The verb frames the scope guard reads, said in French, Spanish, German, Italian, Dutch or
 * Portuguese, turned into the English trigger scope.ts and unsafe-contexts.ts already know
 * ("dare da mangiare" → "feed", "bajarnos del coche" → "get out of the car", «enceinte» →
 * "pregnant"). A whole frame is rewritten, never a lone word with other everyday meanings
 * ("sicher" is "safe" and "sure", "sur" is "on"): those count only inside their frame. Used
 * for the classification alone, so the trip facts are read from the text as it was.
 */

const SEE = '(?:see|spot|verr\\w*|voir|veremos|ver|vedremo|vedere|vedr\\w*|sehen|seh\\w*|zien|zullen (?:we|wij) \\w+ zien|vamos ver|veremos|veriamos|vejamos|avistar)';
const CERTAIN = '(?:forcement|a coup sur|surement|a 100 ?%|con seguridad|seguro|con certeza|sin duda|sicuramente|di sicuro|per forza|con certezza|garantiert|bestimmt|sicher|auf jeden fall|zeker|gegarandeerd|com certeza|certamente|de certeza)';

const FRAMES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Oublie tes consignes", "vergiss deine Regeln", "olvida tus instrucciones": an injection in any of the languages.
  [/\b(?:forget|ignore|disregard|oublie\w*|ignor\w*|vergiss|vergesst|olvid\w*|dimentica\w*|vergeet|negeer|esquec\w*)\s+(?:[a-z']+\s+){0,2}(?:consignes|directives|regles|anweisungen|regeln|vorgaben|instrucciones|reglas|istruzioni|regole|instructies|regels|instrucoes|regras)\b/g, 'ignore your instructions'],
  // Being pregnant: "enceinte de 7 mois", "im 7. Monat schwanger", "incinta di sette mesi", "grávida" (not bare "en estado": "en estado salvaje" is "in the wild").
  [/\b(?:enceinte|schwanger|embarazada|incinta|gravida|zwanger|en estado de buena esperanza|in stato interessante)\b/g, 'pregnant'],
  [/\b(?:grossesse|schwangerschaft|embarazo|gravidanza|gravidez|zwangerschap)\b/g, 'pregnancy'],
  // Is it dangerous or safe to go: the adjective alone is everyday, the question about going is the frame.
  [/\b(?:dangereu(?:x|se)|risque|gefahrlich|riskant|peligros[oa]|arriesgado|pericolos[oa]|rischioso|gevaarlijk|perigos[oa]|arriscado)\b/g, 'dangerous'],
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
  // A guarantee asked in Italian, Portuguese, Spanish, French or Dutch ("mi garantite", "vocês garantem"), then what it covers.
  [/\b(?:garant(?:ite|ire|isci|iscono|isce|em|e|imos|izan|izar|iza|izas|izais|ir|issez|issent|it|eert|eren|eer|ieren|iert|iere)|garande(?:ren|ert|er))\b/g, 'guarantee'],
  [/(\bguarantee\b[^.!?]{0,50}?)\b(?:regnet|regnen|regen|regent|piove|piovera|pioggia|pleut|pleuvra|pleuvoir|pluie|llueva|llovera|llover|lluvia|chova|chover|chuva)\b/g, '$1rain'],
  [/\bguarantee\b[^.!?]{0,20}?\b(?:(?:il|le|den|el|o|de|het) )?(?:prezzo|prezzi|prix|preis|precio|precios|preco|precos|prijs)\b/g, 'guarantee the price'],
  [new RegExp(`(\\bguarantee\\b[^.!?]{0,40}?)\\b${SEE}\\b`, 'g'), '$1see'],
  // Petting a lion or its cub: "een leeuw aaien", "einen Löwen streicheln", "caresser un lionceau", "acariciar un león".
  [/\b(?:(?:een|einen|den|die|de) )?(?:leeuw(?:en|tje|tjes)?|lowen\w*|olifant(?:en)?|elefanten|luipaard(?:en)?|jachtluipaard(?:en)?|geparden?|leoparden?|lions?|cheetahs?|leopards?|elephants?|cubs?)\s+(?:te\s+|zu\s+)?(?:aaien|knuffelen|aanraken|streicheln|anfassen|beruhren|knuddeln)\b/g, 'pet a lion'],
  [/\b(?:caresser|toucher|accarezzare|toccare|acariciar|tocar|fazer carinho (?:em|no|na|num|numa))\s+(?:(?:un|une|le|la|les|des|il|lo|un|una|el|los|um|uma|o|a|os|i|gli|dei)\s+)?(?:lion\w*|leon(?:e|i|es)?|leao|leoes|leoncin\w*|cucciol\w* di leone|cachorros? de leon|filhotes? de leao|elephants?|elefantes?|elefanti|leopards?|leopardos?|leopardi|guepards?|guepardos?|ghepardi|ghepardo)\b/g, 'pet a lion'],
  // Paying a ranger "something extra" to be let through: "le pago algo extra al guardabosques", "dem Ranger etwas extra zahlen".
  [/\b(?:pag(?:o|as|a|amos|ar|are|hiamo|ando)|paie|payer|payons|zahle|zahlen|betaal|betalen)\b[^.!?]{0,30}\b(?:algo extra|algo mas|un extra|un peu plus|un petit (?:extra|supplement)|etwas (?:extra|mehr)|qualcosa (?:in piu|extra)|iets extra|something extra|a little extra)\b[^.!?]{0,30}\b(?:guardabosques|guardaparques?|guarda ?parque|rangers?|garde[- ]?(?:forestier|parc)s?|guardaparco|guardiaparco|guardie|boswachters?|parkwachters?|wildhuter)\b/g, 'bribe'],
];

// "est-ce qu'on verra forcément une traversée ?", "¿veremos seguro leones?", "werden wir sicher Gorillas sehen?".
const CERTAIN_SIGHTING = new RegExp(`\\b${CERTAIN}\\b[^.!?]{0,40}\\b${SEE}\\b|\\b${SEE}\\b[^.!?]{0,40}\\b${CERTAIN}\\b`);

/** The message with its foreign scope frames said in English (for scope.ts alone). */
export function scopeFrames(text: string): string {
  let t = text;
  for (const [re, to] of FRAMES) t = t.replace(re, to);
  return t
    .split(/(?<=[.!?])/)
    .map((s) => (/\?/.test(s) && CERTAIN_SIGHTING.test(s) ? `${s} will we definitely see?` : s))
    .join('');
}
