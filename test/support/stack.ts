import { loadConfig } from '../../src/config';
import { startLocalStack, type LocalStack } from '../../src/local/stack';
import { sharedEndpoint } from './dynamodb';
import type { GatewayLimits } from '../../src/local/gateway/local-gateway';

/** The local stack on a free port, on the test run's shared DynamoDB Local with its own tables. */
export async function startTestStack(opts: { now?: string; gatewayLimits?: GatewayLimits } = {}): Promise<LocalStack> {
  const endpoint = await sharedEndpoint();
  const prefix = `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const config = loadConfig({ DYNAMODB_ENDPOINT: endpoint, TABLE_PREFIX: prefix, PORT: '0', LOG_LEVEL: 'silent', ...(opts.now ? { NOW: opts.now } : {}) });
  return startLocalStack({ config, port: 0, ...(opts.gatewayLimits ? { gatewayLimits: opts.gatewayLimits } : {}) });
}
