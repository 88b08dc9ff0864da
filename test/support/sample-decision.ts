import type { Decision, DecisionContent } from '../../src/domain/entities/decision';
import type { ItineraryDraft } from '../../src/domain/entities/itinerary';

/**
 * A stored decision around rules output, with fixed ids, for rendering it on every channel
 * outside a turn (the language test and the fluent reviewer's sample read the same records).
 */
export function sampleDecision(content: DecisionContent, now: Date, itinerary?: ItineraryDraft): Decision {
  return {
    ...content,
    decision_id: 'dec_01J00000000000000000000000',
    tenant_id: 'demo-tenant',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    traveler_id: 'trv_01J00000000000000000000000',
    state: content.refusal ? 'REFUSED' : 'ISSUED',
    ai_used: false,
    ai_trace: { model: 'local', prompt_version: 'v1', safety_flags: [] },
    linked_entities: itinerary ? { itinerary_id: 'itn_01J00000000000000000000000' } : {},
    review: { needs_review: false, review_reason: null, review_status: 'none' },
  } as Decision;
}
