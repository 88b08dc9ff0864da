/**
 * One provider request with `fetch`: a timeout per attempt, and retries with exponential
 * backoff and jitter on 429, 5xx and network failures (honouring `Retry-After`). Other
 * answers come back as they are, for the sender to translate.
 */

export interface HttpCallOptions {
  /** Per-attempt timeout (default 10 s: Twilio and Graph usually answer in well under one). */
  timeoutMs?: number;
  /** Attempts in all (default 3). */
  attempts?: number;
  /** First backoff (default 250 ms), doubled each retry, capped at 4 s. */
  backoffMs?: number;
  /** Injected for tests and benches; default global fetch. */
  fetch?: typeof fetch;
  /** Injected wait; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export type HttpCallResult =
  | { kind: 'answered'; status: number; body: unknown; attempts: number }
  /** No usable answer after every attempt: the network failed, timed out, or the provider kept refusing for load. */
  | { kind: 'unavailable'; reason: string; status?: number; attempts: number };

const RETRY_CAP_MS = 4000;
const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const secs = Number(header);
  if (Number.isFinite(secs)) return Math.min(secs * 1000, RETRY_CAP_MS);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - Date.now()), RETRY_CAP_MS);
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.slice(0, 500);
  }
}

/** Sends `init` to `url`, retrying what is worth retrying. Never throws for HTTP or network failures. */
export async function httpCall(url: string, init: RequestInit, opts: HttpCallOptions = {}): Promise<HttpCallResult> {
  const attempts = opts.attempts ?? 3;
  const doFetch = opts.fetch ?? fetch;
  const sleep = opts.sleep ?? defaultSleep;
  let last: HttpCallResult = { kind: 'unavailable', reason: 'not sent', attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait = Math.min((opts.backoffMs ?? 250) * 2 ** (attempt - 1), RETRY_CAP_MS);
    wait = wait / 2 + Math.random() * (wait / 2);
    try {
      const res = await doFetch(url, { ...init, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) });
      const body = await readBody(res);
      if (res.status !== 429 && res.status < 500) return { kind: 'answered', status: res.status, body, attempts: attempt };
      last = { kind: 'unavailable', reason: `HTTP ${res.status}`, status: res.status, attempts: attempt };
      wait = retryAfterMs(res.headers.get('retry-after')) ?? wait;
    } catch (err) {
      const e = err as Error;
      last = { kind: 'unavailable', reason: e.name === 'TimeoutError' ? 'timed out' : e.message, attempts: attempt };
    }
    if (attempt < attempts) await sleep(wait);
  }
  return last;
}
