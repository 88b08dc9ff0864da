import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { finalOutcome, type ConversationFixture } from '../../../src/agent/local-model/conversations';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

const pack = defaultPackIndex();
const now = new Date('2026-11-20T09:00:00Z');
const run = (...texts: string[]) => [...simulateConversation(texts, now, pack)];
const conv = (...turns: string[]): ConversationFixture => ({ id: 't', now: now.toISOString(), turns, expected: { outcome: 'book' }, why: 'test' });

describe('the blind eval runs the product turn (answerMessage), not a copy', () => {
  it('scores the last reply the product gives: an addition after a decision is an addition there too', () => {
    const texts = ['Zambia and the Victoria Falls in August 2027 please, two adults, $9,000 each', 'could Zanzibar go on the end of that?'];
    const turns = run(...texts);
    const got = finalOutcome(conv(...texts), pack);
    expect(got.outcome).toBe(turns.at(-1)!.reply.content.verdict.outcome);
    expect(got.inputs).toEqual(turns.at(-1)!.inputs);
    expect(turns.at(-1)!.dialogue.act).toBe('add_extend');
  });

  it('keeps a refusal for a guarantee while the next message only adds facts, as the product turn holds it', () => {
    const [, second] = run('can you promise we will see a leopard?', 'two adults, 7 days, $4000 each');
    expect(second!.reply.kind).toBe('refused');
  });
});

describe('an addition keeps the places the standing plan holds', () => {
  it('keeps a park the rules picked for a named country beside the named place, and adds the new one', () => {
    const [first, second] = run('Zambia and the Victoria Falls in August 2027 please, two adults, $9,000 each', 'could Zanzibar go on the end of that?');
    const planned = first!.reply.kind === 'issued' ? first!.reply.itinerary!.route.map((s) => s.destination_id) : [];
    expect(planned.length).toBeGreaterThan(1);
    for (const id of planned) expect(second!.inputs.destinations).toContain(id);
    expect(second!.inputs.destinations).toContain('zanzibar');
  });
});

describe('before any trip decision, what a question states is kept', () => {
  it('takes a month, a party and a place asked about in a first message, and answers on them without a standing decision', () => {
    const [first] = run('Is Etosha any good in May? Two adults, 9 days.');
    expect(first!.inputs.destinations).toContain('etosha');
    expect(first!.inputs.month).toBe(5);
    expect(first!.decided).toBe(false);
    expect(first!.reply.content.refusal?.missing_inputs ?? []).not.toContain('destinations');
  });

  it('keeps a place asked about after a refusal for the next message to decide on', () => {
    const [, , third] = run('hello', 'How about Tarangire?', 'two adults, February 2027, $5,000 each');
    expect(third!.inputs.destinations).toContain('tarangire');
  });

  it('never reads "why not X?" as X excluded', () => {
    const [, second] = run('we want a safari in July, 3 friends, 6 days, cheap as possible, what do you think?', 'why not Etosha then?');
    expect(second!.inputs.excluded_destinations ?? []).not.toContain('etosha');
  });
});

describe('a trip with no place and no month asks where as well as when', () => {
  it('picks no default focus, so the refusal asks for the destination too', () => {
    for (const text of ['We are two and would love a safari some time.', 'I want a safari, what would you say?']) {
      const [first] = run(text);
      expect(first!.reply.content.refusal?.missing_inputs).toEqual(expect.arrayContaining(['destinations', 'month']));
    }
  });
});

describe('a child named after "no children" is a contradiction the rules see', () => {
  it('refuses as contradictory rather than answering the question on the old party', () => {
    const [, second] = run('Two of us, no children, Chobe in September 2027, $6,000 each', 'is there a kids club for our 9 year old?');
    expect(second!.reply.kind).toBe('refused');
    expect(second!.reply.content.refusal?.reason).toBe('contradictory');
  });
});

describe('a change of mind behind a dash', () => {
  it('"scrap that - X instead" keeps X as the new plan', () => {
    const [, second] = run('Etosha in June 2027, two adults, $7,000 each', 'Scrap that — Chobe instead, same dates.');
    expect(second!.inputs.destinations).toEqual(['chobe']);
  });
});

describe('facts stated with a why word but no question change the trip', () => {
  it('a "reason" word in a plain statement of dates is no why question', () => {
    const [, second] = run('Serengeti in June?', 'The only reason we travel is the calving. We can only go 2 to 9 February.');
    expect(second!.dialogue.act).toBe('trip');
    expect(second!.inputs.month ?? second!.inputs.start_date).toBeDefined();
  });
});

describe('dialogue acts: openers, changes of mind, suggestions taken, suggestions asked', () => {
  it('a bare request for help before anything is an opener that decides nothing', () => {
    for (const text of ['Could you help me plan something?', 'can you help us?']) {
      const [first] = run(text);
      expect(first!.dialogue.act).toBe('greeting');
      expect(first!.decided).toBe(false);
    }
  });
  it('"we\'ll go with <another place> then" after a decision replaces the plan', () => {
    const [, , third] = run('Masai Mara, two adults, December 2027, 6 days', 'why not Tarangire in December?', "ok we'll go with Tarangire then");
    expect(third!.dialogue.act).toBe('change_mind');
    expect(third!.inputs.destinations).toEqual(['tarangire']);
  });
  it('taking the suggestion with another length is a trip change', () => {
    const [, second] = run('what would you recommend for October, two of us, 8 days, around $5,000 each?', "ok we'll take your recommendation but make it 12 days");
    expect(second!.dialogue.act).toBe('trip');
    expect(second!.inputs.duration_days).toBe(12);
  });
  it('the trip\'s facts with the place left open and asked ("what\'s best...", "ideas?") ask for a suggestion', () => {
    expect(run("what's best in July for three of us, 7 days, $4k each?")[0]!.dialogue.act).toBe('suggest');
    expect(run('Anniversary trip, October 2027, 9 days, two of us. Ideas?')[0]!.dialogue.act).toBe('suggest');
  });
});

describe('an open first trip with a wish no input carries', () => {
  it('picks no default place for a malaria-free family trip: it asks where instead', () => {
    const [first] = run('Family of four, children 5 and 8, want a malaria-free safari in August 2027, about $12,000 total');
    expect(first!.reply.kind).toBe('refused');
    expect(first!.reply.content.refusal?.missing_inputs).toContain('destinations');
  });
});
