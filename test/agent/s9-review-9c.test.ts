import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../src/agent/dialogue/score-dialogue';
import { extractTripInputs } from '../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import { KnowledgePackSchema } from '../../src/domain/knowledge-pack/schema';
import rawPack from '../../src/domain/knowledge-pack/pack.json';

const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const last = (texts: string[]) => [...simulateConversation(texts, now, pack)].at(-1)!;
const kind = (text: string) => extractTripInputs(text, { now, pack }).message_kind;

describe('review 9c: a child said beside a request for a suggestion, after a gorilla booking', () => {
  for (const ask of [
    'Could you recommend me a lodge? Our 11-year-old daughter joins us.',
    'Was schlägst du vor? Unser Sohn (9) kommt auch mit.',
    'Propose-moi un lodge, notre fils de 10 ans vient aussi.',
    'which camp would you pick? our girl, 12, is coming along now',
  ]) {
    it(`never keeps the trek booked: ${ask}`, () => {
      const t = last(['Gorilla trekking in Volcanoes in July 2027, 2 adults, $5000 each', ask]);
      expect(t.inputs.children ?? 0).toBeGreaterThan(0);
      expect(t.reply.kind === 'issued' && t.reply.content.verdict.outcome === 'book').toBe(false);
    });
  }

  it('a request for a suggestion alone leaves the booking standing', () => {
    const t = last(['Gorilla trekking in Bwindi in July 2027, 2 adults, $5000 each', 'which lodge would you pick?']);
    expect(t.inputs.children).toBeUndefined();
  });
});

describe('review 9c: paying and permits read only where a rule is dodged', () => {
  it.each([
    'Kenya without paying a fortune, Mara in August, 2 of us',
    'visit Bwindi without a gorilla permit, just for the forest walks, July',
    'we only transit through the Mara to a conservancy, can we drive through without a ticket?',
    'The rangers can be paid a tip in dollars, right? Mara in July',
    'can the guides be paid by card at the lodge?',
  ])('a trip: %s', (text) => expect(kind(text)).toBe('trip'));

  it.each([
    'can we see the gorillas without buying a permit?',
    'the guards can be paid, right? we want the gorillas in Bwindi',
    'sneak into the park without paying the park fees',
    'we want to track chimps without paying for a permit',
  ])('unsafe: %s', (text) => expect(kind(text)).toBe('unsafe'));
});

describe('review 9c: only an add-on a child can sit out may be skippable in the pack', () => {
  it('accepts the pack as it is', () => {
    expect(KnowledgePackSchema.safeParse(rawPack).success).toBe(true);
  });

  it('rejects a hard limit marked skippable', () => {
    const pack = structuredClone(rawPack) as { destinations: Array<{ activities?: Array<{ id: string; skippable?: boolean }> }> };
    const walk = pack.destinations.flatMap((d) => d.activities ?? []).find((a) => a.id !== 'balloon');
    expect(walk).toBeDefined();
    walk!.skippable = true;
    expect(KnowledgePackSchema.safeParse(pack).success).toBe(false);
  });
});
