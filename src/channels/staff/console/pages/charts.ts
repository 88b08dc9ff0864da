/**
 * Accessible SVG bar charts drawn on the server: each chart is an `img` with a title and a
 * description, every bar has a <title>, colours come from the stylesheet (classes, so the
 * CSP needs no inline style), and every chart sits beside a table with its numbers.
 * Days go under vertical bars (as MM-DD); named categories (refusal reasons, drop-off
 * steps) get one row each with their whole name in a label column as wide as the longest,
 * since a name centred under a narrow bar is cut at the drawing's edge.
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
const DAY = /^\d{4}-\d{2}-\d{2}$/;

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
  ${opts.categories.map((cat, i) => (i % every === 0 ? html`<text class="tick label" x="${(PAD.left + i * step + step / 2).toFixed(1)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${DAY.test(cat) ? cat.slice(5) : cat}</text>` : ''))}
</svg>
${opts.series.length > 1 ? html`<figcaption><ul class="legend">${opts.series.map((s) => html`<li><svg width="12" height="12" aria-hidden="true"><rect class="${s.cls}" width="12" height="12"/></svg> ${s.name}</li>`)}</ul></figcaption>` : ''}
</figure>`;
}

/** Font size of a row chart's text, in its own units (the stylesheet's `.rowlabel`). */
const ROW_FONT = 12;
/**
 * Width allowed per character of a label: wider than the average glyph of the sans-serif
 * faces the console falls back to (0.5–0.6 em), so a name of wide letters still fits.
 */
const CHAR_W = ROW_FONT * 0.7;
/** Longest line of a label before it wraps (at `:`, `_` or a space). */
const LABEL_LINE = 26;
const ROW_PLOT = 220;

/** A label's lines: whole when short, else broken after a `:`, `_` or space (at most three lines). */
export function labelLines(label: string, max = LABEL_LINE): string[] {
  const lines: string[] = [];
  let rest = label;
  while (rest.length > max && lines.length < 2) {
    const head = rest.slice(0, max + 1);
    const cut = Math.max(head.lastIndexOf(':'), head.lastIndexOf('_'), head.lastIndexOf(' '));
    const at = cut > 0 ? cut + 1 : max;
    lines.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  lines.push(rest);
  return lines;
}

/**
 * One horizontal bar per named category, its whole name in a label column sized to the
 * longest, its value at the bar's end. Drawn at its own width (`width` attribute) and shrunk
 * only when the page is narrower, so its text stays the page's size where there is room.
 */
export function rowChart(opts: { title: string; desc: string; categories: string[]; name: string; values: number[]; cls: string }): Html {
  if (opts.categories.length === 0) return html`<p class="note">Nothing in this period.</p>`;
  const id = `chart-${++counter}`;
  const lines = opts.categories.map((c) => labelLines(c));
  const longest = Math.max(...lines.flat().map((l) => l.length));
  const labelW = Math.ceil(longest * CHAR_W) + 14;
  const max = Math.max(1, ...opts.values);
  const valueW = Math.ceil(String(max).length * CHAR_W) + 10;
  const lineH = ROW_FONT + 3;
  const rowH = Math.max(...lines.map((l) => l.length)) * lineH + 10;
  const top = 6;
  const W = labelW + ROW_PLOT + valueW;
  const H = top * 2 + rowH * opts.categories.length;
  const rows = opts.categories.map((cat, i) => {
    const v = opts.values[i] ?? 0;
    const y0 = top + i * rowH;
    const mid = y0 + rowH / 2;
    const barW = (v / max) * ROW_PLOT;
    const ls = lines[i]!;
    // The label's lines centred on the row: the first baseline sits half the block above the middle.
    const firstY = mid - ((ls.length - 1) * lineH) / 2 + ROW_FONT * 0.35;
    return html`<text class="rowlabel label" x="${labelW - 8}" y="${firstY.toFixed(1)}" text-anchor="end">${ls.map((l, j) => html`<tspan x="${labelW - 8}"${j ? html` dy="${lineH}"` : ''}>${l}</tspan>`)}</text>
  ${v > 0 ? html`<rect class="${opts.cls}" x="${labelW}" y="${(mid - 7).toFixed(1)}" width="${Math.max(0.5, barW).toFixed(1)}" height="14"><title>${cat} · ${opts.name}: ${v}</title></rect>` : ''}
  <text class="rowlabel" x="${(labelW + barW + 4).toFixed(1)}" y="${(mid + ROW_FONT * 0.35).toFixed(1)}">${v}</text>`;
  });
  return html`<figure class="chart">
<svg class="rows" width="${W}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d" focusable="false">
  <title id="${id}-t">${opts.title}</title>
  <desc id="${id}-d">${opts.desc}</desc>
  <line class="axis" x1="${labelW}" y1="${top}" x2="${labelW}" y2="${H - top}"/>
  ${rows}
</svg>
</figure>`;
}

/** A table of numbers beside a chart: rows are categories, columns are series. */
export function figureTable(caption: string, head: string, categories: string[], columns: { name: string; values: (number | string)[] }[]): Html {
  return html`<table class="list numbers"><caption>${caption}</caption>
  <thead><tr><th scope="col">${head}</th>${columns.map((c) => html`<th scope="col">${c.name}</th>`)}</tr></thead>
  <tbody>${categories.map((cat, i) => html`<tr><th scope="row">${cat}</th>${columns.map((c) => html`<td>${c.values[i] ?? 0}</td>`)}</tr>`)}</tbody>
</table>`;
}
