/**
 * The script tag's entry point (bundled into one IIFE as /widget.js). Reads its
 * own data attributes, installs `window.tripAgent`, and runs the calls a page
 * queued before the script arrived (`tripAgent.push(['open'])`).
 */
import { createWidget } from './app';
import { readConfig } from './config';

type Queue = unknown[] | { push(call: unknown): void; __tripAgent?: true } | undefined;

const w = window as unknown as { tripAgent?: Queue };
const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-tenant][src*="widget"]');

if (!(w.tripAgent && !Array.isArray(w.tripAgent) && w.tripAgent.__tripAgent)) {
  const config = readConfig(script, location.href, document.documentElement.lang || navigator.language);
  if (config) {
    const start = () => {
      const queued = Array.isArray(w.tripAgent) ? w.tripAgent : [];
      const api = Object.assign(createWidget(config), { __tripAgent: true as const });
      w.tripAgent = api;
      for (const call of queued) api.push(call);
    };
    if (document.body) start();
    else document.addEventListener('DOMContentLoaded', start, { once: true });
  }
}
