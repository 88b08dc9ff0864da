import * as z from './domain/zod-mini';

/** A whole number within bounds, from an environment string. */
const wholeNumber = (min: number, max: number) => z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max));
/** A positive number of days, minutes or milliseconds, from an environment string. */
const positive = () => z.coerce.number().check(z.positive());
/** A string matching a pattern. */
const matching = (pattern: RegExp) => z.string().check(z.regex(pattern));
/** A non-empty string with a default. */
const nonEmpty = (fallback: string) => z._default(z.string().check(z.minLength(1)), fallback);

/**
 * The operators' contract (PROTOCOL.md §5): every setting the product reads, parsed
 * once at start by one zod schema (zod/mini, domain/zod-mini.ts: every Lambda function
 * parses it, the lean connection functions included). `process.env` is read here and
 * nowhere else.
 */
const ConfigSchema = z.object({
  PORT: z._default(wholeNumber(0, 65535), 8787),
  HOST: z._default(z.string(), '127.0.0.1'),
  DATA_DIR: nonEmpty('.data'),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  /** Prefix of the DynamoDB table names (on AWS the stack name; locally `trip`). */
  TABLE_PREFIX: z._default(matching(/^[A-Za-z0-9_.-]*$/), 'trip'),
  MODEL_PROVIDER: z._default(z.enum(['local', 'bedrock']), 'local'),
  BEDROCK_MODEL_ID: z.optional(z.string().check(z.minLength(1))),
  BEDROCK_ENDPOINT: z.optional(z.url()),
  BEDROCK_TIMEOUT_MS: z._default(z.coerce.number().check(z.int(), z.positive()), 8000),
  AWS_REGION: nonEmpty('us-east-1'),
  NOW: z.optional(z.iso.datetime({ offset: true })),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
  /** Days without traveler activity after which the sweep moves a lead to DORMANT (seed 000: 21–45). */
  DORMANCY_DAYS: z._default(positive(), 30),
  /** Local stack: minutes between in-process sweeps (0 turns the timer off). On AWS an EventBridge schedule runs it. */
  SWEEP_INTERVAL_MINUTES: z._default(z.coerce.number().check(z.minimum(0)), 60),
  /** The WebSocket API's `@connections` endpoint (`https://{api}.execute-api.{region}.amazonaws.com/{stage}`): where the sweep posts follow-ups. */
  WEBSOCKET_MANAGEMENT_ENDPOINT: z.optional(z.url()),
  /** AWS: the tenant the stack seeds on first connect, and its allowed widget origins (comma-separated). */
  BOOTSTRAP_TENANT_ID: z.optional(matching(/^[a-z0-9][a-z0-9-]{0,62}$/)),
  ALLOWED_ORIGINS: z.optional(z.string()),
  /** Relays (issue 12): the public base URL Twilio and Meta are pointed at (AWS: the HTTP API's URL or a custom domain). */
  RELAY_PUBLIC_BASE_URL: z.optional(z.url()),
  /** Where the senders reach Twilio's Messages API and Meta's Graph API (the local stack points them at its emulator). */
  TWILIO_API_BASE: z.optional(z.url()),
  GRAPH_API_BASE: z.optional(z.url()),
  GRAPH_API_VERSION: z._default(matching(/^v\d+\.\d+$/), 'v23.0'),
  /** Days of silence after which a returning SMS/WhatsApp address starts a new session (keeping its lead). */
  SESSION_QUIET_DAYS: z._default(positive(), 7),
  /** Key of the signed decision links in phone replies (AWS: read from Parameter Store when unset). */
  DECISION_LINK_SECRET: z.optional(z.string().check(z.minLength(16))),
  /** AWS: Parameter Store path under which each tenant's relay secrets live (`<prefix>/<tenant>/twilio-auth-token`…). */
  RELAY_SECRETS_PREFIX: z.optional(matching(/^\/[A-Za-z0-9_./-]+$/)),
  /** AWS Lambda: the Parameters and Secrets extension's port, and the session token it takes as its SSRF token. */
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: z._default(wholeNumber(1, 65535), 2773),
  AWS_SESSION_TOKEN: z.optional(z.string()),
  /** Local stack: the demo tenant's relay secrets (PROTOCOL.md §2 defaults). */
  DEMO_TWILIO_AUTH_TOKEN: nonEmpty('demo-twilio-token'),
  DEMO_META_APP_SECRET: nonEmpty('demo-meta-secret'),
  DEMO_META_VERIFY_TOKEN: nonEmpty('demo-verify-token'),
  DEMO_META_PHONE_NUMBER_ID: nonEmpty('demo-phone-id'),
  DEMO_META_ACCESS_TOKEN: nonEmpty('demo-meta-access-token'),
  /** Local stack: the demo tenant's admin staff token (PROTOCOL.md §3); never used on AWS. */
  DEMO_STAFF_TOKEN: z._default(z.string().check(z.minLength(8)), 'demo-staff-token'),
});

/** Rules across variables, checked even when single variables are wrong, so one run names everything. */
function crossChecks(env: Record<string, string>): string[] {
  const out: string[] = [];
  if (env.MODEL_PROVIDER === 'bedrock' && !env.BEDROCK_MODEL_ID) out.push('  BEDROCK_MODEL_ID: is required when MODEL_PROVIDER=bedrock');
  return out;
}

export type Config = z.infer<typeof ConfigSchema>;

/** Thrown when the environment does not describe a runnable configuration; names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses configuration from an environment (default: this process's), naming what is missing or wrong. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  const parsed = ConfigSchema.safeParse(present);
  const lines = [...(parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`)), ...crossChecks(present)];
  if (lines.length > 0 || !parsed.success) throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  return parsed.data;
}
