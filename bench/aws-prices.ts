/**
 * AWS list prices the cost bench (`npm run bench -- cost`) turns measured usage into dollars
 * with: us-east-1, on demand, no free tier. One table, one date: change both together.
 *
 * Copied by hand from the public AWS pricing pages (DynamoDB on-demand, Lambda, API Gateway,
 * Amazon Bedrock) on the date below; this machine has no route to them, so check the pages
 * before quoting a figure.
 */
export const PRICES_AS_OF = '2026-12-06';

export const PRICES = {
  dynamodb: {
    /** On-demand write request unit (1 KB; a transactional write counts two). */
    perMillionWriteUnits: 0.625,
    /** On-demand read request unit (4 KB strongly consistent; half for eventually consistent). */
    perMillionReadUnits: 0.125,
  },
  lambda: {
    /** arm64 (Graviton), first 7.5 billion GB-seconds a month. */
    perGbSecondArm64: 0.0000133334,
    perMillionRequests: 0.2,
  },
  apiGatewayWebSocket: {
    /** Per million messages (in either direction, metered in 32 KB increments), first billion a month. */
    perMillionMessages: 1.0,
    perMillionConnectionMinutes: 0.25,
  },
  /**
   * Bedrock on demand, per million tokens. `cacheMinTokens`: the fewest tokens a cache point
   * needs before it (Bedrock's prompt caching table); below it the point is ignored and the
   * whole input is billed at the input rate.
   */
  bedrock: {
    'anthropic.claude-haiku-4-5': { input: 1.0, output: 5.0, cacheWrite: 1.25, cacheRead: 0.1, cacheMinTokens: 4096 },
    'anthropic.claude-sonnet-4-5': { input: 3.0, output: 15.0, cacheWrite: 3.75, cacheRead: 0.3, cacheMinTokens: 1024 },
    /** Nova bills cache writes at the input rate (no surcharge) and reads at a quarter of it. */
    'amazon.nova-lite': { input: 0.06, output: 0.24, cacheWrite: 0.06, cacheRead: 0.015, cacheMinTokens: 1000 },
  },
} as const;

export type PricedModel = keyof typeof PRICES.bedrock;
