import type { Decision } from '../../domain/entities/decision';
import type { Language } from '../../domain/dialogue';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import { localizeDecision, type LocalizePlan } from './localize-decision';

/**
 * A stored decision with its traveler copy in `language`: the turn that keeps the standing
 * decision (plan-dialogue.ts) and the signed web view behind a phone reply's link
 * (decision-view.ts) both show a decision made in one language to a traveler who now
 * writes in another. The stored record is not rewritten. English is the rules' own copy,
 * so an English reading carries no localized copy.
 */
export function keptInLanguage(d: Decision, language: Language, pack: PackIndex, plan?: LocalizePlan): Decision {
  if ((d.localized?.language ?? 'en') === language) return d;
  if (language === 'en') {
    const { localized: _old, ...english } = d;
    return english;
  }
  return { ...d, localized: localizeDecision({ content: d, ...(plan ? { plan } : {}), pack, lang: language }) };
}
