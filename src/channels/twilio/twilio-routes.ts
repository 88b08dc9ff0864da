/**
 * `POST /relay/twilio/{tenant}` (PROTOCOL.md §2): Twilio's Programmable Messaging webhook,
 * SMS and WhatsApp through Twilio. The signature is checked over the tenant's public URL
 * and every parameter before anything is parsed or stored. An inbound message is stored,
 * then answered in TwiML when its turn finishes within the tenant's budget (8 s by
 * default), else with an empty `<Response/>` and the reply follows by the Messages API.
 * A status callback updates the delivery state of what we sent, and nothing else.
 */
import { Hono } from 'hono';
import type { NeutralReply } from '../../agent/conversation/neutral-reply';
import type { DeliveryOutcome } from '../../agent/conversation/reply-sink';
import type { TranscriptMessage } from '../../domain/entities/message';
import { TenantId } from '../../domain/ids';
import { parseTwilioAddress } from '../relay/address';
import { takeInbound, takeMessageLimit } from '../relay/inbound-steps';
import { phoneText, restSink } from '../relay/phone-sink';
import { relaySettings, type RelayDeps } from '../relay/relay-deps';
import { applyStatus } from '../relay/delivery-status';
import { limitedResponse } from '../relay/limited-response';
import { FIXED_TEXTS, senderLanguage, sessionLanguage } from '../relay/fixed-texts';
import { readBody } from '../relay/read-body';
import { verifyTwilio } from '../relay/signatures';
import { parseTwilioWebhook } from './webhook';

/** Twilio's webhook bodies are a few KB; anything much larger is not from Twilio. */
export const MAX_TWILIO_BODY = 64 * 1024;

