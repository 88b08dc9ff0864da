import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECISION_TRANSITIONS, LEAD_TRANSITIONS } from '../../../src/domain/state-machines';

// docs/state-machines.md shows both tables grouped by trigger; this keeps the page honest.
const doc = readFileSync(new URL('../../../docs/state-machines.md', import.meta.url), 'utf8');

function docRows(section: string): string[] {
  const body = doc.split(`## ${section}`)[1]?.split('\n## ')[0] ?? '';
  const rows: string[] = [];
  for (const line of body.split('\n')) {
    const m = /^\| `(\w+)` \| ([A-Z_, ]+) \| ([A-Z_()a-z ]+) \| (.+) \|$/.exec(line);
    if (!m) continue;
    const [, trigger, froms, to, events] = m as unknown as [string, string, string, string, string];
    for (const from of froms.split(', ')) {
      const target = to.trim() === '(same)' ? from : to.trim();
      rows.push(`${from} --${trigger}--> ${target} [${events === '—' ? '' : events}]`);
    }
  }
  return rows.sort();
}

const codeRows = (rows: readonly { from: string; trigger: string; to: string; emits: readonly string[] }[]) =>
  rows.map((r) => `${r.from} --${r.trigger}--> ${r.to} [${r.emits.join(', ')}]`).sort();

describe('docs/state-machines.md matches the tables in code', () => {
  it('lead table', () => expect(docRows('Lead')).toEqual(codeRows(LEAD_TRANSITIONS)));
  it('decision table', () => expect(docRows('Decision')).toEqual(codeRows(DECISION_TRANSITIONS)));
});
