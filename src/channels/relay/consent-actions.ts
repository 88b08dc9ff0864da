/**
 * What a consent keyword does (PROTOCOL.md §2): STOP suppresses the traveler on that
 * channel and moves the lead to SUPPRESSED (its LEAD_STATE_CHANGED event), which also
 * ends any scheduled follow-up (the sweep follows up WAITING leads only); START lifts
 * both. A send refused as opted out (Twilio 21610, Meta 131050) does the same as STOP.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { EventSchema } from '../../domain/entities/event';
import { leadIdForSession } from '../../domain/ids';
import { transitionLead } from '../../domain/state-machines/lead-machine';
import { cancellationCodes, translateError } from '../../store/errors';
import { createPut, versionedPut } from '../../store/repository-kit';
import { eventItem } from '../../store/repositories/events';
import { leadItem } from '../../store/repositories/leads';
import type { Contact } from './contact-store';
import type { RelayDeps } from './relay-deps';

/** Sets the contact's consent and moves its lead; idempotent (a second STOP changes nothing). */
export async function applyConsent(deps: Pick<RelayDeps, 'contacts' | 'leads' | 'store' | 'ids' | 'log'>, contact: Contact, kind: 'stop' | 'start', now: Date): Promise<void> {
  const at = now.toISOString();
  const status = kind === 'stop' ? 'suppressed' : 'active';
  if (contact.status !== status) await deps.contacts.setStatus(contact, status, at);
  // The lead may have moved meanwhile (a turn committing): read it again and retry once.
  for (let attempt = 0; attempt < 2; attempt++) {
    const lead = await deps.leads.get(contact.tenant_id, contact.lead_id ?? leadIdForSession(contact.session_id), true);
    if (!lead) return; // no turn yet: nothing was planned for this traveler
    if (kind === 'stop' ? lead.lead_state === 'SUPPRESSED' : lead.lead_state !== 'SUPPRESSED') return;
    const moved = transitionLead(lead, kind === 'stop' ? 'opt_out' : 'opt_in', { now });
    if (!moved.ok) {
      deps.log(`relay: ${contact.tenant_id} lead ${lead.lead_id} cannot take ${kind}: ${moved.error.kind}`);
      return;
    }
    const events = moved.events.map((d) => EventSchema.parse({ event_id: deps.ids('evt'), tenant_id: lead.tenant_id, created_at: at, ...d }));
    try {
      await deps.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: versionedPut(deps.store, 'leads', leadItem(moved.lead), lead.version) }, ...events.map((e) => ({ Put: createPut(deps.store, 'events', eventItem(e)) }))],
        }),
      );
      return;
    } catch (err) {
      if (cancellationCodes(err)[0] !== 'ConditionalCheckFailed') throw translateError(err, 'consent');
    }
  }
}
