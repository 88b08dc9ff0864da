/**
 * Reads a webhook body up to a limit. Over the limit the rest is read and dropped (up to
 * a hard cap) so the sender gets a clear 400 rather than a reset connection; a declared
 * length over the cap is refused without reading.
 */
export const DRAIN_CAP = 4 * 1024 * 1024;

export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' };

export async function readBody(req: Request, max: number): Promise<BodyRead> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > DRAIN_CAP) return { ok: false, reason: 'too_large' };
  if (!req.body) return { ok: true, bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > DRAIN_CAP) {
      await reader.cancel();
      return { ok: false, reason: 'too_large' };
    }
    if (size <= max) chunks.push(value);
  }
  if (size > max) return { ok: false, reason: 'too_large' };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
