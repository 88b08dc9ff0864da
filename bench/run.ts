/**
 * `npm run bench`: runs every `bench/*.bench.ts` in name order and prints its figures.
 * `npm run bench -- store` runs only the benches whose file name contains "store"; a name that is a
 * bench's whole name (`cost`) runs that bench alone.
 * Each bench module exports `run(): Promise<void>` and prints its own lines.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  // A filter that names a bench exactly (`cost`) runs that one alone, not every name containing it (`engine-costs`).
  .filter((f, _, all) => filters.length === 0 || filters.some((x) => (all.includes(`${x}.bench.ts`) ? f === `${x}.bench.ts` : f.includes(x))))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<void> };
  console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}`);
  await mod.run();
}
