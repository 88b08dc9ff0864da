import { beforeAll, describe, expect, test } from 'vitest';
import { buildWidget, WIDGET_BUDGET_BYTES } from '../../widget/build';

let code = '';
let gzipBytes = 0;

beforeAll(async () => {
  ({ code, gzipBytes } = await buildWidget({ minify: true }));
});

describe('the shipped widget bundle (/widget.js)', () => {
  test('fits the 12 KB min+gzip budget', () => {
    expect(gzipBytes).toBeGreaterThan(1000);
    expect(gzipBytes).toBeLessThanOrEqual(WIDGET_BUDGET_BYTES);
  });

  test('is one self-contained script: an IIFE, no module syntax', () => {
    expect(code).toMatch(/^(?:"use strict";)?\(\(\)=>\{/);
    expect(code).not.toMatch(/(?:^|[;}])\s*(?:import|export)\s*[{*\w]/);
  });

  test('needs no unsafe-eval: no eval, no Function constructor, no string timers', () => {
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b/);
    expect(code).not.toMatch(/[^.\w]Function\s*\(/);
    expect(code).not.toMatch(/set(?:Timeout|Interval)\(\s*["'`]/);
  });

  test('never turns data into markup', () => {
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'createContextualFragment']) {
      expect(code, sink).not.toContain(sink);
    }
  });

  test('refers to no host: no URLs, and no network API but its WebSocket', () => {
    expect(code.match(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)]*/g) ?? []).toEqual([]);
    expect(code).not.toMatch(/["'`]\/\/[a-z0-9-]+\.[a-z0-9.-]+/i);
    for (const api of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'EventSource', 'importScripts', 'new Image', '@import']) {
      expect(code, api).not.toContain(api);
    }
    expect(code).toContain('WebSocket');
  });
});
