import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createStaffIdentity } from '../../../src/channels/staff/identity';
import { createDocumentClient } from '../../../src/store/client';
import { createStaffCredentialsRepository } from '../../../src/store/repositories/staff-credentials';
import { tableNames } from '../../../src/store/tables';
import { sharedEndpoint } from '../../support/dynamodb';

// `npm run staff-token` as an operator uses it: create prints a token once, list shows it, revoke ends it.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/staff-token.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

describe('npm run staff-token', () => {
  it('creates a token shown once, lists it without its secret, revokes it; bad arguments exit 2', async () => {
    const endpoint = await sharedEndpoint();
    const prefix = `tok${Date.now().toString(36)}`;
    const env = { DYNAMODB_ENDPOINT: endpoint, TABLE_PREFIX: prefix };
    const created = await run(['create', '--tenant', 'acme', '--role', 'reviewer', '--name', 'Ana'], env);
    expect(created.code).toBe(0);
    const token = created.out.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^stk\.acme\.[0-9A-Z]{26}\.[A-Za-z0-9_-]{43}$/);
    const id = token.split('.')[2]!;

    const { doc, client } = createDocumentClient({ endpoint, region: 'local' });
    try {
      const auth = createStaffIdentity({ credentials: createStaffCredentialsRepository({ doc, tables: tableNames(prefix) }), clock: () => new Date() });
      expect(await auth.identity.authenticateBearer(token)).toMatchObject({ tenant_id: 'acme', role: 'reviewer', name: 'Ana' });

      const listed = await run(['list', '--tenant', 'acme'], env);
      expect(listed.out).toContain(id);
      expect(listed.out).toContain('Ana');
      expect(listed.out).not.toContain(token.split('.')[3]);

      expect((await run(['revoke', '--tenant', 'acme', '--id', id], env)).code).toBe(0);
      expect(await auth.identity.authenticateBearer(token)).toBeUndefined();
      expect((await run(['list', '--tenant', 'acme'], env)).out).toMatch(/revoked/);
    } finally {
      client.destroy();
    }
    const bad = await run(['create', '--tenant', 'acme', '--role', 'owner', '--name', 'X'], env);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/role/);
  }, 90_000);
});
