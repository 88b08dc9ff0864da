/**
 * `GET|POST /relay/whatsapp/{tenant}` (PROTOCOL.md §2): the WhatsApp Cloud API webhook.
 * GET answers Meta's verification; POST is checked against `X-Hub-Signature-256` over the
 * raw body bytes (re-serialised JSON would not match: Meta escapes non-ASCII) before it
 * is parsed. Each message is stored before the 200; the turn runs after it (locally in
 * this process, on AWS in the hand-off's invocation) and the reply goes out through the
 * Graph API. `statuses[]` update delivery state only.
 */
import { Hono } from 'hono';
import type { Accepted } from '../../agent/conversation/conversation-service';
import { TenantId } from '../../domain/ids';
import { whatsappUser } from '../relay/address';
import { applyStatus } from '../relay/delivery-status';
import { takeInbound, takeMessageLimit } from '../relay/inbound-steps';
import { sendThrough } from '../relay/phone-sink';
import { relaySettings, type RelayDeps, type RelaySettings } from '../relay/relay-deps';
import { limitedResponse } from '../relay/limited-response';
import { FIXED_TEXTS, senderLanguage } from '../relay/fixed-texts';
import { readBody } from '../relay/read-body';
import { verifyMeta } from '../relay/signatures';
import { flattenWebhook, WhatsappWebhookSchema } from './webhook';

/** Meta batches at most a few dozen events in one webhook; 256 KB is far above that. */
export const MAX_WHATSAPP_BODY = 256 * 1024;

export function whatsappRoutes(deps: RelayDeps): Hono {
  const http = new Hono();
  const refuse = (status: 400 | 403 | 404 | 503, code: string, message: string) => Response.json({ error: { code, message } }, { status });

  http.get('/whatsapp/:tenant', async (c) => {
    const tenantId = c.req.param('tenant');
    const settings = TenantId.safeParse(tenantId).success ? await relaySettings(deps, await deps.tenant(tenantId)) : undefined;
    const expected = settings?.whatsapp ? settings.secrets.metaVerifyToken : undefined;
    const token = c.req.query('hub.verify_token');
    const challenge = c.req.query('hub.challenge');
    if (!expected || c.req.query('hub.mode') !== 'subscribe' || token !== expected || !challenge || challenge.length > 256) {
      deps.log(`relay whatsapp ${tenantId}: verification refused`);
      return refuse(403, 'forbidden', 'verification failed');
    }
    return c.text(challenge, 200, { 'content-type': 'text/plain; charset=utf-8' });
  });

  http.post(
    '/whatsapp/:tenant',
    async (c) => {
      const tenantId = c.req.param('tenant');
      if (!TenantId.safeParse(tenantId).success) return refuse(404, 'not_found', 'no such tenant');
      const body = await readBody(c.req.raw, MAX_WHATSAPP_BODY);
      if (!body.ok) return refuse(400, 'too_large', `the body is over ${MAX_WHATSAPP_BODY} bytes`);
      const raw = body.bytes;
      const settings = await relaySettings(deps, await deps.tenant(tenantId));
      const secret = settings?.secrets.metaAppSecret;
      if (!settings?.whatsapp || !secret) {
        deps.log(`relay whatsapp ${tenantId}: refused (no WhatsApp relay configured)`);
        return refuse(403, 'forbidden', 'signature not valid');
      }
      const verified = verifyMeta(secret, raw, c.req.header('x-hub-signature-256'));
      if (!verified.ok) {
        deps.log(`relay whatsapp ${tenantId}: refused (${verified.problem} signature)`);
        return refuse(403, 'forbidden', 'signature not valid');
      }
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      } catch {
        return refuse(400, 'bad_request', 'the body is not JSON');
      }
      const parsed = WhatsappWebhookSchema.safeParse(json);
      if (!parsed.success) return refuse(400, 'bad_request', parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const { messages, statuses } = flattenWebhook(parsed.data);

      for (const { status } of statuses) {
        await applyStatus(deps, tenantId, 'whatsapp', status.id, status.status, status.errors?.[0] ? String(status.errors[0].code) : undefined);
      }
      // Store every message before the 200 (Meta redelivers what was not acknowledged).
      const later: Array<() => Promise<void>> = [];
      // The turns run after the answer: Meta wants its 200 within seconds.
      const runLater = () => {
        if (later.length) setTimeout(() => void Promise.all(later.map((run) => run().catch((err: unknown) => deps.log(`relay whatsapp ${tenantId}: ${(err as Error).message}`)))), 0);
      };
      for (const item of messages) {
        // Another business number of the same app is not this tenant's to answer.
        if (item.phoneNumberId !== settings.whatsapp.phone_number_id) continue;
        const who = whatsappUser(item.waId, item.userId);
        if (!who) continue;
        const text = item.message.type === 'text' ? (item.message.text?.body ?? '').trim() : '';
        if (!text) {
          // Not stored, but answered: a flood of photos counts like one of texts.
          if (!(await takeMessageLimit(deps, tenantId, who))) {
            runLater();
            return limitedResponse('messages');
          }
          // Said in the language the sender's conversation is held in (looked up after the 200).
          later.push(async () => notice(deps, settings, who.kind === 'phone' ? who.e164 : who.id, FIXED_TEXTS[await senderLanguage(deps, tenantId, 'whatsapp', who)].textOnly));
          continue;
        }
        const step = await takeInbound(deps, { settings, channel: 'whatsapp', who, provider: 'meta', providerMessageId: item.message.id, text });
        // Meta delivers the whole webhook again: what was stored before this message is answered
        // now, and is a duplicate then.
        if (step.kind === 'unavailable') {
          runLater();
          return refuse(503, 'unavailable', 'The service is busy. Please try again in a moment.');
        }
        if (step.kind === 'limited') {
          deps.log(`relay whatsapp ${tenantId}: refused (over the ${step.limit} limit)`);
          runLater();
          return limitedResponse(step.limit);
        }
        if (step.kind === 'keyword') {
          if (step.reply) later.push(() => notice(deps, settings, step.contact.address, step.reply!));
          continue;
        }
        if (step.kind === 'stored') {
          const accepted = step.accepted;
          // A redelivery whose reply already went out needs nothing more.
          if (accepted.kind === 'duplicate' && accepted.reply?.delivery === 'sent') continue;
          if (deps.handoff) await deps.handoff(accepted.inbound);
          else later.push(() => answer(deps, accepted));
        }
      }
      runLater();
      return c.text('EVENT_RECEIVED', 200);
    },
  );
  return http;
}

async function answer(deps: RelayDeps, accepted: Exclude<Accepted, { kind: 'unavailable' }>): Promise<void> {
  const result = await deps.conversation.answer(accepted);
  if (result.kind === 'failed') deps.log(`relay: turn of ${accepted.inbound.message_id} failed (${result.reason})`);
}

/** A fixed text (consent confirmation, help, text only) through the Graph API; not a turn, not on the transcript. */
async function notice(deps: RelayDeps, settings: RelaySettings, to: string, text: string): Promise<void> {
  const result = await sendThrough(deps, settings, 'meta', { channel: 'whatsapp', to, text });
  if (result.kind !== 'sent') deps.log(`relay whatsapp ${settings.tenantId}: notice not sent (${result.kind})`);
}
