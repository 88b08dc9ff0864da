/** Relay webhook fixtures (test/fixtures/relays), filled in and signed as the providers sign them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { metaSignature, twilioSignature } from '../../../src/channels/relay/signatures';

const DIR = fileURLToPath(new URL('../../fixtures/relays/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${DIR}${name}`, 'utf8').trim();
}

/** A form fixture with its placeholders filled (values form-encoded as Twilio encodes them). */
export function twilioForm(name: string, values: Record<string, string>): string {
  return fixture(name).replace(/\{\{([A-Z_]+)\}\}/g, (_, k: string) => new URLSearchParams({ v: values[k] ?? '' }).toString().slice(2));
}

/** A JSON fixture with its placeholders filled (values JSON-escaped; the raw text is kept as Meta writes it). */
export function metaJson(name: string, values: Record<string, string>): string {
  return fixture(name).replace(/\{\{([A-Z_]+)\}\}/g, (_, k: string) => JSON.stringify(values[k] ?? '').slice(1, -1));
}

/** `X-Twilio-Signature` of a form body for `url`. */
export function signTwilio(token: string, url: string, form: string): string {
  return twilioSignature(token, url, [...new URLSearchParams(form)]);
}

export function signMeta(secret: string, raw: string): string {
  return metaSignature(secret, Buffer.from(raw, 'utf8'));
}

let n = 0;
/** A fresh Twilio MessageSid. */
export function messageSid(): string {
  return `SM${(Date.now().toString(16) + (++n).toString(16).padStart(6, '0') + Math.random().toString(16).slice(2)).padEnd(32, '0').slice(0, 32)}`;
}

/** A fresh wamid. */
export function wamid(): string {
  return `wamid.HBgM${Buffer.from(`${Date.now()}-${++n}-${Math.random()}`).toString('base64')}`;
}
