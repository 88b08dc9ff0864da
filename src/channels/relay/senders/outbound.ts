/**
 * The outbound port of the relays: one message to one traveler, and what became of it
 * in terms the product acts on (the providers' error codes translated once, here).
 */
import type { RelayChannel } from '../address';

/** An approved WhatsApp template, the only thing that may go out after the 24 h window. */
export interface TemplateContent {
  /** Twilio Content API `ContentSid` (HX…) or a Meta template name. */
  id: string;
  /** Meta: the template's language code. */
  language?: string;
  /** The template's variables in order ({{1}}, {{2}}…). */
  variables: string[];
}

export interface OutboundMessage {
  channel: RelayChannel;
  /** `+E164`, or a WhatsApp BSUID. */
  to: string;
  text: string;
  /** Sent as a template instead of free text (outside the 24 h window). */
  template?: TemplateContent;
}

export type SendResult =
  /** Accepted by the provider; its id links later status callbacks to our message. */
  | { kind: 'sent'; providerMessageId: string }
  /** The traveler opted out (Twilio 21610, Meta 131050): suppress, never retry. */
  | { kind: 'opted_out'; code: string }
  /** Free text outside the 24 h WhatsApp window (Twilio 63016, Meta 131047): needs a template. */
  | { kind: 'outside_window'; code: string }
  /** Refused for good (bad number, bad credentials, bad template): recorded as failed. */
  | { kind: 'rejected'; code: string; message: string }
  /** Not known to have gone out after the retries: kept pending for a later attempt. */
  | { kind: 'unavailable'; reason: string };

/** Sends one message through a provider. */
export interface MessageSender {
  send(message: OutboundMessage): Promise<SendResult>;
}
