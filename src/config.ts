import { z } from 'zod';

/**
 * The operators' contract (PROTOCOL.md §5): every setting the product reads, parsed
 * once at start by one zod schema. `process.env` is read here and nowhere else.
 */
const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8787),
    HOST: z.string().default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('.data'),
    DYNAMODB_ENDPOINT: z.url().optional(),
    /** Prefix of the DynamoDB table names (on AWS the stack name; locally `trip`). */
    TABLE_PREFIX: z.string().regex(/^[A-Za-z0-9_.-]*$/).default('trip'),
    MODEL_PROVIDER: z.enum(['local', 'bedrock']).default('local'),
    BEDROCK_MODEL_ID: z.string().min(1).optional(),
    BEDROCK_ENDPOINT: z.url().optional(),
    BEDROCK_TIMEOUT_MS: z.coerce.number().int().positive().default(8000),
    AWS_REGION: z.string().min(1).default('us-east-1'),
    NOW: z.iso.datetime({ offset: true }).optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Days without traveler activity after which the sweep moves a lead to DORMANT (seed 000: 21–45). */
    DORMANCY_DAYS: z.coerce.number().positive().default(30),
    /** Local stack: minutes between in-process sweeps (0 turns the timer off). On AWS an EventBridge schedule runs it. */
    SWEEP_INTERVAL_MINUTES: z.coerce.number().min(0).default(60),
    /** The WebSocket API's `@connections` endpoint (`https://{api}.execute-api.{region}.amazonaws.com/{stage}`): where the sweep posts follow-ups. */
    WEBSOCKET_MANAGEMENT_ENDPOINT: z.url().optional(),
    /** AWS: the tenant the stack seeds on first connect, and its allowed widget origins (comma-separated). */
    BOOTSTRAP_TENANT_ID: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).optional(),
    ALLOWED_ORIGINS: z.string().optional(),
    /** Relays (issue 12): the public base URL Twilio and Meta are pointed at (AWS: the HTTP API's URL or a custom domain). */
    RELAY_PUBLIC_BASE_URL: z.url().optional(),
    /** Where the senders reach Twilio's Messages API and Meta's Graph API (the local stack points them at its emulator). */
    TWILIO_API_BASE: z.url().optional(),
    GRAPH_API_BASE: z.url().optional(),
    GRAPH_API_VERSION: z.string().regex(/^v\d+\.\d+$/).default('v23.0'),
    /** Days of silence after which a returning SMS/WhatsApp address starts a new session (keeping its lead). */
    SESSION_QUIET_DAYS: z.coerce.number().positive().default(7),
    /** Key of the signed decision links in phone replies (AWS: read from Parameter Store when unset). */
    DECISION_LINK_SECRET: z.string().min(16).optional(),
    /** AWS: Parameter Store path under which each tenant's relay secrets live (`<prefix>/<tenant>/twilio-auth-token`…). */
    RELAY_SECRETS_PREFIX: z.string().regex(/^\/[A-Za-z0-9_./-]+$/).optional(),
    /** AWS Lambda: the Parameters and Secrets extension's port, and the session token it takes as its SSRF token. */
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(2773),
    AWS_SESSION_TOKEN: z.string().optional(),
    /** Local stack: the demo tenant's relay secrets (PROTOCOL.md §2 defaults). */
    DEMO_TWILIO_AUTH_TOKEN: z.string().min(1).default('demo-twilio-token'),
    DEMO_META_APP_SECRET: z.string().min(1).default('demo-meta-secret'),
    DEMO_META_VERIFY_TOKEN: z.string().min(1).default('demo-verify-token'),
    DEMO_META_PHONE_NUMBER_ID: z.string().min(1).default('demo-phone-id'),
    DEMO_META_ACCESS_TOKEN: z.string().min(1).default('demo-meta-access-token'),
    /** Local stack: the demo tenant's admin staff token (PROTOCOL.md §3); never used on AWS. */
    DEMO_STAFF_TOKEN: z.string().min(8).default('demo-staff-token'),
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
