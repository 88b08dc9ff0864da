/**
 * Builds the relays from the application (one composition for the Lambda handlers and
 * the local stack): the routes under `/relay`, the decision web view, the sinks on the
 * conversation service, and the deps the sweep's follow-ups and the re-drive share.
 */
import { Hono } from 'hono';
import type { App } from '../../app';
import type { TenantRelays } from '../../domain/entities/tenant';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { StoreContext } from '../../store/repository-kit';
import type { Language } from '../../domain/dialogue';
import { createContactStore } from './contact-store';
import { decisionLinks } from './decision-link';
import { decisionView } from './decision-view';
import type { RelayDeps } from './relay-deps';
import { relayRoutes } from './relay-routes';
import type { SecretSource } from './secrets';
import { graphSender } from './senders/graph-sender';
import { twilioSender } from './senders/twilio-sender';

export interface RelayOptions {
  store: StoreContext;
  secrets: SecretSource;
  /** `https://api.twilio.com` / `https://graph.facebook.com` on AWS; the emulator locally (known once it listens). */
  twilioApiBase: () => string;
  graphApiBase: () => string;
  graphVersion: string;
  publicBaseUrl: () => string | undefined;
  /** Signs the decision links; without it replies carry no link. */
  linkSecret?: string;
  defaultRelays?: (tenantId: string) => TenantRelays | undefined;
  quietDays?: number;
  handoff?: (inbound: TranscriptMessage) => Promise<void>;
  log?: (line: string) => void;
}

export interface Relays {
  deps: RelayDeps;
  /** Mount at `/relay`. */
  routes: Hono;
  /** Mount at the root: `/d/{tenant}/{token}`. */
  view: Hono;
}

export function createRelays(app: Pick<App, 'conversation' | 'policy' | 'repos' | 'clock' | 'ids'>, opts: RelayOptions): Relays {
  // The public base may be known only once the server listens (port 0): links read it late.
  const secret = opts.linkSecret;
  const lateLinks = secret
    ? {
        linkFor: (t: string, d: string, now: Date, lang?: Language) => decisionLinks({ secret, publicBaseUrl: opts.publicBaseUrl() ?? '' }).linkFor(t, d, now, lang),
        open: decisionLinks({ secret, publicBaseUrl: '' }).open,
      }
    : undefined;
  const deps: RelayDeps = {
    conversation: app.conversation,
    tenant: (id) => app.policy.tenant(id),
    limits: app.policy,
    secrets: opts.secrets,
    ...(opts.defaultRelays ? { defaultRelays: opts.defaultRelays } : {}),
    publicBaseUrl: opts.publicBaseUrl,
    contacts: createContactStore(opts.store),
    travelers: app.repos.travelers,
    leads: app.repos.leads,
    store: opts.store,
    senders: {
      twilio: (s) =>
        s.twilio && s.secrets.twilioAuthToken
          ? twilioSender({
              apiBase: opts.twilioApiBase(),
              accountSid: s.twilio.account_sid,
              authToken: s.secrets.twilioAuthToken,
              from: { ...(s.twilio.sms_from ? { sms: s.twilio.sms_from } : {}), ...(s.twilio.whatsapp_from ? { whatsapp: s.twilio.whatsapp_from } : {}) },
              statusCallback: s.twilioWebhookUrl,
            })
          : undefined,
      meta: (s) =>
        s.whatsapp && s.secrets.metaAccessToken
          ? graphSender({ apiBase: opts.graphApiBase(), version: opts.graphVersion, phoneNumberId: s.whatsapp.phone_number_id, accessToken: s.secrets.metaAccessToken })
          : undefined,
    },
    ...(lateLinks ? { links: lateLinks } : {}),
    sessionLanguage: async (t, s) => (await app.repos.sessions.get(t, s))?.language,
    clock: app.clock,
    ids: app.ids,
    ...(opts.quietDays ? { quietDays: opts.quietDays } : {}),
    ...(opts.handoff ? { handoff: opts.handoff } : {}),
    log: opts.log ?? (() => {}),
  };
  const view = lateLinks
    ? decisionView({
        links: lateLinks,
        clock: app.clock,
        decision: (t, id) => app.repos.decisions.get(t, id),
        itinerary: (t, id) => app.repos.itineraries.get(t, id),
      })
    : new Hono();
  return { deps, routes: relayRoutes(deps), view };
}