const XML: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
const xmlText = (s: string) => s.replace(/[<>&"']/g, (c) => XML[c]!);

/** A TwiML answer holding `text`, or the empty answer. */
export function twiml(text?: string): string {
  return text === undefined ? '<?xml version="1.0" encoding="UTF-8"?><Response/>' : `<?xml version="1.0" encoding="UTF-8"?><Response><Message>${xmlText(text)}</Message></Response>`;
}

export function twilioRoutes(deps: RelayDeps): Hono {
  const http = new Hono();
  const xml = (body: string, status: 200 | 503 = 200) => new Response(body, { status, headers: { 'content-type': 'text/xml; charset=utf-8' } });
  const refuse = (status: 400 | 403 | 404, code: string, message: string) => Response.json({ error: { code, message } }, { status });

  http.post(
    '/twilio/:tenant',
    async (c) => {
      const tenantId = c.req.param('tenant');
      if (!TenantId.safeParse(tenantId).success) return refuse(404, 'not_found', 'no such tenant');
      const body = await readBody(c.req.raw, MAX_TWILIO_BODY);
      if (!body.ok) return refuse(400, 'too_large', `the body is over ${MAX_TWILIO_BODY} bytes`);
      const raw = new TextDecoder().decode(body.bytes);
      const settings = await relaySettings(deps, await deps.tenant(tenantId));
      const token = settings?.secrets.twilioAuthToken;
      if (!settings?.twilio || !token) {
        deps.log(`relay twilio ${tenantId}: refused (no Twilio relay configured)`);
        return refuse(403, 'forbidden', 'signature not valid');
      }
      const params = [...new URLSearchParams(raw)];
      const verified = verifyTwilio(token, settings.twilioWebhookUrl, params, c.req.header('x-twilio-signature'));
      if (!verified.ok) {
        deps.log(`relay twilio ${tenantId}: refused (${verified.problem} signature)`);
        return refuse(403, 'forbidden', 'signature not valid');
      }
      const hook = parseTwilioWebhook(params);
      if (hook.kind === 'invalid') return refuse(400, 'bad_request', hook.problem);
      if (hook.kind === 'status') {
        await applyStatus(deps, tenantId, hook.status.To?.startsWith('whatsapp:') ? 'whatsapp' : 'sms', hook.status.MessageSid, hook.status.MessageStatus, hook.status.ErrorCode);
        return xml(twiml());
      }

      const m = hook.message;
      const from = parseTwilioAddress(m.From);
      if (!from) return refuse(400, 'bad_request', 'From: not a phone number');
      const text = m.Body.trim();
      if (!text) {
        // Not stored, but answered: a flood of photos counts like one of texts.
        if (!(await takeMessageLimit(deps, tenantId, { kind: 'phone', e164: from.e164 }))) return limitedResponse('messages');
        return xml(twiml(FIXED_TEXTS[await senderLanguage(deps, tenantId, from.channel, { kind: 'phone', e164: from.e164 })].textOnly));
      }
      const step = await takeInbound(deps, { settings, channel: from.channel, who: { kind: 'phone', e164: from.e164 }, provider: 'twilio', providerMessageId: m.MessageSid, text, ...(m.OptOutType ? { optOutType: m.OptOutType } : {}), from: m.From, to: m.To });
      switch (step.kind) {
        case 'keyword':
          return xml(twiml(step.reply));
        case 'suppressed':
          return xml(twiml());
        case 'limited':
          deps.log(`relay twilio ${tenantId}: refused (over the ${step.limit} limit)`);
          return limitedResponse(step.limit);
        case 'unavailable':
          return xml(twiml(), 503);
      }
      const { accepted } = step;
      if (accepted.kind === 'duplicate' && accepted.reply) {
        // A redelivery: the recorded answer, unless it already went out by REST.
        if (await deps.contacts.answeredByRest(tenantId, from.channel, m.MessageSid)) return xml(twiml());
        return xml(twiml(phoneText(deps, from.channel, accepted.reply)));
      }
      return xml(await answerWithinBudget(deps, accepted, settings.replyBudgetMs));
    },
  );
  return http;
}

/**
 * Runs the turn and answers with its reply if it comes within the budget; otherwise
 * answers `<Response/>` and lets the reply go by REST when it is ready (on AWS: the
 * hand-off's invocation sends it, so a frozen function never sends twice).
 */
function answerWithinBudget(deps: RelayDeps, accepted: { kind: 'accepted' | 'duplicate'; inbound: TranscriptMessage }, budgetMs: number): Promise<string> {
  return new Promise<string>((resolve) => {
    let state: 'waiting' | 'answered' | 'late' = 'waiting';
    const late = () => {
      if (state !== 'waiting') return;
      state = 'late';
      if (!deps.handoff) return resolve(twiml());
      // The hand-off is written before the answer: a Lambda is frozen once it has answered.
      deps
        .handoff(accepted.inbound)
        .catch((err: unknown) => deps.log(`relay: hand-off of ${accepted.inbound.message_id} failed (the sweep re-drives it): ${(err as Error).message}`))
        .finally(() => resolve(twiml()));
    };
    const timer = setTimeout(late, budgetMs);
    const rest = restSink(deps, accepted.inbound);
    const sink = {
      async deliver(reply: NeutralReply, inbound: TranscriptMessage): Promise<DeliveryOutcome> {
        if (state === 'waiting') {
          state = 'answered';
          clearTimeout(timer);
          resolve(twiml(phoneText(deps, inbound.channel === 'whatsapp' ? 'whatsapp' : 'sms', reply)));
          return 'sent';
        }
        if (deps.handoff) return 'kept';
        return rest ? rest.deliver(reply, inbound) : 'kept';
      },
    };
    deps.conversation.answer(accepted, { sink }).then(
      async (result) => {
        if (result.kind === 'failed') deps.log(`relay: turn of ${accepted.inbound.message_id} failed (${result.reason})`);
        // No reply for this message (its turn failed): say so now; the traveler sends it again.
        if (state === 'waiting') {
          clearTimeout(timer);
          state = 'late';
          const inbound = accepted.inbound;
          resolve(twiml(result.kind === 'failed' ? FIXED_TEXTS[await sessionLanguage(deps, inbound.tenant_id, inbound.session_id)].tryAgain : undefined));
        }
      },
      (err: unknown) => {
        deps.log(`relay: turn of ${accepted.inbound.message_id} threw: ${(err as Error).message}`);
        late();
      },
    );
  });
}
