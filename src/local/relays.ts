/**
 * The relays in the local stack (issue 12, item 9): the same routes as on AWS, their
 * senders pointed by configuration at the local provider emulator (as the handlers'
 * `@connections` client is pointed at the local gateway), the demo tenant's relay
 * settings and PROTOCOL.md §2 secrets, the decision web view, and the phone page.
 */
import type { App } from '../app';
import type { Config } from '../config';
import type { TenantRelays } from '../domain/entities/tenant';
import type { StoreContext } from '../store/repository-kit';
import { createRelays, type Relays } from '../channels/relay/create-relays';
import { createProviderEmulator, type ProviderEmulator } from './provider-emulator/emulator';
import { phoneRoutes } from './phone/phone-routes';

/** The demo tenant's Twilio account (fictitious) and numbers. */
export const DEMO_TWILIO = { accountSid: `AC${'0'.repeat(32)}`, smsNumber: '+15005550006', whatsappNumber: '+14155238886' } as const;
export const DEMO_META_DISPLAY_NUMBER = '15550783881';
/** The local decision links' key when DECISION_LINK_SECRET is unset (local stack only). */
const LOCAL_LINK_SECRET = 'local-demo-decision-link-secret';

export function demoRelays(config: Config): TenantRelays {
  return {
    reply_budget_ms: 8000,
    twilio: { account_sid: DEMO_TWILIO.accountSid, sms_from: DEMO_TWILIO.smsNumber, whatsapp_from: DEMO_TWILIO.whatsappNumber, handles_keywords: true },
    whatsapp: { phone_number_id: config.DEMO_META_PHONE_NUMBER_ID, display_number: DEMO_META_DISPLAY_NUMBER },
    followup_template: { twilio_content_sid: `HX${'0'.repeat(32)}`, meta_template_name: 'trip_followup', language: 'en' },
  };
}

export interface LocalRelays {
  relays: Relays;
  emulator: ProviderEmulator;
}

/** Mounts the relays, the decision view, the emulator (`/_local/...`) and the phone page on the app's HTTP routes. */
export function mountLocalRelays(app: App, opts: { config: Config; store: StoreContext; baseUrl: () => string; log?: (line: string) => void }): LocalRelays {
  const { config } = opts;
  const secrets = {
    twilioAuthToken: config.DEMO_TWILIO_AUTH_TOKEN,
    metaAppSecret: config.DEMO_META_APP_SECRET,
    metaVerifyToken: config.DEMO_META_VERIFY_TOKEN,
    metaAccessToken: config.DEMO_META_ACCESS_TOKEN,
  };
  const publicBase = () => config.RELAY_PUBLIC_BASE_URL ?? opts.baseUrl();
  const relays = createRelays(app, {
    store: opts.store,
    // Locally every tenant with relays signs with the PROTOCOL.md §2 demo secrets (a test's second tenant too).
    secrets: { secrets: async () => secrets },
    twilioApiBase: () => config.TWILIO_API_BASE ?? `${opts.baseUrl()}/_local/twilio`,
    graphApiBase: () => config.GRAPH_API_BASE ?? `${opts.baseUrl()}/_local/graph`,
    graphVersion: config.GRAPH_API_VERSION,
    publicBaseUrl: publicBase,
    linkSecret: config.DECISION_LINK_SECRET ?? LOCAL_LINK_SECRET,
    defaultRelays: (tenantId) => (tenantId === 'demo' ? demoRelays(config) : undefined),
    quietDays: config.SESSION_QUIET_DAYS,
    ...(opts.log ? { log: opts.log } : {}),
  });
  const emulator = createProviderEmulator({
    accounts: () => ({
      twilio: { [DEMO_TWILIO.accountSid]: secrets.twilioAuthToken },
      meta: { [config.DEMO_META_PHONE_NUMBER_ID]: { accessToken: secrets.metaAccessToken, webhookUrl: `${publicBase()}/relay/whatsapp/demo`, appSecret: secrets.metaAppSecret, displayNumber: DEMO_META_DISPLAY_NUMBER } },
    }),
    statusCallbacks: true,
    ...(opts.log ? { log: opts.log } : {}),
  });
  app.http.route('/relay', relays.routes);
  app.http.route('/', relays.view);
  app.http.route('/_local', emulator.routes);
  app.http.route(
    '/',
    phoneRoutes({
      baseUrl: opts.baseUrl,
      tenantId: 'demo',
      providers: () => ({
        publicBaseUrl: publicBase(),
        twilio: { accountSid: DEMO_TWILIO.accountSid, authToken: secrets.twilioAuthToken, smsNumber: DEMO_TWILIO.smsNumber, whatsappNumber: DEMO_TWILIO.whatsappNumber },
        meta: { appSecret: secrets.metaAppSecret, phoneNumberId: config.DEMO_META_PHONE_NUMBER_ID, displayNumber: DEMO_META_DISPLAY_NUMBER },
        outbox: emulator.outbox,
      }),
    }),
  );
  return { relays, emulator };
}
