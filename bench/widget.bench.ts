/** The widget bundle's size against its budget (issue #6): what a host page downloads. */
import { buildWidget, WIDGET_BUDGET_BYTES } from '../widget/build';
import { figure } from './format';

export async function run(): Promise<void> {
  const started = performance.now();
  const built = await buildWidget({ minify: true });
  const buildMs = performance.now() - started;
  const kb = (n: number) => Number((n / 1024).toFixed(2));
  figure('widget.js minified', kb(built.bytes), 'KB');
  figure('widget.js min+gzip', kb(built.gzipBytes), 'KB', { text: `<= ${WIDGET_BUDGET_BYTES / 1024} KB`, met: built.gzipBytes <= WIDGET_BUDGET_BYTES });
  figure('widget.js build (esbuild)', Math.round(buildMs), 'ms');
}
