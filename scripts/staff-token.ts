/**
 * `npm run staff-token -- <create|list|revoke> …`: staff tokens of a tenant (issue 13).
 *
 *   npm run staff-token -- create --tenant demo --role reviewer --name "Ana" [--days 90]
 *   npm run staff-token -- list --tenant demo
 *   npm run staff-token -- revoke --tenant demo --id 01J…
 *
 * A token is printed once and stored only as a SHA-256 hash. The store: with `--aws`, the
 * deployed tables (AWS credentials from the environment, TABLE_PREFIX=<stack name>,
 * AWS_REGION); else DYNAMODB_ENDPOINT (the endpoint `npm start` prints, while it runs); else
 * the embedded engine on DATA_DIR (stop `npm start` first: one engine per data folder).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createStaffIdentity } from '../src/channels/staff/identity';
import { loadConfig } from '../src/config';
import { TenantId } from '../src/domain/ids';
import { openStore } from '../src/store/open-store';
import { STAFF_ROLES, createStaffCredentialsRepository } from '../src/store/repositories/staff-credentials';

const USAGE = `usage (add --aws to use the deployed tables: TABLE_PREFIX=<stack>, AWS_REGION, AWS credentials):
  npm run staff-token -- create --tenant <id> --role <${STAFF_ROLES.join('|')}> --name <name> [--days <1-366>]
  npm run staff-token -- list --tenant <id>
  npm run staff-token -- revoke --tenant <id> --id <token id>`;

const Command = z.discriminatedUnion('command', [
  z.object({ command: z.literal('create'), tenant: TenantId, role: z.enum(STAFF_ROLES), name: z.string().trim().min(1).max(120), days: z.coerce.number().int().min(1).max(366).default(90) }),
  z.object({ command: z.literal('list'), tenant: TenantId }),
  z.object({ command: z.literal('revoke'), tenant: TenantId, id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'a token id as `list` prints it') }),
]);

function parseCommand(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { tenant: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, days: { type: 'string' }, id: { type: 'string' }, aws: { type: 'boolean' } },
  });
  const { aws, ...rest } = values;
  const parsed = Command.safeParse({ command: positionals[0], ...rest });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `  ${i.path.join('.') || 'command'}: ${i.message}`).join('\n'));
    console.error(USAGE);
    process.exit(2);
  }
  return { ...parsed.data, aws: Boolean(aws) };
}

async function main(): Promise<void> {
  const cmd = parseCommand(process.argv.slice(2));
  const config = loadConfig();
  const store = cmd.aws
    ? await openStore({ region: config.AWS_REGION, embedded: false, tablePrefix: config.TABLE_PREFIX, createTables: false })
    : await openStore({
        region: config.AWS_REGION,
        ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
        embedded: config.DYNAMODB_ENDPOINT ? false : { dataDir: config.DATA_DIR },
        tablePrefix: config.TABLE_PREFIX,
      });
  try {
    const auth = createStaffIdentity({ credentials: createStaffCredentialsRepository(store.ctx), clock: () => new Date() });
    if (cmd.command === 'create') {
      const issued = await auth.createToken({ tenant_id: cmd.tenant, role: cmd.role, name: cmd.name, days: cmd.days });
      console.log(`token for ${cmd.name} (${cmd.role} of ${cmd.tenant}), id ${issued.record.credential_id}, expires ${issued.record.expires_at}:`);
      console.log(issued.presented);
      console.error('It is shown this once; only its hash is stored.');
    } else if (cmd.command === 'list') {
      for (const t of await auth.listTokens(cmd.tenant)) {
        const status = t.revoked_at ? `revoked ${t.revoked_at}` : Date.parse(t.expires_at) < Date.now() ? 'expired' : `valid until ${t.expires_at}`;
        console.log(`${t.credential_id}  ${t.role.padEnd(8)}  ${t.name}  (${status})`);
      }
    } else {
      await auth.revokeToken(cmd.tenant, cmd.id);
      console.log(`revoked ${cmd.id}; its console sessions end with it`);
    }
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
