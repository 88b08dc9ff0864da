import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dialogueTurns, loadDialogues, scoreDialogues } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

/**
 * The dialogue sets (issue 15), written by helpers who never saw the code. dialogue-1 was
 * the development set of the dialogue acts; dialogue-2 was scored once after them, and
 * dialogue-3 once before the fixes by class (docs/dialogue.md); both were development sets
 * after that, as dialogue-4 and dialogue-5 are since the third round. Floors sit within
 * 0.01 of the measured figures, and no question may change a decision.
 */
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const pack = defaultPackIndex();

const SETS = [
  // dialogue-1 and -2 label a request for a suggestion that states nothing ("where should we go on safari?") a new decision;
  // dialogue-16 and -18 label it unchanged, as ARCHITECTURE.md's TripInputs rule reads (no invented input, no decision on
  // none): answered since round 2 with a pick and its assumed focus, no decision (d1-110..112, d2-031, -063, -095 differ).
  { name: 'dialogue-1', conversations: 115, act: 0.994, effect: 0.98, movedByQuestion: 0 },
  { name: 'dialogue-2', conversations: 96, act: 0.989, effect: 0.973, movedByQuestion: 0 },
  { name: 'dialogue-3', conversations: 90, act: 0.99, effect: 0.99, movedByQuestion: 0 },
  // Scored once on e05b8a8 (act 0.929, 1 decision changed by a question), never seen by whoever
  // changed the code; a development set since the third round, like dialogue-5 (scored on
  // ee7f036 before it: act 0.963, effect 0.988, 2 changed by a question). Figures now tuned.
  { name: 'dialogue-4', conversations: 96, act: 0.99, effect: 0.988, movedByQuestion: 0 },
  { name: 'dialogue-5', conversations: 94, act: 0.994, effect: 0.994, movedByQuestion: 0 },
  // The reported set of the third and fourth rounds: scored once on 4da392a (act 0.920, effect 0.982,
  // 3 of 372 decisions changed by a question; 0.838, 0.973 and 7 on ee7f036), never seen by whoever
  // changed the code. After the fifth round's classes (act 0.927, effect 0.989) no question changes
  // a decision: the floor holds that.
  { name: 'dialogue-6', conversations: 107, act: 0.959, effect: 0.987, movedByQuestion: 0 },
  // Scored once on 855e860 before the sixth round (act 0.888, effect 0.915, 37 of 423 decisions changed
  // by a question), never seen by whoever changed the code before that; the sixth round's development
  // set since (act 0.996, effect 0.993, none changed by a question): tuned figures.
  // Act 0.996 -> 0.965 by the lead's label decision (a month or length tried on is a why; dialogue.md, thirteenth round).
  { name: 'dialogue-7', conversations: 126, act: 0.957, effect: 0.987, movedByQuestion: 0 },
  // Scored once on ba4afbd (act 0.923, effect 0.966, 12 of 505 decisions changed by a question), never
  // seen by whoever changed the code before that; the seventh round's development set since (act 0.955,
  // effect 0.989, none changed by a question): tuned figures.
  { name: 'dialogue-8', conversations: 123, act: 0.979, effect: 0.984, movedByQuestion: 0 },
  // Scored once on feb009f (act 0.925, effect 0.982, 8 of 450 decisions changed by a question), never
  // seen by whoever changed the code before that; the eighth round's development set since (act 0.935,
  // effect 0.996, none changed by a question): tuned figures.
  { name: 'dialogue-9', conversations: 124, act: 0.953, effect: 0.993, movedByQuestion: 0 },
  // Scored once on 780afd4 (act 0.952, effect 0.980, 2 of 403 decisions changed by a question), never
  // seen by whoever changed the code: the last reported figure of issue 15. Its two classes were
  // fixed after that (96da5c6): act 0.955, effect 0.983, none changed by a question.
  { name: 'dialogue-10', conversations: 118, act: 0.968, effect: 0.982, movedByQuestion: 0 },
  // Scored once on 3ca4cd4 (act 0.892, effect 0.937, 18 of 369 decisions changed by a question), never seen by whoever
  // changed the code before that; the tenth round's development set since (act 0.948, effect 0.982). The one question
  // left is a label this code does not follow: «on pense à l'Afrique du Sud en octobre», with the party, states a trip
  // (docs/dialogue.md, "Tenth round").
  { name: 'dialogue-11', conversations: 131, act: 0.961, effect: 0.979, movedByQuestion: 1 },
  // Scored once on dbcad60 (act 0.937, effect 0.977, 7 of 364 decisions changed by a question), never seen by whoever
  // changed the code before that; the eleventh round's development set since (docs/dialogue.md, "Eleventh round").
  { name: 'dialogue-12', conversations: 127, act: 0.952, effect: 0.991, movedByQuestion: 0 },
  // Written at the session's very end by a helper who never saw the code, scored once on 9b55cf8 (act 0.954,
  // effect 0.985, 3 of 287 decisions changed by a question; 0.941, 0.985 and 3 on 3ca4cd4). Not yet worked
  // on: the floor holds today's figures, its three questions included.
  { name: 'dialogue-13', conversations: 102, act: 0.975, effect: 0.986, movedByQuestion: 2 },
  // Written blind at the start of the next session, scored once on de7c76c before anything changed (act 0.953,
  // effect 0.979, 6 of 314 decisions changed by a question); that session's development set since.
  { name: 'dialogue-14', conversations: 107, act: 0.984, effect: 0.988, movedByQuestion: 0 },
  // Written blind while this session's rounds ran, kept outside the repository and scored once on the session's
  // final code aa84b53 (act 0.977, effect 0.994, 1 of 336 decisions changed by a question: "why not add Bwindi?"
  // taken as an addition; act 0.957, effect 0.994 and 1 on de7c76c, the session's start). Not worked on.
  { name: 'dialogue-15', conversations: 108, act: 0.973, effect: 0.99, movedByQuestion: 0 },
  // Written blind at the start of the next session, scored on 76721f3 before any change (act 0.952, effect 0.980,
  // 3 of 367 decisions changed by a question); its development set since (the two left: a suggestion asked with no
  // facts, which dialogue-1 and -2 label the other way).
  { name: 'dialogue-16', conversations: 112, act: 0.971, effect: 0.987, movedByQuestion: 0 },
  // Written blind at the start of that session, kept outside the repository and scored on its final code 75182d3:
  // act 0.972, effect 0.988, 1 of 348 decisions changed by a question (the same on 76721f3): the reported figure.
  { name: 'dialogue-17', conversations: 120, act: 0.975, effect: 0.987, movedByQuestion: 0 },
  // Written blind at the start of the next session, scored on f823c8f before any change (act 0.967, effect 0.917, 23 of 392
  // decisions changed by a question, most a suggestion asked with no facts); a development set since round 2.
  { name: 'dialogue-18', conversations: 120, act: 0.994, effect: 0.994, movedByQuestion: 0 },
  // Written blind at the start of that session, kept outside the repository and scored once on its final code 27bc474:
  // act 0.957, effect 0.972, 8 of 404 decisions changed by a question (0.952, 0.915 and 27 on f823c8f): the reported figure.
  { name: 'dialogue-19', conversations: 120, act: 0.964, effect: 0.977, movedByQuestion: 3 },
  // Written blind at the start of the session after, scored on 8f27987 before any change (act 0.952, effect 0.958, 14 of 367
  // decisions changed by a question); that session's development set since.
  { name: 'dialogue-20', conversations: 120, act: 0.979, effect: 0.966, movedByQuestion: 7 },
  // Written blind at the start of that session, kept outside the repository and scored once on its final code 501280f:
  // act 0.978, effect 0.995, 1 of 416 decisions changed by a question (0.978, 0.992 and 3 on 8f27987): the reported figure.
  { name: 'dialogue-21', conversations: 120, act: 0.975, effect: 0.992, movedByQuestion: 0 },
  // Written blind at the start of the next session with two relabellings; scored on 23945a4 first: act 0.978, effect 0.962,
  // 10 of 373 changed by a question against its writer (0 of 359 against the majority of its three labellers: the ten are
  // suggestion requests that state a fact, a trip by the spec and both relabellers); that session's development set since.
  { name: 'dialogue-22', conversations: 120, act: 0.994, effect: 0.958, movedByQuestion: 10 },
  // Written blind at the start of that session, kept outside the repository and scored once on its final code 3349f4d: act
  // 0.952, effect 0.963, 5 of 358 changed by a question (0.951, 0.963 and 5 on 23945a4): the reported figure.
  { name: 'dialogue-23', conversations: 120, act: 0.973, effect: 0.973, movedByQuestion: 0 },
  // Written blind at the start of the next session (dialogue-25 beside it, kept outside); scored on 5838ddc first: act 0.953,
  // effect 0.967, 8 of 418 changed by a question; that session's development set since.
  { name: 'dialogue-24', conversations: 120, act: 0.971, effect: 0.987, movedByQuestion: 0 },
  // Written blind at the start of that session beside dialogue-24, kept outside the repository (sealed) and scored once on
  // its final code 5c453ca: act 0.990, effect 0.997, 0 of 420 changed by a question (0.988, 0.997 and 0 on 5838ddc): the
  // reported figure.
  { name: 'dialogue-25', conversations: 120, act: 0.984, effect: 0.991, movedByQuestion: 0 },
  // A stress set written blind in that session for one risk (messages that only ask but carry words that look like trip
  // facts), scored on 5838ddc first: act 0.931, effect 0.980, 7 of 371 changed by a question.
  { name: 'dialogue-26', conversations: 120, act: 0.944, effect: 0.99, movedByQuestion: 0 },
  // Written blind in that session during its first round, scored first on that round's code (156e783): act 0.926, effect
  // 0.981, 0 of 385.
  { name: 'dialogue-27', conversations: 120, act: 0.939, effect: 0.985, movedByQuestion: 0 },
  // A second stress set (thanks and goodbyes that name dates, the agent's figures and words quoted back, conditionals, SMS
  // shorthand; 40 conversations in each language), scored on 156e783 first: act 0.871, effect 0.963, 14 of 405.
  { name: 'dialogue-28', conversations: 120, act: 0.922, effect: 0.977, movedByQuestion: 3 },
  // Written blind in that session after its third round, scored first on that round's code (54dfbd7): act 0.956, effect
  // 0.963, 5 of 395 changed by a question.
  { name: 'dialogue-29', conversations: 120, act: 0.957, effect: 0.967, movedByQuestion: 2 },
];

describe.each(SETS)('dialogue set $name', (set) => {
  it(`reads acts ≥ ${set.act} and effects ≥ ${set.effect}; at most ${set.movedByQuestion} decisions changed by a question`, () => {
    const convs = loadDialogues(join(fixtures, set.name, 'conversations.json'));
    expect(convs.length).toBe(set.conversations);
    const score = scoreDialogues(convs, (c) => dialogueTurns(c, pack));
    expect(score.all.actRight / score.all.turns).toBeGreaterThanOrEqual(set.act);
    expect(score.all.effectRight / score.all.turns).toBeGreaterThanOrEqual(set.effect);
    expect(score.all.movedByQuestion).toBeLessThanOrEqual(set.movedByQuestion);
    // Every turn runs the whole dialogue step on three channels: seconds per set on a shared 2-core machine.
  }, 180_000);
});
