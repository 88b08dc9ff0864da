/**
 * `GET /d/{tenant}/{token}`: the web view a phone reply links to (issue 12, item 7). A
 * signed, expiring token opens exactly one decision of one tenant, with its itinerary:
 * the verdict first, then the ledger, in the language the link was signed for (the reply's;
 * an older link: the language the decision was stored in). Every text is escaped; nothing
 * else is reachable.
 */
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { Decision } from '../../domain/entities/decision';
import type { Itinerary } from '../../domain/entities/itinerary';
import { TenantId } from '../../domain/ids';
import type { Clock } from '../../domain/time';
import { languageOfLocale, type Language } from '../../domain/dialogue';
import { LOCALE } from '../../agent/dialogue/language';
import { decisionLanguage, inTravelerLanguage } from '../../agent/render/in-language';
import { afterLabel, LABELS } from '../../agent/render/labels';
import type { DecisionLinks } from './decision-link';

export interface DecisionViewDeps {
  links: DecisionLinks;
  clock: Clock;
  decision(tenantId: string, decisionId: string): Promise<Decision | undefined>;
  itinerary(tenantId: string, itineraryId: string): Promise<Itinerary | undefined>;
  /**
   * The stored decision re-written for a language it was not stored in (a traveler who
   * switched language since it was made). By default the pack's templates, loaded on the
   * first such page only, so the relay function's start does not pay for the pack.
   */
  inLanguage?: (d: Decision, lang: Language, itinerary?: Itinerary) => Promise<Decision>;
}

/** `keptInLanguage` over the shipped pack, imported when a page first needs it. */
async function relocalize(d: Decision, lang: Language, itinerary?: Itinerary): Promise<Decision> {
  const [{ keptInLanguage }, { defaultPackIndex }] = await Promise.all([import('../../agent/dialogue/kept-in-language'), import('../../domain/knowledge-pack/index-pack')]);
  return keptInLanguage(d, lang, defaultPackIndex(), itinerary);
}

const CSS = `body{font-family:system-ui,sans-serif;max-inline-size:40rem;margin:0 auto;padding:1rem;line-height:1.45;color:#1d1d1f}
.verdict{font-size:1.35rem;margin:.2rem 0}.verdict .badge{font-size:1rem;vertical-align:.15em}.badge{display:inline-block;padding:.1rem .5rem;border-radius:.4rem;background:#075e54;color:#fff;font-size:.9rem}
h2{font-size:1rem;margin:1.2rem 0 .3rem}ul{padding-inline-start:1.2rem;margin:.2rem 0}.muted{color:#555;font-size:.85rem}`;

/** The pages of a link that opens nothing, per language. */
const GONE: Record<Language, { title: string; expired: string; nothing: string }> = {
  en: { title: 'Decision', expired: 'This link has expired. Ask the agent again for a fresh one.', nothing: 'This link does not open anything.' },
  fr: { title: 'Décision', expired: "Ce lien a expiré. Redemandez-en un nouveau à l'agent.", nothing: 'Ce lien ne mène nulle part.' },
  de: { title: 'Entscheidung', expired: 'Dieser Link ist abgelaufen. Bitten Sie den Agenten um einen neuen.', nothing: 'Dieser Link führt nirgendwohin.' },
};

/** The first language of an `Accept-Language` header the agent writes, else English. */
function browserLanguage(header: string | undefined): Language {
  for (const tag of (header ?? '').split(',')) {
    const lang = languageOfLocale(tag.split(';')[0]);
    if (lang) return lang;
  }
  return 'en';
}

