import type { TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import { asksSomething } from './topics';
import { cueText } from './text';

/**
 * A preference stated as a statement, not asked about: a country allowed ("Uganda is fine too"), the price as a
 * constraint ("that's too expensive", "whatever is cheaper") or the trip's main reason ("the Big Five is the main
 * reason"). Read only in clauses that ask nothing: "is Uganda cheaper?" or "is it fine in June?" stay questions.
 */
const PREFERENCE = new RegExp(
  [
    // A place or country allowed.
    String.raw`\b(?:is|are|would be|'?d be|'s)\s+(?:also\s+|totally\s+|perfectly\s+|equally\s+)?(?:fine|ok|okay|good|possible|an option|on the table)\b`,
    String.raw`\b(?:we(?:'re| are)|i'?m)\s+(?:also\s+)?(?:open to|happy with|fine with|ok with|okay with)\b`,
    String.raw`\b(?:any|whichever|whatever)\s+(?:country|countries|park|parks|place|destination)\b`,
    // Price as a constraint.
    String.raw`\b(?:whatever|whichever)\s+(?:is|works out|comes out)\s+(?:cheaper|cheapest|better value|best value|less expensive)\b`,
    String.raw`\btoo\s+(?:expensive|pricey|dear|costly|much money)\b|\bover (?:our |my |the )?budget\b|\bcan'?t afford\b`,
    // The trip's main reason.
    String.raw`\b(?:main|whole|only|real|number one|biggest|primary)\s+(?:reason|point|goal|aim|thing|priority|draw)\b|\btop priority\b|\bmost important\b|\bmust[- ]?(?:see|have|do)\b`,
    // French.
    String.raw`\b(?:(?:est|sont|serait|seraient)\s+(?:aussi\s+|egalement\s+)?(?:bien|ok|possibles?|envisageables?|une option)|(?:nous|me|ca nous|ca me)\s+va\s+(?:aussi|egalement|tres bien)|n'importe quel(?:le)?s?\s+(?:pays|parc|endroit)|peu importe (?:le pays|le parc|ou)|le moins cher|trop cher\w*|hors budget|raison principale|(?:le )?plus important|priorite absolue)\b`,
    // German.
    String.raw`\b(?:(?:geht|passt|ginge|passen|gehen) (?:auch|ebenfalls)|(?:geht|passt|ware|waren|ist|sind)\s+(?:auch\s+|ebenfalls\s+)?(?:ok|okay|gut|in ordnung|moglich|eine option)|egal (?:welches|welcher|wo)|zu teuer|uber (?:unserem|dem) budget|was (?:auch )?(?:immer )?(?:gunstiger|billiger|preiswerter) ist|hauptgrund|hauptsache|am wichtigsten|das wichtigste)\b`,
  ].join('|'),
);

/** The clauses of a message that ask nothing: a sentence ending in "?" keeps only the clauses before its last comma. */
export function statementClauses(text: string): string[] {
  const out: string[] = [];
  for (const sentence of cueText(text).split(/(?<=[.!?;])\s*/)) {
    const s = sentence.trim();
    if (!s) continue;
    const asked = s.endsWith('?');
    const clauses = s.split(/,\s*|\s+-\s+/);
    for (const [i, clause] of clauses.entries()) {
      if (asked && i === clauses.length - 1) continue;
      const c = clause.replace(/[.!?;]+$/, '').trim();
      if (c && !asksSomething(c)) out.push(c);
    }
  }
  return out;
}

/** Whether the message states, beside or instead of a question, a country, an interest or value the trip lacked. */
export function preferenceStated(text: string, said: TripInputsDelta, known: TripInputs): boolean {
  const newCountry = (said.countries ?? []).some((c) => !(known.countries ?? []).includes(c));
  const newPriority = (said.priorities ?? []).some((w) => !(known.priorities ?? []).includes(w));
  if (!newCountry && !newPriority) return false;
  return statementClauses(text).some((c) => PREFERENCE.test(c));
}

/** The standing plan turned down on price ("that's too expensive", «trop cher», „zu teuer"), in a clause that asks nothing. */
const PRICED_OUT = /\b(?:too (?:expensive|pricey|dear|costly)|over (?:our |my |the )?budget|can'?t afford|trop cher\w*|hors budget|zu teuer|uber (?:unserem|dem) budget)\b/;

/**
 * A preference that turns the standing places down: priced out, with another country (or the same one) to look in and
 * no place named ("too expensive, something better value in Botswana?"): the places give way to the country.
 */
export function placesPricedOut(text: string, said: TripInputsDelta): boolean {
  return (said.countries?.length ?? 0) > 0 && !(said.destinations?.length ?? 0) && statementClauses(text).some((c) => PRICED_OUT.test(c));
}
