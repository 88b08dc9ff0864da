import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../src/domain/knowledge-pack/load';

// A changed pack is a new pack: the eighteenth round's pack changes ship as pack_2026.12.14, and the README names it.
describe('pack version', () => {
  it('is pack_2026.12.15, named in the README and in docs/knowledge-pack.md', () => {
    expect(defaultPack().version).toBe('pack_2026.12.15');
    expect(readFileSync('README.md', 'utf8')).toContain('(version `pack_2026.12.15`)');
    expect(readFileSync('docs/knowledge-pack.md', 'utf8')).toContain('`pack_2026.12.14` → `pack_2026.12.15`');
  });
});
