import type { DecisionContent } from '../entities';

/**
 * The copy for a traveler on their own: amounts are theirs, not "per person". Applied to
 * every sentence of an issued decision once the party is known to be one.
 */
export function soloCopy(content: DecisionContent): DecisionContent {
  const fix = (t: string) =>
    t
      .replace(/ is per person\b/g, ' is for you')
      .replace(/,? per person\b/g, '')
      .replace(/\(\s*\)/g, '')
      .replace(/ {2,}/g, ' ');
  return {
    ...content,
    verdict: { ...content.verdict, headline: fix(content.verdict.headline), summary: fix(content.verdict.summary) },
    assumptions: content.assumptions.map((a) => ({ ...a, text: fix(a.text) })),
    tradeoffs: { gains: content.tradeoffs.gains.map(fix), losses: content.tradeoffs.losses.map(fix) },
    change_conditions: content.change_conditions.map(fix),
  };
}
