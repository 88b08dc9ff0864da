import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInboundError } from '../../src/agent/conversation';
import { errorResponse } from '../../src/channels/http/error-response';
import { ConflictError, NotFoundError, StoreRequestError, StoreUnavailableError } from '../../src/store/errors';
import { startTestApp, type TestApp } from '../support/app';

describe('one error mapping for every HTTP route', () => {
  it('maps typed errors to statuses, with the PROTOCOL.md §3 body', () => {
    expect(errorResponse(new NotFoundError('decision', 'dec_1'))).toEqual({ status: 404, body: { error: { code: 'not_found', message: 'decision dec_1 not found' } } });
    expect(errorResponse(new ConflictError('stale version')).status).toBe(409);
    expect(errorResponse(new InvalidInboundError('text: too short'))).toEqual({ status: 400, body: { error: { code: 'bad_request', message: 'text: too short' } } });
    expect(errorResponse(z.object({ limit: z.number() }).safeParse({}).error).status).toBe(400);
    expect(errorResponse(new StoreUnavailableError('throttled')).status).toBe(503);
    expect(errorResponse(new HTTPException(403, { message: 'not your tenant' }))).toEqual({ status: 403, body: { error: { code: 'forbidden', message: 'not your tenant' } } });
  });

  it('answers anything else 500 without internals', () => {
    const { status, body } = errorResponse(new StoreRequestError('put sessions: ValidationException: secret table name trip-sessions'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/trip-sessions|ValidationException/);
  });
});

describe('the application’s HTTP routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // A route mounted the way the relays and the staff API mount theirs.
    const mounted = new Hono();
    mounted.get('/decisions/:id', async (c) => {
      const found = await t.app.repos.decisions.get('demo', c.req.param('id'));
      if (!found) throw new NotFoundError('decision', c.req.param('id'));
      return c.json(found);
    });
    mounted.get('/boom', () => {
      throw new Error('stack trace with internals');
    });
    t.app.http.route('/mounted', mounted);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves /healthz once the store is reachable', async () => {
    const res = await t.app.http.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('maps a mounted route’s typed error, and hides an unexpected one', async () => {
    const missing = await t.app.http.request('/mounted/decisions/dec_01JZZZZZZZZZZZZZZZZZZZZZZZ');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
    const boom = await t.app.http.request('/mounted/boom');
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain('internals');
    const unknown = await t.app.http.request('/nowhere');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
