import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** The widget's size budget, min+gzip (issue #6). */
export const WIDGET_BUDGET_BYTES = 12 * 1024;

/**
 * Bundles the widget into the one IIFE file served as `/widget.js`: no module
 * loader, no eval, ES2019 so older in-app browsers run it. Returns the code and
 * its sizes; writes it to `outFile` when given.
 *
 * @example
 * const { code, gzipBytes } = await buildWidget({ outFile: 'dist/widget.js' });
 */
export async function buildWidget(opts: { minify?: boolean; outFile?: string } = {}): Promise<{ code: string; bytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: opts.minify ?? true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const buffer = Buffer.from(code, 'utf8');
  if (opts.outFile) {
    await mkdir(dirname(opts.outFile), { recursive: true });
    await writeFile(opts.outFile, buffer);
  }
  return { code, bytes: buffer.length, gzipBytes: gzipSync(buffer, { level: 9 }).length };
}
