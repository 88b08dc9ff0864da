/** The console's error page: the status, the safe message, a way back. */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { CONSOLE_CSP } from '../view';

export function errorPage(c: Context, e: { code: string; status: number; message: string }): Response | Promise<Response> {
  c.header('content-security-policy', CONSOLE_CSP);
  const title = e.status === 404 ? 'Not found' : e.status === 403 ? 'Not allowed' : e.status === 409 ? 'Changed meanwhile' : e.status === 400 ? 'Bad request' : 'Something went wrong';
  return c.html(
    html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Staff console</title><link rel="stylesheet" href="/console/assets/console.css"><link rel="icon" href="/console/assets/favicon.svg"></head>
<body><main id="main"><h1>${title}</h1><p role="alert">${e.message}</p><p><a href="/console">Back to conversations</a></p></main></body></html>`,
    e.status as 400,
  );
}