function page(title: string, body: ReturnType<typeof html>, lang: Language = 'en') {
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>${raw(CSS)}</style></head><body>${body}</body></html>`;
}

/**
 * What follows the verdict word when the headline opens with it ("Book Etosha…" after "Book":
 * " Etosha…"; "Wait for September: …" after "Wait"), else undefined ("Don't book…", "Le Masai Mara…").
 */
function afterVerdictWord(label: string, headline: string, lang: Language): string | undefined {
  const locale = LOCALE[lang];
  if (!headline.toLocaleLowerCase(locale).startsWith(label.toLocaleLowerCase(locale))) return undefined;
  const rest = headline.slice(label.length);
  return /^[\s,:;.!?]/.test(rest) || rest === '' ? rest : undefined;
}

/**
 * The page's title: the headline alone when it says the verdict itself, else the verdict, then the
 * headline ("Discard: Don't book…", "Réserver : le Masai Mara en août."); a headline with a colon of
 * its own is set off with a dash, never a second colon ("Wait – Go in March instead: …").
 */
function titleOf(label: string, headline: string, lang: Language): string {
  if (afterVerdictWord(label, headline, lang) !== undefined) return headline;
  const t = LABELS[lang];
  return `${label}${headline.includes(t.colon.trim()) ? ' – ' : t.colon}${afterLabel(lang, headline)}`;
}

export function decisionView(deps: DecisionViewDeps): Hono {
  const http = new Hono();
  const headers = { 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'" };
  http.get('/d/:tenant/:token', async (c) => {
    const tenantId = c.req.param('tenant');
    const opened = TenantId.safeParse(tenantId).success ? deps.links.open(tenantId, c.req.param('token'), deps.clock()) : { ok: false as const, reason: 'malformed' as const };
    // A signed language, else the browser's: a link that opens nothing is said in the traveler's words too.
    const gone = (status: 404 | 410) => {
      const lang = opened.language ?? browserLanguage(c.req.header('accept-language'));
      const g = GONE[lang];
      return c.html(page(g.title, html`<p>${status === 410 ? g.expired : g.nothing}</p>`, lang), status, headers);
    };
    if (!opened.ok) return gone(opened.reason === 'expired' ? 410 : 404);
    const found = await deps.decision(tenantId, opened.decisionId);
    if (!found) return gone(404);
    const itin = found.linked_entities.itinerary_id ? await deps.itinerary(tenantId, found.linked_entities.itinerary_id) : undefined;
    // The language the link was signed for, else the stored one; its localized copy, words and formats.
    const lang = opened.language ?? decisionLanguage(found);
    const stored = lang === decisionLanguage(found) ? found : await (deps.inLanguage ?? relocalize)(found, lang, itin);
    const d = inTravelerLanguage(stored);
    const t = LABELS[lang];
    const locale = LOCALE[lang];
    const pct = (x: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(x);
    const stops = d.localized?.plan?.stops;
    const label = t.outcome[d.verdict.outcome];
    const rest = afterVerdictWord(label, d.verdict.headline, lang);
    // "Book Etosha…" says its verdict itself: the badge is its first word, so the page reads it once ("Book: Book Etosha…" did twice).
    const verdict = rest !== undefined ? html`<h1 class="verdict"><span class="badge">${label}</span>${rest}</h1>` : html`<p class="badge">${label}</p>
<h1 class="verdict">${d.verdict.headline}</h1>`;
    const body = html`${verdict}
<p>${d.verdict.summary}</p>
${d.refusal ? html`<p>${d.refusal.next_action}</p>` : ''}
${itin
  ? html`<h2>${t.plan}${t.colon}${d.localized?.plan?.title ? afterLabel(lang, d.localized.plan.title) : `${itin.title}${itin.title.includes(t.days(itin.duration_days)) ? '' : ` (${t.days(itin.duration_days)})`}`}</h2><ul>${itin.route.map((s, k) => {
      const local = stops?.find((x) => x.destination_id === s.destination_id) ?? stops?.[k];
      return local ? html`<li>${local.name}${t.colon}${local.line}</li>` : html`<li>${s.name}${t.colon}${t.nights(s.nights)}, ${s.lodging_tier.replace('_', ' ')}</li>`;
    })}</ul>${
      itin.estimated_cost_usd_per_person !== undefined
        ? html`<p class="muted">${lang === 'en' ? `Estimated about USD ${itin.estimated_cost_usd_per_person.toLocaleString('en-US')} per person (an estimate, not a quote).` : t.estimate(new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', currencyDisplay: lang === 'de' ? 'code' : 'symbol', maximumFractionDigits: 0 }).format(itin.estimated_cost_usd_per_person))}</p>`
        : ''
    }`
  : ''}
${d.assumptions.length ? html`<h2>${t.assumptions}</h2><ul>${d.assumptions.map((a) => html`<li>${a.text} (${pct(a.confidence)})</li>`)}</ul>` : ''}
${d.tradeoffs.gains.length ? html`<h2>${t.gains}</h2><ul>${d.tradeoffs.gains.map((g) => html`<li>${g}</li>`)}</ul>` : ''}
${d.tradeoffs.losses.length ? html`<h2>${t.losses}</h2><ul>${d.tradeoffs.losses.map((l) => html`<li>${l}</li>`)}</ul>` : ''}
${d.change_conditions.length ? html`<h2>${t.changes}</h2><ul>${d.change_conditions.map((x) => html`<li>${x}</li>`)}</ul>` : ''}
<p class="muted">${t.confidence} ${pct(d.confidence)} · ${t.decided} ${lang === 'en' ? d.created_at.slice(0, 10) : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(d.created_at)).replace(/^1 /, lang === 'fr' ? '1er ' : '1 ')} · ${d.logic_version}</p>`;
    return c.html(page(titleOf(label, d.verdict.headline, lang), body, lang), 200, headers);
  });
  return http;
}
