import type { TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import { cueText } from './text';

/** A budget word or a verb of stretching it, then (within a few words) a figure: "the budget can go up to 18 000", "I could stretch to 2000", «le budget peut monter à 18 000», „das Budget kann bis 18.000 gehen". */
const BUDGET_FIGURE = /\b(?:budget|budjet|etat|buget|stretch(?:ed)?(?: it)?|go up|push(?: it)?|splurge|spend|monter|pousser|aller jusqu'a|aufstocken|hochgehen|strecken)\b[^.?!\d]{0,40}?(\d{1,3}(?:[ .,'\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?\s?k\b|\d{3,6})(?!\s?(?:%|days?|nights?|jours?|nuits?|tage?n?|nachte?n?|ans|years?|jahre?n?|adults?|adultes?|erwachsene?))/;

/** The budget said to stand as it was: "same budget", "keep the budget", "budget stays the same", "le même budget", "gleiches Budget". */
const BUDGET_KEPT = /\b(?:same|unchanged|existing|current|original)\s+budget\b|\b(?:keep|keeping|leave|leaving)\s+(?:the|our|my|that)\s+budget\b(?!\s+(?:at|to|of|up to)\b)|\bbudget\s+(?:stays?|remains?|is|as)\s+(?:the same|unchanged|before|it was)\b|\bmeme\s+budget\b|\b(?:gleiche[sn]?|selbe[sn]?|dasselbe)\s+budget\b/;
/** A figure that is a year: 19xx or 20xx after a month or "in", "of", "for", "by", "until". */
const YEAR_FIGURE = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+|\b(?:in|of|year|for|by|until|til|till)\s+)(?:19|20)\d{2}\b(?![.,' ]?\d)/g;

/**
 * A budget restated with no currency once the trip has one: the figure is in the trip's currency, and the trip's
 * basis stands. The extractor reads a bare figure only when a currency sits beside it; this reads the budget word
 * instead. Nothing when the message gave a budget or a currency already, or the trip has no currency to carry over.
 */
export function restatedBudget(text: string, said: TripInputsDelta, known: TripInputs): TripInputsDelta {
  if (/\?/.test(text) || said.budget_amount !== undefined || said.budget_currency !== undefined || known.budget_currency === undefined || known.budget_amount === undefined) return said;
  const cue = cueText(text);
  // "same budget", "keep the budget", "budget unchanged": the budget stands, whatever figure (a year, a date) follows.
  if (BUDGET_KEPT.test(cue)) return said;
  // "…budget, but in February 2027": a year is no amount (it is read as the word), so a figure after it still may be.
  const m = BUDGET_FIGURE.exec(cue.replace(YEAR_FIGURE, (y) => y.replace(/\d{4}$/, 'year')));
  if (!m) return said;
  const raw = m[1]!.replace(/\s/g, '');
  const amount = /k$/.test(raw) ? Math.round(Number(raw.slice(0, -1).replace(',', '.')) * 1000) : Number(raw.replace(/[ .,'\u00a0\u202f]/g, ''));
  // A figure far from any budget ("budget for 2 people") is no budget.
  if (!Number.isFinite(amount) || amount < 100) return said;
  return { ...said, budget_amount: amount, budget_currency: known.budget_currency };
}
