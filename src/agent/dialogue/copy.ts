import type { Outcome } from '../../domain/entities/decision';
import type { MonthFacts } from '../../domain/knowledge-pack/schema';
import type { Activity, Animal, Priority, TripInputField } from '../../domain/trip-inputs';
import { de } from './copy-de';
import { en } from './copy-en';
import { fr } from './copy-fr';
import type { Language } from './language';
import type { DialogueTopic } from './topics';

/**
 * Every sentence the dialogue writes, per language: one interface, so a language cannot
 * miss a template (the compiler checks each is complete). Numbers, months, money and
 * lists are formatted by `Intl` in format.ts, never here.
 */
export interface DialogueCopy {
  outcome: Record<Outcome, string>;
  priority: Record<Priority, string>;
  rain: Record<MonthFacts['rain'], string>;
  priceSeason: Record<MonthFacts['price_season'], string>;
  migration: Record<Exclude<MonthFacts['migration'], 'none'>, string>;
  /** What to ask for a missing input, as a noun phrase ("which month you travel"). */
  ask: Partial<Record<TripInputField, string>> & { destinations: string; month: string };
  /** The one question for the most decisive missing input. */
  question: Partial<Record<TripInputField, string>> & { month: string };
  /** The colon between a label and what follows (": ", French " : "). */
  colon: string;
  gameViewing: (score: number) => string;
  crowding: (score: number) => string;
  closed: string;
  /** "5.5 h by road from Nairobi" */
  driveFrom: (hours: string, gateway: string) => string;
  strongFor: (list: string) => string;
  /** "{place} in {month}" */
  placeIn: (place: string, month: string) => string;
  /** `what` may be empty (a discard of no place or month): the line then ends at the label. */
  standing: (label: string, what: string) => string;
  noDecisionYet: (asks: string) => string;
  welcome: (asks: string) => string;
  helloAgain: string;
  thanks: string;
  goodbye: string;
  /** Thanks and goodbye before any plan stands (after a suggestion or a question): no plan to point back to. */
  thanksEarly: string;
  goodbyeEarly: string;
  /** The same when where and when are known but no plan stands (a refusal held): the decision is theirs to ask for. */
  thanksReady: string;
  goodbyeReady: string;
  emoji: string;
  why: (label: string, what: string, reasons: string) => string;
  /** Why a discard: its own reason, the decision's summary (a discard has no place or month to explain from). */
  whyDiscard: (label: string, reason: string) => string;
  whyWait: (later: string, now: string) => string;
  whySwitch: (chosen: string, named: string) => string;
  whyNotCompare: (other: string, chosen: string) => string;
  whyNotBlocked: (other: string, reason: string) => string;
  whyNotVerdict: { worse: (chosen: string) => string; fair: (other: string) => string };
  /** A hypothetical's condition, at the head of the answer: "In March", "With Kruger in January", "With the Serengeti added", "With a child aged 15". */
  ifMonth: (month: string) => string;
  ifPlace: (place: string, month?: string) => string;
  ifAdded: (place: string) => string;
  ifAges: (count: number, ages: string) => string;
  /** Ages tried on that meet the plan's age limit: said so, the limit named. */
  ageMet: (age: number, youngest: number) => string;
  /** A length tried on ("what if we did 10 days?"). */
  ifDays: (days: number) => string;
  /** "{condition}, my answer would be {label}: {what}." */
  whatIf: (condition: string, label: string, what: string) => string;
  /** After the standing decision: how to take the change tried on. */
  whatIfTake: string;
  /** A child's age a question revealed breaks the plan that stood: the fact counts, and the new answer follows. */
  agesCount: (count: number, ages: string) => string;
  /**
   * Animals that live wild nowhere in Africa (tigers, pandas), as the reason a trip for them is discarded: the list is
   * already in the language ("les tigres", "Tiger"). Optional: English uses the rules' own copy.
   */
  notInAfrica?: { names: Partial<Record<Animal, string>>; reason: (animals: string) => string };
  blocker: {
    excluded: string;
    closed: (month: string) => string;
    minAge: (age: number, youngest: number) => string;
    /** A named activity's age limits and season (rafting from 15, SANParks wilderness trails 12 to 65, rafting closed in high water). */
    activityAge: (activity: Activity, age: number, youngest: number) => string;
    activityOverAge: (activity: Activity, age: number, oldest: number) => string;
    activityClosed: (activity: Activity, month: string) => string;
    drive: (hours: string, tolerance: string) => string;
    lacks: (what: string) => string;
    budget: (need: string, have: string) => string;
  };
  priceTiers: (place: string, budget: string, fair: string, premium: string) => string;
  priceTrip: (nights: number, low: string, high: string) => string;
  priceCheaper: (place: string, month: string, floor: string) => string;
  /** Permits and entry fees of a place: `listed` is the pack's own list (English names with costs), for English. */
  pricePermits: (place: string, low: string, high: string, listed: string) => string;
  priceNote: string;
  suggestStanding: (standing: string) => string;
  suggestNew: (what: string) => string;
  suggestYear: (place: string, months: string) => string;
  /** A suggestion made with no interest named: the focus it assumed, said as an assumption. */
  suggestAssumed: string;
  oneQuestion: (q: string) => string;
  added: (place: string, days: number | undefined, total: number | undefined) => string;
  extended: (days: number, total: number | undefined) => string;
  addWhich: string;
  /** The safari asked for beside the first trip, its park not named yet. */
  safariWhich: string;
  replaced: (places: string) => string;
  scope: Record<DialogueTopic | 'abuse' | 'instructions' | 'unsafe', string>;
  /** A short verdict for a trip turn: headline line, then its reasons. */
  verdictLine: (label: string, what: string) => string;
  /** The month's main facts after a short verdict, as a sentence of its own ("In brief: …"). */
  inBrief: (facts: string) => string;
  planLine: (days: number, stops: string) => string;
  nightsAt: (place: string, nights: number) => string;
  needs: (asks: string) => string;
  detailsHint: string;
}

export const COPY: Record<Language, DialogueCopy> = { en, fr, de };
