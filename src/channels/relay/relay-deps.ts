/**
 * What the SMS and WhatsApp relays are built from, and a tenant's relay settings as they
 * apply: the tenant record's `relays` (or the local stack's defaults for its demo tenant),
 * the public URL Twilio signs, and the secrets from the secret store.
 */
import type { ConversationService } from '../../agent/conversation/conversation-service';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { Tenant, TenantRelays } from '../../domain/entities/tenant';
import type { IdGenerator } from '../../domain/ids';
import type { Clock } from '../../domain/time';
import type { TenantPolicy } from '../tenant-policy';
import type { LeadsRepository } from '../../store/repositories/leads';
import type { TravelersRepository } from '../../store/repositories/travelers';
import type { StoreContext } from '../../store/repository-kit';
import type { ContactStore } from './contact-store';
import type { DecisionLinks } from './decision-link';
import type { Language } from '../../domain/dialogue';
import type { RelaySecrets, SecretSource } from './secrets';
import type { MessageSender } from './senders/outbound';

/** A tenant's relays as they apply now. */
export interface RelaySettings {
  tenantId: string;
  businessName: string;
  /** The exact URL Twilio posts to and signs (not the one API Gateway shows the function). */
  twilioWebhookUrl: string;
  replyBudgetMs: number;
  twilio?: NonNullable<TenantRelays['twilio']>;
  whatsapp?: NonNullable<TenantRelays['whatsapp']>;
  followupTemplate?: NonNullable<TenantRelays['followup_template']>;
  secrets: RelaySecrets;
}

export interface RelayDeps {
  conversation: ConversationService;
  tenant(tenantId: string): Promise<Tenant | undefined>;
  /** The shared per-tenant rate limits (src/channels/tenant-policy.ts), as the WebSocket routes apply them. */
  limits: Pick<TenantPolicy, 'takeMessage' | 'takeSession'>;
  secrets: SecretSource;
  /** Relay settings for tenants whose record has none (the local stack's demo tenant). */
  defaultRelays?: (tenantId: string) => TenantRelays | undefined;
  /** Where the relay routes are reachable from the providers, when the tenant does not say. */
  publicBaseUrl: () => string | undefined;
  contacts: ContactStore;
  travelers: Pick<TravelersRepository, 'get' | 'findByPhone'>;
  leads: Pick<LeadsRepository, 'get'>;
  store: StoreContext;
  /** The provider senders of a tenant's settings. */
  senders: { twilio(s: RelaySettings): MessageSender | undefined; meta(s: RelaySettings): MessageSender | undefined };
  links?: DecisionLinks;
  /** The language a session's conversation is held in, for the fixed texts sent outside a turn (fixed-texts.ts). */
  sessionLanguage?: (tenantId: string, sessionId: string) => Promise<Language | undefined>;
  clock: Clock;
  ids: IdGenerator;
  quietDays?: number;
  /**
   * AWS: the turn of a stored message continues in another invocation (the relay function
   * answers and is frozen). Absent locally: the turn runs on in this process.
   */
  handoff?: (inbound: TranscriptMessage) => Promise<void>;
  log: (line: string) => void;
}

/** The relay path of each provider under `/relay`. */
export const TWILIO_PATH = (tenantId: string) => `/relay/twilio/${tenantId}`;
export const WHATSAPP_PATH = (tenantId: string) => `/relay/whatsapp/${tenantId}`;

/** The settings of an active tenant with relays, or undefined (the relay then answers 403). */
export async function relaySettings(deps: Pick<RelayDeps, 'secrets' | 'defaultRelays' | 'publicBaseUrl'>, tenant: Tenant | undefined): Promise<RelaySettings | undefined> {
  if (!tenant || tenant.status !== 'active') return undefined;
  const relays = tenant.relays ?? deps.defaultRelays?.(tenant.tenant_id);
  if (!relays) return undefined;
  const base = (relays.public_base_url ?? deps.publicBaseUrl() ?? '').replace(/\/+$/, '');
  return {
    tenantId: tenant.tenant_id,
    businessName: tenant.name,
    twilioWebhookUrl: relays.twilio?.webhook_url ?? `${base}${TWILIO_PATH(tenant.tenant_id)}`,
    replyBudgetMs: relays.reply_budget_ms,
    ...(relays.twilio ? { twilio: relays.twilio } : {}),
    ...(relays.whatsapp ? { whatsapp: relays.whatsapp } : {}),
    ...(relays.followup_template ? { followupTemplate: relays.followup_template } : {}),
    secrets: await deps.secrets.secrets(tenant.tenant_id),
  };
}
