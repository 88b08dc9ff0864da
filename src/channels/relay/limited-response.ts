/**
 * The answer to a webhook over the tenant's rate limits (src/channels/tenant-policy.ts):
 * `429 Too Many Requests` with `Retry-After`, and nothing stored. Meta delivers a webhook
 * that did not get its 200 again, with backoff, for days: the message arrives later and is
 * answered then. Twilio does not deliver an HTTP error again later (its own retries, when a
 * URL's connection overrides ask for them, fall within its 15 s), so there the message is
 * dropped, cleanly and visibly (error 11200 in the tenant's Twilio debugger). docs/relays.md.
 */

/** The limits count per minute: by then the window that refused it has passed. */
export const RETRY_AFTER_SECONDS = 60;

export function limitedResponse(limit: 'messages' | 'sessions'): Response {
  const what = limit === 'messages' ? 'messages' : 'new conversations';
  return Response.json(
    { error: { code: 'rate_limited', message: `Too many ${what} this minute. Deliver it again later.` } },
    { status: 429, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
  );
}
