import { TenantId } from '../ids';
import { E164 } from '../phone';
import { MiniIsoDateTime as IsoDateTime } from '../time';
import * as z from '../zod-mini';

// zod/mini (../zod-mini.ts): the connection functions read tenants and carry only the checks used here.

/**
 * A tenant's SMS and WhatsApp relays (issue 12). Only public settings live here; the
 * Twilio auth token and Meta's app secret, verify token and access token come from the
 * secret store (SSM Parameter Store on AWS), never from this record.
 */
export const TenantRelaysSchema = z.object({
  /** Public base URL of the relay routes (custom domain or `https://{api}.execute-api.{region}.amazonaws.com`). */
  public_base_url: z.optional(z.url()),
  /** How long a Twilio webhook waits for the turn before answering `<Response/>` and sending by REST. */
  reply_budget_ms: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(14_000)), 8000),
  twilio: z.optional(
    z.object({
      account_sid: z.string().check(z.regex(/^AC[0-9a-fA-F]{32}$/)),
      /** Sending number (E.164) or Messaging Service SID (MG…) for SMS. */
      sms_from: z.optional(z.union([E164, z.string().check(z.regex(/^MG[0-9a-fA-F]{32}$/))])),
      /** WhatsApp sender through Twilio (E.164, without the `whatsapp:` prefix). */
      whatsapp_from: z.optional(E164),
      /** The exact URL configured in Twilio (the signature base), when it is not `public_base_url` + the route. */
      webhook_url: z.optional(z.url()),
      /** Twilio answers STOP/START itself (long codes): no confirmation of ours on SMS. */
      handles_keywords: z._default(z.boolean(), true),
    }),
  ),
  whatsapp: z.optional(
    z.object({
      phone_number_id: z.string().check(z.minLength(1), z.maxLength(64)),
      display_number: z.optional(z.string().check(z.regex(/^\d{6,20}$/))),
    }),
  ),
  /** The approved template for follow-ups outside WhatsApp's 24 h window (one variable: the headline). */
  followup_template: z.optional(
    z.object({
      twilio_content_sid: z.optional(z.string().check(z.regex(/^HX[0-9a-fA-F]{32}$/))),
      meta_template_name: z.optional(z.string().check(z.minLength(1), z.maxLength(512))),
      language: z._default(z.string().check(z.minLength(2), z.maxLength(15)), 'en'),
    }),
  ),
});
export type TenantRelays = z.infer<typeof TenantRelaysSchema>;

/**
 * Messages a minute a tenant allows, unless it sets its own: per connection or sender
 * address, and for the whole tenant (all its channels together).
 */
export const DEFAULT_RATE_LIMITS = { per_connection_per_minute: 30, per_tenant_per_minute: 600 } as const;

/** A limit per minute: a positive whole number. */
const perMinute = () => z.number().check(z.int(), z.positive());

/**
 * A tenant (one travel business) and its channel settings. Secrets are never
 * stored here in clear: `*_secret_ref` names a configuration entry.
 */
export const TenantSchema = z.object({
  tenant_id: TenantId,
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  status: z.enum(['active', 'disabled']),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
  /** Origins allowed to open the widget's WebSocket; `*` patterns allowed for ports, e.g. `http://localhost:*`. */
  allowed_origins: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Whether a client that sends no Origin header (a native app, a test) may connect. */
  allow_missing_origin: z._default(z.boolean(), false),
  rate_limits: z._default(
    z.object({
      per_connection_per_minute: perMinute(),
      per_tenant_per_minute: perMinute(),
      /** Write limits of the tenant's own (issue 16); absent, the tenant policy's defaults apply. */
      sessions_per_connection_per_minute: z.optional(perMinute()),
      sessions_per_tenant_per_minute: z.optional(perMinute()),
      handshakes_per_address_per_minute: z.optional(perMinute()),
      hellos_per_connection_per_minute: z.optional(perMinute()),
    }),
    () => ({ ...DEFAULT_RATE_LIMITS }),
  ),
  locale: z._default(z.string(), 'en'),
  relays: z.optional(TenantRelaysSchema),
});
export type Tenant = z.infer<typeof TenantSchema>;
