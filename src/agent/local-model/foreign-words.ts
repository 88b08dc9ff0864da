/**
 * A first pass of foreign and slang wording read as English, before lexicon.ts: the
 * words and idioms travelers use in French, Spanish and German for the return date,
 * the budget's basis, animals, lodging and interests, companions, and the messages the
 * scope guard must recognise (a booking to cancel, a rude word, "ignore your rules").
 * The pass runs on lower-cased, accent-free text and only rewrites whole words or
 * phrases that have no other everyday meaning in an English message; lexicon.ts then
 * reads the result as it reads English (its own tables still apply to what is left).
 */
import { framesToEnglish } from './foreign-frames';

const FOREIGN_MONTH = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|januar|februar|marz|april|juni|juli|august|september|oktober|november|dezember';
// Every month name a traveler may use in the six languages and English, for frames that hold months.
const ALT_MONTH = `${FOREIGN_MONTH}|januari|februari|maart|mei|augustus|oktober|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|january|february|march|june|july|october|december`;

// Phrases first: their words one by one would mean something else.
const PHRASES: ReadonlyArray<readonly [RegExp, string | ((m: string, ...g: string[]) => string)]> = [
  // Greetings that carry a word lexicon.ts reads as money ("zusammen" = "in total").
  [/\bbetween (?:the )?(?!all\b)([a-z]+|\d+) of us\b/g, 'in total for the $1 of us'],
  [/\bentre (?:los|las|nous|nosotros|nosotras) (\w+)\b/g, 'in total for the $1 of us'],
  [/\b(?:for )?the pair of us\b/g, 'for the 2 of us'],
  [/\b(?:wir waren|ich war|nous avons fait|on a fait|hemos hecho|hemos ido)(?: schon| bereits| deja| ya)? (\w+) (?:auf safari|safaris?|de safari)\b/g, 'we have been on safari $1'],
  [/\b(?:grande migration|gran migracion|gnuwanderung|tierwanderung|wanderung der gnus)\b/g, 'great migration'],
  [/\bcon (?=ninos|ninas|hijos|hijas|mis |nuestros |nuestras |mi )/g, 'with '],
  [/\bpas de\b|\bnada de\b|\bbloss kein(?:e|en)?\b/g, 'no'],
  // Exclusions in French, Spanish, German, Italian and Dutch: "partout sauf", "tutto tranne", "alles behalve", "pas le Rwanda".
  [/(?:\b(?:partout|n'importe ou|tout|tous) sauf\b|\b(?:en )?(?:cualquier (?:sitio|lugar|parte)|donde sea) (?:menos|excepto|salvo)\b|\b(?:uberall|ueberall) ausser\b|\b(?:tutto|ovunque|dappertutto|qualsiasi (?:posto|cosa)) (?:tranne|eccetto|fuorche|salvo)\b|\b(?:alles|overal|alle) behalve\b)(?: (?:le|la|les|el|los|las|il|lo|den|die|das|het|de)\b| l')?/g, 'anything but the'],
  [/\b(?:sauf|excepte|hormis|excepto|salvo|ausser|tranne|eccetto|behalve|uitgezonderd)( (?:le|la|les|el|los|las|il|lo|den|die|das|het|de)\b| l')?(?= ?[a-z])/g, (_m: string, art?: string) => (art ? 'except the' : 'except')],
  [/\bnicht (?:die|den|das|dem)\b/g, 'not the'],
  [/\b(?:pas|non) (?:le|la|les|l'|il|lo|i|in|au|en)\b/g, 'not the'],
  [/\b(?:pas|non|niet|nicht) (?=(?:kenya|kenia|tanzanie|tanzania|tansania|ouganda|uganda|rwanda|ruanda|botswana|namibie|namibia|zambie|zambia|sambia|zimbabwe|simbabwe|afrique du sud|sudafrica|suedafrika|sudafrika|zuid-afrika)\b)/g, 'not '],
  [/\bsenza (?:il |la |lo |l')?(?=[a-z])/g, 'without the '],
  // "en fait … pas quatre": the correction words ("actually", "not 4") in French, Spanish and German.
  [/\b(?:en fait|en realidad|de hecho|eigentlich|doch)\b/g, 'actually'],
  [/\b(?:pas|no|nicht) (deux|trois|quatre|cinq|six|huit|dos|tres|cuatro|cinco|seis|siete|ocho|zwei|drei|vier|funf|sechs|sieben|acht|\d{1,2})\b(?! (?:de|del|des|der|die|das|mas|plus|mehr))/g, 'not $1'],
  // A crowd refused by its reason: "demasiada gente", "trop de monde", "zu viele Touristen".
  [/\b(?:demasiada gente|demasiados turistas|trop de monde|trop de touristes|zu viele (?:leute|menschen|touristen)|zu voll|zu uberlaufen)\b/g, 'too crowded'],
  // "drei Stunden", "deux heures", "tres horas", "due ore", "drie uur": a count of hours said in words, as digits for the limits below.
  [/\b(une|deux|trois|quatre|cinq|six|sept|huit|dos|tres|cuatro|cinco|seis|siete|ocho|eine|zwei|drei|vier|funf|sechs|sieben|acht|due|quattro|cinque|sette|otto|twee|drie|vijf|zes|zeven)\s+(?=(?:heures?|horas?|stunden?|std\.?|ore|uur)\b)/g, (_m: string, n: string) => `${HOUR_COUNT[n]} `],
  // Drive limits: "pas plus de 5 heures de route par jour", "maximal 4 Stunden Fahrt".
  [/\b(?:pas plus de|au maximum|maximum|no mas de|maximo|maximal|hochstens|nicht mehr als|massimo|al massimo|non piu di)\s+(\d{1,2}(?:[.,]5)?)\s*(?:heures?|horas?|stunden?|ore|h)\s+(?:de (?:route|voiture|conduite|carretera|coche)|di (?:macchina|guida|auto|strada)|in (?:macchina|auto)|fahrt|autofahrt)\b/g, 'no more than $1 hours of driving'],
  // «3 heures de voiture par jour maximum», „4 Stunden Fahrt am Tag maximal": the limit said after the hours.
  [/\b(\d{1,2}(?:[.,]5)?)\s*(?:heures?|h|stunden?|std\.?)\s+(?:de (?:route|voiture|conduite)|fahrt|autofahrt|im auto)(?:\s+(?:par jour|am tag|pro tag))?\s+(?:maximum|max\.?|au maximum|maximal|hochstens)\b/g, 'no more than $1 hours of driving'],
  // "max. 3 Std am Tag im Auto sitzen", "mehr als 4 Std Fahrt am Tag will keiner": the same limit, with the hours abbreviated.
  [/\b(?:max\.?|maximal|hochstens|nicht mehr als|mehr als)\s*(\d{1,2}(?:[.,]5)?)\s*(?:stunden?|std\.?|h)\s+(?:(?:am|pro|je) tag\s+)?(?:fahrt|autofahrt|im auto(?: sitzen)?|im wagen|autofahren)\b/g, 'no more than $1 hours of driving'],
  // "bis 6 Std. Fahrt am Tag ok": up to the hours, the day after the drive.
  [/\bbis(?: zu)?\s*(\d{1,2}(?:[.,]5)?)\s*(?:stunden?|std\.?|h)\s+(?:fahrt|autofahrt|im auto|autofahren)(?:\s+(?:am|pro|je) tag)?\b/g, 'no more than $1 hours of driving a day'],
  // "straffes Programm", "un programme chargé", "un programa apretado": a full schedule.
  [/\b(?:straffes|volles|dichtes|volgepropt|vol) (?:programm|programma)\b|\bprogramme (?:charge|intense|serre)\b|\bprograma (?:apretado|intenso|cargado)\b|\bprogramma (?:intenso|fitto|serrato)\b/g, 'busy itinerary'],
  // "möglichst wenig andere Touristen": crowds shunned.
  [/\b(?:moglichst )?wenige? (?:andere )?(?:touristen|leute|menschen|besucher)\b/g, 'avoid crowds'],
  // "ein 3-jähriges Kind", "meine 12-jährige Tochter": the age before the child word.
  [/\b(\d{1,2})-jahrige[nrs]?\s+(kind|tochter|sohn)\b/g, (_m: string, n: string, who: string) => `${n} year old ${who === 'kind' ? 'child' : who === 'tochter' ? 'daughter' : 'son'}`],
  // „mit einem Kind von 12 Jahren“, „eine Tochter von 9“: the age after the child word.
  [/\b(kind|tochter|sohn) (?:von|mit) (\d{1,2})(?: jahren)?\b/g, (_m: string, who: string, n: string) => `${n} year old ${who === 'kind' ? 'child' : who === 'tochter' ? 'daughter' : 'son'}`],
  [/\bhacer fotos\b|\bfaire des photos\b|\bfotos machen\b/g, 'take photos'],
  // Numbers said loosely or in words lexicon.ts does not know ("10ish", "quince dias", "une quinzaine").
  [/\b(\d{1,3})ish\b/g, '$1'],
  [/\bune quinzaine(?: de jours)?\b|\bunos quince dias\b/g, 'a fortnight'],
  [/\b(?:une|a) dizaine de (jours|nuits)\b|\bunos diez (dias|noches)\b/g, (_m: string, fr?: string, es?: string) => (/^(?:nuits|noches)$/.test(fr ?? es ?? '') ? '10 nights' : '10 days')],
  [/\been weekje\b|\bun (?:weekje|settimanella)\b/g, 'a week'],
  // „Wir waren schon zweimal im Krüger", «nous sommes déjà allés deux fois au Kruger»: been there, before "waren" and "schon"
  // lose their umlauts and read as "wären" and "schön".
  [/(?:^|\b(?:wir|ich) |[,;.!] ?)(?:waren|war) (?:schon|bereits) (?:(?:mal|einmal|zweimal|dreimal|mehrmals|oft|\d+ ?mal) )?(?:im|in der|in den|in|am|auf der|auf)\b/g, ' we have been to'],
  [/\b(?:nous sommes|on est|je suis|on y est) deja (?:alles?|allees?|alle|partis?) (?:(?:une|deux|trois|plusieurs) fois )?(?:au|a la|aux|a|en|dans le)\b/g, 'we have been to'],
  // Text-message shorthand in French and German: «10j», „8 Tg.“ (days), «2 pers», „2 Pers.“ (people), „im Okt.“, „im Mrz.“.
  [/\b(\d{1,2}) ?(?:j|tg)\b(?!')\.?/g, '$1 days'],
  [/\b(\d{1,2}) ?pers\b\.?/g, '$1 people'],
  [/\bokt\b\.?/g, 'october'],
  [/\bmrz\b\.?/g, 'march'],
  [/\bonce (?=dias|noches|semanas|anos)/g, '11 '],
  [/\b(?:finalement|al final|en fin de compte)\b/g, 'after all'],
  // Before "el" becomes "the": "el año que viene", "el próximo año", "l'anno prossimo" are next year.
  [/\b(?:el ano que viene|el proximo ano|l'anno prossimo|l'anno che viene|volgend jaar|(?:des )?(?:nachsten|naechsten|kommenden) jahres|de l'annee prochaine|dell'anno prossimo|do ano que vem|do proximo ano)\b/g, 'next year'],
  [/\bp\. ?p\.?(?=\s|$)/g, 'per person'],
  [/\s*\/\s*(?:personne|persona|person|pers\.?|pp|pax|head|kopf)\b/g, ' per person'],
  [/\b(?:par|pro|por) pers\b\.?/g, 'per person'],
  // Italian and Dutch: "a testa", "a persona", "pro capite", "per persoon".
  [/\b(?:a testa|a persona|per persona|pro capite|a cranio|per persoon|per hoofd)\b/g, 'per person'],
  [/\b(?:tutto incluso|tutto compreso|alles inbegrepen)\b/g, 'all inclusive'],
  // Currency names in other languages, read as English names before the basis rules below need them.
  [/\b(?:franchi svizzeri|francs? suisses?|francos? suizos?|schweizer franken|zwitserse frank(?:en)?)\b/g, 'swiss francs'],
  // "para todo el grupo", «pour tout le groupe», "für die ganze Gruppe": the whole party's amount.
  [/\b(?:para todo el grupo|para el grupo entero|pour tout le groupe|pour le groupe entier|fur die ganze gruppe|fur die gesamte gruppe|per tutto il gruppo|per l'intero gruppo|para todo o grupo|voor de hele groep)\b/g, 'for the whole group'],
  // The wildebeest calving in the other languages: „Kalbungszeit", "kalvertijd", «la saison des naissances des gnous», «la mise bas
  // des gnous», "la época de partos de los ñus", "il periodo dei parti degli gnu", "a época dos nascimentos dos gnus".
  // A season of births in general (impala at Kruger) is the calving only when the wildebeest are named with it.
  [/\b(?:kalbungszeit|kalbzeit|kalbsaison|kalberzeit|kalvertijd|kalfseizoen|(?:(?:la )?saison des (?:naissances|mises? bas)|(?:la )?mise bas|(?:la )?(?:epoca|temporada) de (?:(?:los )?partos|(?:los )?nacimientos|pariciones)|(?:il )?periodo dei parti|(?:la )?stagione dei parti|(?:a )?(?:epoca|temporada) dos (?:nascimentos|partos))(?: (?:des|de los|de las|dos|das|degli|dei) (?:gnous?|nus|gnus?|wildebeest)))\b/g, 'the calving season'],
  // «Bonjour, ça va ?», «salut, comment ça va»: the pleasantry, before "ça" is read as "circa".
  [/\b(?:comment )?(?:ca|cela) va(?=\s*(?:\?|!|\.|,|$))/g, 'how are you'],
  // East African shillings in other languages: "chelines kenianos", "shillings kényans", "kenianische Schilling", "scellini keniani", "xelins quenianos", "Keniaanse shilling".
  [/\b(?:de |d'|di |do |van )?(?:chelines? (kenian|tanzan|ugand)[oa]s?|shillings? (keny|tanzani|ougand)[a-z]*|(kenian|tansan|ugand)ische[nr]? schillinge?|scellini? (kenian|tanzan|ugand)[a-z]*|xelins? (quenian|tanzanian|ugandens)[a-z]*|(keniaan|tanzaniaan|oegandees)[a-z]* shillings?)\b/g,
    (_m: string, ...g: string[]) => { const c = g.slice(0, 6).find((x) => typeof x === 'string') ?? ''; return /^(?:ken|quen)/.test(c) ? 'kenyan shillings' : /^(?:tan)/.test(c) ? 'tanzanian shillings' : 'ugandan shillings'; }],
  [/\b(?:dollari|dollaro|dolares|dolar|dolars|dolares americanos|dollari americani|amerikaanse dollars?)\b/g, 'dollars'],
  [/\b(?:sterline|sterlina|libras esterlinas|livres sterling|britische pfund|britse ponden|pfund|ponden)\b/g, 'pounds'],
  // The Canadian dollar as Quebec and others write it: "15 000 $ CA", "CA$ 9000", "9000 $CAN".
  [/\$\s?(?:ca|can)\b|\bca\s?\$/g, 'cad'],
  // The amount shared by the party, in Dutch and Italian: "9000 euro voor ons samen", "6.000 euro in due".
  // "1,2 Mio. KES", "2,5 milioni", "1 miljoen": millions in the German, Italian, Spanish and Dutch short forms, the decimal comma as a point.
  [/\b(\d{1,3})(?:[,.](\d{1,2}))? ?(?:mio\b\.?|mln\b\.?|millionen|milioni|millones|miljoen)(?=\s|$|[,;!?])/g, (_m: string, whole: string, part: string | undefined) => `${whole}${part ? `.${part}` : ''} million`],
  [/(\d(?:[\d., ]*\d)?(?:,-{1,2}|\.-)?\s*(?:k|euro|euros|eur|dollar|dollars|usd|rand|zar|swiss francs|francs|pounds|cad|chf)?\s*,?\s*)(?:voor ons (?:samen|allemaal)|samen|in (?:due|tre|quattro|2|3|4)|per noi due)\b(?!\s*(?:days?|nights?|weeks?|months?|years?|hours?|giorni|notti|settimane|mesi|anni|ore|dagen|nachten|weken|maanden|jaar))/g, '$1in total'],
  [/\b(?:orcamento|presupuesto|budget|budget van) total(?:e)? (?:de|di|van) (?=\d)/g, 'budget in total '],
  // "figli di 7 e 12 anni", "filho de 10 anos": the ages after the child word, as English says them.
  [/\b(kids|son|daughter) (?:di|de) (\d{1,2})(?: (?:e|y) (\d{1,2}))? (?:anni|anos)\b/g, (_m: string, who: string, a: string, b?: string) => `${who} of ${a}${b ? ` and ${b}` : ''} years`],
  // "podemos ir em junho também", "potremmo andare anche a giugno": another month offered beside the trip's.
  [/\b(?:podemos|poderiamos|podriamos|possiamo|potremmo|pourrions|pouvons) (?:tambem |tambien |anche |aussi )?(?:ir|andare|viajar|partir|venire)(?: (?:tambem|tambien|anche|aussi))?(?: (?:em|en|in|a))?\b/g, 'we could also go in'],
  // Dates that can move, in French, Portuguese, Spanish, Italian and German: "on peut décaler de quelques mois",
  // "podemos mudar para qualquer mês até outubro", "possiamo spostarlo", "wir können es um ein paar Monate verschieben".
  [/\b(?:on peut|nous pouvons|on pourrait|nous pourrions) (?:le |la |les |l')?(?:decaler|deplacer|repousser|reporter|changer|bouger)(?: (?:le voyage|les dates))?(?: de (quelques|deux|trois|[2-6]) mois)?/g, (_m: string, n?: string) => `we can move it${n ? ` by ${n === 'quelques' ? 'a few' : (ITALIAN_COUNT[n] ?? FRENCH_COUNT[n] ?? n)} months` : ''}`],
  [/\b(?:podemos|poderiamos|podriamos|possiamo|potremmo) (?:mudar|adiar|mover|trocar|cambiar|retrasar|aplazar|mover|spostar(?:e|lo|la|ci|si)|rimandar(?:e|lo|ci)|movernos|mudarnos|mover-nos|mudar-nos|adiar-nos)(?:lo|la)?\b/g, 'we can change it'],
  [/\b(?:wir konnen|wir koennten|wir konnten) (?:es |die reise |den termin )?(?:um (?:ein paar|einige|zwei|drei|[2-6]) monate )?(?:verschieben|verlegen)\b/g, 'we can move it by a few months'],
  [/\bqualquer mes\b|\bcualquier mes\b|\bqualsiasi mese\b|\bn'importe quel mois\b/g, 'any month'],
  [/\b(?:ate|hasta|fino a|jusqu'en|jusqu'a) (?=(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)/g, 'until '],
  // "on part à deux", "nous voyageons à trois": how many travel, not a date to leave on.
  [/\b(?:on part|on partira|nous partons|nous partirons|on voyage|nous voyageons|on sera|on y va) a (deux|trois|quatre|cinq|six|[2-9])\b/g, (_m: string, n: string) => `we are ${({ deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6' } as Record<string, string>)[n] ?? n}`],
  // "2. bis 15. Januar" without "vom": a span of days in German.
  [/\b(\d{1,2})\.?\s+bis\s+(?:zum\s+)?(\d{1,2})\.?\s+(?=[a-z])/g, 'from $1 to $2 '],
  // "baby wildebeest", "baby elephants": young animals, never a baby in the party.
  [/\bbab(?:y|ies) (?=(?:wildebeest|gnus?|animals?|wildlife|elephants?|ellies|lions?|cubs?|giraffes?|zebras?|rhinos?|hippos?|gorillas?|chimps?|chimpanzees?|monkeys?|baboons?|cheetahs?|leopards?|antelopes?|impalas?|turtles?|zebra|buffalo(?:es)?|warthogs?|hyenas?)\b)/g, 'young '],
  // "max. 3 Stunden", "máx. 4 horas": the abbreviation's dot is not the end of a sentence.
  [/\bmax\.\s*(?=\d)/g, 'max '],
  // Portuguese and Italian: "por cabeça", "pro Kopf"; "no total", "ao todo", "in tutto", "para os dois".
  [/\b(?:por|pro|par) (?:cabeca|kopf|tete)\b/g, 'per person'],
  [/\b(?:no total|ao todo|em total|in tutto|in totale|al todo)\b/g, 'in total'],
  [/\b(?:para|per) (?:os|nos|noi|los|nosotros|tutti e) (?:2|dois|due|dos)\b/g, 'for the 2 of us'],
  // What the traveler wants, said in their language: value, comfort, calm, no hurry.
  [/\b(?:(?:mejor |buena |miglior |buon |bom |melhor )?(?:relacion|rapporto|relacao) (?:calidad|qualita|qualidade)[- ](?:precio|prezzo|preco)|(?:gutes )?preis[- ]leistungs?(?:[- ]?verhaltnis)?|(?:bon |meilleur )?rapport qualite[- ]prix|custo[- ]beneficio|(?:goede )?prijs[- ]kwaliteit(?:verhouding)?)\b/g, 'value for money'],
  [/\babseits (?:der|von den) (?:massen|menge|touristen|touristenstrome)\b|\bloin (?:de la foule|des foules|des touristes)\b|\blontano dalla folla\b|\blejos de (?:la multitud|las multitudes|los turistas)\b/g, 'away from the crowds'],
  [/\b(?:on veut|nous voulons|on voudrait|vogliamo|vorremmo) (?:surtout |vraiment )?(?:voir|vedere)\b/g, 'we want to see'],
  [/\bon veut surtout\b/g, 'we want especially'],
  [/\bbeaucoup d(?:e |')/g, 'lots of '],
  [/\b(?:sin prisas?|sem pressa|senza fretta|ohne eile|ohne hektik|sans se presser|sans stress)\b/g, 'no rush'],
  [/\b(?:ruhige?[nrs]?|tranquill[ie]|tranquilles?)\s+(?=camps?|lodges?|unterkunfte?|platze?|orte?|campi|luoghi|endroits|coins)/g, 'quiet '],
  [/\bohne (?:viele |zu viele )?(?:andere )?(?:fahrzeuge|autos|jeeps|safariwagen)\b/g, 'without other vehicles'],
  // Dutch companions: "voor ons tweeën", "met z'n vieren" (the diaeresis is already gone).
  [/\bvoor ons (tweeen|drieen|vieren|vijven|zessen)\b/g, (_m: string, n: string) => `for the ${DUTCH_GROUP[n]} of us`],
  [/\b(?:we(?:'re| are| zijn| gaan) )?(?:met|with) (?:z'n|zn|zijn|ons) (tweeen|drieen|vieren|vijven|zessen)\b/g, (_m: string, n: string) => `we are ${DUTCH_GROUP[n]}`],
  // Dutch drive limits: "max 4 uur rijden per dag".
  [/\b(\d{1,2}(?:[.,]5)?) uur (?:rijden|autorijden|in de auto)\b/g, '$1 hours of driving'],
  [/\bper dag\b/g, 'a day'],
  [/\b(?:alles inklusive|tout compris|todo incluido)\b/g, 'all inclusive'],
  [/\b(?:fur|fuer) die familie\b|\bpour la famille\b|\bpara la familia\b/g, 'for the family'],
  // Thanks and goodbyes, so a pleasantry is not read as a trip message.
  [/\b(?:merci beaucoup|vielen dank|danke schon|danke sehr|muchas gracias|mil gracias)\b/g, 'thanks a lot'],
  [/\b(?:au revoir|hasta luego|bis bald|auf wiedersehen)\b/g, 'bye'],
  // Safety questions: "c'est sur ?", "ist es sicher", "es seguro" (but "seguro de viaje" is insurance).
  [/\bseguro de viaje\b|\breiseversicherung\b|\bassurance voyage\b/g, 'travel insurance'],
  [/\b(?:c'est sur|est-ce sur|est-ce que c'est sur|ist es sicher|es seguro|esta seguro)\b/g, 'is it safe'],
  // "du 30/12 au 6/1", "vom 28.12. bis 6.1.", "del 30/12 al 6/1": a range of digit dates ("au" and "al" alone mean other things).
  [/\b(?:du|vom|del|dal|de|desde el)\s+(\d{1,2}[/.]\d{1,2}\.?(?:[/.]\d{2,4})?)\s*(?:au|bis|al|a|zum|hasta el)\s+(?=\d{1,2}[/.]\d{1,2})/g, 'from $1 to '],
  // "zw. 20.8. und 1.9.", "entre le 20/8 et le 1/9", "between 20.8. and 1.9.": the same range said with "between".
  [/(?:\b(?:between|zwischen|entre|tra|fra|tussen)|\bzw\.)\s+(?:(?:le|el|il|dem|den)\s+)?(\d{1,2}[/.]\d{1,2}\.?(?:[/.]\d{2,4})?)\s*(?:and|und|et|y|e|en)\s+(?:(?:le|el|il|dem|den)\s+)?(?=\d{1,2}[/.]\d{1,2})/g, 'from $1 to '],
  // A child's age said with its birthday just past: "ist gerade 12 geworden", "vient d'avoir 12 ans", "acaba de cumplir 12".
  [/\b(?:ist|sind) (?:gerade|gerade erst|eben|kurzlich) (\d{1,2}) geworden\b/g, 'just turned $1'],
  [/\b(?:vient|viennent) d'avoir (\d{1,2})(?: ans)?\b/g, 'just turned $1'],
  [/\b(?:a|ont) eu (\d{1,2}) ans\b/g, 'turned $1'],
  [/\b(?:cumplio|cumplieron) (\d{1,2})(?: anos)?\b/g, 'turned $1'],
  [/\b(?:im alter von|agees? de|ages de|de edades?)\b/g, 'aged'],
  [/\b(?:acaba|acaban) de cumplir (\d{1,2})(?: anos)?\b/g, 'just turned $1'],
  // Ages as a verb of having: "tienen 10 y 14 años", "ils ont 8 et 11 ans", "sie sind 9 und 12 Jahre alt".
  [/\b(?:tienen|ont|haben|sind) (\d{1,2}(?:\s*(?:,|y|et|und)\s*\d{1,2})+) (?:anos|ans|jahre)(?: alt)?\b/g, 'are $1 years'],
  [/(\d) (?:y|und) (?=\d)/g, '$1 and '],
  [/\bconmigo\b/g, 'with me'],
  // The trade's shorthand: "2A+2C", "2 ad + 1 chd".
  [/\b(\d{1,2})\s?(?:a|ad|ads)\s?\+\s?(\d{1,2})\s?(?:c|ch|chd|chn)\b/g, '$1 adults + $2 kids'],
  // "en septembre plutôt qu'en juillet", "mejor en agosto que en julio": the month after "than" is the one given up.
  [/\bplutot qu(?:e |')/g, 'rather than '],
  // "mais ça pourrait être plus tard dans l'année", "gern auch später im Jahr", "podría ser más tarde en el año": the rest of the year.
  [/\b(?:(?:ca|cela) pourrait (?:aussi )?etre|on pourrait (?:aussi )?partir|(?:gern|gerne)?\s*auch|kann auch|podria ser|podriamos ir)\s+(?:plus tard|spater|mas tarde)(?:\s+(?:dans l'annee|im jahr|en el ano))?/g, 'could be later in the year'],
  [/\bplus tard dans l'annee\b|\bspater im jahr\b|\bmas tarde en el ano\b/g, 'later in the year'],
  // "mi esposa y yo", "ma femme et moi", "meine Frau und ich": the writer named last.
  [/\b(?:y yo|et moi|und ich)\b/g, 'and i'],
  [/\b(?:fur|fuer|pour|para) (?:nous |uns )?(?:beide|tous les deux|toutes les deux|ambos|los dos)\b/g, 'for both of us'],
  // "eu e o meu marido", "eu e a minha mulher": the writer and a partner, in Portuguese.
  [/\beu e (?:o |a )?(?:meu|minha|my) (?=(?:marido|esposa|mulher|companheir[oa]|namorad[oa]|husband|wife|partner)\b)/g, 'me and my '],
  [/\b(?:mulher|esposa)\b(?=\s*(?:[,.;!?]|$))/g, 'wife'],
  // "primeira viagem", "primer viaje", «premier voyage», "erste Reise", "primo viaggio", "eerste reis": a first trip.
  [/\b(?:primeira viagem|primer viaje|premier voyage|erste reise|primo viaggio|eerste reis)\b/g, 'first safari'],
  // "tweede safari", "segundo safari", «deuxième safari», "zweite Safari", "seconda safari": a repeat visit.
  [/\b(?:tweede|segundo|segunda|deuxieme|second|zweite|zweites|seconda|secondo) (?=safari\b)/g, 'second '],
  // "zonder drukte", "rustig", "voor het strand": calm, the beach, in Dutch.
  [/\bzonder (?:drukte|mensenmassa'?s|toeristen)\b/g, 'no crowds'],
  [/\b(?:voor|aan|op) het strand\b/g, 'for the beach'],
  // «soy fotógrafo», «je suis photographe», "sono fotografo", "sou fotógrafo", "ich bin Fotograf", "ik ben fotograaf".
  [/\b(?:soy|sou|sono|je suis|ich bin|ik ben) (?:un |una |uma |une |ein |eine |een )?(?:fotografo|fotografa|photographe|fotograf|fotografin|fotograaf)\b/g, "i'm a photographer"],
  // «4 potes, tous adultes», "4 amigos, todos adultos", „4 Freunde, alle erwachsen": friends, all grown up.
  [/\b(?:potes|copains|copines|amis|amies|amigos|amigas|amici|freunde|freundinnen|vrienden)\b/g, 'friends'],
  [/\b(?:tous|toutes|todos|todas|tutti|tutte|alle) (?:adultes|adultos|adulti|erwachsen|erwachsene|volwassen|volwassenen)\b/g, 'all adults'],
  // "nous avons déjà fait le Kenya", "wir haben Kenia schon gemacht", "ya hemos visitado Kenia": a place done before.
  [/\b(?:nous avons|on a|j'ai|hemos|he)(?: deja| ya)? (?:fait|visite|visitado|hecho|estado en)(?: deja| ya)?(?: le| la| les| l'| el| los)?\b/g, "we've done"],
  [/\b(?:wir haben|ich habe) (\w+) (?:schon |bereits )?(?:gemacht|besucht|gesehen)\b/g, "we've done $1"],
  [/\b(?:abbiamo|ho)(?: gia)? (?:fatto|visitato)(?: gia)?(?: il| la| lo| l'| i| le)?\b|\b(?:siamo|sono)(?: gia)? stat[io](?: gia)? (?:in|nel|nella|a)\b/g, "we've done"],
  // The German "für" before a count or an article ("für eine Woche", "für 2 Personen"); "fur seals" stay.
  [/\b(?:fur|fuer) (?=(?:eine?[nm]?|einen|\d{1,3}|zwei|drei|vier|funf|sechs|sieben|acht|zehn)\b)/g, 'for '],
  [/\bavec moi\b/g, 'with me'],
  [/\bmit mir\b/g, 'with me'],
  [/\b(?:vienen|viene|viennent|vient|kommen|kommt) (?:con|avec|mit)\b/g, 'are coming with'],
  [/\b(?:nous rejoint|nous rejoignent|se une|se unen|kommt mit|kommen mit)\b/g, 'is joining'],
  // Someone joining or dropping out: "mon frère vient aussi", "meine Schwester kommt auch mit", "mi hermano ya no viene".
  [/\b(?:vient aussi|viennent aussi|viene tambien|vienen tambien|kommt auch(?: mit)?|kommen auch(?: mit)?)\b/g, 'is coming too'],
  // With a filler between: "kommt doch nicht mit", "ne vient finalement pas", "non viene più", "komt toch niet mee".
  [/\b(?:kommt|kommen) (?:(?:doch|actually|leider|jetzt|also|dann|wohl|eben|after all) )+nicht (?:mehr )?mit\b|\b(?:ne vient|ne viennent) (?:finalement|after all|actually) pas\b|\bnon (?:viene|vengono)(?: piu)?\b|\b(?:komt|komen) (?:toch |uiteindelijk )?niet (?:meer )?mee\b/g, "can't come"],
  [/\b(?:viene anche|vengono anche|komt ook mee|komen ook mee|gaat ook mee)\b/g, 'is coming too'],
  [/\b(?:ya no viene|ya no vienen|ne vient plus|ne viennent plus|kommt nicht mehr(?: mit)?|kommen nicht mehr(?: mit)?|no viene|ne vient pas|kommt nicht mit)\b/g, "can't come"],
  // Someone joining, and the recount "one more", in six languages: "se suma mi cuñado, o sea uno más", „kommt dazu, also einer mehr".
  [/\b(?:se (?:suma|suman|une|unen|apunta|apuntan|joint a (?:nous|we)|joignent a (?:nous|we))|kommt (?:auch )?dazu|kommen (?:auch )?dazu|si (?:aggiunge|aggiungono|unisce|uniscono)|(?:junta|juntam)-se|se junta|se juntam)\b/g, 'is joining'],
  [/\b(?:uno mas|una mas|un de plus|une de plus|une personne de plus|einer mehr|eine mehr|noch einer|noch eine|eine person mehr|uno in piu|una in piu|una persona in piu|een meer|nog een persoon|mais um|mais uma|uma pessoa a mais)\b/g, 'one more'],
  // In-laws, who travel as adults.
  [/\b(?:cunado|beau-frere|schwager|cognato|zwager|cunhado)\b/g, 'brother-in-law'],
  [/\b(?:cunada|belle-soeur|schwagerin|cognata|schoonzus|cunhada)\b/g, 'sister-in-law'],
  [/\b(?:suegro|schwiegervater|suocero|schoonvader|sogro)\b/g, 'father-in-law'],
  [/\b(?:suegra|belle-mere|schwiegermutter|suocera|schoonmoeder|sogra)\b/g, 'mother-in-law'],
  // The verb first, as Spanish and Italian put it: "se suma mi cuñado" is "my brother-in-law is joining".
  [/\bis joining (?:(?:il |la )?(?:my|mi|mis|mio|mia|our|nuestro|nuestra|nostro|nostra) )([a-z-]+)\b/g, 'my $1 is joining'],
  // Someone who cannot come after all, by the modal: „kann doch nicht", «ne peut pas venir», "no puede venir", "non può venire", "kan niet mee", "não pode vir".
  [/\b(?:kann|konnen|koennen) (?:(?:doch|actually|leider|jetzt|dann|wohl|eben|after all) )*nicht(?: mit(?:kommen)?| kommen)?(?=\s*(?:[,.!;]|$))|\b(?:ne|n') ?(?:peut|peuvent|pourra|pourront) (?:(?:finalement|after all|actually|plus) )?pas (?:venir|partir|nous accompagner)\b|\bno (?:puede|pueden|podra|podran) (?:venir|ir|viajar)\b|\bnon (?:puo|possono|potra|potranno) (?:venire|partire)\b|\b(?:kan|kunnen) (?:toch |uiteindelijk |helaas )?niet (?:mee|komen)\b|\bnao (?:pode|podem|podera|poderao) (?:vir|ir)\b/g, "can't come"],
  // Abbreviated in-laws ("me + hubby + MIL") and the photographer's own short name.
  [/(^|[+&,]\s*|\b(?:my|and|plus|with)\s+)(mil|fil|sil|bil)\b/g, (_m: string, pre: string, k: string) => `${pre}${{ mil: 'mother-in-law', fil: 'father-in-law', sil: 'sister-in-law', bil: 'brother-in-law' }[k]}`],
  // Arrows between dates: "Dec 28 → Jan 4".
  [/\s*(?:\u2192|\u27f6|->|=>)\s*/g, ' to '],
  // A range across months in French, Spanish or German: "du 28 decembre au 4 janvier",
  // "del 30 de diciembre de 2026 al 6 de enero" ("au" and "al" alone mean other things).
  [new RegExp(`\\b(\\d{1,2})(?:er|\\.)?\\s+(?:de\\s+)?(${FOREIGN_MONTH})(?:\\s+(?:de\\s+)?(\\d{4}))?\\s+(?:au|al|bis|zum|hasta(?: el)?|a)\\s+(\\d{1,2})\\b`, 'g'), '$1 $2 $3 to $4'],
  // Currencies whose letter lexicon.ts would read as a word ("n$" is not "and").
  [/\bn\$\s*(?=\d)/g, 'nad '],
  [/\bau\$\s*(?=\d)/g, 'aud '],
  // Greetings whose words lexicon.ts would read as trip words ("dias" = days).
  [/\bbuenos dias\b/g, 'good morning'],
  [/^(guten (?:morgen|tag|abend)|hallo|hi|hello|servus|moin) zusammen\b/, '$1 all'],
  // The return date: "y volvemos el 2 de enero", "retour le 6", "zuruck am 6.1.".
  [/\b(?:y |et |und )?(?:volvemos|regresamos|volvere|retour|rentrons|revenons|zuruck|ruckflug|ruckreise|heimflug)(?: (?:el|le|am|les|on))?\b/g, ' and back on'],
  [/\b(?:nos vamos|salimos|partimos|on part|nous partons|wir fliegen|abflug)(?: (?:el|le|am|on))?\b/g, 'we leave on'],
  // A price said too dear ("das Permit ist uns zu teuer", «le permis est trop cher», «es demasiado caro»): value, as in English.
  [/\b(?:ist|is|est|es|e|sind|sont|son|sono)\s+(?:(?:uns|mir|nous|pour nous|para nosotros|per noi)\s+)?(?:viel\s+|bien\s+|un poco\s+)?(?:zu teuer|trop chere?s?|demasiado caros?|troppo car[oi])\b/g, 'is too expensive'],
  // The budget's basis: "pro Kopf", "par tete", "chacun", "cada uno", "jeweils".
  [/\b(?:pro kopf|par tete|por cabeza|pro nase|pro person|par personne|por persona)\b/g, 'per person'],
  [/\b(?:chacun|chacune|cada uno|cada una|jeweils|je person)\b/g, 'each'],
  // "para los cuatro", "pour nous quatre", "fur uns vier": the whole party.
  [/\b(?:para|pour|fur|fuer) (?:uns|nous) (?:beide|deux|zwei)\b|\bpara (?:los|nosotros) dos\b/g, 'for the 2 of us'],
  [/\b(?:para|pour|fur|fuer) (?:los|las|nous|uns) ([a-z]+|\d{1,2})\b/g, 'for the $1 of us'],
  // Interests said as a scene: "les gnous qui traversent la riviere", "los cruces del rio".
  [/\b(?:traversee?s? de la riviere|traversent la riviere|cruces? del rio|cruzan el rio|flussuberquerungen?|uberqueren den fluss)\b/g, 'river crossings'],
  [/\b(?:zum ersten mal|pour la premiere fois|por primera vez)\b/g, 'for the first time'],
  // SMS "2" for "too": "2 crowded", "2 expensive".
  [/\b2 (crowded|busy|expensive|pricey|far|long|much|touristy|hot|cold)\b/g, 'too $1'],
  [/\b(?:en vez de|en lugar de|au lieu de|anstatt|anstelle von|statt)\b/g, 'instead of'],
  // "io, mia moglie e nostra figlia", "eu, minha esposa e dois filhos", "yo, mi esposa y": the speaker and a spouse, said in
  // Italian, Portuguese or Spanish, before lexicon.ts reads the nouns ("moglie" = wife) and the party reader counts them.
  [/\b(?:io|eu|yo)\b(,|\s+(?:e|y))?\s+(?=(?:mia|mio|minha|meu|mi|my)\s+(?:moglie|marito|esposa|esposo|marido|mulher|compagna|compagno|companheira|companheiro|pareja|partner|wife|husband)\b)/g, (_m: string, joint?: string) => (joint && joint !== ',' ? 'me and ' : 'me, ')],
  [/\b(?:mia|mio|minha|meu|mi)\s+(?=(?:moglie|marito|esposa|esposo|marido|mulher|compagna|compagno|companheira|companheiro|pareja|partner)\b)/g, 'my '],
  [/\b(moglie|marito|esposa|esposo|marido|mulher|compagna|compagno|companheira|companheiro|pareja)\s+(?:e|y)\s+(?=[a-z0-9])/g, '$1 and '],
  [/\bmy (?:marito|esposo|marido|compagno|companheiro)\b/g, 'my husband'],
  [/\bmy (?:moglie|esposa|mulher|compagna|companheira)\b/g, 'my wife'],
  // "5, 8 en 11", "7 et 10", "4 und 8": the last of a list of ages or counts (Italian, Spanish and Portuguese lists are read later).
  [/\b(\d{1,2})\s+(?:en|et|und)\s+(\d{1,2})\b(?!\s*(?:[.,:/]\d|h\b|uhr\b|heures?\b))/g, '$1 and $2'],
  // "Raubkatzen", «les grands félins», "grandes felinos", "grandi felini", "grote katten": the big cats.
  [/\b(?:raubkatzen|grosskatzen|grands felins|grandes felinos|grandi felini|grote katten)\b/g, 'big cats'],
  // "je voulais dire", "ich meinte", "quise decir", "intendevo", "ik bedoelde", "quis dizer": a correction ("I meant").
  [/\b(?:je voulais dire|j'ai voulu dire|nous voulions dire|on voulait dire|ich meinte|wir meinten|ich wollte sagen|quise decir|queria decir|quisimos decir|intendevo|intendevamo|volevo dire|ik bedoelde|we bedoelden|ik bedoel|quis dizer|queria dizer|quisemos dizer)\b/g, 'i meant'],
  // The mountain in French, German, Italian, Spanish and Dutch spellings.
  [/\b(?:kilimandjaro|kilimandscharo|kilimangiaro|kilimanyaro|kilimandzjaro)\b/g, 'kilimanjaro'],
  // "(fixed)", "(fest)" after a month: the dates are fixed.
  [/\(\s*(?:fixed|firm|fest|fixe|fijo|fija|fisso|fissa|vast)\s*\)/g, ', dates fixed,'],
  // Whenever, in French, Spanish, German, Italian and Dutch: "cuando sea", "n'importe quand", "egal wann".
  [/\b(?:cuando sea|cuando quieras|cuando querais|n'importe quand|quand vous voulez|quand tu veux|egal wann|wann immer|jederzeit|quando vuoi|quando volete|in qualsiasi momento|wanneer dan ook|maakt niet uit wanneer)\b/g, 'whenever'],
  [/\b(?:las fechas son|les dates sont|die daten sind|die termine sind|unsere daten sind)\b/g, 'the dates are'],
  // SMS "w" for "with" before a companion ("w my gf").
  [/\bw (?=(?:my|our|the|his|her) )/g, 'with '],
  // "im Mai", "im Juli": the German "in" before a month (alone "im" is often an English "I'm").
  [/\bim (?=(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)/g, 'in '],
  [/\b(?:mein(?:em)? mann|mon mari|mi marido|mi esposo)\b/g, 'my husband'],
  [/\b(?:ich reise|je voyage|viajo|ich fahre|je pars)\b/g, 'i travel'],
  [/\b(?:the mrs|the missus|the missis|the wifey|the hubby)\b/g, 'my partner'],
  [/\b(?:brauche ich|brauchen wir|necesito|necesitamos|ai-je besoin d'?un|avons-nous besoin d'?un)\b/g, 'do i need'],
  [/\b(?:espece de|was soll der mist)\b/g, 'you are useless'],
  [/\b(?:waren|war|ware|waere) (?:ein traum|un sueno|un reve)\b|\bserait un reve\b|\bseria un sueno\b/g, 'would be a dream'],
  [/\b(?:nos encanta|nos encantan|me encanta|me encantan|on adore|j'adore|nous adorons|wir lieben|ich liebe)\b/g, 'we love'],
  [/\b(?:waren|war|ware|waere) (?:toll|super|schon|klasse)\b|\bserait (?:genial|super|top)\b|\bseria (?:genial|increible)\b/g, 'would be great'],
  [/\bt'es\b|\btu es\b|\bdu bist\b|\beres\b/g, 'you are'],
  // A child's age by verb in Italian, Portuguese, Spanish and Dutch: "mio figlio ha 13 anni", "meu filho tem 10 anos",
  // "completou 15 anos", "mijn dochter is zeven", "onze zoon wordt in maart 12" (a coming birthday, as English says it).
  [/\b(?:mio|mia|il mio|la mia|meu|minha|o meu|a minha|mijn)\b(?= (?:son|daughter|figlio|figlia|filho|filha|zoon|dochter|grandson|granddaughter|nephew|niece)\b)/g, 'my'],
  [/\b(son|daughter|kid|kids|grandson|granddaughter|nephew|niece|twins) (?:(?:che|que|die) )?(?:ha|hanno|tem|tiene|tienen|heeft|hebben) (\d{1,2}) (?:anni|anos|jaar|years)\b/g, '$1 is $2'],
  [/\b(son|daughter|kid|grandson|granddaughter|nephew|niece) (?:completou|compiuto|ha compiuto|cumplio|is net|werd net) (\d{1,2})(?: (?:anni|anos|jaar|years))?\b/g, '$1 just turned $2'],
  // A baby's age in months by verb: "il bimbo ha 18 mesi", "o bebé tem 9 meses", "ons kind heeft 10 maanden".
  [/\b(son|daughter|kid|baby|toddler|kind|zoon|dochter) (?:(?:che|que|die) )?(?:ha|tem|tiene|heeft|hat|a) (\d{1,2}) (?:mesi|meses|mois|monate|maanden|months)\b/g, '$1 is $2 months'],
  // „ist gerade 15 geworden" in Dutch: "is net 15 geworden", "werd pas 12".
  [/\b(zoon|dochter|kind|kleinzoon|kleindochter|son|daughter) (?:is|werd) (?:net|pas|zojuist|onlangs) (\d{1,2})(?: jaar)?(?: geworden)?\b/g, '$1 just turned $2'],
  // "onze dochter wordt 12 in mei": the coming birthday said number first (today she is 11; the month is not the trip's).
  [/\b(zoon|dochter|kind|kleinzoon|kleindochter) wordt (\d{1,2}) (in|op|eind|begin) /g, '$1 turns $2 $3 '],
  // „unser Sohn ist letzte Woche 13 geworden", „ist gerade 15 geworden": a birthday just past, today's age.
  [/\b(sohn|tochter|kind|enkel|enkelin|enkelsohn|neffe|nichte|son|daughter|kid) ist (?:[a-z]+ ){0,3}?(\d{1,2}) geworden\b/g, '$1 just turned $2'],
  // "il nostro bambino ha quasi 4 anni", "tem quase 4 anos", "tiene casi 4 años", «a presque 4 ans»: almost that age.
  [/\b(son|daughter|kid|bambino|bambina|figlio|figlia|filho|filha|hijo|hija|nino|nina|fils|fille|enfant) (?:(?:che|que|qui) )?(?:ha|tem|tiene|a) (?:quasi|quase|casi|presque) (\d{1,2}) (?:anni|anos|ans|years)\b/g, '$1 is almost $2'],
  // "safari okavango en avril pour 2, 10 nuits", "para 3.", "per due,": the party counted after "for", closing its clause.
  [/\b(?:pour|para|fur|fuer|voor) ([2-9]|1\d)(?=\s*(?:[,;.!?]|$))/g, 'for $1 of us'],
  // "muchos animales", „viele Tiere", «beaucoup d'animaux», "tanti animali", "veel dieren": game in numbers.
  [/\b(?:muchos animales|muchisimos animales|viele tiere|beaucoup d'animaux|plein d'animaux|tanti animali|moltissimi animali|veel dieren|muitos animais)\b/g, 'lots of animals'],
  // „ich fotografiere", «je photographie», "fotografo", "ik fotografeer": the traveler photographs.
  [/\b(?:ich fotografiere|je photographie|yo fotografio|ik fotografeer|io fotografo)\b/g, "i'm a photographer"],
  // "gorilla's in Oeganda", "safari's": the Dutch plural is written with 's, which is no "is" nor an owner here.
  [/\b(gorilla|safari|foto|gnoe|chimpansee|luipaard)'s\b/g, '$1s'],
  // «6 000 € à deux»: an amount for the party counted after it, as «pour deux» says.
  [/(€|\beuros?|\$|\bdollars?|\bfrancs?) a (deux|trois|quatre|cinq|six|[2-9])(?=\s*(?:[,;.!?]|$))/g, '$1 for $2 of us'],
  [/\bper (due|tre|quattro|cinque|sei)(?=\s*(?:[,;.!?]|$))/g, (_m: string, n: string) => `for ${ITALIAN_COUNT[n]} of us`],
  // "€ 4.500,-", "6.000,--": the Dutch and German whole-amount dash is no decimal part.
  [/(\d),-{1,2}(?=\s|$|[,.;!?€$£])/g, '$1'],
  // "compie 15 anni a gennaio", "cumple 15 en enero", „wird 15 im Januar": the coming birthday, as English says it.
  [/\b(son|daughter|kid|figlio|figlia|bambino|bambina|hijo|hija|nino|nina|filho|filha|fils|fille|sohn|tochter) (?:compie|cumple|cumplira|fait|fete|faz|completa|wird) (\d{1,2})(?: (?:anni|anos|ans|jahre|years))? (?:a|ad|en|in|im|em|nel mese di) /g, '$1 turns $2 in '],
  // "reis alleen", "ich reise allein", "viajo sola": one traveler.
  [/\b(?:ik )?reis alleen\b|\b(?:ich )?reise allein\b|\b(?:viajo|i travel) (?:solo|sola)\b(?! (?:a|en|por|to|in)\b)|\bje voyage seule?\b/g, 'travelling solo'],
  // „wir dachten an Mai", "we dachten aan mei", «on pensait à mai», "pensábamos en mayo": the month they had in mind.
  [/\b(?:(?:wir|ich) )?(?:dachten|dachte|denken|denke|hatten|hatte)(?: (?:wir|ich))?(?: eher| eigentlich| zuerst| erst)? an (?=(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)|\b(?:(?:we|wij|ik) )?(?:dachten|dacht|denken|denk)(?: (?:we|wij|ik))?(?: eigenlijk| eerst)? aan (?=(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)|\b(?:on pensait|on pense|nous pensions|nous pensons|je pensais|je pense) (?:plutot )?a (?=(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)|\b(?:pensabamos|pensamos|pensaba|pienso) en (?=(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)/g, 'we were thinking of '],
  // „irgendwann 2027", «n'importe quand»: any time.
  [/\birgendwann\b|\bn'importe quand\b|\b(?:en|a) cualquier momento\b|\bquando vuoi\b/g, 'any time'],
  // "tien dagen", "vijf nachten": a Dutch count before a length.
  [/\b(vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien) (dagen|nachten|weken)\b/g, (_m: string, n: string, unit: string) => `${DUTCH_NUMBER[n]} ${unit}`],
  [/\b(zoon|dochter|kind|kleinzoon|kleindochter) (?:is|wordt) (een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|\d{1,2})(?: jaar)?\b/g, (_m: string, who: string, n: string) => `${who} is ${DUTCH_NUMBER[n] ?? n}`],
  [/\b(zoon|dochter|kind|kleinzoon|kleindochter) wordt in ([a-z]+) (\d{1,2})\b/g, '$1 turns $3 in $2'],
  // Another month offered beside the trip's, with a modal and "also": „wir können aber auch im April", «on pourrait aussi partir en mars»,
  // "también podríamos en agosto", "potremmo anche a settembre", "também podíamos em maio", "we kunnen ook in juni" (flex-window.ts reads the window).
  [/\b(?:wir )?(?:konnen|koennen|konnten|koennten)(?: aber| doch| ja)? auch|\b(?:on pourrait|on peut|nous pourrions|nous pouvons) (?:aussi|egalement)(?: (?:partir|aller|faire|voyager))?|\b(?:tambien (?:podriamos|podemos)|(?:podriamos|podemos) tambien)(?: (?:ir|viajar|hacerlo))?|\b(?:potremmo|possiamo) anche(?: (?:andare|partire|farlo|viaggiare))?|\b(?:tambem (?:podiamos|poderiamos|podemos)|(?:podiamos|poderiamos|podemos) tambem)(?: (?:ir|viajar))?|\b(?:we |wij )?(?:kunnen|zouden) (?:ook|eventueel ook)(?: (?:gaan|reizen))?(?= (?:in|im|en|em|a|ad|nel|op)\b)/g, 'we could also do'],
  // Months offered as alternatives, said as "would be fine too": „auch Juli oder August wäre okay", «juillet ou août ça irait aussi»,
  // "julio o agosto también nos iría bien", "anche luglio o agosto andrebbe bene", "julho ou agosto também serve", "juli of augustus
  // is ook goed": as English says it, so flex-window.ts reads a window, not a new month.
  [new RegExp(String.raw`\b(?:(?:aber |doch |ja )?(?:auch|aussi|tambien|anche|tambem|ook|ou bien|oder) )?(${ALT_MONTH})(?: (?:oder|ou|o|u|of|y|e|und|et|en|or) (${ALT_MONTH}))?,? (?:(?:ca|cela|das|dat|het|es|that) )?(?:(?:nous|nos|ci|ons|uns|auch|aussi|tambien|anche|tambem|ook|egalement) ){0,2}(?:ware|waren|ginge|gingen|geht|gehen|passt|passen|passte|irait|iraient|ira|va|vont|marcherait|marche|conviendrait|convient|serait|seraient|iria|irian|valdria|valdrian|vale|estaria|estarian|seria|serian|funcionaria|andrebbe|andrebbero|va|vanno|sarebbe|sarebbero|serviria|serve|daria|ficaria|is|zijn|zou|kan|lukt|would be|would|works?)(?: (?:auch|aussi|tambien|anche|tambem|ook|egalement|also))?(?: (?:okay|ok|gut|moglich|in ordnung|drin|bien|bene|possible|posible|possibile|possivel|goed|prima|mogelijk|kunnen|fine|bem|parfait))?(?: (?:auch|aussi|tambien|anche|tambem|ook|egalement|also|too))?(?=\s*(?:[.,;!?]|$|(?:fur|pour|para|per|voor|for) (?:uns|nous|nosotros|noi|nos|ons|us)\b))`, 'g'),
    (m: string, a: string, b?: string) => (/\b(?:auch|aussi|tambien|anche|tambem|ook|egalement)\b/.test(m) ? `${a}${b ? ` or ${b}` : ''} would also be fine` : m)],
  // "a maggio", "em maio": the month the English modal "may" shadows is read only after "in".
  [/\b(?:a|ad|em|nel mese di|no mes de) (maggio|maio)\b/g, 'in $1'],
  [/\b(?:plus ou moins|mas o menos|piu o meno|mehr oder weniger|min of meer|mais ou menos)\b/g, 'more or less'],
  // A nightly price in Portuguese, Spanish, French, German, Italian and Dutch, so budget.ts reads it as a rate.
  [/\b(?:por noite|por noche|par nuit|pro nacht|per notte|a notte|per nacht)\b/g, 'per night'],
  // The party in Italian, Portuguese and Dutch: "siamo in quattro", "io e mia moglie", "somos um casal",
  // "ons gezin (2 volwassenen, kinderen van 6 en 9)". "due" is a count only before a party word ("due to" stays).
  [/\bsiamo (?:in )?(due|tre|quattro|cinque|sei|[2-9])\b(?=\s*(?:$|[,.;:!?]|adulti\b|persone\b|amici\b|amiche\b))/g, (_m: string, n: string) => `we are ${ITALIAN_COUNT[n] ?? n}`],
  [/\bdue (?=(?:adulti|ragazz[ie]|bambin[ie]|figli[e]?|persone|amici|amiche)\b)/g, '2 '],
  [/\bragazz[ie] (?=di \d)/g, 'kids '],
  [/\b(?:kids|ragazzi) di (\d{1,2}(?:, \d{1,2})*)(?: e (\d{1,2}))? anni\b/g, (_m: string, a: string, b?: string) => `kids aged ${a}${b ? ` and ${b}` : ''}`],
  [/\bio e (?:mia|mio) (?=(?:moglie|marito|compagn[ao]|fidanzat[ao]|ragazz[ao])\b)/g, 'me and my '],
  [/\b(?:um casal|una coppia|een stel|un couple|une couple)\b/g, 'a couple'],
  // Ages listed with Portuguese or Italian "e" ("crianças (6 e 10 anos)", "figli di 8 e 12 anni"): "e" between two numbers is "and".
  [/\b(\d{1,2}) e (\d{1,2})\b(?= (?:anos|anni|years?)\b|\s*\))/g, '$1 and $2'],
  // Swahili party and month: "kwa watu wawili" (for two people), "mwezi wa Julai" (the month of July).
  [/\bkwa watu (\d{1,2}|wawili|watatu|wanne|watano|sita)\b/g, (_m: string, n: string) => `for ${({ wawili: '2', watatu: '3', wanne: '4', watano: '5', sita: '6' } as Record<string, string>)[n] ?? n} people`],
  [/\bmwezi (?:wa )?(januari|februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|desemba)\b/g, (_m: string, mo: string) => `in ${SWAHILI_MONTHS[mo]}`],
  // Swahili days and weeks: "siku 5" (5 days), "siku tano", "wiki 2" (2 weeks), the count after the noun.
  [/\b(siku|wiki) (\d{1,2}|mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi)\b/g, (_m: string, unit: string, n: string) => `${({ mbili: '2', tatu: '3', nne: '4', tano: '5', sita: '6', saba: '7', nane: '8', tisa: '9', kumi: '10' } as Record<string, string>)[n] ?? n} ${unit === 'siku' ? 'days' : 'weeks'}`],
  // A Swahili month by its name alone ("Agosti 2027"), where the name is no other language's word (not "mei", "juni").
  [/\b(januari|februari|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba)\b/g, (_m: string, mo: string) => SWAHILI_MONTHS[mo]!],
  // A budget or trip "for the couple", "for us both" in Portuguese, Spanish, Italian, French and Dutch: two people.
  [/\b(?:para|pour|per|voor) (?:o|la|le|il|het) (?:casal|pareja|coppia|couple|stel)\b/g, 'for the 2 of us'],
  [/\bvoor (?:ons|wij) (?:allebei|beiden|tweeen)\b/g, 'for both of us'],
  [/\b(?:ons|wij|we) (?:allebei|beiden|tweeen)\b/g, 'the 2 of us'],
  [/\b(?:ons|mijn) gezin\b/g, 'our family'],
  // Dutch "kind" (a child) only after a count or "our"/"my": the bare word is English ("kind of", "very kind").
  [/\b(1|een|ons|onze|mijn) kind\b(?! of\b)/g, (_m: string, w: string) => `${w === '1' ? '1' : w === 'een' ? 'a' : w === 'mijn' ? 'my' : 'our'} child`],
  [/\b(kinderen|kinders|kids) van (\d{1,2})(?:(?:,| en) (\d{1,2}))?(?: jaar)?\b/g, (_m: string, _k: string, a: string, b?: string) => `kids aged ${a}${b ? ` and ${b}` : ''}`],
  [/\b(?:sag|sagen sie|dis|di) (?:einfach|juste|simplemente)\b/g, 'just say'],
];

const DUTCH_GROUP: Readonly<Record<string, number>> = { tweeen: 2, drieen: 3, vieren: 4, vijven: 5, zessen: 6 };
const SWAHILI_MONTHS: Readonly<Record<string, string>> = { januari: 'january', februari: 'february', machi: 'march', aprili: 'april', mei: 'may', juni: 'june', julai: 'july', agosti: 'august', septemba: 'september', oktoba: 'october', novemba: 'november', desemba: 'december' };
const ITALIAN_COUNT: Readonly<Record<string, number>> = { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6 };
const HOUR_COUNT: Readonly<Record<string, number>> = {
  une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
  eine: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8,
  due: 2, quattro: 4, cinque: 5, sette: 7, otto: 8,
  twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7,
};
const DUTCH_NUMBER: Readonly<Record<string, number>> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17 };
const FRENCH_COUNT: Readonly<Record<string, number>> = { deux: 2, trois: 3 };

const WORDS: Readonly<Record<string, string>> = {
  // Comfort and the migration in Romance languages; "lux" as travelers abbreviate it.
  lusso: 'luxury', luxo: 'luxury', lux: 'luxury', lussuoso: 'luxury', luxuoso: 'luxury', piscina: 'pool',
  cada: 'each', ciascuno: 'each', jeweils: 'each',
  fahrerei: 'driving', autofahrerei: 'driving',
  migrazione: 'migration', migracao: 'migration', migrations: 'migration', migrtion: 'migration', migraton: 'migration', migraiton: 'migration', migartion: 'migration',
  // Articles and possessives that let the English readers see a single person.
  un: 'a', une: 'a', una: 'a', ein: 'a', eine: 'a', einen: 'a', el: 'the',
  ma: 'my', mon: 'my', mes: 'my', mein: 'my', meine: 'my', mis: 'my',
  // Companions and children.
  ado: 'teen', adolescente: 'teen', teenager: 'teen', frere: 'brother', soeur: 'sister', hermano: 'brother', hermana: 'sister',
  mere: 'mother', pere: 'father', madre: 'mother', padre: 'father', mutter: 'mother', vater: 'father', moeder: 'mother', vader: 'father', mamma: 'mum',
  abuela: 'grandma', abuelo: 'grandpa', abuelos: 'grandparents', oma: 'grandma', opa: 'grandpa', grosseltern: 'grandparents', nonna: 'grandma', nonno: 'grandpa', nonni: 'grandparents', grootouders: 'grandparents',
  fratello: 'brother', sorella: 'sister', broer: 'brother', marito: 'husband', moglie: 'wife',
  // Parents and partners in Spanish, Italian, Dutch and Portuguese: «mis padres y yo», «con i miei genitori», „mijn ouders", «eu e a minha namorada».
  padres: 'parents', genitori: 'parents', ouders: 'parents', namorada: 'girlfriend', namorado: 'boyfriend', novia: 'girlfriend', novio: 'boyfriend', fidanzata: 'girlfriend', fidanzato: 'boyfriend',
  amici: 'friends', amiche: 'friends', vrienden: 'friends', vriendinnen: 'friends', mochileros: 'backpackers', rucksacktouristen: 'backpackers',
  bruder: 'brother', schwester: 'sister', m8: 'mate', m8s: 'mates', mrs: 'wife', missus: 'wife', zwillinge: 'twins', jumeaux: 'twins', jumelles: 'twins', gemelos: 'twins', mellizos: 'twins',
  // Animals and interests.
  aves: 'birds', pajaros: 'birds', oiseaux: 'birds', vogel: 'birds', vogeln: 'birds', fotografia: 'photography', fotografie: 'photography', photographie: 'photography',
  fotografieren: 'photograph', fotografiar: 'photograph', photographier: 'photograph', fotografen: 'photographers', fotografos: 'photographers', photographes: 'photographers', fotograf: 'photographer',
  berggorillas: 'mountain gorillas', berggorilla: 'mountain gorilla', gorilles: 'gorillas', fotos: 'photos',
  franken: 'francs', rappen: 'cents', dolares: 'dollars', libras: 'pounds', livres: 'pounds',
  wildhunde: 'wild dogs', lycaons: 'wild dogs', lycaon: 'wild dog', krokodile: 'crocodiles', cocodrilos: 'crocodiles',
  fotografi: 'photographers', fotografe: 'photographers', photog: 'photographer', photogs: 'photographers', sobrinos: 'nephews', sobrinas: 'nieces', sobrino: 'nephew', sobrina: 'niece', neveux: 'nephews', nieces: 'nieces', neveu: 'nephew', niece: 'niece', neffen: 'nephews', nichten: 'nieces', neffe: 'nephew', nichte: 'niece',
  amie: 'friend', ami: 'friend', amiga: 'friend', amigo: 'friend', freundin: 'friend', freund: 'friend',
  caminhadas: 'walking safaris', caminhada: 'walking safari', fussafaris: 'walking safaris', fusssafaris: 'walking safaris', fussafari: 'walking safari', wanderungen: 'walks', randonnees: 'walks', caminatas: 'walks',
  abenteurer: 'adventurers', aventuriers: 'adventurers', aventureros: 'adventurers', abenteuer: 'adventure', aventure: 'adventure', aventura: 'adventure',
  ghepardi: 'cheetahs', ghepardo: 'cheetah', leoni: 'lions', leopardi: 'leopards', elefanti: 'elephants', giraffe: 'giraffes', zebre: 'zebras', gnous: 'wildebeest', nus: 'wildebeest', gnus: 'wildebeest', guepards: 'cheetahs', guepardos: 'cheetahs', geparden: 'cheetahs', gepard: 'cheetah', guepard: 'cheetah',
  lowen: 'lions', loewen: 'lions', lions: 'lions', leones: 'lions', leoparden: 'leopards', leopardos: 'leopards', elefanten: 'elephants', elefantes: 'elephants',
  nashorner: 'rhinos', nashoerner: 'rhinos', rinocerontes: 'rhinos', rhinoceros: 'rhinos', hipopotamos: 'hippos', hippopotames: 'hippos', flusspferde: 'hippos', nilpferde: 'hippos',
  buffel: 'buffalo', bufalos: 'buffalo', girafes: 'giraffes', jirafas: 'giraffes', giraffen: 'giraffes',
  luxus: 'luxury', lujo: 'luxury', luxe: 'luxury', luxueux: 'luxury', lujoso: 'luxury', lujosos: 'luxury', zelten: 'camping', camping: 'camping',
  voir: 'see', ver: 'see', sehen: 'see', voulons: 'want', voudrions: 'would like', queremos: 'we want', quisieramos: 'we would like', mochten: 'would like', wollen: 'want',
  nicht: 'not', nein: 'no', kein: 'no', keine: 'no', nachsten: 'next', nachster: 'next', nachste: 'next', naechsten: 'next', petite: 'little girl', petit: 'little boy',
  frau: 'wife', femme: 'wife', esposa: 'wife', partnerin: 'partner', nuestros: 'our', nuestras: 'our', nos: 'our', entspannt: 'relaxed', detendu: 'relaxed', tranquilo: 'relaxed', tranquille: 'relaxed',
  rentner: 'retirees', rentnerinnen: 'retirees', retraites: 'retirees', jubilados: 'retirees', ca: 'about',
  tranquilidad: 'quiet', intimite: 'privacy', intimidad: 'privacy', privatsphare: 'privacy', migracion: 'migration', mit: 'with',
  dreimal: '3 times', zweimal: 'twice', viermal: '4 times', mehrmals: 'several times', fois: 'times', veces: 'times', plusieurs: 'several', varias: 'several',
  cubre: 'covers', couvre: 'covers', mi: 'my', ongeveer: 'about', graag: 'please',
  sin: 'without', sans: 'without', ohne: 'without',
  neuf: '9', onze: '11', douze: '12', treize: '13', quatorze: '14', quinze: '15', seize: '16', vingt: '20',
  nueve: '9', doce: '12', trece: '13', catorce: '14', quince: '15', dieciseis: '16', diecisiete: '17', veinte: '20', veintiun: '21', veintiuno: '21',
  neun: '9', elf: '11', zwolf: '12', dreizehn: '13', vierzehn: '14', funfzehn: '15', sechzehn: '16', siebzehn: '17', zwanzig: '20', einundzwanzig: '21',
  reisen: 'travel', lieber: 'rather', langsam: 'slowly', lentement: 'slowly', despacio: 'slowly', tranquilamente: 'slowly',
  // Scope: bookings, documents, prices, rude words and instructions.
  annuler: 'cancel', annulez: 'cancel', stornieren: 'cancel', cancelar: 'cancel', rembourser: 'refund', remboursement: 'refund', erstattung: 'refund', reembolso: 'refund',
  acompte: 'deposit', anzahlung: 'deposit', deposito: 'deposit', buchung: 'booking', reserva: 'booking', validez: 'validity', gultigkeit: 'validity', validite: 'validity',
  precio: 'price', prix: 'price', preis: 'price', versicherung: 'insurance', assurance: 'insurance',
  persoon: 'person', personne: 'person', gesamt: 'total', merci: 'thanks', danke: 'thanks', gracias: 'thanks', grazie: 'thanks', tschuss: 'bye', adios: 'bye',
  garantieren: 'guarantee', garantiert: 'guarantee', garantizan: 'guarantee', garantizar: 'guarantee', garantiza: 'guarantee', garantir: 'guarantee', garantissez: 'guarantee', garantie: 'guarantee', garantia: 'guarantee', veremos: 'we will see', verrons: 'we will see',
  blode: 'stupid', bloede: 'stupid', dumme: 'stupid', dummer: 'stupid', stupide: 'stupid', estupido: 'stupid', estupida: 'stupid', idiota: 'idiot', nul: 'useless', inutil: 'useless', nutzlos: 'useless',
  maschine: 'machine', maquina: 'machine',
  ignoriere: 'ignore', ignoriert: 'ignore', ignorez: 'ignore', ignore: 'ignore', ignora: 'ignore', vergiss: 'forget', oublie: 'forget', oubliez: 'forget', oublions: 'forget', olvida: 'forget', olvidad: 'forget', olvidemos: 'forget', vergesst: 'forget', plutot: 'rather',
  deine: 'your', dein: 'your', tes: 'your', vos: 'your', tus: 'your', regeln: 'rules', regles: 'rules', reglas: 'rules', anweisungen: 'instructions', instrucciones: 'instructions',
};

// Children by kin, per language: each word becomes the English kin word the party readers know
// ("kids", "grandkids", "little ones"), so a hard age rule sees them and asks their ages.
// Compound and article-bound words come first; "petits" and "kleinen" only stand for
// children when no noun follows ("les petits lodges" are lodges).
const KIN: ReadonlyArray<readonly [lang: string, words: string, english: string]> = [
  ['fr', 'petits-enfants|petits enfants|petites-filles|petits-fils', 'grandkids'],
  ['fr', 'petite-fille', 'granddaughter'],
  ['fr', 'gamins|gamines|momes|marmots|bambins|loulous|marmaille|progeniture|petiots', 'kids'],
  ['es', 'nietos|nietas', 'grandkids'],
  // Italian and Portuguese children (lexicon.ts already knows "bambini" and "criancas").
  ['it', 'figli|figlie', 'kids'],
  ['it', 'figlio', 'son'],
  ['it', 'bimbo|bimba|bimbetto|neonato|neonata', 'baby'],
  ['it', 'bimbi|bimbe', 'kids'],
  // "nipoti" is grandchildren or nephews and nieces: children of unknown age either way, whose ages an age rule must ask.
  ['it', 'nipotini|nipoti', 'grandkids'],
  ['it', 'figlia', 'daughter'],
  ['pt', 'filhos|filhas|miudos', 'kids'],
  ['pt', 'filho', 'son'],
  ['pt', 'filha', 'daughter'],
  // "nostro nipote", "la nostra nipotina": one nephew, niece or grandchild (the plural "nipoti" above), a child of unknown age.
  ['it', 'nipote|nipotino|nipotina', 'nephew'],
  // Portuguese grandchildren, nephews and nieces and everyday words for a child. "neto" is also the Spanish "net" ("precio neto"):
  // only after a Portuguese determiner or "com" is it a grandchild.
  ['pt', '(?<=\\b(?:os|as|nossos|nossas|meus|minhas|dois|duas|tres|com|e|nos|aos) )net(?:os|as|inhos|inhas)', 'grandkids'],
  ['pt', '(?<=\\b(?:o|nosso|meu|um|com|e|ao) )(?:neto|netinho)', 'grandson'],
  ['pt', '(?<=\\b(?:a|nossa|minha|uma|com|e) )(?:neta|netinha)', 'granddaughter'],
  ['pt', 'sobrinhos|sobrinhas', 'kids'],
  ['pt', 'sobrinho', 'nephew'],
  ['pt', 'sobrinha', 'niece'],
  ['pt', 'meninos|meninas|garotos|garotas|miudas|filhotes', 'kids'],
  ['pt', 'miudo|menino|garoto', 'boy'],
  ['pt', 'miuda|menina|garota', 'girl'],
  ['pt', 'enteado', 'stepson'],
  ['pt', 'enteada', 'stepdaughter'],
  // Dutch children: the diminutives as their plain word (the Dutch age phrases read "zoon" and "dochter").
  ['nl', 'kleinkinderen|kleinkinders|kleinkids', 'grandkids'],
  // "ons kleinkind": one grandchild (a child of unknown age), read as "ons kid" and then "our kid".
  ['nl', 'kleinkind|kleinkindje', 'kid'],
  // Swahili children: "mtoto wetu" (our child), "watoto" (children), "mjukuu" (grandchild), with the possessive after the noun.
  ['sw', 'na (?=(?:mtoto|mwana|mjukuu|watoto|wajukuu) )', 'and '],
  ['nl', '(?<!\\bik )en (?=(?:ons|onze|mijn) )', 'and '],
  ['sw', '(?:mtoto|mwana|mjukuu) (?:wetu|wangu)', 'our kid'],
  ['sw', '(?:watoto|wajukuu) (?:wetu|wangu)', 'our kids'],
  ['sw', 'mtoto|mjukuu', 'a kid'],
  ['sw', 'watoto|wajukuu', 'kids'],
  ['nl', 'kleinzoon|kleinzoontje', 'grandson'],
  ['nl', 'kleindochter|kleindochtertje', 'granddaughter'],
  ['nl', 'zoontje|zoontjelief', 'zoon'],
  ['nl', 'dochtertje|dochterlief', 'dochter'],
  ['nl', 'zonen|zoontjes', 'sons'],
  ['nl', 'dochters|dochtertjes', 'daughters'],
  ['nl', 'neefje', 'nephew'],
  ['nl', 'nichtje', 'niece'],
  ['nl', 'neefjes|nichtjes|kindjes|tieners|pubers', 'kids'],
  ['nl', 'kindje|peuter|peutertje', 'toddler'],
  ['nl', 'tweeling', 'twins'],
  // "com um bebé (de colo)": a babe in arms is a child of 0.
  ['pt', 'com (?:um|o nosso|o meu|nosso|meu) (?:bebe|bebezinho)(?: de colo)?', 'with our baby'],
  ['es', 'nieto', 'grandson'],
  ['es', 'nieta', 'granddaughter'],
  ['es', 'peques|pequenos|pequenas|chiquillos|chiquitines|crios|chavales|chamacos|hijitos|prole', 'kids'],
  ['de', 'enkelkinder|enkelkindern|enkeln|enkel|enkelinnen', 'grandkids'],
  ['de', 'enkelin', 'granddaughter'],
  ['de', 'enkelsohn', 'grandson'],
  // "mit unserem Neffen": the dative singular, one nephew (the plural "Neffen" stays nephews).
  ['de', '(?:unserem|meinem) neffen', 'our nephew'],
  ['de', '(?:unserer|meiner) nichte', 'our niece'],
  ['de', 'kinderchen|goren|blagen|nachwuchs', 'kids'],
  // "die beiden Kleinen sind 5 und 7": the two little ones, by article.
  ['de', '(?:die|den) beiden (?:kleinen|kleine|kinder|kindern)', 'the 2 little ones'],
  ['de', '(?:unsere|unseren|meine|meinen) beiden', 'our 2'],
  ['en', 'grandkiddies|grandsons|granddaughters', 'grandkids'],
  // "our grandchild", "a grandkid": one child (the party readers know "grandkids" and "grandchildren" only in the plural).
  ['en', 'grandchild|grandkid|grandbaby', 'kid'],
  // "a tween", "a nipper", "a junior" (never "a junior suite"), "his lad", "our lass": one child in everyday English.
  ['en', 'tweens|tweenies|tweenagers|godchildren|godkids', 'kids'],
  // "our godchild", "my goddaughter": a child of unknown age (an age said after it is read as usual, an adult's too).
  ['en', 'godchild|godkid', 'kid'],
  ['en', 'godson', 'son'],
  ['en', 'goddaughter', 'daughter'],
  ['en', 'tween|tweenie|tweenager|nipper|kiddo|sprog|rugrat|munchkin|youngster', 'kid'],
  ['en', '(?<=\\b(?:a|our|my|1|one) )junior(?=\\s*(?:$|[.,;:!?)(]|and\\b|with\\b|who\\b|aged?\\b|of\\b|\\(|\\d))', 'kid'],
  ['en', '(?<=\\b(?:our|my|his|her|their) )(?:lad|laddie|wee lad|young lad)', 'boy'],
  ['en', '(?<=\\b(?:our|my|his|her|their) )(?:lass|lassie|wee lass|young lass)', 'girl'],
  // Portuguese godchildren, the youngest and the kids all together; the Dutch little one and child.
  ['pt', 'afilhados|afilhadas', 'kids'],
  ['pt', 'afilhado', 'nephew'],
  ['pt', 'afilhada', 'niece'],
  ['pt', 'com (?:a )?(?:criancada|garotada|meninada|molecada|petizada|miudagem)', 'with the kids'],
  ['pt', '(?:a |the )?(?:criancada|garotada|meninada|molecada|petizada|miudagem)', 'the kids'],
  ['pt', 'cacula|caculinha|caculinho', 'kid'],
  ['nl', '(?:de|onze|ons|mijn|our|my) (?:kleine|kleintje|kleinste|jongste)(?=\\s*(?:$|[.,;:!?)(]|en\\b|and\\b|met\\b|with\\b|van\\b|is\\b|die\\b|\\())', 'the little one'],
  ['nl', '(?<=\\b(?:ons|onze|mijn) )kind(?=\\s*(?:$|[.,;:!?)(]|en\\b|and\\b|van\\b|is\\b|die\\b))', 'kid'],
  ['en', 'offspring|brood|youngsters|young ones|young uns|little uns|kiddies|sprogs|munchkins|rugrats|nippers|littluns|littlies|wee ones|bairns|weans', 'kids'],
];
const KIN_WORDS: ReadonlyArray<readonly [RegExp, string]> = KIN.map(([, words, english]) => [new RegExp(`\\b(?:${words})\\b`, 'g'), english]);
// "nos petits", "mit den Kleinen", "bringing our lot": little ones by article, when no noun follows.
const SMALL_ONES = /\b(nos|les|mes|den|die|unseren|unsere|meinen|meine)\s+(?:petits|petites|kleinen|kleine)\b(?=\s*(?:$|[.,;:!?)(\-]|(?:et|und|y|and|en|im|in|au|a|nach|zu|zum|sont|sind|viennent|kommen|for|avec|mit|de|del|aussi|auch)\b))/g;
// "sie sind 9 und 14", "ils ont 8 et 12 ans": the children's pronoun before their ages.
const PLURAL_PRONOUN = /\b(?:sie|ils|elles|ellos|ellas) (?=(?:sind|ont|tienen|are) \d)/g;
const OUR_LOT = /\b(?:with|bring|bringing|take|taking|plus|and) (our|my|the) lot\b(?! of)/g;
// "vienen los niños también": the children coming, said after the verb.
const COMING_KIDS = /\b(?:vienen|viennent|kommen) (?:tambien |aussi |auch )?(?:los|las|les|die|mis|nuestros|unsere|nos|mes) (kids|grandkids|ninos|ninas|hijos|enfants|kinder|little ones)\b/g;

/** Kin words for children in French, Spanish, German and English idiom, as the English kin word. */
export function kinToEnglish(text: string): string {
  let t = text;
  for (const [re, to] of KIN_WORDS) t = t.replace(re, to);
  t = t.replace(SMALL_ONES, (_m, art: string) => `${/^(?:nos|unseren|unsere)$/.test(art) ? 'our' : /^(?:mes|meinen|meine)$/.test(art) ? 'my' : 'the'} little ones`);
  t = t.replace(OUR_LOT, (m, who: string) => m.replace(`${who} lot`, `${who} kids`));
  t = t.replace(PLURAL_PRONOUN, 'they ');
  t = t.replace(COMING_KIDS, (_m, kin: string) => `the ${kin} are coming too`);
  // "com o nosso filho", "ons zoontje", "met mijn dochter": one child after a Portuguese or Dutch possessive, in English.
  t = t.replace(OUR_ONE, (_m, prep: string | undefined, poss: string, kin: string) => `${prep ? 'with ' : ''}${/^(?:mijn|o meu|meu|a minha|minha)$/.test(poss) ? 'my' : 'our'} ${kin}`);
  // "eu e a minha sobrinha", "io e mio nipote", "ik en mijn nichtje": the writer and one child, as English says it.
  t = t.replace(ME_AND_ONE, (_m, kin: string) => `me and my ${kin}`);
  // "minha sobrinha que faz 16 na próxima primavera", "mio nipote che compie 16 anni la prossima estate": the coming birthday
  // as English says it ("who turns 16 next spring"), so a permit's age is never passed on a birthday after the trip.
  t = t.replace(KIN_TURNS, (_m, kin: string, n: string) => `${kin} who turns ${n}`).replace(NEXT_SEASON, (_m, season: string) => `next ${SEASON_WORD[season] ?? season}`);
  // "com os miúdos", "met de kinderen", "e as netas", "coi figli": the bare article after "with" or "and".
  t = t.replace(THE_KIDS, (_m, prep: string | undefined, with_: string | undefined, kin: string) => `${with_ || /^(?:com|met)$/.test(prep ?? '') ? 'with' : 'and'} the ${/^(?:grandkids|little ones)$/.test(kin) ? kin : 'kids'}`);
  // "con los peques", "mit den Enkeln": the preposition and article before a kin word, in English.
  return t.replace(KIN_AFTER, (_m, prep: string | undefined, art: string, kin: string) => `${prep ? 'with ' : ''}${ARTICLE[art] ?? 'the'} ${/^(?:kids|grandkids|little ones)$/.test(kin) ? kin : 'kids'}`);
}
const ARTICLE: Readonly<Record<string, string>> = {
  nuestros: 'our', nuestras: 'our', nuestra: 'our', nos: 'our', notre: 'our', unseren: 'our', unsere: 'our', unserem: 'our', mis: 'my', mes: 'my', mi: 'my', meinen: 'my', meine: 'my', meinem: 'my',
  'i nostri': 'our', 'le nostre': 'our', 'i miei': 'my', 'le mie': 'my', 'os nossos': 'our', 'as nossas': 'our', nossos: 'our', nossas: 'our', 'os meus': 'my', 'as minhas': 'my',
  nostri: 'our', nostre: 'our', miei: 'my', ons: 'our', onze: 'our', mijn: 'my', our: 'our', my: 'my',
};
// The everyday child words too ("mit den Kindern", "con i nostri bambini", "com os nossos filhos": the
// Italian and Portuguese kin words are already English here); lexicon.ts turns the word alone into "kids".
// "coi nostri figli", "met onze kinderen" (normalize.ts has made "onze" "our"), "com os nossos netos".
const KIN_AFTER = /\b(?:(con|mit|avec|com|coi|col|cogli|colle|met) )?(i nostri|le nostre|i miei|le mie|os nossos|as nossas|os meus|as minhas|nossos|nossas|nostri|nostre|miei|los|las|les|la|el|den|die|dem|nuestros|nuestras|nuestra|nos|notre|unseren|unsere|unserem|mis|mi|mes|meinen|meine|meinem|gli|i|le|ons|onze|mijn|our|my) (kids|grandkids|little ones|kinder|kindern|kinderen|kinders|ninos|ninas|hijos|hijas|enfants|bambini|bambine|ragazzi|criancas)\b/g;
const ONE_KIN = 'son|daughter|grandson|granddaughter|nephew|niece|boy|girl|stepson|stepdaughter|toddler|twins|kid|baby|zoon|dochter|kleinzoon|kleindochter';
const OUR_ONE = new RegExp(`\\b(?:(com|met|con|coi|col) )?(o nosso|a nossa|nosso|nossa|o meu|meu|a minha|minha|ons|onze|mijn) (${ONE_KIN})\\b`, 'g');
const ME_AND_ONE = new RegExp(`\\b(?:eu|io|ik) (?:e|en) (?:o |a |il |la )?(?:meu|minha|mio|mia|mijn|my) (${ONE_KIN})\\b`, 'g');
const KIN_TURNS = new RegExp(`\\b(${ONE_KIN}) (?:que|che|die) (?:faz|fara|vai fazer|completa|compie|compira|cumple|cumplira|wordt) (\\d{1,2})(?: (?:anos|anni|jaar|years))?\\b`, 'g');
const NEXT_SEASON = /\b(?:na |no |la |il |el |de |nel |nella |in the )?(?:proxima|proximo|prossima|prossimo|volgende) (primavera|verao|estate|verano|zomer|outono|autunno|otono|herfst|inverno|invierno|lente|spring|summer|autumn|winter)\b/g;
const SEASON_WORD: Readonly<Record<string, string>> = { primavera: 'spring', lente: 'spring', verao: 'summer', estate: 'summer', verano: 'summer', zomer: 'summer', outono: 'autumn', autunno: 'autumn', otono: 'autumn', herfst: 'autumn', inverno: 'winter', invierno: 'winter' };
const THE_KIDS = /\b(?:(com|met|e|en) (?:os|as|de)|(coi|cogli|colle)) (kids|grandkids|little ones|kinderen|kinders|criancas|bambini|bambine)\b/g;

// Portuguese, told by words no other language here spells so; there "no", "na" are "in the" ("safari no Kruger"), never a refusal.
const PORTUGUESE = /\b(?:fazer|voces|obrigad[oa]|ferias|viagem|gostari(?:a|amos)|nao|com|em|ola|queria|tambem|caminhadas|um|casal|pessoa|pessoas|nosso|nossa|meu|minha|janeiro|fevereiro|maio|junho|julho|setembro|outubro|dezembro)\b/g;
const PT_MONTH = /^(?:janeiro|fevereiro|maio|junho|julho|setembro|outubro|dezembro)$/;
const PT_IN_THE = /\bn(?:o|a|os|as) (?=[a-z])(?!(?:kids|children|more|less|later|rush|more than|problem)\b)/g;

function portugueseInThe(t: string, said: string): string {
  const marks = new Set(said.match(PORTUGUESE) ?? []);
  // A Portuguese month is mark enough: "de 3 a 9 de maio no Kruger" says nothing else in Portuguese alone.
  const month = [...marks].some((w) => PT_MONTH.test(w));
  return marks.size >= 2 || month ? t.replace(PT_IN_THE, 'in the ') : t;
}

/** Rewrites foreign and slang wording into the English the other readers know; text already lower-cased and accent-free. */
export function foreignToEnglish(text: string): string {
  let t = framesToEnglish(kinToEnglish(text.replace(/\u00df/g, 'ss')));
  for (const [re, to] of PHRASES) t = typeof to === 'string' ? t.replace(re, to) : t.replace(re, to as (m: string, ...g: string[]) => string);
  t = portugueseInThe(t, text);
  return t.replace(/[a-z0-9]+/g, (w) => WORDS[w] ?? w).replace(/ {2,}/g, ' ').trim();
}
