import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedEndpoint } from '../support/dynamodb';

// `npm run chat` as a person uses it, with piped input: verdict cards come back.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run chat', () => {
  it('answers each line with a verdict card, refusals included, and leaves on /quit', async () => {
    const endpoint = await sharedEndpoint();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/chat.ts'], {
      cwd: ROOT,
      env: { ...process.env, DYNAMODB_ENDPOINT: endpoint, NOW: '2026-11-21T10:00:00Z', NODE_NO_WARNINGS: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.end('hi\nwe are 2 adults\nMasai Mara in August for the migration, 2 adults, 7 days, $6000 per person\nwhy?\n/quit\n');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(out).toContain('REFUSED');
    expect(out).toContain('BOOK');
    expect(out).toMatch(/Plan — Maasai Mara/);
    expect(out).toMatch(/Assumptions/);
    expect(out).toMatch(/What would change this/);
    // A greeting is welcomed and a question answered in words, without another card.
    expect(out).toMatch(/I help you decide/);
    expect(out).toMatch(/Why "Book" for Maasai Mara in August: /);
    expect(out.match(/Plan — Maasai Mara/g)).toHaveLength(1);
  }, 60_000);
});
