/**
 * The steps both relays take for one verified, parsed inbound message: the shared rate
 * limits first (nothing is written over them), then who wrote it, consent keywords (never
 * a turn), a suppressed traveler gets nothing, then the message is stored (deduped on the
 * provider's id) for its turn.
 */
import type { Accepted } from '../../agent/conversation/conversation-service';
import { addressKey, type Address, type RelayChannel } from './address';
import { applyConsent } from './consent-actions';
import { consentKeyword, consentReply, type ConsentKeyword } from './consent';
import { sessionLanguage } from './fixed-texts';
import { NewContactLimitedError, resolveSender, type ResolvedSender } from './resolve-sender';
import type { Contact } from './contact-store';
import type { RelayDeps, RelaySettings } from './relay-deps';
import type { RelayContext } from './phone-sink';

export type InboundStep =
  /** A consent keyword, handled; `reply` is the fixed text to send (absent when the provider sends its own). */
  | { kind: 'keyword'; keyword: ConsentKeyword; contact: Contact; reply?: string }
  /** The traveler opted out on this channel: nothing is stored or sent. */
  | { kind: 'suppressed'; contact: Contact }
  | { kind: 'stored'; contact: Contact; accepted: Exclude<Accepted, { kind: 'unavailable' }> }
  /**
   * Over the tenant's limits (src/channels/tenant-policy.ts): the sender's or the tenant's
   * messages this minute, or new conversations for a first message. Nothing was stored;
   * the provider is asked to deliver it again later (docs/relays.md).
   */
  | { kind: 'limited'; limit: 'messages' | 'sessions' }
  | { kind: 'unavailable' };

export interface InboundFacts {
  settings: RelaySettings;
  channel: RelayChannel;
  who: Address;
  provider: RelayContext['provider'];
  /** MessageSid or wamid. */
  providerMessageId: string;
  text: string;
  optOutType?: 'STOP' | 'START' | 'HELP';
  /** Raw From/To, kept with the message. */
  from?: string;
  to?: string;
}

/**
 * Counts one inbound message against the sender's and the tenant's messages a minute;
 * false over either. Also for what is never stored but answered (a photo gets "text only").
 */
export function takeMessageLimit(deps: Pick<RelayDeps, 'limits'>, tenantId: string, who: Address): Promise<boolean> {
  return deps.limits.takeMessage(tenantId, { address: addressKey(who) });
}

export async function takeInbound(deps: RelayDeps, f: InboundFacts): Promise<InboundStep> {
  const now = deps.clock();
  const tenantId = f.settings.tenantId;
  const sender = { address: addressKey(f.who) };
  // Counted before the contact is touched, so a refused message leaves no write behind.
  if (!(await takeMessageLimit(deps, tenantId, f.who))) return { kind: 'limited', limit: 'messages' };
  const tenant = await deps.tenant(tenantId);
  let resolved: ResolvedSender;
  try {
    resolved = await resolveSender(
      {
        contacts: deps.contacts,
        travelers: deps.travelers,
        ids: deps.ids,
        ...(deps.quietDays ? { quietDays: deps.quietDays } : {}),
        // A first message stores a traveler, a session and an event: a new conversation, as a WebSocket hello's.
        admitNew: () => tenant !== undefined && deps.limits.takeSession(tenant, sender),
      },
      tenantId,
      f.channel,
      f.who,
      f.provider,
      now,
    );
  } catch (err) {
    if (err instanceof NewContactLimitedError) return { kind: 'limited', limit: 'sessions' };
    throw err;
  }
  const contact = resolved.contact;
  const keyword = consentKeyword(f.text, f.optOutType);
  if (keyword) {
    if (keyword !== 'help') await applyConsent(deps, contact, keyword, now);
    // Twilio confirms STOP and START itself on SMS long codes; everywhere else we do.
    const providerConfirms = keyword !== 'help' && f.provider === 'twilio' && f.channel === 'sms' && (f.settings.twilio?.handles_keywords ?? true);
    const reply = providerConfirms ? undefined : consentReply(keyword, f.settings.businessName, await sessionLanguage(deps, tenantId, contact.session_id));
    return { kind: 'keyword', keyword, contact: { ...contact, status: keyword === 'stop' ? 'suppressed' : keyword === 'start' ? 'active' : contact.status }, ...(reply ? { reply } : {}) };
  }
  if (contact.status === 'suppressed') return { kind: 'suppressed', contact };
  const context: RelayContext = { provider: f.provider, address: addressKey(f.who), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
  const accepted = await deps.conversation.accept({
    tenant_id: tenantId,
    channel: f.channel,
    session_id: contact.session_id,
    traveler_id: contact.traveler_id,
    channel_message_id: f.providerMessageId,
    text: f.text,
    received_at: now.toISOString(),
    channel_context: { ...context },
  });
  return accepted.kind === 'unavailable' ? { kind: 'unavailable' } : { kind: 'stored', contact, accepted };
}
