/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, the
 * commonest typing slip), giving up early once it must exceed `max`. With `slip`, only the
 * letter swaps it accepts count as one edit.
 */
export function editDistance(a: string, b: string, max: number, slip?: (x: string, y: string) => boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      // A substitution the `slip` test finds implausible (keys far apart, unlike sounds) costs more than `max`.
      const cost = a[i - 1] === b[j - 1] ? 0 : !slip || slip(a[i - 1]!, b[j - 1]!) ? 1 : max + 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[cols - 1]!;
}
