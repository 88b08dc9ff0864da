import { z } from 'zod';
import { TenantId } from '../ids';
import { IsoDateTime } from '../time';
import { E164 } from './traveler';

/**
 * A tenant's SMS and WhatsApp relays (issue 12). Only public settings live here; the
 * Twilio auth token and Meta's app secret, verify token and access token come from the
 * secret store (SSM Parameter Store on AWS), never from this record.
 */
export const TenantRelaysSchema = z.object({
  /** Public base URL of the relay routes (custom domain or `https://{api}.execute-api.{region}.amazonaws.com`). */
  public_base_url: z.url().optional(),
  /** How long a Twilio webhook waits for the turn before answering `<Response/>` and sending by REST. */
  reply_budget_ms: z.number().int().min(0).max(14_000).default(8000),
  twilio: z
    .object({
      account_sid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
      /** Sending number (E.164) or Messaging Service SID (MG…) for SMS. */
      sms_from: z.union([E164, z.string().regex(/^MG[0-9a-fA-F]{32}$/)]).optional(),
      /** WhatsApp sender through Twilio (E.164, without the `whatsapp:` prefix). */
      whatsapp_from: E164.optional(),
      /** The exact URL configured in Twilio (the signature base), when it is not `public_base_url` + the route. */
      webhook_url: z.url().optional(),
      /** Twilio answers STOP/START itself (long codes): no confirmation of ours on SMS. */
      handles_keywords: z.boolean().default(true),
    })
    .optional(),
  whatsapp: z
    .object({
      phone_number_id: z.string().min(1).max(64),
      display_number: z.string().regex(/^\d{6,20}$/).optional(),
    })
    .optional(),
  /** The approved template for follow-ups outside WhatsApp's 24 h window (one variable: the headline). */
  followup_template: z
    .object({
      twilio_content_sid: z.string().regex(/^HX[0-9a-fA-F]{32}$/).optional(),
      meta_template_name: z.string().min(1).max(512).optional(),
      language: z.string().min(2).max(15).default('en'),
    })
    .optional(),
});
export type TenantRelays = z.infer<typeof TenantRelaysSchema>;

/**
 * Messages a minute a tenant allows, unless it sets its own: per connection or sender
 * address, and for the whole tenant (all its channels together).
 */
export const DEFAULT_RATE_LIMITS = { per_connection_per_minute: 30, per_tenant_per_minute: 600 } as const;

/**
 * A tenant (one travel business) and its channel settings. Secrets are never
 * stored here in clear: `*_secret_ref` names a configuration entry.
 */
export const TenantSchema = z.object({
  tenant_id: TenantId,
  name: z.string().min(1).max(120),
  status: z.enum(['active', 'disabled']),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
  /** Origins allowed to open the widget's WebSocket; `*` patterns allowed for ports, e.g. `http://localhost:*`. */
  allowed_origins: z.array(z.string().min(1)).default([]),
  /** Whether a client that sends no Origin header (a native app, a test) may connect. */
  allow_missing_origin: z.boolean().default(false),
  rate_limits: z
    .object({
      per_connection_per_minute: z.number().int().positive(),
      per_tenant_per_minute: z.number().int().positive(),
      /** Write limits of the tenant's own (issue 16); absent, the tenant policy's defaults apply. */
      sessions_per_connection_per_minute: z.number().int().positive().optional(),
      sessions_per_tenant_per_minute: z.number().int().positive().optional(),
      handshakes_per_address_per_minute: z.number().int().positive().optional(),
      hellos_per_connection_per_minute: z.number().int().positive().optional(),
    })
    .default({ ...DEFAULT_RATE_LIMITS }),
  locale: z.string().default('en'),
  relays: TenantRelaysSchema.optional(),
});
export type Tenant = z.infer<typeof TenantSchema>;
