import { pickLocale } from './strings';

/** What the embedding page asked for, from the script tag's data attributes (PROTOCOL.md §6). */
export interface WidgetConfig {
  tenant: string;
  /** Absolute ws:// or wss:// URL. */
  endpoint: string;
  locale: string;
  title?: string;
  accent?: string;
  startOpen: boolean;
}

/**
 * The WebSocket endpoint: an absolute ws(s) URL as given; otherwise (relative
 * or missing) resolved against the script's own URL, with `/ws` by default, so
 * a page served by the stack needs no host in its markup.
 */
export function resolveEndpoint(raw: string | null | undefined, scriptSrc: string): string | undefined {
  const value = (raw ?? '').trim();
  if (/^wss?:\/\//i.test(value)) return value;
  try {
    const url = new URL(value || '/ws', scriptSrc);
    if (url.protocol === 'http:') url.protocol = 'ws:';
    else if (url.protocol === 'https:') url.protocol = 'wss:';
    else return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}

/** Reads and checks the configuration; undefined (with a console message) when the tag cannot work. */
export function readConfig(script: HTMLScriptElement | null, fallbackBase: string, defaultLocale: string): WidgetConfig | undefined {
  const data = script?.dataset ?? {};
  const tenant = (data.tenant ?? '').trim();
  const endpoint = resolveEndpoint(data.endpoint, script?.src || fallbackBase);
  if (!tenant || !endpoint) {
    console.error('trip agent widget: the script tag needs data-tenant and a ws(s) data-endpoint');
    return undefined;
  }
  const accent = data.accent?.trim();
  return {
    tenant,
    endpoint,
    locale: pickLocale(data.locale || defaultLocale),
    ...(data.title?.trim() ? { title: data.title.trim() } : {}),
    ...(accent && window.CSS?.supports?.('color', accent) ? { accent } : {}),
    startOpen: data.open !== undefined && data.open !== 'false',
  };
}
