import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../src/store/client';
import { managementClient } from '../src/channels/websocket/frame-sender';

const names = (stack: { identify(): string[] }) => stack.identify().map((n) => n.split(' ')[0]);

describe('our AWS SDK clients', () => {
  it('skip the SDK logger middleware (it redacts every response for a logger we never set)', () => {
    const { client, doc } = createDocumentClient({ endpoint: 'http://127.0.0.1:1', region: 'local' });
    const management = managementClient('http://127.0.0.1:1/test-logging', 'local', { accessKeyId: 'local', secretAccessKey: 'local' });
    for (const stack of [client.middlewareStack, doc.middlewareStack, management.middlewareStack]) {
      expect(names(stack)).not.toContain('loggerMiddleware');
      // The rest of the stack is intact: requests are still signed, retried and parsed.
      expect(names(stack)).toEqual(expect.arrayContaining(['serializerMiddleware', 'retryMiddleware', 'deserializerMiddleware']));
    }
    client.destroy();
  });
});
