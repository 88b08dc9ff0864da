import type { Outcome } from '../../domain/entities/decision';
import type { Language } from '../../domain/dialogue';

/** The words around a decision's copy on every channel (headings, units, the link), per language. */
export interface DecisionLabels {
  outcome: Record<Outcome, string>;
  /** The colon after a label (French sets it off with a space). */
  colon: string;
  assumptions: string;
  gains: string;
  losses: string;
  changes: string;
  /** One line of what would change it, short for SMS. */
  changeIt: string;
  /** The same heading where there is room (WhatsApp): it names the decision rather than a pronoun for it. */
  changeItFull: string;
  why: string;
  plan: string;
  days: (n: number) => string;
  /** A stop's nights in brief ("3n", "3 n.", "3 N."). */
  nightsShort: (n: number) => string;
  nights: (n: number) => string;
  confidence: string;
  decided: string;
  estimate: (amount: string) => string;
  fullDecision: string;
  nextStep: string;
  tellMe: (what: string) => string;
}

export const LABELS: Record<Language, DecisionLabels> = {
  en: {
    outcome: { book: 'Book', wait: 'Wait', switch: 'Switch', discard: 'Discard', refused: 'Not yet' },
    colon: ': ',
    assumptions: 'Assumptions',
    gains: 'What you gain',
    losses: 'What you give up',
    changes: 'What would change this',
    changeIt: 'What would change it',
    changeItFull: 'What would change it',
    why: 'Why',
    plan: 'Plan',
    days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
    nightsShort: (n) => `${n}n`,
    nights: (n) => `${n} ${n === 1 ? 'night' : 'nights'}`,
    confidence: 'Confidence',
    decided: 'decided',
    estimate: (amount) => `Estimated about ${amount} per person (an estimate, not a quote).`,
    fullDecision: 'Full decision',
    nextStep: 'Next step',
    tellMe: (what) => `Please tell me ${what}.`,
  },
  fr: {
    outcome: { book: 'Réserver', wait: 'Attendre', switch: 'Changer', discard: 'Renoncer', refused: 'Pas encore' },
    colon: ' : ',
    assumptions: 'Hypothèses',
    gains: 'Ce que vous gagnez',
    losses: 'Ce que vous perdez',
    changes: 'Ce qui changerait cette décision',
    changeIt: 'Ce qui la changerait',
    changeItFull: 'Ce qui changerait la décision',
    why: 'Pourquoi',
    plan: 'Programme',
    days: (n) => `${n} ${n === 1 ? 'jour' : 'jours'}`,
    nightsShort: (n) => `${n} n.`,
    nights: (n) => `${n} ${n === 1 ? 'nuit' : 'nuits'}`,
    confidence: 'Confiance',
    decided: 'décidé le',
    estimate: (amount) => `Estimation : environ ${amount} par personne (une estimation, pas un devis).`,
    fullDecision: 'Décision complète',
    nextStep: 'Étape suivante',
    tellMe: (what) => `Dites-moi ${what}.`,
  },
  de: {
    outcome: { book: 'Buchen', wait: 'Warten', switch: 'Wechseln', discard: 'Verwerfen', refused: 'Noch nicht' },
    colon: ': ',
    assumptions: 'Annahmen',
    gains: 'Was Sie gewinnen',
    losses: 'Was Sie aufgeben',
    changes: 'Was diese Entscheidung ändern würde',
    changeIt: 'Was dies ändern würde',
    changeItFull: 'Was die Entscheidung ändern würde',
    why: 'Warum',
    plan: 'Plan',
    days: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'}`,
    nightsShort: (n) => `${n} N.`,
    nights: (n) => `${n} ${n === 1 ? 'Nacht' : 'Nächte'}`,
    confidence: 'Gewissheit',
    decided: 'entschieden am',
    estimate: (amount) => `Geschätzt etwa ${amount} pro Person (eine Schätzung, kein Angebot).`,
    fullDecision: 'Zur Entscheidung',
    nextStep: 'Nächster Schritt',
    tellMe: (what) => `Sagen Sie mir bitte, ${what}.`,
  },
};

/**
 * A sentence after a label's colon: French writes it in lower case ("Pas encore : il me
 * manque…") unless it opens with a name; English and German keep the capital.
 */
export function afterLabel(lang: Language, sentence: string): string {
  if (lang !== 'fr') return sentence;
  return /^(?:Il|Elle|Je|Ce|Cette|Ces|Certaines?|Le|La|Les|Un|Une|Des|Aucun|Aucune|Pas|Vos|Votre|Nous|Si|Avec|Dans|Pour|Quand|Sans|Selon|Même|Dès)\b/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
}
