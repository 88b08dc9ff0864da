import type { TranscriptMessage } from '../../domain/entities/message';
import { ItineraryBriefSchema, type ItineraryBrief } from '../../domain/entities/message';
import type { LastAct } from './dialogue-step';

/** The act the latest reply recorded, when the transcript's last reply has one. */
export function lastAct(recent: readonly TranscriptMessage[]): LastAct | undefined {
  for (let i = recent.length - 1; i >= 0; i--) {
    const m = recent[i]!;
    if (m.direction !== 'outbound' || m.followup) continue;
    const d = m.dialogue;
    if (!d) return undefined;
    return { act: d.act, ...(d.about ? { about: d.about } : {}), ...(d.pending_add ? { pending_add: true } : {}), ...(d.proposal ? { proposal: d.proposal } : {}) };
  }
  return undefined;
}

/** The plan a decision's latest reply carried (the neutral record's brief, or an older frame's). */
export function planOf(recent: readonly TranscriptMessage[], decisionId: string): ItineraryBrief | undefined {
  for (let i = recent.length - 1; i >= 0; i--) {
    const m = recent[i]!;
    if (m.direction !== 'outbound' || m.decision_id !== decisionId) continue;
    const plan = m.itinerary ?? ItineraryBriefSchema.safeParse(m.frame?.itinerary).data;
    if (plan) return plan;
  }
  return undefined;
}
