import type { LodgingTier } from '../../domain/entities/itinerary';
import type { Destination } from '../../domain/knowledge-pack/schema';
import type { TripInputField } from '../../domain/trip-inputs';
import { de } from './record-copy-de';
import { fr } from './record-copy-fr';

/**
 * The sentences of a decision record (headline, summary, reasons, assumptions, change
 * conditions, refusals, the plan) for a French or German traveler: one interface, so the
 * compiler checks each language is complete. English needs none: the rules write it.
 * Every argument arrives formatted (places, months, money, hours by `Intl`).
 */
export interface RecordCopy {
  /** "lodges économiques", "einfache Lodges". */
  lodges: Record<LodgingTier, string>;
  /** A tier as a stop's line names it. */
  tier: Record<LodgingTier, string>;
  /** Every trip field as a noun phrase, for refusals and contradictions. */
  field: Record<TripInputField, string>;
  headline: {
    book: (places: string, month: string) => string;
    wait: (month: string, places: string) => string;
    earlier: (month: string, places: string) => string;
    switch: (places: string, month: string, named: string | undefined) => string;
    discard: (named: string | undefined) => string;
    missing: string;
    contradictory: string;
    outOfScope: string;
    unsafe: string;
  };
  /** "{places} in {month}" suits what the traveler wants, or is a sound choice. */
  serves: (placesInMonth: string, plural: boolean, served: string) => string;
  /** The main stop's month: "{place} in {month}: facts." */
  facts: (placeInMonth: string, facts: string) => string;
  cost: (nights: number, lodges: string, cost: string, budget: string | undefined) => string;
  byRoad: (hours: string, from: string) => string;
  flyIn: (from: string) => string;
  waitCompare: (place: string, asked: string, askedFacts: string, later: string, laterFacts: string) => string;
  switchWhy: (named: string, month: string, reason: string) => string;
  switchBetter: (chosen: string, month: string, facts: string) => string;
  discardNone: (month: string) => string;
  /** The same with no month asked: no month rescues the trip (rules/verdict-copy.ts `everyMonth`). */
  discardAnyMonth: string;
  /** "nothing fits your constraints" when no blocker is known. */
  nothingFits: string;
  /** A migration place in a month the herds are elsewhere. */
  noMigration: (month: string) => string;
  missingSummary: (asks: string) => string;
  missingNext: (asks: string) => string;
  /** `one`: a single field said two ways ("which of these is right" needs two or more). */
  contradictorySummary: (fields: string, one?: boolean) => string;
  contradictoryNext: (fields: string, one?: boolean) => string;
  /** After a refused question: what the agent can still do. */
  stillDecide: string;
  /** After a refused guarantee: how to go on without it (the words held-refusal.ts reads as letting it go). */
  withoutGuarantee: string;
  /** After a refused unsafe request: how to go on without it (it stands until let go, like a guarantee). */
  withoutThat: string;
  gain: {
    strong: (list: string, month: string) => string;
    goodMonth: (month: string, place: string, score: number) => string;
    migration: (what: string, month: string, place: string) => string;
    dry: (kind: Destination['kind'], month: string) => string;
    fly: (place: string) => string;
    budget: (cost: string, budget: string) => string;
    season: (prices: string, month: string) => string;
    fallback: string;
    later: (place: string, later: string, score: number, now: string, was: number) => string;
    open: (place: string, later: string, now: string) => string;
    migrationLater: (place: string, later: string, now: string) => string;
    lessRain: (later: string, rainLater: string, now: string, rainNow: string) => string;
    betterFit: (month: string, named: string) => string;
    works: (month: string, named: string, reason: string) => string;
    keepMoney: string;
    avoid: (named: string, reason: string) => string;
  };
  loss: {
    season: (prices: string, month: string) => string;
    /** What a busy month means at the place's kind: vehicles at sightings, full beaches (rules/ledger.ts BUSY_MEANS). */
    busy: (score: number, month: string, kind: 'safari' | 'gorilla_trek' | 'beach' | 'waterfall') => string;
    rain: (rain: string, month: string) => string;
    drive: (place: string, hours: string, from: string) => string;
    flights: string;
    commit: (month: string) => string;
    later: (later: string, now: string) => string;
    notNamed: (named: string) => string;
    noTrip: (named: string) => string;
    waitFor: (priorities: string) => string;
  };
  assume: {
    group: (children: number) => string;
    childAge: (age: number) => string;
    length: (nights: number, where: string | undefined) => string;
    tier: (lodges: string, cost: string) => string;
    ground: string;
    prices: string;
    tolerance: (hours: string) => string;
    pace: string;
    flexible: (months: number) => string;
    year: (month: string) => string;
    bestMonth: (month: string) => string;
    usual: (placeInMonth: string, rain: string, crowding: number, prices: string) => string;
    hold: (month: string) => string;
    /** A budget said without 'each' or 'in all', or without a currency: how it was read (rules/assumptions.ts). */
    budgetRead: (amount: string, perPerson: boolean, currencyAssumed: boolean) => string;
    /** The same when the traveler named no month. */
    holdAll: string;
  };
  change: {
    budgetBelow: (floor: string, nights: number) => string;
    budgetUnknown: (floor: string, nights: number) => string;
    drive: (hours: string) => string;
    childAge: (age: number) => string;
    fixed: (asked: string) => string;
    latest: (later: string) => string;
    must: (named: string, month: string) => string;
    move: (named: string) => string;
    budgetReach: (need: string, place: string) => string;
    ageReach: (age: number, place: string) => string;
    open: (place: string) => string;
    driveReach: (hours: string, place: string) => string;
    otherPriorities: string;
    assumptionsWrong: string;
  };
  plan: {
    title: (places: string, month: string, days: number) => string;
    stop: (nights: number, tier: string, transfer: 'road' | 'flight', hours: string) => string;
    lodging: (tier: string, cost: string) => string;
    permit: (place: string, cost: string) => string;
    road: string;
    exclusions: readonly string[];
    flights: string;
  };
}

export const RECORD_COPY: Record<'fr' | 'de', RecordCopy> = { fr, de };
