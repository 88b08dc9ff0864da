/**
 * The staff channel as one Hono sub-application (issue 13): the JSON API under
 * `/api/staff` and the server-rendered console under `/console`, built from its own
 * dependencies so it can be mounted by `buildApp` (`http.route('/', createStaffApp(deps))`)
 * and tested alone.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { staffActions } from './actions';
import { staffApi } from './api';
import { staffConsole } from './console/routes';
import { errorPage } from './console/pages/error-page';
import { staffContext, type StaffDeps } from './context';
import { describeError } from './errors';
import { staffReads } from './reads';

export type { StaffDeps } from './context';

/**
 * The largest staff request body (a review's notes are at most 4,000 characters). Sign-in
 * is open to anyone, and without a cap one request could make the server buffer a body of
 * any size before refusing it (found by the probe, issue 16).
 */
export const MAX_STAFF_BODY_BYTES = 64 * 1024;

/** Builds the staff API and console from their dependencies. */
export function createStaffApp(deps: StaffDeps): Hono {
  const s = staffContext(deps);
  const reads = staffReads(s);
  const acts = staffActions(s);
  const app = new Hono();
  const capped = bodyLimit({
    maxSize: MAX_STAFF_BODY_BYTES,
    onError: (c) => c.json({ error: { code: 'too_large', message: `the body is over ${MAX_STAFF_BODY_BYTES} bytes` } }, 413),
  });
  app.use('/api/staff/*', capped);
  app.use('/console/*', capped);
  app.route('/api/staff', staffApi(s, reads, acts));
  app.route('/console', staffConsole(s, reads, acts));
  // Sub-applications keep their own error handler when mounted, so this mapping applies
  // to staff routes wherever buildApp mounts them: JSON for the API, a page for the console.
  app.onError((err, c) => {
    const e = describeError(err);
    if (e.status >= 500) s.log(`staff ${c.req.method} ${new URL(c.req.url).pathname}: ${(err as Error).stack ?? String(err)}`);
    if (new URL(c.req.url).pathname.startsWith('/api/')) return c.json({ error: { code: e.code, message: e.message } }, e.status as 400);
    return errorPage(c, e);
  });
  return app;
}
