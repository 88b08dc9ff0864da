/**
 * The metrics charts' labels in Chromium: every category a chart draws is named in full
 * (the same words as its table), and every piece of text lies inside its SVG's drawing, so
 * nothing is clipped ("refused:contradictory" once showed as "adictory"), at a desktop
 * width and at a phone's.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { createMetricRollupsRepository } from '../../../src/store/repositories/metric-rollups';
import { launchChromium } from '../../widget/support/browser';
import { freshPage } from '../../widget/support/page';
import { startStaffServer, type StaffServer } from './support/server';

const NOW = '2026-11-15T20:00:00.000Z';
const DAY = '2026-11-15';
let srv: StaffServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let cookie: { name: string; value: string };

beforeAll(async () => {
  [srv, chromium] = await Promise.all([startStaffServer({ clock: () => new Date(NOW) }), launchChromium()]);
  browser = chromium.browser;
  // Today's figures with every refusal reason and drop-off step the product names.
  await createMetricRollupsRepository(srv.store.ctx).put({
    tenant_id: 'demo', day: DAY, built_at: NOW, sessions: 14, engaged: 9, completed: 2, decisions: 9,
    outcomes: { book: 1, wait: 1, refused: 7 },
    refusals_by_reason: { missing_inputs: 3, out_of_scope: 2, contradictory: 1, unsafe: 1 },
    reversals: 0,
    dropoffs: { opened: 5, no_decision: 1, 'refused:contradictory': 1, 'refused:missing_inputs': 3, 'refused:out_of_scope': 2, 'refused:unsafe': 1 },
    bookings: 0,
    by_logic_version: { 'rules_v1.0': { decisions: 9, outcomes: { book: 1, wait: 1, refused: 7 }, refusals_by_reason: { missing_inputs: 3, out_of_scope: 2, contradictory: 1, unsafe: 1 }, reversals: 0 } },
  });
  const signed = await srv.signIn(await srv.token('demo', 'viewer'));
  const [name, value] = signed.cookie.split('=') as [string, string];
  cookie = { name, value };
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await srv?.close();
});

interface Drawn {
  title: string;
  /** Row headers of the table beside the chart. */
  rows: string[];
  /** The chart's category labels, each as one string (its lines joined by a space). */
  labels: string[];
  /** Text that reaches outside the SVG's drawing, with by how much. */
  outside: string[];
}

describe('metrics chart labels in chromium', () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    test(`every label is whole and inside its chart at ${viewport.width}px`, async () => {
      const { page, problems } = await freshPage(browser, srv.url, { viewport });
      await page.context().addCookies([{ ...cookie, url: srv.url }]);
      await page.goto(`${srv.url}/console/metrics?from=${DAY}&to=${DAY}`);
      const charts: Drawn[] = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((figure) => {
          const svg = figure.querySelector('svg[role="img"]') as SVGSVGElement;
          const box = svg.viewBox.baseVal;
          const table = figure.parentElement!.querySelector('table');
          const outside: string[] = [];
          for (const t of svg.querySelectorAll('text')) {
            const b = (t as SVGTextElement).getBBox();
            const over = Math.max(box.x - b.x, b.x + b.width - (box.x + box.width), box.y - b.y, b.y + b.height - (box.y + box.height));
            if (over > 0.5) outside.push(`${t.textContent} by ${over.toFixed(1)}`);
          }
          return {
            title: svg.querySelector('title')!.textContent!,
            rows: [...(table?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((th) => th.textContent!),
            labels: [...svg.querySelectorAll('text.label')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ') || t.textContent!),
            outside,
          };
        }),
      );
      const byTitle = new Map(charts.map((c) => [c.title, c]));
      const refusals = byTitle.get('Refusals by reason')!;
      const dropoffs = byTitle.get('Drop-offs by step')!;
      expect(refusals.labels).toEqual(refusals.rows);
      expect(refusals.labels).toEqual(expect.arrayContaining(['contradictory', 'missing_inputs', 'out_of_scope']));
      expect(dropoffs.labels).toEqual(dropoffs.rows);
      expect(dropoffs.labels).toEqual(expect.arrayContaining(['refused:contradictory', 'refused:missing_inputs', 'refused:out_of_scope']));
      // Days keep their short form under the bars.
      expect(byTitle.get('Outcome mix by day')!.labels).toEqual(['11-15']);
      for (const c of charts) expect(c.outside, c.title).toEqual([]);
      // No two labels of a chart overlap.
      const overlaps = await page.evaluate(() =>
        [...document.querySelectorAll('svg[role="img"]')].flatMap((svg) => {
          const boxes = [...svg.querySelectorAll('text.label')].map((t) => (t as SVGTextElement).getBBox());
          return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map(() => svg.querySelector('title')!.textContent));
        }),
      );
      expect(overlaps).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 60_000);
  }
});
