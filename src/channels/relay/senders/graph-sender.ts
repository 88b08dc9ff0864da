/**
 * Meta's Graph API messages endpoint with `fetch`:
 * `POST {base}/{version}/{phone_number_id}/messages`, JSON, bearer token. Free text as a
 * `text` message; outside the 24 h window, an approved `template` message.
 */
import { httpCall, type HttpCallOptions } from './http-call';
import type { MessageSender, OutboundMessage, SendResult } from './outbound';

export interface GraphSenderOptions {
  /** `https://graph.facebook.com` on AWS; the local provider emulator in the local stack. */
  apiBase: string;
  /** Graph API version, e.g. `v23.0`. */
  version: string;
  phoneNumberId: string;
  accessToken: string;
  http?: HttpCallOptions;
}

/** Graph error codes the product acts on. */
const OPTED_OUT = new Set(['131050']);
const OUTSIDE_WINDOW = new Set(['131047']);
/** Throughput and pair-rate limits and Meta's own outages: worth another attempt later. */
const TRANSIENT = new Set(['130429', '131056', '131000', '131016', '2', '4']);

/** Translates a Graph answer into a send result. */
export function translateGraph(status: number, body: unknown): SendResult {
  const b = (body ?? {}) as { messages?: Array<{ id?: unknown }>; error?: { code?: unknown; message?: unknown } };
  const id = b.messages?.[0]?.id;
  if (status >= 200 && status < 300 && typeof id === 'string') return { kind: 'sent', providerMessageId: id };
  const code = b.error?.code === undefined ? `http_${status}` : String(b.error.code);
  if (OPTED_OUT.has(code)) return { kind: 'opted_out', code };
  if (OUTSIDE_WINDOW.has(code)) return { kind: 'outside_window', code };
  if (TRANSIENT.has(code)) return { kind: 'unavailable', reason: `graph error ${code}` };
  return { kind: 'rejected', code, message: typeof b.error?.message === 'string' ? b.error.message.slice(0, 300) : `HTTP ${status}` };
}

/** The Graph body of a message: phone recipients as `to` (digits), BSUID recipients as `recipient`. */
export function graphBody(m: OutboundMessage): Record<string, unknown> {
  const who = m.to.startsWith('+') ? { to: m.to.slice(1) } : { recipient: m.to };
  const content = m.template
    ? {
        type: 'template',
        template: {
          name: m.template.id,
          language: { code: m.template.language ?? 'en' },
          ...(m.template.variables.length ? { components: [{ type: 'body', parameters: m.template.variables.map((text) => ({ type: 'text', text })) }] } : {}),
        },
      }
    : { type: 'text', text: { body: m.text, preview_url: true } };
  return { messaging_product: 'whatsapp', recipient_type: 'individual', ...who, ...content };
}

export function graphSender(opts: GraphSenderOptions): MessageSender {
  const url = `${opts.apiBase.replace(/\/+$/, '')}/${opts.version}/${encodeURIComponent(opts.phoneNumberId)}/messages`;
  return {
    async send(m: OutboundMessage): Promise<SendResult> {
      const res = await httpCall(
        url,
        { method: 'POST', headers: { authorization: `Bearer ${opts.accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify(graphBody(m)) },
        opts.http,
      );
      return res.kind === 'answered' ? translateGraph(res.status, res.body) : { kind: 'unavailable', reason: res.reason };
    },
  };
}
