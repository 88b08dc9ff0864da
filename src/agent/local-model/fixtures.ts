import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ExtractionFixtureSchema, type ExtractionFixture } from './score-extraction';

/** Reads and validates every `*.json` array of fixtures in a folder, in file-name order. */
export function loadExtractionFixtures(dir: string): ExtractionFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => z.array(ExtractionFixtureSchema).parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}
