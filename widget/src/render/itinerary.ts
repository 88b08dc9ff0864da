import type { ItineraryBrief, ItineraryStop } from '../protocol';
import type { Strings } from '../strings';
import { h } from './dom';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The brief from a book reply's `itinerary` field (title, length and route), when it carries one. */
export function briefFromField(v: unknown): ItineraryBrief | undefined {
  if (!isObject(v) || typeof v.title !== 'string' || !Array.isArray(v.route)) return undefined;
  const stops: ItineraryStop[] = v.route.filter(isObject).map((s) => ({
    name: String(s.name ?? s.destination_id ?? ''),
    nights: Number(s.nights) || 0,
    ...(typeof s.lodging_tier === 'string' ? { lodging_tier: s.lodging_tier } : {}),
  }));
  return { title: v.title, ...(typeof v.duration_days === 'number' ? { duration_days: v.duration_days } : {}), stops };
}

/** The itinerary in brief: title, length, and one line per stop. */
export function renderItinerary(brief: ItineraryBrief, s: Strings): HTMLElement {
  return h(
    'section',
    { class: 'plan', 'aria-label': s.plan },
    h('h4', {}, s.plan),
    h('p', { class: 'plan-title', dir: 'auto' }, brief.title, brief.duration_days && !brief.title.includes(String(brief.duration_days)) ? ` · ${s.planLength(brief.duration_days)}` : ''),
    brief.stops.length > 0 &&
      h('ol', {}, ...brief.stops.map((st) => h('li', { dir: 'auto' }, `${st.name} · ${s.nights(st.nights)}${st.lodging_tier ? ` · ${s.tiers[st.lodging_tier] ?? st.lodging_tier.replace(/_/g, ' ')}` : ''}`))),
  );
}
