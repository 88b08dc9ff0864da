import type { DecisionContent } from '../../domain/entities/decision';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DestinationId } from '../../domain/trip-inputs';
import { monthOfText } from './months';

/** The parts of a plan the dialogue reads: its stops and length (an itinerary draft or its brief). */
export interface PlanLike {
  duration_days: number;
  route: ReadonlyArray<{ destination_id: string; nights: number }>;
}

/** What the dialogue needs of the standing decision: its verdict, places, month and length. */
export interface StandingView {
  content: DecisionContent;
  /** The places the decision is about, the plan's first: its route, else the places its headline names, else the traveler's. */
  places: DestinationId[];
  /** The month the decision is for (a wait's later month), when known. */
  month?: number;
  /** The plan's length in days, when it has a plan or the traveler gave one. */
  days?: number;
  /** Nights per place, from the plan. */
  nights: Partial<Record<DestinationId, number>>;
}

/** Reads the standing decision into the view the dialogue answers from. */
export function standingView(content: DecisionContent, pack: PackIndex, plan?: PlanLike): StandingView {
  const inputs = content.inputs_snapshot;
  const nights: Partial<Record<DestinationId, number>> = {};
  let places: DestinationId[] = [];
  if (plan) {
    for (const s of plan.route) {
      const id = s.destination_id as DestinationId;
      if (!pack.byId.has(id)) continue;
      places.push(id);
      nights[id] = s.nights;
    }
  }
  if (places.length === 0) {
    const words = content.verdict.headline.toLowerCase();
    places = [...pack.byId.values()].filter((d) => words.includes(d.name.toLowerCase())).sort((a, b) => words.indexOf(a.name.toLowerCase()) - words.indexOf(b.name.toLowerCase())).map((d) => d.id);
  }
  if (places.length === 0) places = [...(inputs.destinations ?? [])];
  const month = (content.verdict.outcome === 'wait' ? monthOfText(content.verdict.headline) : undefined) ?? inputs.month ?? (inputs.start_date ? Number(inputs.start_date.slice(5, 7)) : undefined);
  const days = plan?.duration_days ?? inputs.duration_days;
  return { content, places, nights, ...(month !== undefined ? { month } : {}), ...(days !== undefined ? { days } : {}) };
}
