/**
 * The relays' reply sink: a neutral reply rendered for a phone (src/channels/relay/
 * phone-reply.ts, with the signed link to the full decision) and sent through the
 * provider the traveler wrote through — Twilio's Messages API or Meta's Graph API.
 * What the provider answers decides what is recorded: sent (with a receipt for its
 * status callbacks), kept pending (the provider is unreachable, or the WhatsApp window
 * is closed), failed (refused for good), or, when the traveler opted out with the
 * provider, suppressed like a STOP.
 */
import type { DeliveryOutcome, ReplySink } from '../../agent/conversation/reply-sink';
import type { NeutralReply } from '../../agent/conversation/neutral-reply';
import type { TranscriptMessage } from '../../domain/entities/message';
import { languageOfLocale } from '../../domain/dialogue';
import { decisionLanguage, inTravelerLanguage, inTravelerLanguagePlan } from '../../agent/render/in-language';
import { LABELS } from '../../agent/render/labels';
import { applyConsent } from './consent-actions';
import { detailsText, isDetailsReply } from './details-reply';
import type { Contact } from './contact-store';
import { MAX_SMS_SEGMENTS, plainForSms, renderPhoneReply } from './phone-reply';
import { fitSegments, segmentSms } from './sms-segments';
import type { RelayChannel } from './address';
import { relaySettings, type RelayDeps, type RelaySettings } from './relay-deps';
import type { OutboundMessage, SendResult } from './senders/outbound';

/** Where a relay message came from, as stored with it (`channel_context`). */
export interface RelayContext {
  provider: 'twilio' | 'meta';
  /** `+E164` or a BSUID: the contact's address. */
  address: string;
  from?: string;
  to?: string;
}

export function relayContext(inbound: TranscriptMessage): RelayContext | undefined {
  const c = inbound.meta?.channel_context;
  if (!c || (c.provider !== 'twilio' && c.provider !== 'meta') || typeof c.address !== 'string') return undefined;
  return c as unknown as RelayContext;
}

/**
 * The phone text of a neutral reply, with the link to its decision (issued decisions only).
 * A reply to a question or a pleasantry (why, price, thanks, a welcome…) is its own answer
 * text, written for the channel in the traveler's language; a decision is rendered from
 * the record, in the language its localized copy is written in.
 */
export function phoneText(deps: Pick<RelayDeps, 'links'>, channel: RelayChannel, reply: Pick<NeutralReply, 'tenant_id' | 'decision' | 'itinerary'> & Partial<Pick<NeutralReply, 'text' | 'dialogue'>>): string {
  const d = reply.decision;
  const lang = reply.dialogue?.language ?? decisionLanguage(d);
  // Dated from the decision, so a redelivery's recorded answer is the same text, link included.
  // Signed for the reply's language where the stored record may be in another (a decision
  // kept from an earlier turn); a new decision's page is in its own language without it,
  // so its SMS keeps the three characters.
  const signed = reply.dialogue?.kept || lang !== decisionLanguage(d) ? lang : undefined;
  const link = d.verdict.outcome !== 'refused' && deps.links ? deps.links.linkFor(reply.tenant_id, d.decision_id, new Date(d.created_at), signed) : undefined;
  // "details": the reasoning the verdict had no room for, with more room than a verdict (details-reply.ts).
  if (reply.text && isDetailsReply(reply.dialogue)) return detailsText(channel, reply.text, link, lang);
  if (reply.text && reply.dialogue && (!CARD_ACTS.has(reply.dialogue.act) || reply.dialogue.kept || decisionLanguage(d) !== lang)) {
    const t = LABELS[lang];
    const tail = link ? `${t.fullDecision}${t.colon}${link}` : undefined;
    return channel === 'sms' ? fitWithLink(plainForSms(reply.text), tail) : tail ? `${reply.text}\n\n${tail}` : reply.text;
  }
  const itinerary = reply.itinerary ? inTravelerLanguagePlan(reply.itinerary, d.localized) : undefined;
  const rendered = renderPhoneReply(channel, inTravelerLanguage(d), { ...(link ? { link } : {}), ...(itinerary ? { itinerary } : {}), lang: decisionLanguage(d) });
  // What the turn did ("Added Zanzibar (3 days)…", "Starting again with Botswana") leads on WhatsApp, which has the room.
  const head = channel === 'whatsapp' && reply.text && reply.dialogue && reply.dialogue.act !== 'trip' ? reply.text.split('\n\n')[0] : undefined;
  return head && head !== reply.text ? `${head}\n\n${rendered}` : rendered;
}

/** Acts answered with a decision (a trip statement, a suggestion, an addition, a change of plan); the rest are answered in words. */
const CARD_ACTS: ReadonlySet<string> = new Set(['trip', 'suggest', 'add_extend', 'change_mind']);

/** Sends one message through the provider of `provider`, translating what it answers. */
export async function sendThrough(deps: RelayDeps, settings: RelaySettings, provider: RelayContext['provider'], message: OutboundMessage): Promise<SendResult> {
  const sender = provider === 'twilio' ? deps.senders.twilio(settings) : deps.senders.meta(settings);
  if (!sender) return { kind: 'rejected', code: 'not_configured', message: `${provider} is not configured for ${settings.tenantId}` };
  return sender.send(message);
}

/**
 * Records what a send came to: a receipt for status callbacks, suppression on an opt-out.
 * Returns the delivery outcome for the stored message.
 */
