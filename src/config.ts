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
