import { EventSchema, type DomainEvent } from '../domain/entities/event';
import type { Lead, LeadState } from '../domain/entities/lead';
import type { IdGenerator } from '../domain/ids';
import { transitionLead } from '../domain/state-machines/lead-machine';
import type { EventDraft } from '../domain/state-machines/event-draft';
import { addDays } from '../domain/time';
import { FOLLOWUP_TEMPLATE, followupMessage } from './followup-message';
import type { FollowupOutbound, SweepStore } from './ports';

/** Default days of traveler silence before a lead goes DORMANT (seed 000: "e.g. 21–45 days"). */
export const DEFAULT_DORMANCY_DAYS = 30;
/** Days after going DORMANT at which the recovery contact is due (`next_action_at`). */
export const RECOVERY_CONTACT_DELAY_DAYS = 7;
/** `state_reason` of a WAITING lead whose follow-up went out and that awaits the traveler's answer. */
export const FOLLOWED_UP_REASON = 'STATE_REASON.FOLLOWUP_SENT';

/**
 * States swept for plain inactivity. WAITING is not among them: a waiting traveler is
 * silent because we told them to wait, and we owe them the follow-up first. BOOKED and
 * SUPPRESSED never go DORMANT (docs/state-machines.md).
 */
export const INACTIVITY_STATES: readonly LeadState[] = ['NEW', 'ASSESSING', 'PLAN_READY', 'SWITCHED', 'DISCARDED'];

export interface SweepDeps {
  store: SweepStore;
  outbound: FollowupOutbound;
  ids: IdGenerator;
  /** Days of traveler silence before DORMANT; also how long a follow-up waits for an answer. */
  dormancyDays?: number;
  log?: (line: string) => void;
}

export interface SweepResult {
  /** Leads moved to DORMANT. */
  dormant: number;
  /** Follow-ups issued (delivered now or left pending on the transcript). */
  followups: number;
  /** Of those, delivered to a live connection. */
  delivered: number;
  /** Leads left alone because they changed while the sweep ran (the traveler acted) or could not move. */
  skipped: number;
}

/**
 * The dormancy sweep and follow-ups, one pass over every active tenant (on AWS an
 * EventBridge schedule runs it, locally an in-process timer):
 * - a NEW/ASSESSING/PLAN_READY/SWITCHED/DISCARDED lead silent for `dormancyDays` goes
 *   DORMANT with `next_action_at` (LEAD_STATE_CHANGED + FOLLOWUP_SCHEDULED);
 * - a WAITING lead whose `next_action_at` has come gets its follow-up through its
 *   channel's outbound path (FOLLOWUP_SENT), and is given `dormancyDays` to answer
 *   (FOLLOWUP_SCHEDULED); if that comes with no answer, it goes DORMANT.
 * Idempotent: every change moves the lead out of what the sweep selects, under the
 * lead's version check, so a re-run (or a concurrent one) does nothing more.
 */
export async function runSweep(deps: SweepDeps, now: Date): Promise<SweepResult> {
  const days = deps.dormancyDays ?? DEFAULT_DORMANCY_DAYS;
  const cutoff = addDays(now, -days);
  const result: SweepResult = { dormant: 0, followups: 0, delivered: 0, skipped: 0 };
  for (const tenantId of await deps.store.listTenantIds()) {
    for (const state of INACTIVITY_STATES) {
      for await (const lead of deps.store.leadsInactiveSince(tenantId, state, cutoff)) {
        count(result, 'dormant', await goDormant(deps, lead, now));
      }
    }
    for await (const lead of deps.store.leadsInState(tenantId, 'WAITING')) {
      if (!lead.next_action_at || Date.parse(lead.next_action_at) > now.getTime()) continue;
      if (lead.state_reason === FOLLOWED_UP_REASON) count(result, 'dormant', await goDormant(deps, lead, now));
      else {
        const outcome = await followUp(deps, lead, now, days);
        count(result, 'followups', outcome);
        if (outcome === 'delivered') result.delivered++;
      }
    }
  }
  return result;
}

type Outcome = 'done' | 'delivered' | 'skipped';

function count(result: SweepResult, key: 'dormant' | 'followups', outcome: Outcome): void {
  if (outcome === 'skipped') result.skipped++;
  else result[key]++;
}

function toEvent(deps: SweepDeps, lead: Lead, now: Date, draft: EventDraft): DomainEvent {
  return EventSchema.parse({ event_id: deps.ids('evt'), tenant_id: lead.tenant_id, created_at: now.toISOString(), ...draft });
}

async function goDormant(deps: SweepDeps, lead: Lead, now: Date): Promise<Outcome> {
  const moved = transitionLead(lead, 'inactivity', { now, nextActionAt: addDays(now, RECOVERY_CONTACT_DELAY_DAYS) });
  if (!moved.ok) {
    deps.log?.(`sweep: ${lead.tenant_id}/${lead.lead_id} cannot go dormant: ${moved.error.kind}`);
    return 'skipped';
  }
  const events = moved.events.map((d) => toEvent(deps, lead, now, d));
  const outcome = await deps.store.commit({ lead: moved.lead, expectedVersion: lead.version, events });
  return outcome === 'committed' ? 'done' : 'skipped';
}

/**
 * Stores the follow-up (pending) with the lead's new deadline first, then delivers: a
 * crash in between loses nothing (the message is replayed on resume) and sends nothing twice.
 */
async function followUp(deps: SweepDeps, lead: Lead, now: Date, days: number): Promise<Outcome> {
  const at = now.toISOString();
  const context = await deps.store.followupContext(lead);
  const message = context.sessionId
    ? followupMessage({
        messageId: deps.ids('msg'),
        now: at,
        tenantId: lead.tenant_id,
        sessionId: context.sessionId,
        travelerId: lead.traveler_id,
        leadId: lead.lead_id,
        channel: lead.channel,
        ...(context.decision ? { decision: context.decision } : {}),
        ...(context.replyTo ? { replyTo: context.replyTo } : {}),
      })
    : undefined;
  // Our side acting: the reason and deadline move, `last_activity_at` does not.
  const next: Lead = { ...lead, state_reason: FOLLOWED_UP_REASON, next_action_at: addDays(now, days), updated_at: at };
  const refs = {
    lead_id: lead.lead_id,
    traveler_id: lead.traveler_id,
    ...(context.sessionId ? { session_id: context.sessionId } : {}),
    ...(context.decision ? { decision_id: context.decision.decision_id } : {}),
  };
  const scheduled = toEvent(deps, lead, now, {
    event_type: 'FOLLOWUP_SCHEDULED',
    ...refs,
    payload: { next_action_at: next.next_action_at!, channel: lead.channel, reason: FOLLOWED_UP_REASON },
  });
  const outcome = await deps.store.commit({ lead: next, expectedVersion: lead.version, events: [scheduled], ...(message ? { message } : {}) });
  if (outcome === 'conflict') return 'skipped';

  let delivered = false;
  if (message) {
    try {
      delivered = await deps.outbound.deliver(lead.channel, message, context.decision);
      if (delivered) await deps.store.markDelivered(message.tenant_id, message.session_id, message.message_id);
    } catch (err) {
      deps.log?.(`sweep: follow-up ${message.message_id} not delivered: ${(err as Error).message}`);
    }
  }
  await deps.store.appendEvent(
    toEvent(deps, lead, now, {
      event_type: 'FOLLOWUP_SENT',
      ...refs,
      payload: { channel: lead.channel, ...(message ? { message_id: message.message_id } : {}), template: FOLLOWUP_TEMPLATE, delivered },
    }),
  );
  return delivered ? 'delivered' : 'done';
}
