/**
 * The staff API and console on AWS (issue 13): one HTTP API function serving
 * `/api/staff/*` and `/console/*` from the same sub-application the local stack mounts,
 * built from the deployed tables, the rules (for replay) and the configured clock. It
 * builds no conversation core: staff never run a turn, so the bundle stays small and the
 * policy narrow. No configuration token exists here: staff tokens come from
 * `npm run staff-token` (or an admin's `POST /api/staff/tokens`).
 */
import { Hono } from 'hono';
import { handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda';
import { createStaffApp } from '../channels/staff/app';
import { ulidIdGenerator } from '../domain/ids';
import { defaultPackIndex } from '../domain/knowledge-pack/index-pack';
import { decide, LOGIC_VERSION } from '../domain/rules';
import { configuredClock } from '../domain/time';
import { handlerConfig, handlerLog, lazy, openHandlerStore, type RuntimeOptions } from './runtime';

/** The HTTP API handler of the staff routes. */
export function staffHttpFunction(opts: RuntimeOptions = {}) {
  const runtime = lazy(async () => {
    const config = handlerConfig(opts);
    const log = handlerLog(config, opts);
    const store = openHandlerStore(config, opts);
    const pack = defaultPackIndex();
    const staff = createStaffApp({
      store: store.ctx,
      clock: configuredClock(config.NOW),
      ids: ulidIdGenerator(),
      rules: { decide: (inputs, now, guard) => decide(inputs, pack, now, guard), logicVersion: LOGIC_VERSION },
      log,
    });
    return handle(new Hono().route('/', staff));
  });
  return async function handler(event: LambdaEvent, context?: LambdaContext) {
    return (await runtime())(event, context);
  };
}
