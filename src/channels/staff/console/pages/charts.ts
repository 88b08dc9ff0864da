/**
 * Accessible SVG bar charts drawn on the server: each chart is an `img` with a title and a
 * description, every bar has a <title>, colours come from the stylesheet (classes, so the
 * CSP needs no inline style), and every chart sits beside a table with its numbers.
 */
import { html } from 'hono/html';
import type { Html } from '../view';

export interface Series {
  name: string;
  values: number[];
  /** Stylesheet class of the bars (`s-book`, `s-wait`…). */
  cls: string;
}

const W = 640;
const H = 200;
const PAD = { left: 40, right: 8, top: 10, bottom: 36 };

let counter = 0;

/** Vertical bars per category, stacked when there are several series. */
export function barChart(opts: { title: string; desc: string; categories: string[]; series: Series[]; max?: number; percent?: boolean }): Html {
  if (opts.categories.length === 0) return html`<p class="note">Nothing in this period.</p>`;
  const id = `chart-${++counter}`;
  const n = Math.max(1, opts.categories.length);
  const totals = opts.categories.map((_, i) => opts.series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = opts.max ?? Math.max(1, ...totals);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / n;
  const barW = Math.max(2, step * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const label = (v: number) => (opts.percent ? `${Math.round(v * 100)}%` : String(Math.round(v * 10) / 10));
  const every = Math.ceil(n / 10);
  const bars = opts.categories.map((cat, i) => {
    let base = 0;
    return opts.series.map((s) => {
      const v = s.values[i] ?? 0;
      const top = y(base + v);
      const h = y(base) - top;
      base += v;
      return v > 0
        ? html`<rect class="${s.cls}" x="${(PAD.left + i * step + (step - barW) / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(0.5, h).toFixed(1)}"><title>${cat} · ${s.name}: ${label(v)}</title></rect>`
        : '';
    });
  });
  return html`<figure class="chart">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" focusable="false">
  <title id="${id}-t">${opts.title}</title>
  <desc id="${id}-d">${opts.desc}</desc>
  <line class="axis" x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${W - PAD.right}" y2="${PAD.top + plotH}"/>
  <line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}"/>
  <text class="tick" x="${PAD.left - 4}" y="${PAD.top + 4}" text-anchor="end">${label(max)}</text>
  <text class="tick" x="${PAD.left - 4}" y="${PAD.top + plotH}" text-anchor="end">0</text>
  ${bars}
  ${opts.categories.map((cat, i) => (i % every === 0 ? html`<text class="tick" x="${(PAD.left + i * step + step / 2).toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${cat.length > 10 ? cat.slice(5) : cat}</text>` : ''))}
</svg>
${opts.series.length > 1 ? html`<figcaption><ul class="legend">${opts.series.map((s) => html`<li><svg width="12" height="12" aria-hidden="true"><rect class="${s.cls}" width="12" height="12"/></svg> ${s.name}</li>`)}</ul></figcaption>` : ''}
</figure>`;
}

/** A table of numbers beside a chart: rows are categories, columns are series. */
export function figureTable(caption: string, head: string, categories: string[], columns: { name: string; values: (number | string)[] }[]): Html {
  return html`<table class="list numbers"><caption>${caption}</caption>
  <thead><tr><th scope="col">${head}</th>${columns.map((c) => html`<th scope="col">${c.name}</th>`)}</tr></thead>
  <tbody>${categories.map((cat, i) => html`<tr><th scope="row">${cat}</th>${columns.map((c) => html`<td>${c.values[i] ?? 0}</td>`)}</tr>`)}</tbody>
</table>`;
}
