/**
 * `npm run probe`: the outside probe suite (issue 16). It drives a running stack only
 * through its public interfaces on loopback (WebSocket, /healthz), bounded in count and
 * time, and prints `PASS|FAIL <check>: <figures>` per result and a final count.
 *
 *   npm run probe                      starts its own stack (PORT=0, a temporary DATA_DIR)
 *   npm run probe -- --url http://127.0.0.1:8787   probes a running stack (checks that pause,
 *                                      kill or measure the engine or server are skipped); add
 *                                      --dynamodb <endpoint> (printed by `npm start`) so each
 *                                      check gets a tenant of its own, else all use `demo`
 *   npm run probe -- fuzz slow         runs only the checks whose name contains a word
 */
import { ALL_CHECKS } from './checks';
import type { ProbeContext } from './check';
import { unexpectedLimits } from './client';
import { stackAt, startStack, type Stack } from './stack';
import { tenantSeeder } from './tenants';

const args = process.argv.slice(2);
const option = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const url = option('--url');
const dynamodb = option('--dynamodb');
const filters = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const wanted = ALL_CHECKS.filter((c) => filters.length === 0 || filters.some((f) => c.name.includes(f)));

const results: { name: string; pass: boolean }[] = [];
let stack: Stack | undefined;

async function main(): Promise<number> {
  const started = Date.now();
  stack = url ? stackAt(url, dynamodb) : await startStack();
  console.log(`probe: ${url ? 'probing' : 'started'} ${stack.url}${stack.process ? ` (server pid ${stack.process.pid()}, log ${stack.process.logFile})` : ''}`);
  const seeder = stack.dynamoEndpoint ? tenantSeeder(stack.dynamoEndpoint) : undefined;
  if (!seeder) console.log('probe: no DynamoDB endpoint to seed tenants on: every check uses the demo tenant, and one check may spend the next one\'s limits');
  const ctx: ProbeContext = {
    stack,
    tenant: 'demo',
    report(name, pass, figures) {
      results.push({ name, pass });
      console.log(`${pass ? 'PASS' : 'FAIL'} ${name}: ${figures}`);
    },
    async healthz() {
      try {
        const res = await fetch(`${stack!.url}/healthz`, { signal: AbortSignal.timeout(3000) });
        await res.arrayBuffer();
        return res.status;
      } catch {
        return 0;
      }
    },
  };
  for (const check of wanted) {
    if (check.needsProcess && !stack.process) {
      console.log(`SKIP ${check.name}: needs a stack the probe started (drop --url)`);
      continue;
    }
    const t0 = Date.now();
    let timer: NodeJS.Timeout | undefined;
    let late = false;
    // A check past its deadline is failed, and its own late results are not counted; the
    // next check still waits for it to wind down (each of its waits is bounded), so checks
    // never overlap and one's load cannot spoil another's figures.
    const tenant = seeder ? await seeder.seed(check.name, { ...(check.relays ? { relays: true } : {}), ...(check.tenantLimits ? { limits: check.tenantLimits } : {}) }) : 'demo';
    unexpectedLimits.length = 0;
    const checkCtx: ProbeContext = { ...ctx, tenant, report: (name, pass, figures) => (late ? console.log(`  (late, not counted) ${pass ? 'PASS' : 'FAIL'} ${name}: ${figures}`) : ctx.report(name, pass, figures)) };
    const running = check.run(checkCtx).then(
      () => undefined,
      (err: unknown) => (late ? undefined : ctx.report(check.name, false, `the check itself failed: ${(err as Error).message}`)),
    );
    const deadline = new Promise<'deadline'>((r) => (timer = setTimeout(() => r('deadline'), check.deadlineMs)));
    if ((await Promise.race([running.then(() => 'done' as const), deadline])) === 'deadline') {
      late = true;
      ctx.report(check.name, false, `did not finish within ${check.deadlineMs / 1000} s`);
      await Promise.race([running, new Promise((r) => setTimeout(r, check.deadlineMs))]);
    }
    clearTimeout(timer);
    if (unexpectedLimits.length > 0) {
      const kinds = new Map<string, number>();
      for (const m of unexpectedLimits) kinds.set(m, (kinds.get(m) ?? 0) + 1);
      ctx.report(`${check.name}-within-limits`, false, `the check's ordinary travelers met a product limit ${unexpectedLimits.length} times (${[...kinds].map(([k, v]) => `"${k}" ×${v}`).join(', ')}): the probe spent an allowance it meant to stay under, so its figures do not measure what they should`);
    }
    console.log(`  (${check.name} took ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  seeder?.close();
  const failed = results.filter((r) => !r.pass).length;
  console.log(`\nprobe took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await stack?.stop();
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(err);
    await stack?.stop().catch(() => undefined);
    process.exit(2);
  });
