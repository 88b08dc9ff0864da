import { describe, expect, it } from 'vitest';
import type { DialogueAct } from '../../../src/agent/dialogue/acts';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { cueWords, isEmojiOnly } from '../../../src/agent/dialogue/text';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { PROBES, PROBES_2, PROBES_3, PROBES_4, type Probe } from './act-probes-round4';

// The fourth round's probes (docs/dialogue.md, "Fourth round"): every act in three languages
// as people type on a website chat, SMS and WhatsApp, after a standing plan or as a first
// message. A question never changes the standing decision.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const PLAN = 'Kruger in August, 2 adults, 7 days';
const QUESTIONS = new Set<DialogueAct>(['why', 'why_not', 'price', 'greeting', 'thanks', 'goodbye', 'emoji', 'out_of_scope', 'suggest']);

/**
 * Where the probe's writer and the development sets' writers read a message differently, the
 * sets' reading stands: putting the decision off while thanking is a thank-you (round 3).
 */
const DISPUTED: Record<string, DialogueAct> = { 'merci, je vous recontacte': 'thanks' };

function run(pr: Probe) {
  const turns = [...simulateConversation(pr.start ? [pr.text] : [PLAN, pr.text], now, pack)];
  return { first: turns[0]!, last: turns[turns.length - 1]! };
}

describe('fourth-round probes of the dialogue acts', () => {
  it.each([...PROBES, ...PROBES_2, ...PROBES_3, ...PROBES_4].map((pr) => [DISPUTED[pr.text] ?? pr.act, pr.text, pr] as const))('%s ← %s', (act, _text, pr) => {
    const { first, last } = run(pr);
    expect(last.dialogue.act).toBe(act);
    if (!pr.start && QUESTIONS.has(act)) expect(last.inputs).toEqual(first.inputs);
  });
});

describe('the mechanisms the round widened', () => {
  it('spells out text-message shorthand as whole words only', () => {
    expect(cueWords('wat r u thinking, y not etosha tho')).toBe("what are you thinking, y not etosha though");
    expect(cueWords('whyd u pick it')).toBe('why did you pick it');
    // Inside a word nothing changes ("ur" in "four", "u" in "sur").
    expect(cueWords('four nights sur place')).toBe('four nights sur place');
  });

  it('reads ASCII emoticons alone as an emoji, not a word with one', () => {
    for (const e of [':)', ':-D', ';)', '<3', '^^', 'xD', ':P']) expect(isEmojiOnly(e)).toBe(true);
    for (const t of ['ok :)', 'Kruger :D', 'D:']) expect(isEmojiOnly(t)).toBe(false);
  });

  it('"y a plus …" (there is more …) is not the farewell "à plus"', () => {
    expect(run({ act: 'price', text: 'y a plus économique ?' }).last.dialogue.act).toBe('price');
    expect(run({ act: 'goodbye', text: 'merci, à plus !' }).last.dialogue.act).toBe('goodbye');
  });

  it('a lengthening in shorthand or a German "strecken" adds the days asked for', () => {
    for (const [ask, days] of [['+2 days pls', 9], ['können wir das um 3 tage strecken?', 10], ['on rajoute 2 nuits ?', 9]] as const) {
      const [first, added] = [...simulateConversation([PLAN, ask], now, pack)];
      expect(first!.inputs.duration_days).toBe(7);
      expect(added!.dialogue.act).toBe('add_extend');
      expect(added!.inputs.duration_days).toBe(days);
    }
  });

  it('a why that says a place was left out ("vous l’avez écarté", "fällt raus") compares it with the plan', () => {
    for (const ask of ['why did you skip etosha?', 'le serengeti vous l’avez écarté pourquoi ?', 'und wieso fällt etosha raus?']) {
      const [, r] = [...simulateConversation([PLAN, ask], now, pack)];
      expect(r!.dialogue.act).toBe('why_not');
      expect(r!.dialogue.about).toBeDefined();
    }
  });

  it('"later" is a farewell only as the last word of its own, not inside a question', () => {
    expect(run({ act: 'goodbye', text: 'ok, later!' }).last.dialogue.act).toBe('goodbye');
    expect(run({ act: 'why', text: 'why august and not later in the year?' }).last.dialogue.act).toBe('why');
  });

  it('"explained" as praise thanks; asking for an explanation is a why', () => {
    for (const t of ['super erklärt, danke', 'well explained, ta', 'très bien expliqué']) expect(run({ act: 'thanks', text: t }).last.dialogue.act).toBe('thanks');
    for (const t of ['kannst du das erklären?', 'can you explain august?', 'tu peux m’expliquer ?']) expect(run({ act: 'why', text: t }).last.dialogue.act).toBe('why');
  });

  it('a change of mind in a few words replaces the places, and the next decision has them', () => {
    const [, , next] = [...simulateConversation([PLAN, 'no wait, make it namibia', 'why?'], now, pack)];
    expect(next!.inputs.countries ?? []).toContain('NA');
    expect(next!.inputs.destinations ?? []).not.toContain('kruger');
  });
});
