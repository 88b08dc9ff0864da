import { describe, expect, it } from 'vitest';
import { cueWords } from '../../../src/agent/dialogue/text';

describe('cueWords spells out shorthand from its own table only', () => {
  it('spells out text-message shorthand', () => {
    expect(cueWords('whyd u pick that')).toContain('you');
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('leaves the word "%s" as written (no inherited object property)', (word) => {
    const out = cueWords(`my husband is a ${word} by trade`);
    expect(out).toContain(word.toLowerCase());
    expect(out).not.toMatch(/function|native code|\[object/);
  });
});
