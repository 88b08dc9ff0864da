/** Shared helpers for benchmark output: percentiles and aligned figure lines. */

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Prints one figure: `  label ........ value unit   [target: ..., ok|MISSED]`. */
export function figure(label: string, value: number | string, unit = '', target?: { text: string; met: boolean }): void {
  const v = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1)) : value;
  const t = target ? `   [target ${target.text}: ${target.met ? 'met' : 'MISSED'}]` : '';
  console.log(`  ${label.padEnd(52, '.')} ${v}${unit ? ' ' + unit : ''}${t}`);
}
