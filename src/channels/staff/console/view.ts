/**
 * The console's page shell and small view helpers. Every page is built with `hono/html`,
 * whose template escapes every interpolated value, so traveler text can never become
 * markup; no page carries inline script or style (the CSP forbids both).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { StaffMember } from '../identity';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The Content-Security-Policy of every console page: our own stylesheet, no script at all. */
export const CONSOLE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const NAV: [string, string][] = [
  ['/console', 'Conversations'],
  ['/console/reviews', 'Review queue'],
  ['/console/metrics', 'Metrics'],
  ['/console/impact', 'Rules impact'],
  ['/console/export', 'Export'],
];

/** The page shell: skip link, navigation, who is signed in, sign-out, main content. */
export function layout(c: Context, title: string, body: Html, who?: { member: StaffMember; csrf?: string }): Response | Promise<Response> {
  const path = new URL(c.req.url).pathname;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Staff console</title>
<link rel="stylesheet" href="/console/assets/console.css">
<link rel="icon" href="/console/assets/favicon.svg">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <span class="brand">Trip decisions · staff</span>
  ${who
    ? html`<nav aria-label="Console"><ul>${NAV.map(
        ([href, label]) => html`<li><a href="${href}"${path === href ? html` aria-current="page"` : ''}>${label}</a></li>`,
      )}</ul></nav>
      <form class="signout" method="post" action="/console/sign-out">
        <input type="hidden" name="_csrf" value="${who.csrf ?? ''}">
        <span class="who">${who.member.name} · ${who.member.role} · ${who.member.tenant_id}</span>
        <button type="submit">Sign out</button>
      </form>`
    : ''}
</header>
<main id="main" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
  return c.html(page);
}

/** An outcome as a labelled badge (colour is never the only signal: the word is there). */
export function outcomeBadge(outcome: string | undefined): Html {
  const o = outcome ?? 'none';
  return html`<span class="badge badge-${o.replace(/[^a-z]/g, '')}">${o}</span>`;
}

/** A time as `YYYY-MM-DD HH:MM UTC` inside a machine-readable <time>. */
export function when(at: string | undefined): Html {
  if (!at) return html``;
  return html`<time datetime="${at}">${at.slice(0, 16).replace('T', ' ')} UTC</time>`;
}

/** Whole seconds/minutes/hours/days since `at`, for queue ages. */
export function age(at: string, now: Date): string {
  const s = Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h`;
  return `${Math.floor(s / 86_400)} d`;
}

/** A URL with query parameters (empty ones dropped), for filters and pagers. */
export function withQuery(path: string, params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The "next page" link of a list, when there is one. */
export function pager(path: string, params: Record<string, string | undefined>, cursor: string | undefined): Html {
  return cursor ? html`<p class="pager"><a href="${withQuery(path, { ...params, cursor })}" rel="next">Next page</a></p>` : html``;
}

/** A hidden CSRF field for a form that changes state. */
export const csrfField = (csrf: string | undefined): Html => html`<input type="hidden" name="_csrf" value="${csrf ?? ''}">`;

/** A value shown as compact JSON (inputs snapshots, diffs). */
export const json = (v: unknown): string => JSON.stringify(v, null, 1);

/** A percentage with one decimal, or a dash. */
export const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
