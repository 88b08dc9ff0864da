/**
 * Who is writing (issue 12, item 4), resolved before the conversation service sees the
 * message: tenant + channel + address → contact → traveler and session. A first message
 * creates them; a returning address continues its conversation, and after a quiet period
 * (7 days by default) starts a new session that keeps the lead.
 */
import { newConversation } from '../../domain/conversation';
import type { Session } from '../../domain/entities/session';
import type { Traveler } from '../../domain/entities/traveler';
import { leadIdForSession, type IdGenerator } from '../../domain/ids';
import type { TravelersRepository } from '../../store/repositories/travelers';
import { addressKey, type Address, type RelayChannel } from './address';
import type { Contact, ContactStore } from './contact-store';

/** Default days of silence after which a returning address starts a new session. */
export const DEFAULT_QUIET_DAYS = 7;

export interface ResolveDeps {
  contacts: ContactStore;
  travelers: Pick<TravelersRepository, 'get' | 'findByPhone'>;
  ids: IdGenerator;
  quietDays?: number;
  /**
   * Counts a new conversation against the tenant's write limits before anything of it is
   * written (the shared tenant policy's `takeSession`); false refuses it.
   */
  admitNew?: () => boolean;
}

/** A first message from a new address over the tenant's new-conversation limit: nothing was written. */
export class NewContactLimitedError extends Error {
  constructor(readonly tenantId: string) {
    super(`new conversations of ${tenantId} are over their limit`);
    this.name = 'NewContactLimitedError';
  }
}

export interface ResolvedSender {
  contact: Contact;
  /** The contact's `last_inbound_at` before this message (the 24 h window is measured from it). */
  previousInboundAt?: string;
  /** The first message from this address. */
  firstContact: boolean;
  /** A new session was started for this message (first contact or after the quiet period). */
  newSession: boolean;
}

/**
 * Finds (or creates) the contact of an address and records this message's time on it.
 * Concurrent first messages from one address end with one contact: the loser of the
 * conditional write reads the winner's. Throws NewContactLimitedError when a first message
 * is over the tenant's new-conversation limit.
 */
export async function resolveSender(deps: ResolveDeps, tenantId: string, channel: RelayChannel, who: Address, provider: Contact['provider'], now: Date): Promise<ResolvedSender> {
  const address = addressKey(who);
  const at = now.toISOString();
  for (let attempt = 0; attempt < 3; attempt++) {
    const prior = await deps.contacts.touch(tenantId, channel, address, provider, at);
    if (prior) return continueConversation(deps, prior, now);
    // `touch` wrote nothing for an unknown address: refusing here leaves no trace.
    if (deps.admitNew && !deps.admitNew()) throw new NewContactLimitedError(tenantId);

    // Seed 001's phone lookup (by `tenant#+E164`): the same person on the other channel keeps their traveler.
    const known = who.kind === 'phone' ? await deps.travelers.findByPhone(tenantId, who.e164) : undefined;
    const contactField = channel === 'sms' ? 'phone' : 'whatsapp';
    const fresh = newConversation({ tenant_id: tenantId, channel, ids: deps.ids, now, ...(known ? { traveler: known } : {}) });
    const traveler: Traveler = known ?? (who.kind === 'phone' ? { ...fresh.traveler, contact: { [contactField]: who.e164 } } : fresh.traveler);
    const contact: Contact = {
      tenant_id: tenantId,
      channel,
      address,
      traveler_id: traveler.traveler_id,
      session_id: fresh.session.session_id,
      lead_id: leadIdForSession(fresh.session.session_id),
      status: 'active',
      provider,
      last_inbound_at: at,
      created_at: at,
      updated_at: at,
    };
    if (await deps.contacts.create({ contact, traveler, travelerIsNew: !known, session: fresh.session, event: fresh.event })) {
      return { contact, firstContact: true, newSession: true };
    }
  }
  throw new Error(`contact ${tenantId}/${channel} could not be resolved`);
}

async function continueConversation(deps: ResolveDeps, prior: Contact, now: Date): Promise<ResolvedSender> {
  const at = now.toISOString();
  const quietMs = (deps.quietDays ?? DEFAULT_QUIET_DAYS) * 86_400_000;
  const previous = prior.last_inbound_at;
  const current: Contact = { ...prior, last_inbound_at: at, updated_at: at };
  const base = { previousInboundAt: previous, firstContact: false } as const;
  if (!previous || now.getTime() - Date.parse(previous) <= quietMs) return { ...base, contact: current, newSession: false };

  const traveler = await deps.travelers.get(prior.tenant_id, prior.traveler_id);
  if (!traveler) return { ...base, contact: current, newSession: false };
  const fresh = newConversation({ tenant_id: prior.tenant_id, channel: prior.channel, ids: deps.ids, now, traveler });
  const lead = prior.lead_id ?? leadIdForSession(prior.session_id);
  const session: Session = { ...fresh.session, lead_id: lead };
  if (await deps.contacts.moveSession(prior, session, fresh.event, at)) {
    return { ...base, contact: { ...current, session_id: session.session_id, lead_id: lead }, newSession: true };
  }
  // Another delivery moved it a moment ago: use the session it chose.
  const moved = await deps.contacts.get(prior.tenant_id, prior.channel, prior.address);
  return { ...base, contact: moved ?? current, newSession: false };
}