export async function settle(deps: RelayDeps, contact: Contact | undefined, message: { tenant_id: string; session_id: string; message_id: string; channel: RelayChannel }, result: SendResult): Promise<DeliveryOutcome> {
  const at = deps.clock().toISOString();
  switch (result.kind) {
    case 'sent': {
      const receipt = await deps.contacts.putReceipt({ tenant_id: message.tenant_id, channel: message.channel, provider_message_id: result.providerMessageId, session_id: message.session_id, message_id: message.message_id, updated_at: at });
      // A failure reported before the send was linked is the final word.
      return receipt.status_rank >= 9 ? 'failed' : 'sent';
    }
    case 'opted_out':
      if (contact) await applyConsent(deps, contact, 'stop', deps.clock());
      deps.log(`relay: ${message.tenant_id} ${message.channel} send refused as opted out (${result.code}): traveler suppressed`);
      return 'failed';
    case 'outside_window':
      deps.log(`relay: ${message.tenant_id} ${message.message_id} outside the WhatsApp window (${result.code}): kept pending`);
      return 'kept';
    case 'rejected':
      deps.log(`relay: ${message.tenant_id} ${message.message_id} refused by the provider: ${result.code}`);
      return 'failed';
    case 'unavailable':
      deps.log(`relay: ${message.tenant_id} ${message.message_id} not sent (${result.reason}): kept pending`);
      return 'kept';
  }
}

/** WhatsApp allows free-form messages for 24 hours after the traveler's last one. */
export const WHATSAPP_WINDOW_MS = 24 * 3_600_000;

/**
 * A follow-up (the sweep's, not an answer): its own text and the link, within the SMS
 * budget; outside WhatsApp's 24 h window, the tenant's approved template (the headline
 * as its one variable), or nothing when it has none.
 */
function followupMessage(deps: RelayDeps, settings: RelaySettings, provider: RelayContext['provider'], channel: RelayChannel, to: string, reply: NeutralReply, lastInboundAt: string | undefined): OutboundMessage | { pending: string } {
  const lang = reply.dialogue?.language ?? decisionLanguage(reply.decision);
  const link = deps.links?.linkFor(reply.tenant_id, reply.decision.decision_id, new Date(reply.created_at), lang === decisionLanguage(reply.decision) ? undefined : lang);
  const words = LABELS[lang];
  const tail = link ? `${words.fullDecision}${words.colon}${link}` : undefined;
  const text = channel === 'sms' ? fitWithLink(plainForSms(reply.text), tail) : tail ? `${reply.text}\n\n${tail}` : reply.text;
  const sentAt = Date.parse(reply.created_at);
  const open = channel === 'sms' || (lastInboundAt !== undefined && sentAt - Date.parse(lastInboundAt) < WHATSAPP_WINDOW_MS);
  if (open) return { channel, to, text };
  const t = settings.followupTemplate;
  const id = provider === 'twilio' ? t?.twilio_content_sid : t?.meta_template_name;
  if (!t || !id) return { pending: 'whatsapp_window_closed_no_template' };
  // The headline in the template's language when the decision has copy in it, never a French headline in an English template.
  const local = reply.decision.localized;
  const headline = local && languageOfLocale(t.language) === local.language ? local.headline : reply.decision.verdict.headline;
  return { channel, to, text, template: { id, language: t.language, variables: [headline] } };
}

/** The text cut (with an ellipsis) so that it and the link line (`tail`, never cut) fit the SMS budget. */
function fitWithLink(text: string, linkLine: string | undefined): string {
  const tail = linkLine ? `\n${linkLine}` : '';
  for (let body = text; body.length > 0; body = body.slice(0, body.lastIndexOf(' ', body.length - 2)).trimEnd()) {
    const candidate = `${body === text ? body : `${body}...`}${tail}`;
    if (segmentSms(candidate).segments <= MAX_SMS_SEGMENTS) return candidate;
  }
  return fitSegments(text, MAX_SMS_SEGMENTS);
}

/**
 * The REST sink of a stored inbound message: replies go back to its sender through its
 * provider. A traveler suppressed since they wrote gets nothing.
 */
export function restSink(deps: RelayDeps, inbound: TranscriptMessage): ReplySink | undefined {
  const ctx = relayContext(inbound);
  if (!ctx || inbound.channel === 'web') return undefined;
  const channel = inbound.channel;
  return {
    async deliver(reply) {
      const settings = await relaySettings(deps, await deps.tenant(inbound.tenant_id));
      if (!settings) return 'kept';
      const contact = await deps.contacts.get(inbound.tenant_id, channel, ctx.address);
      if (contact?.status === 'suppressed') return 'failed';
      let message: OutboundMessage = { channel, to: ctx.address, text: phoneText(deps, channel, reply) };
      if (reply.followup) {
        const m = followupMessage(deps, settings, ctx.provider, channel, ctx.address, reply, contact?.last_inbound_at);
        if ('pending' in m) {
          await deps.contacts.putPending(reply.tenant_id, reply.message_id, m.pending, deps.clock().toISOString());
          deps.log(`relay: follow-up ${reply.message_id} kept pending (${m.pending})`);
          return 'kept';
        }
        message = m;
      }
      const result = await sendThrough(deps, settings, ctx.provider, message);
      const outcome = await settle(deps, contact, { ...reply, channel }, result);
      if (outcome === 'sent' && ctx.provider === 'twilio' && inbound.channel_message_id) {
        await deps.contacts.markAnsweredByRest(inbound.tenant_id, channel, inbound.channel_message_id, deps.clock().toISOString());
      }
      return outcome;
    },
  };
}
