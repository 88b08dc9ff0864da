import { loadConfig } from '../../../src/config';
import type { GatewayLimits } from '../../../src/local/gateway/local-gateway';
import { startLocalStack, type LocalStack } from '../../../src/local/stack';
import { sharedEndpoint } from '../../support/dynamodb';

/**
 * The real local stack (what `npm start` runs) on a free port, on the test run's
 * shared DynamoDB Local with tables of its own, fixed at a known instant so
 * "August" means the coming August.
 */
export async function startWidgetStack(opts: { gatewayLimits?: GatewayLimits } = {}): Promise<LocalStack> {
  const endpoint = await sharedEndpoint();
  const prefix = `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const config = loadConfig({
    DYNAMODB_ENDPOINT: endpoint,
    TABLE_PREFIX: prefix,
    PORT: '0',
    MODEL_PROVIDER: 'local',
    LOG_LEVEL: 'silent',
    NOW: '2026-03-02T09:00:00Z',
  });
  return startLocalStack({ config, port: 0, ...(opts.gatewayLimits ? { gatewayLimits: opts.gatewayLimits } : {}) });
}
