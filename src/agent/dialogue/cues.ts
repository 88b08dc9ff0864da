/**
 * The words that mark each dialogue act, in English, French and German, on `cueText`
 * (lower case, no accents, ß as ss). Each list is read by recognise.ts, which decides
 * between acts; a cue alone never changes the trip.
 */

/**
 * Softer words for a change of plan ("actually", "rather", "plutôt", "doch", "lieber"):
 * a change of mind only when the message names places the trip does not have and none it has.
 */
export const CHANGE_MIND_SOFT =
  /\b(?:(?:we'?ll|we will|we shall) (?:just )?(?:do|take|go (?:with|for|to))\b(?! (?:it|that|this|your|the (?:suggestion|plan|recommendation)))(?![^.?!]{0,50}\b(?:after(?:wards?)?|too|as well|also|at the end|on the way|from there|to finish|to end|apres|ensuite|aussi|en plus|a la fin|pour finir|danach|anschliessend|hinterher|zum (?:abschluss|schluss)|am ende)\b)|instead|rather|new idea|rethinking|it is(?: then| now| so)?(?=\W*$|\s*[,;]\s*(?:same|keep|with)\b)|switch (?:it|that|this|us|the (?:trip|plan)) (?:over )?to|(?:dann |also |ok(?:ay)?,? )nehmen wir|(?<=^\W*(?:ok\w*\W+)?)(?:uberzeugt|convinced|convaincus?)|(?<=^\W*)(?:egal|tant pis|peu importe|whatever)|neue idee|nouvelle idee|make it|switch(?:ing)? to|on reflection|no wait|wait no|prefer\w*|actually|after all|you know what|let'?s (?:just )?(?:go|do)|go (?:with|for)|(?:let'?s|we'?ll|we want to|we'?d like to) (?:change|switch)|plutot|finalement|en fait|non finalement|on change|changeons|faisons|on fait|(?:dann |also )?machen wir|stattdessen|lieber|doch|eigentlich|vielmehr|wir wechseln|wechseln wir|mir mache[nt]?|mache[nt]? mir|(?:on (?:part|partira|y va) (?:sur|pour)|partons (?:sur|pour))(?![^.?!]{0,50}\b(?:after(?:wards?)?|too|as well|also|at the end|on the way|from there|to finish|to end|apres|ensuite|aussi|en plus|a la fin|pour finir|danach|anschliessend|hinterher|zum (?:abschluss|schluss)|am ende)\b)|allons-y pour|on y va pour|va pour|(?<=^\W*(?:ok\w*|gut|na gut|also|schon|alles klar|passt)\W+)dann(?=\s+\S+(?:\s+\S+)?\W*$))\b/;

export const CHANGE_MIND = [
  /\b(?:forget (?:all|everything|about)|scrap (?:that|it|all|everything|the)|cancel (?:that|it|the)|we(?:'ve| have)? changed|change of heart|completely different|something else entirely|start from scratch|back to square one)\b/,
  /\b(?:on annule|laiss(?:e|ez|ons) faire|annul(?:ez|ons) (?:le|la|les|tout|ca)|on change tout|changeons tout|tout change|autre chose|completement different|on a decide|on oublie|oublie[rz]? (?:ca|tout|le|la|les)|finalement non|non,? finalement)\b/,
  /\b(?:alles auf anfang|schluss damit|komplett anders|ganz anders|(?:etwas|was) (?:ganz )?anderes|ganz neu|neu planen|planen wir (?:ganz )?neu|streich\w*|lass(?:t)? mal|lassen wir das|ach nee|nee,|doch nicht|alles zuruck)\b/,
  /\b(?:scrap|scratch (?:that|it|this)|ditch|no wait|start (?:over|again)|from scratch|change of plans?|new plan|different plan|changed (?:our|my) minds?|change (?:our|my) minds?|never ?mind|(?:let'?s|let us) (?:drop|forget|skip|ditch)|on second thoughts?|second thoughts|let'?s drop|drop (?:the|that|it|southern|northern|east|kenya|tanzania|botswana)|forget (?:the|that|it|about|kenya|tanzania|botswana|uganda|rwanda|zambia|namibia|south africa|zimbabwe|\w+ altogether)|let'?s forget|forget \w+ altogether)\b/,
  /\b(?:(?<!\b(?:j'?ai|j ai|on a|nous avons|j'avais|on avait)\s(?:\w+\s){0,2})oubli(?:ez|ons|e|er)|laiss(?:ez|ons|e|er) tomber|repart(?:ir|ons)? de zero|on change tout|changement de (?:plan|programme)|nouveau (?:plan|programme)|change d'avis|plus rien a voir|tout recommencer|on recommence|abandonn\w*|on renonce a)\b/,
  /\b(?:vergiss|vergessen (?:sie|wir)|gestrichen|vom tisch|lassen wir|nochmal von vorn|von vorne|zuruck auf anfang|planan?derung|neuer plan|alles neu|doch nicht mehr|anders uberlegt|umentschieden|fallt weg|streichen|(?<!\b(?:hab|habe|haben|hatte|hatten|hab's|hab es)\s(?:\w+\s){0,2})vergess\w*|umentschied\w*|(?:ist|sind) raus)\b/,
];

export const ADD_EXTEND = [
  /\+ ?\d+ ?(?:days?|nights?|jours?|nuits?|tage?n?|nachte?)\b|\b(?:add(?:s|ed|ing)?|tack (?:on|it on)|pop (?:in|over to|down to)|throw in|chuck in|bung in|slip in|extend(?:ing)?|lengthen|stretch(?:ing)? (?:it|the trip|things|out)|include|fit in|squeeze in|extra (?:nights?|days?)|(?:nights?|days?) more|(?:nights?|days?) longer|more (?:nights?|days?)|one more stop|another stop|finish(?:ing)? (?:somewhere|with|by|at|in|off|on)|wrap (?:it |things |the trip )?up (?:with|in|at)|for the (?:end|last (?:few )?days)|to (?:finish|end) (?:with|off|the trip)|end (?:with|by) |(?:could|can|shall) we (?:end|finish) (?:at|in|on|with|by)|at the end(?! of)|on the end|(?:stick|tag|bolt|tack|pop|slot|chuck|put|whack) (?:[\w' ]{1,30} )?(?:on|onto|in|into) (?:the end|it|the trip|at the end)|tag on|bolt on|also do|combine (?:it )?with|stay longer|longer stay|round (?:it|things|the trip) off with|(?:on|along) the way)\b/,
  /\b(?:ajout\w*|rajout\w*|prolong\w*|rallong\w*|inclure|integrer|de plus\b|plus longtemps|fin(?:ir|it|issons|issez|irait|irions|irons|ira|issait|issions) (?:par|a|avec|sur)|termin(?:er|e|ons|ez|erait|erions|era) (?:par|a|avec|sur)|a la fin(?! d)|pour (?:finir|terminer)|en fin de (?:voyage|sejour)|ensuite\b|en plus\b|aussi faire|une etape)/,
  /\b(?:dazu\w*|anhang\w*|dranhang\w*|hang(?:en|t|e)?\b[^.?!]{0,40}\ban(?=\W*$)|hinten dran|verlanger\w*|(?:ver)?streck\w*|ausdehn\w*|einbauen|einplanen|mitnehmen|hinterher|am ende|ans ende|zum (?:abschluss|schluss)|am schluss|abschliess\w*|ausklingen|(?:enden|beenden|endet) (?:mit|in|auf)|mit\b[^.?!]{0,40}\b(?:enden|ausklingen lassen|abschliessen)|danach noch|zusatzlich\w*|erganz\w*|langer bleiben|(?:tage?|nachte?) langer|noch (?:ein(?:en)? )?(?:stopp|tag|paar tage)|a+hang\w*|(?:de|der|dr)zue\w*|drahang\w*|dra?hank\w*|mit (?:rein|hinein|dazu)|hang\w*\b[^.?!]{0,40}\bdran)\b/,
];

/** "Why not …" and its kin: a comparison with something the decision did not choose. */
export const WHY_NOT = [
  /\b(?:why not|y not|what about|how about|isn'?t [\w' ]{1,30} (?:closer|cheaper|better|quieter|nicer|calmer|less busy)|what'?s (?:wrong|the problem|the issue) with|(?:anything|what'?s) (?:wrong )?against|what do you think (?:of|about)|(?:thoughts|opinion) on|would [\w' ]{1,40} be (?:a |an )?(?:\w+ )?(?:alternative|option|choice|bet|fit)|(?:good|better|quieter|cheaper|closer|calmer|nicer) alternative|why (?:that one |this one |it |this |that )?(?:over|instead of|rather than)|instead of [\w' ]+,? why|isn'?t (?:it|that|there) (?:closer|cheaper|better|quieter|nearer|easier)|wouldn'?t [\w' ]+ be (?:better|cheaper|closer|quieter|nicer|easier)|would [\w' ]+ not be better|(?:be |is |isn'?t )?(?:better|closer|cheaper|quieter|nearer) (?:for|in|than|then|there|\?)|not (?:better|closer|cheaper) for|not (?:a )?(?:better|closer|cheaper|quieter) (?:idea|option|choice|place|bet))/,
  /\b(?:pourquoi (?:pas|ne pas)|n'est(?:-il|-elle| il| elle)? pas (?:moins cher|mieux|plus proche|plus calme)|qu'est-ce qui (?:cloche|ne va pas|coince) (?:avec|pour)|(?:c'est quoi|quel est) le (?:probleme|souci) (?:avec|de)|qu'en pensez-vous|c'est pas (?:mieux|plus proche|moins cher|plus calme)|n'est-ce pas|ne serait(?:-il|-elle|-ce)? pas (?:mieux|plus)|serait (?:mieux|plus proche|moins cher)|pas (?:mieux|plus proche|moins cher) (?:pour|non)|moins cher,? non|plus proche,? non|au lieu de|serait(?:-ce|-il|-elle)? (?:une )?(?:\w+ )?(?:alternative|option)|(?:bonne|meilleure) alternative|(?:c'est|est-ce|serait-ce) (?:mieux|plus \w+|moins cher) que|que pensez-vous (?:du|de la|des|de|d')|qu'en pensez-vous)\b/,
  /\b(?:warum nicht?|wieso nicht?|ist (?:\w+ ){1,3}(?:denn )?nicht (?:naher|besser|gunstiger|billiger|ruhiger)|was spricht (?:denn |eigentlich )?gegen|was ist (?:das problem|falsch) (?:mit|an)|weshalb nicht?|(?:warum|wieso|weshalb|worum) (?:nod|ned|net|nit)|was ist mit|wie sieht'?s mit|wie sieht es mit|ware [\w ]+ nicht besser|ware [\w ]+ besser|^(?:\w+\W+)?war'? [\w ]+ nicht besser|ist (?:das|es|sie|er) (?:denn )?nicht (?:naher|besser|gunstiger|ruhiger)|statt|doch gunstiger|nicht dort|ware [\w ]{1,40} (?:eine )?(?:\w+ )?(?:alternative|option)|als alternative|(?:besser|gunstiger|naher|ruhiger|schoner) als|was (?:halten sie|haltet ihr|haltst du) von|lohnt sich)\b/,
];

/**
 * A problem asked about ("whats wrong with march", «c quoi le pb avec mars», «qu'est-ce qui cloche avec mars», „was ist
 * das Problem mit März"): with no other place named, it asks why the plan is as it is.
 */
export const PROBLEM_WITH =
  /\b(?:(?:what'?s|what is|whats) (?:wrong|the (?:problem|issue|matter|catch)) (?:with|in|about)|(?:c'est quoi|c quoi|c koi|quel est|qu'est-ce que c'est) (?:le|les) (?:probleme|pb|souci|soucis|hic) (?:avec|de|en|pour)|qu'est-ce qui (?:cloche|ne va pas|coince|pose probleme) (?:avec|en|pour)|qu'est-ce qu'il y a (?:de mal|qui cloche) (?:avec|en)|was ist (?:denn )?(?:das problem|falsch|schlecht|verkehrt) (?:mit|an|am|im)|was stimmt (?:denn )?nicht (?:mit|am|im))\b/;

/** What a change would change, asked ("what would change with a bigger budget", «qu'est-ce qui changerait», „was würde sich ändern"). */
export const WHAT_WOULD_CHANGE =
  /\b(?:what (?:would|will|does|could) (?:\w+ ){0,2}change|what changes (?:with|if)|qu'est-ce qui (?:changerait|change(?:ra)?it?) (?:avec|si|pour)|qu'est-ce que (?:ca|cela) changerait|(?:ca|cela) changerait quoi|was (?:wurde|wurden|andert|anderte) sich\b[^.?!]{0,40}(?:andern)?|was (?:wurde|ware) (?:denn )?anders)\b/;

/** What the traveler's money buys ("what does my budget actually buy me there", «qu'est-ce que mon budget permet», „was bekomme ich für mein Budget"). */
export const BUDGET_BUYS =
  /\b(?:what (?:does|will|would|can|could) (?:my|our|the|this|that) (?:budget|money) (?:\w+ ){0,2}(?:buy|get)|what (?:do|can|will|would|could) (?:i|we) (?:\w+ )?get for (?:my|our|the|this|that) (?:budget|money)|qu'est-ce que (?:mon|notre|ce|le) budget (?:\w+ ){0,2}(?:permet|offre|donne|paie|achete)|(?:mon|notre|ce) budget (?:\w+ ){0,2}(?:permet|suffit) (?:quoi|pour quoi)|qu'est-ce qu'on (?:a|peut avoir|obtient) (?:avec|pour) (?:mon|notre|ce) budget|was (?:bekomme|bekommen|kriege|kriegen|kriegt|bekommt) (?:ich|wir|man) (?:\w+ ){0,3}fur (?:mein|unser|das|dieses|unser) (?:budget|geld))\b/;

/** "Why not now?": the question is why the decision waits, a why. */
export const WHY_NOT_NOW = /\b(?:why not now|why not go now|why not (?:just )?book\w*|why (?:no|not a) booking|pourquoi pas maintenant|pourquoi pas tout de suite|pourquoi (?:ne )?pas (?:de )?reserv\w*|warum nicht jetzt|warum nicht gleich|(?:warum|wieso|weshalb) nicht (?:gleich |sofort |direkt )?buchen)\b/;

export const WHY = [
  /\b(?:why|how come|reason(?:ing|s)?|(?<!(?:well|nicely|clearly|great) )explain|what'?s behind|based on|what changed|rationale|justify|(?:the )?thinking (?:behind|here|there)|tip(?:ped|s) (?:it|the balance|the scales)|deciding factor|decisive|swung it|clinch\w*|logic|what (?:makes|made)|made you|how did you (?:decide|choose|pick|get|come|land|settle|arrive)|what speaks for|how do you know|is (?:that|it|this) really|are you sure|how sure|how do you know|where does (?:that|this) come from)\b/,
  // Asked, not stated: "is July really the best time?" ("July is what we really want" states a trip).
  /^(?:(?:and|but|so|hmm|ok)\W+)*is [\w ]{1,25} really\b[^.!]*\?|\breally the (?:best|right)\b[^.!]*\?/,
  /\b(?:pourquoi|pk|pq|pkoi|pourkoi|(?:qu'est-ce qui|c'est quoi qui|qu'est ce qui|qui) (?:t'a|vous a|t'ont|vous ont|nous a) (?:fait|pousse|amene|decide)|(?<!(?:bien|super|tres bien|clairement) )expliqu\w*|raisonnement|(?:ca|ce choix|cette idee) sort d'ou|d'ou (?:ca|vient ce choix|sort)|facteur decisif|(?:a fait|fait) la difference|determinant|raisons?\b|(?:fait|font) pencher|motive\w*|logique|justifie\w*|vous basez|vous vous basez|qu'est-ce qui a change|qu'est-ce qui (?:vous )?fait (?:dire|penser)|comment (?:avez-vous|as-tu) (?:decide|choisi)|c'est vraiment|vous etes sur|change la donne|sur quoi|qu'est-ce qui plaide|comment (?:ca se fait|se fait-il)|d'ou (?:vous )?(?:tirez|vient|sortez)|vous en etes sur|a quel point)\b/,
  /\b(?:warum|wieso|weshalb|worum|was hat (?:dich|sie|euch) (?:dazu )?(?:gebracht|bewogen)|was spricht (?:denn |eigentlich |da )?(?:fur|dafur)|woher (?:wissen|weisst|wisst)|wie sicher|begrund\w*|ausschlaggebend\w*|den ausschlag|entscheidend\w*|grund|grunde|(?<!(?:gut|super|toll|prima|schon|klar|verstandlich|einleuchtend|fur die|fur deine|fur ihre|fur eure) )erklar\w*|logik|worauf|wie (?:kommst du|kommt ihr|kommen sie) (?:denn )?(?:darauf|auf)\b|wie (?:haben sie|hast du) (?:das )?entschieden|ist das wirklich|sind sie sicher|bist du sicher|seid ihr sicher|was hat sich|unterschied)\b/,
];

export const PRICE = [
  // What a tier or a place goes for, the least it takes ("what do the mid-range camps go for?", "the minimum budget for Chobe?", "budget minimum", "Mindestbudget").
  /\b(?:(?:what|how much)\b[^.!?]{0,60}\b(?:go(?:es)? for|run (?:at|for|to))|(?:minimum|min|lowest|smallest|bare minimum) (?:budget|spend|cost)|budget (?:minimum|mini|minimal)|(?:quel|combien)\b[^.!?]{0,40}\b(?:au minimum|minimum)|mindest(?:budget|preis|kosten)|(?:wie ?viel|was)\b[^.!?]{0,40}\bmindestens)\b/,
  // What to cut to fit the budget ("what would you cut to fit", «qu'est-ce qu'on enlève pour rentrer dans le budget»,
  // „was würdet ihr streichen, damit es reinpasst").
  /\bwhat (?:would|could|should|do) (?:you|we) (?:cut|drop|trim|lose|leave out)\b[^.!?]{0,20}\b(?:fit|budget)\b|\b(?:enlev|retir|couper|coupe|supprim|sacrifi)\w*\b[^.!?]{0,40}\b(?:budget|rentrer)\b|\b(?:streich|weglass|kurz|sparen)\w*\b[^.!?]{0,40}\b(?:budget|reinpasst|passt)\b/,
  // "$$ wise?": money signs alone ask the price.
  /\${2,}|\$ ?-?wise/,
  /\b(?:(?:what|how much)\b[^.!?]{0,20}\bper (?:night|person|head|day)|per (?:night|person|head)\s*\?|how much|the damage|pric(?:e|)y|pricier|priciest|money-?wise|run (?:us|me|to)|set (?:us|me) back|(?:within|in|over|under|fits?|fit in|stay (?:in|within)) (?:the |our |my )?budget|pay (?:less|more)|(?:budget|price|cost)-?wise|all-in|all in|costs?|costing|price[sd]?|pricing|cheaper|cheapest|budget version|(?:less |more |too |very |how )?expensive|afford\w*|on a (?:budget|shoestring)|come to|what budget|budget (?:would|do|should|will) (?:we|i) need)\b/,
  /\b(?:combien|prix|cout\w*|moins cher|trop cher|revient cher|cher\b[^.!?]{0,12}\?|plus economique|economique|petit budget|reviendrait|tarifs?|bon marche|budget (?:total|global)|au total|le total|montant|abordable|dans (?:le|notre|mon) budget|quel budget|budget a prevoir|(?:paient|payent|payer) (?:moins|plus)|niveau (?:budget|prix|tarif)|cote (?:budget|prix))/,
  // Getting by on less, what the money buys ("could we do it on less?", «avec moins, ça passe ?», „kommen wir mit weniger aus?", „für das Geld").
  /\b(?:(?:get by|do it|manage|make do) (?:with|on|for) less|for (?:that|the|our|this) (?:money|price|budget)|(?:avec|pour) moins(?: d'argent| cher)?|pour ce (?:prix|budget)|mit weniger\b[^.!?]{0,20}\baus\w*|fur (?:das|unser|dieses) geld)\b/,
  // "The most economical option", „die sparsamste Variante", «la formule la plus économe»: the price asked.
  /\b(?:economical|most economic|thriftiest|econome|sparsam\w*|sparvariante|spar-variante)\b/,
  /\b(?:kosten|kostet|kostete|preis\w*|gunstig\w*|billig\w*|teu(?:er|r)\w*|sparversion|wie ?viel|wia ?vu\w*|wie ?vui|chost\w*|choscht\w*|kost\b|preislich|im (?:budget|rahmen)|vom preis her|budgetmassig|kostenmassig|(?:zahlen|bezahlen) (?:\w+ )?(?:weniger|mehr)|weniger (?:zahlen|bezahlen))\b/,
];

/**
 * A fee asked after ("is the gorilla permit still 1500?", «le permis est toujours à 800 ?», „ist das Permit noch bei 700?"):
 * a price question, and the figure in it is the fee, not the traveler's budget.
 */
export const FEE_ASKED =
  /\b(?:permits?|permis|park fees?|entry fees?|conservation fees?|genehmigung\w*|parkgebuhr\w*|eintritt\w*)\b[^.!?]{0,30}\b(?:still|now|gone up|go(?:ne)? up|went up|increase\w*|toujours|augmente\w*|encore|noch|gestiegen|erhoht|teurer)\b/;

/** Lodging tiers: a price question when asked ("and in luxury?"), a trip fact when stated ("7 nights, luxury"). */
export const TIER = /\b(?:(?:top|higher|highest|upper|premium|lower|lowest|bottom|cheapest|middle|mid) (?:tiers?|categor(?:y|ies)|level)|gamme (?:superieure|inferieure|intermediaire|moyenne)|moyenne gamme|entree de gamme|(?:hohere|oberste|niedrigere|unterste|gunstigste|teuerste) (?:kategorie|stufe|preisklasse)|einfache\w* (?:variante|version|kategorie|lodges?|unterkunft\w*)|basic (?:version|option|lodges?)|luxus-?variante|top-end|top end|high-end|high end|premium|luxury|mid-range|midrange|budget (?:tiers?|lodges?|camps?|options?|versions?)|(?:fancy|posh|swanky|luxurious|chic|plush|noble\w*|edle\w*|nobel\w*) (?:lodges?|camps?|hotels?|places|ones|options?|unterkunft\w*|hotels?)|(?:lodges?|camps?|hotels?|hebergements?) (?:chics?|luxueux|luxueuses?|de standing|huppes?)|exclusive|upmarket|exklusiv\w*|haut de gamme|milieu de gamme|luxe|luxus\w*|mittelklasse|gehobene\w*|top-lodges?)\b/;

export const SUGGEST = [
  // "What's your top pick?", "your pick?", «ton choix ?», „dein Favorit?": the agent's own choice asked for.
  /\b(?:(?:what'?s|what is|whats) (?:your|ur) (?:top |first |own )?(?:pick|choice|favou?rite|recommendation)|(?:your|ur) (?:top |first )?pick\b[^.!]{0,20}\?|quel (?:serait )?(?:ton|votre) (?:choix|coup de coeur|favori)|(?:dein|euer|ihr) (?:favorit|tipp|top-?tipp)\b[^.!]{0,20}\?)/,
  // "Can you suggest something for us", «tu peux nous conseiller un truc ?», „könnt ihr uns was empfehlen": asked, mark or not.
  /\b(?:(?:can|could|would) (?:you|u) (?:please )?(?:suggest|recommend|propose)|(?:peux|pouvez|pourrais|pourriez)(?:-tu|-vous)?\s+(?:me |nous )?(?:conseiller|recommander|proposer|suggerer))\b/,
  // "What's the best safari, in your view?" in French and German ("what's the best …?" in English is below), and "where do
  // we go?" said as «on va où ?»: the choice handed to the agent.
  /\b(?:was (?:ist|ware|waere)|welche[rs]? (?:ist|ware))\b[^.?!]{0,30}\b(?:die|der|das) (?:beste|schonste|ideale)n? (?:safari|reise|ziel|reiseziel|park|nationalpark|land|gegend|region)\b[^.!]{0,60}\?|\b(?:quel(?:le)? (?:est|serait)|c'est quoi)\b[^.?!]{0,20}\b(?:le|la) (?:meilleur|meilleure|plus beau|plus belle|ideal|ideale) (?:safari|voyage|destination|parc|pays|endroit|coin|region)\b[^.!]{0,60}\?|\b(?:on|nous) (?:va|part|irait|partirait|partira|ira|devrait (?:aller|partir)) ou\b/,
  /\b(?:in your (?:opinion|view)|a votre avis|selon vous|a ton avis|(?:deiner|ihrer|eurer) (?:meinung|ansicht) nach)\b|\b(?:the )?best (?:place|park|spot|country|area) (?:to|for)\b[^.!]*\?|\b(?:meilleur (?:endroit|parc|pays) pour|beste[nr]? (?:ort|park|land|gegend) (?:fur|um))\b[^.!]*\?/,
  /(?:suggest|recommend)(?:ation)?s?\b[^.!]*\?|\bin (?:our|my) (?:situation|case)\b[^.!]*\?|\b(?:votre|ton) conseil\b[^.!]*\?|\b(?:ihr|dein|euer) rat\b[^.!]*\?/,
  /\b(?:what (?:do|would|should) you (?:suggest|recommend|propose|reckon)|(?:you|we) should do|what (?:do you think|would you say)|where (?:would|should|do|could) (?:you|we)|a tip|any tips|your (?:pick|choice|favou?rite|call|advice)|any (?:ideas?|suggestions?|recommendations?|tips)|ideas? for|in (?:our|my) (?:shoes|place|position)|if (?:it were|you were|it was) (?:you|us|me)|what would you (?:do|advise)|what else (?:would|do|could|can) you|anything else you'?d (?:suggest|recommend)|what do you advise|(?:would|do) you advise|better ideas?|a recommendation|(?:some|your) advice|advise us|(?:would|do|will) you (?:pick|choose|go for|go with|take)|what do you reckon|best plan|what should we do|where to go|help (?:us|me) (?:choose|pick|decide))\b/,
  /\bwhat(?:'?s| is| would be) (?:a|the) (?:good|best|nice|right)\b[^.?!]{0,80}\?/,
  // Leaving the choice to the agent: "no idea where, you choose!", "choisissez pour nous", "sucht ihr was aus".
  /\b(?:no idea where|(?:don'?t|do not|dont) (?:really |quite |yet )?know where|not sure where|(?:sait|sais|savons) pas (?:trop |vraiment |encore )?(?:ou|d'ou)|(?:wissen|weiss) (?:aber |eben |halt )?(?:noch )?nicht (?:genau |so recht )?(?:wohin|wo hin)|(?:you|u) (?:choose|pick|decide)|up to you|dealer'?s choice|surprise (?:us|me)|aucune idee (?:d'ou|ou|de ou)|choisi(?:ssez|s) pour (?:nous|moi)|a (?:vous|toi) de (?:choisir|voir)|surprenez-(?:nous|moi)|keine ahnung wohin|such(?:t|en sie)? (?:ihr |du )?(?:uns )?(?:was|etwas) aus|entscheidet ihr|entscheiden sie (?:fur uns|das)|uberrascht uns)\b/,
  /\b(?:(?:vous|tu) (?:me |nous )?(?:conseill\w*|recommand\w*|sugger\w*|propos\w*)|(?:pouvez|pourriez)-vous (?:me |nous )?(?:conseiller|recommander|proposer|suggerer)|(?:vous|tu) (?:iriez|irais) ou|ou (?:iriez|irais)|recommande\w*|un conseil|suggestions?|vous feriez|tu ferais|conseillez-vous|a votre place|a ta place|(?:vous auriez|tu aurais|avez-vous|as-tu|vous avez) (?:autre chose|une autre idee|mieux|d'autres idees)|a notre place|a ma place|(?:feriez|iriez|choisiriez|prendriez|conseilleriez|recommanderiez)-vous|(?:ferais|irais|choisirais|prendrais|conseillerais)-tu|si (?:vous etiez|tu etais|c'etait) (?:nous|moi|vous|toi)|vous feriez quoi|tu ferais quoi|meilleure idee|des idees|une idee|aider a choisir|aidez-nous a choisir|aider (?:a )?(?:nous )?decider|ou (?:partir|aller|iriez-vous|irais-tu)|selon vous|que (?:proposez|conseillez)|suggerez)\b/,
  /\b(?:empfehl\w*|empfiehl\w*|vorschlag\w*|einen tipp|tipps|ratst|raten sie|ratet ihr|schlagen [\w ]*vor|schlagt [\w ]*vor|an unserer stelle|an eurer stelle|(?:habt ihr|haben sie|hast du) (?:noch )?(?:was|etwas) (?:anderes|besseres)|(?:ihre|deine|eure) empfehlung\b[^.!]*\?|(?:an|a) (?:usere|eusere|unsrer) stell\w*|was (?:wurdet|wurdid|wurded|tat|tatet|tatid|datet|datid) (?:ihr|er)|bessere idee|ideen|wohin (?:sollen|sollten|wurden|wurdest)|wo (?:sollen|sollten) wir|wo (?:wurdet|wurden|wurdest) (?:ihr|sie|du)|anderen vorschlag|bei der (?:wahl|auswahl|entscheidung)\b[^.?!]{0,15}\bhelf\w*|helf\w*\b[^.?!]{0,25}\b(?:wahl|auswahl|auszuwahlen|wahlen|entscheiden)|was wurdest du|was wurden sie)\b/,
];

export const GOODBYE =
  /\b(?:bye|goodbye|ta-?ra|ta ra|tarra|slan|good bye|see (?:ya|you)|(?:talk|speak|chat) (?:later|soon)|(?:^|[,.!;] ?)(?:ok(?:ay)? |right |alright )?laters?(?= ?[!.]*$)|off to bed|bedtime|(?:^|[,.!;] ?)(?:(?:ok(?:ay)?|k|right|alright|well|so|anyway)\W+)?(?:good ?)?(?:night|nite|nighty)(?= ?[!.]*$)|gotta (?:run|go)|that'?s all|au revoir|a bientot|(?<!\by )a plus(?! (?:cher|abordable|economique|de|d'|que|simple|calme))|gute nacht|good ?night|nighty night|nite nite|schlaf(?:t|en sie)? gut|a la prochaine|(?:bonne|excellente|belle) (?:fin de )?(?:soiree|journee|nuit|continuation|semaine|week-end)|(?:gotta|got to|have to|must) (?:dash|fly|head off|go)|(?:talk|speak|chat) (?:tomorrow|again)|(?:signing|logging|heading) off|i'?m off\b|je dois (?:filer|y aller)|a demain|je (?:file|me sauve|vous laisse|m'en vais)|on (?:file|se sauve)|tschuss\w*|tschau|tscho|bis (?:dann|bald|spater|morgen|zum nachsten mal)|auf wieder\w+|ta-?ra|man sieht sich|(?:einen )?schone[ns]? (?:tag|abend|wochenende|sonntag)|muss los|ttyl|ttfn|laters|cya|good ?night|nighty night|night night|ciao|adieu|ade|tschussi|tscho|bonne nuit|(?:mit )?(?:freundlichen|viele|liebe|beste|herzliche) grussen?|cordialement|bien a vous|(?:kind|best|warm) regards|regards|yours (?:sincerely|faithfully)|all the best|bye-?bye|hooroo|catch (?:ya|you)(?: later)?|cheerio|ta-?ta|take care(?! of)|have a (?:good|great|nice|lovely|wonderful|fab|fabulous|brilliant|safe|pleasant|super) (?:one|day|evening|night|weekend|trip)|adios|hasta (?:luego|pronto|la vista|manana)|arrivederci|a presto|ci vediamo|tchau|ate (?:logo|mais|breve|amanha)|doei|tot (?:ziens|straks|later|morgen)|a tantot|a tout a l'heure|a tout de suite|au plaisir|bonne route|a la revoyure|tcho|pfiat (?:di|eich|euch|enk)|uf wieder(?:luege|luage|lose|seh)|uf widerluege|ade merci|bis (?:denne|gly|glii|spater|nachher|demnachst|die tage)|mach'?s gut|macht'?s gut|tschuessli|tschussli|tschau zame|servus und danke|baba|pfueti|cu|c u|see u)\b|(?:^|\s)a ?\+(?:\s|$)/;
/**
 * Putting the decision off ("let me think about it", "je reviens vers vous", "wir melden
 * uns"): a goodbye, unless the message thanks (then it is a thank-you, as writers read it).
 */
export const DEFER =
  /\b(?:let me (?:think|sleep on|mull)|(?:have|having) a (?:think|ponder)|(?:vous|te) recontacte\w*|(?:get|come) back to you|(?:talk|think) it over|(?:discuss|talk about) (?:it|this|that) with|(?:je|on) (?:reviens|revient|reviendrai|reviendra) vers vous|je vais (?:reflechir|y reflechir|en parler)|on va (?:reflechir|y reflechir|en parler)|on en reparle|melde[nt]? (?:mich|uns)|(?:uberlege|uberlegen|bespreche|besprechen) (?:es|das|uns)|denke[n]? (?:daruber )?nach)\b/;
/** Words that greet or take leave: a greeting at the start, a goodbye once the trip is under way. */
export const HELLO_OR_BYE = /(?:^|[\s,.!])(?:salut|ciao|servus|tschau|ciao ciao)(?:[\s,.!]|$)/;
export const THANKS =
  /\b(?:thanks?|thank (?:you|u)|thx|ty|cheers|much appreciated|appreciate(?:d)?|mercis?|merc+i+s*|mrc|mci|danke+|thanx|thnx|tnx|remerci\w*|danke\w*|dank|vielen dank|gracias|grazie|(?:much )?obliged|(?:that'?s|this is|it'?s|very|really|super|so) (?:really |very |super |so )?(?:helpful|useful)|tres utile|(?:gut|super|toll|prima|schon|klar|verstandlich) erklart|(?:well|nicely|clearly|great) explained|(?:bien|super|tres bien|clairement) explique\w*|(?:that|this|it) (?:helps|helped)|helps (?:a lot|heaps|loads|so much|a bunch)|(?:ca|cela) (?:m'|nous )?aide|das hilft|(?:sehr )?hilfreich|obrigad[oa]|bedankt|dank (?:je|u)(?: wel)?|muito obrigad[oa]|asante|vergelt'?s gott|dankeschon|cheers mate|ta muchly|(?:you|y'?all|you guys|you all)(?:'ve| have) been (?:great|amazing|brilliant|super|fantastic|wonderful|awesome|a (?:great |huge |big )?help|(?:so |very |really )?helpful)|vous avez ete (?:super|geniaux|top|formidables|parfaits|tres utiles?|d'une grande aide)|ihr wart (?:super|toll|spitze|klasse|grossartig|eine grosse hilfe|sehr hilfreich))\b/;
export const GREETING =
  /^(?:(?:are )?(?:you|u) (?:there|around|still there)|(?:vous etes|tu es|t'es|etes-vous|es-tu) (?:la|encore la)|(?:bist du|sind sie|seid ihr) (?:noch )?da|(?:is )?any(?:one|body) (?:there|here|around|home)|y a (?:quelqu'un|qqn)|(?:ist )?(?:da|hier) (?:jemand|wer)|hi|hello|hey|greetings|heya|hiya|howdy|yo|hej|good (?:morning|afternoon|evening|day)|morning|evening|bonjour|bonsoir|salut|coucou|rebonjour|re|hallo|hallochen|huhu|moin|servus|tach|gruss gott|gruezi|guten (?:tag|morgen|abend)|gruss dich|gruess\w*|hoi|hoi zame|salu|griass di|gruass di|griass eich|hola|jambo|habari|g'?day|kia ora|allo|bonjour-hi|ola|buongiorno|buonasera|salve|buen(?:os|as) (?:dias|tardes|noches)|buenas|bom dia|boa (?:tarde|noite)|goede(?:morgen|middag|navond)|hallo daar|hoi hoi)\b/;
/**
 * Small talk that asks after the agent ("how's it going?", «ça va ?», „na, alles fit bei euch?"): a greeting, never
 * a trip. The whole message must be the small talk: «ça va être cher ?» asks a price.
 */
export const SMALL_TALK =
  /^(?:(?:hi|hello|hey|hiya|yo|na|und|so|ok|alors|et|bonjour|salut|coucou|hallo|hoi|servus|moin)\W+)*(?:how'?s it going|how(?:'?s| is| are| r) (?:it|you|u|ya|things|everyone|everybody|your day|ur day|life)(?: (?:going|doing|today))?|how(?:'?re| are) (?:you|u|ya) doing|how you doing|what'?s up|wassup|whats? new|you (?:ok|good|well|alright)|all good (?:with you|there)|ca va(?: bien| bien ou quoi)?|comment (?:ca va|allez-vous|vas-tu|tu vas|vous allez|ca se passe)|(?:vous allez|tu vas) bien|(?:la )?forme|quoi de neuf|wie geht'?s(?: so| euch| dir)?|wie geht es (?:dir|euch|ihnen)|wie lauft'?s|alles (?:fit|gut|klar|ok(?:ay)?|paletti|roger|fit im schritt) bei (?:euch|dir|ihnen)|alles fit|geht'?s (?:euch |dir )?gut)(?:\W+(?:(?:and|et|und) (?:you|u|vous|toi|ihr|dir|euch|bei euch|selbst)|today|aujourd'hui|heute|bei euch|la-bas))*\W*$/;
/**
 * A hello said late ("oh and hi btw, forgot to say hello", «au fait bonjour, j'ai oublié de vous saluer», „ach, und hallo
 * übrigens"): a greeting, whatever came before it.
 */
export const LATE_HELLO =
  /^(?:(?:oh|ah|and|also|btw|by the way|sorry|oops|ps|p\.?s\.?|et|au fait|pardon|desole\w*|oups|und|ach|ubrigens|sorry)\W+)+(?:hi|hello|hey|hiya|bonjour|bonsoir|salut|coucou|hallo|guten (?:tag|morgen|abend)|servus|moin)\b|\b(?:forgot (?:to say|saying) (?:hi|hello|hey)|(?:oublie|omis) de (?:vous |te )?(?:dire bonjour|saluer)|vergessen,? (?:hallo|guten tag|gruss gott) zu sagen|vergessen,? (?:euch|sie|dich) zu (?:grussen|begrussen))\b/;
/** Season's greetings: a greeting even when they name a month ("joyeux Noël" is not a trip in December). */
export const SEASON_GREETING =
  /\b(?:merry christmas|happy (?:new year|holidays|easter|christmas)|season'?s greetings|joyeux noel|bonne annee|bonnes fetes|joyeuses paques|meilleurs voeux|frohe (?:weihnachten|ostern|feiertage)|frohes (?:neues|fest)|prost neujahr|guten rutsch|gutes neues)\b/;
/** Short acknowledgements read as thanks ("ok cool", "génial", "alles klar"). */
export const ACK =
  /^(?:(?:hmm+|ah+|oh+|well|ok(?:ay)?|yes|oui|ja)[\s,.!]+)?(?:ok(?:ay)?|yes|yep|yeah|yup|sure|alright|all right|all good|no worries|fair enough|makes sense|understood|interesting|wow|will do|sounds like a plan|love it|brill|fab|wonderful|excellent|amazing|fantastic|incredible|you'?re a star|oui|ouais|formidable|je comprends|compris|c'est clair|bien recu|(?:vous etes|t'es) (?:au )?top|c'est gentil|ja|jawohl|genau|stimmt|verstanden|aha|macht sinn|na gut|perfekt|geil|great|perfect|super|top|genial|parfait|prima|passt|mega|nice(?: one)?|sounds good|very helpful|cool|alles klar|d'accord|gut|brilliant|awesome|lovely|noted|got it|wunderbar|klasse|toll|ta|entendu|tres bien|sehr gut|trop (?:bien|cool|top)|nickel|chouette|impec\w*|c'est (?:top|parfait|genial|super|nickel|note)|spitze|klingt gut|hammer|sweet|ace|cheers)\b/;

/** Taking the plan as it stands ("let's go with that", "on part là-dessus", "so machen wir das"): an acknowledgement, read as thanks. */
export const ACCEPT =
  /\b(?:let'?s (?:go with|do) (?:that|it|this)|we(?:'ll| will) (?:take|go with|do) (?:it|that|this)|(?:it'?s|that'?s) a deal|^deal\b|^agreed\b|go for it|on (?:part|fait) (?:la-dessus|comme ca|ca)|va pour (?:ca|cela)|marche pour moi|ca marche|so machen wir (?:das|es)|machen wir so|abgemacht|einverstanden|klingt nach einem plan)\b/;

/** A request for the full reasoning in a text channel ("details", "détails", "mehr"). */
export const DETAILS = /^(?:more )?(?:details?|more|explain more|tell me more|plus de details|en savoir plus|mehr|einzelheiten|mehr details)[\s.!?]*$/;

/** Verbs that add a place (not ones that only lengthen): "add", "ajoutant", "dazunehmen". */
export const ADD_PLACE = /\b(?:add\w*|pop in|tack\w* on|throw in|include|fit in|squeeze in|stick|tag on|ajout\w*|rajout\w*|inclure|integrer|dazu\w*|anhang\w*|a+hang\w*|einbauen|einplanen|mitnehmen|mit (?:rein|hinein)|hang\w*\b[^.?!]{0,40}\bdran|erganz\w*|dezue\w*)\b/;

/** Someone added to the party ("add my mum", "on ajoute notre fils", "unsere Tochter kommt dazu"): a trip change, not a stop. */
export const ADDS_PERSON = /\b(?:add\w*|ajout\w*|rajout\w*|dazu\w*|mitnehmen|include)\b[^.?!]{0,20}\b(?:my|our|mon|ma|mes|notre|nos|meine[nr]?|unsere[nr]?)\s+(?:mum|mom|mother|dad|father|son|daughter|kids?|children|child|friends?|sister|brother|wife|husband|partner|parents|grand\w*|nephew|niece|fils|fille|enfants?|mere|pere|amie?s?|soeur|frere|femme|mari|parents|neveu|niece|mutter|vater|sohn|tochter|kinder?|freund\w*|schwester|bruder|frau|mann|eltern|oma|opa|neffe|nichte)\b|\b(?:mum|mom|mother|dad|son|daughter|sister|brother|friend|mere|pere|fils|fille|soeur|frere|mutter|vater|sohn|tochter|schwester|bruder)\b[^.?!]{0,25}\b(?:kommt (?:auch )?(?:mit|dazu)|joins?|vient aussi)\b/;

/** A question about what the plan gives ("will we see the big five?", "is July the best month for the crossings?"). */
export const PLAN_QUESTION =
  /^(?:(?:and|so|but|hmm|ok)\W+)*(?:is|will|would|isn'?t) it (?:be )?(?:very |too |really |quite )?(?:wet|rainy|hot|cold|busy|crowded|muddy|dry|humid|green)\b|\b(?:il (?:pleut|fait chaud|fait froid)|(?:c'est|est-ce) (?:tres |trop )?(?:humide|pluvieux|boueux))\b|^(?:(?:und|also|aber)\W+)*(?:ist|wird) es (?:da |dann |dort )?(?:nicht )?(?:sehr |zu |total |ziemlich |arg )?(?:nass|regnerisch|verregnet|heiss|kalt|voll|trocken)\b|^(?:(?:und|also|aber)\W+)*(?:ist|sind) (?:[\w ]{1,30} )?nicht (?:fast |ganz |total |sehr |zu )?(?:trocken|nass|verregnet|heiss|kalt|voll|uberlaufen)\b|\b(?:will we|would we|can we|could we|do we get to|are we (?:likely|going) to|chances? (?:of|to)|likely to) (?:see|spot|get to see|find)\b|\bis (?:it|this|that|\w+) (?:the |a )?(?:best|right|good) (?:month|time|place|choice|season)? ?for\b|\bon (?:verra|va voir|peut voir|pourra voir)\b|\bverra-t-on\b|\bverrons-nous\b|\b(?:c'est|est-ce) (?:le bon|le meilleur|la bonne|la meilleure) (?:mois|moment|endroit|periode|saison)\b|\b(?:sehen|sieht|sichten) (?:wir|man)\b|\bwerden wir\b[^?]{0,30}\bsehen\b|\bist (?:das|der|die|es) (?:\w+ )?(?:beste|richtige|gute) (?:monat|zeit|ort|reisezeit)\b/;

/** Verbs that lengthen the trip itself. */
export const LENGTHEN = /\b(?:stretch\w*|(?:ver)?strecken|ausdehn\w*|extend\w*|lengthen\w*|prolong\w*|rallong\w*|verlanger\w*)\b/;

/** Month names in the three languages, on `cueText`. */
export const MONTH_WORD = /\b(?:january|february|march|april|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember)\b/;

/** Words of looking for a trip rather than stating one: a first message with them asks for a suggestion. */
export const SEEKING = /\b(?:looking (?:for|at options)|look for|searching for|on the hunt for|need (?:a|some) (?:idea|help)|on cherche|nous cherchons|je cherche|cherchons|a la recherche|recherchons|wir suchen|ich suche|suchen (?:wir|nach)|auf der suche)\b/;

/** A greeting that only says where the traveler writes from ("Greetings from Texas!", "Hallo aus Zürich!"): a hello, not a trip. */
export const GREETING_FROM =
  /^(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|bonjour|bonsoir|salut|coucou|hallo|servus|moin|gruss gott|gruezi|guten (?:tag|morgen|abend)|(?:viele |liebe |herzliche )?grusse)\W+(?:\w+\W+){0,2}(?:from|de|d'|du|des|depuis|aus|von)\s*[\p{L}' -]{1,40}[\s!.,:)]*$/u;

/** Whether a place is worth it, or good, in a month ("is the Mara worth it in Feb?", "vaut-il le coup", "lohnt sich"): a question about it. */
export const WORTH =
  /\b(?:worth (?:it|(?:a|the) (?:visit|trip|detour))|any good|vaut(?:-il|-elle| il| elle)? (?:le coup|la peine)|valent(?:-ils|-elles)? (?:le coup|la peine)|lohnt (?:sich|es sich)|sich (?:das |der |die )?lohn\w*)\b/;

/** A safari asked for beside the trip ("add a safari before", «ajouter un safari avant», „vorher eine Safari machen"). */
export const SAFARI_BESIDE =
  /\b(?:safari|game drives?|pirsch\w*)\b[^.?!;]{0,40}\b(?:before|beforehand|after|afterwards|first|too|as well|avant|apres|ensuite|d'abord|aussi|egalement|en plus|vorher|davor|danach|anschliessend|zuerst|vorab|auch|noch)\b|(?:\b(?:add\w*|combin\w*|before|beforehand|after|afterwards|first|and|plus|with|ajout\w*|rajout\w*|avant|apres|ensuite|d'abord|et|avec|hinzu\w*|dazu\w*|kombinier\w*|vorher|davor|danach|anschliessend|zuerst|vorab|und|mit)\b|\+)[^.?!;]{0,40}\b(?:safari|game drives?|pirsch\w*)\b/;
/** A safari ruled out ("no safari", «sans safari», „keine Safari"). */
export const NO_SAFARI = /\b(?:no|not|without|sans|pas de|pas un|ohne|keine?n?)\s+(?:\w+\s+){0,2}(?:safari|game drives?|pirsch\w*)\b/;
