import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ExtractionFixtureSchema, type ExtractionFixture } from './score-extraction';

/**
 * Reads and validates every `*.json` array of fixtures in a folder, in file-name order;
 * `only` picks some of the files (a blind set keeps its conversations beside its messages).
 */
export function loadExtractionFixtures(dir: string, only: (file: string) => boolean = () => true): ExtractionFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && only(f))
    .sort()
    .flatMap((f) => z.array(ExtractionFixtureSchema).parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}
