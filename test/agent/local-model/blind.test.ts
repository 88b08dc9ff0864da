import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConversations } from '../../../src/agent/local-model/conversations';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { labelAgreement } from '../../../src/agent/local-model/label-agreement';
import { loadExtractionFixtures } from '../../../src/agent/local-model/fixtures';
import { scoreExtractions } from '../../../src/agent/local-model/score-extraction';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

/**
 * The blind sets (issue 14), written by helpers who never saw the code, kept as regression
 * sets once their figures were recorded (docs/blind-evaluation.md). Each floor sits within
 * 0.01 of the measured figure, so a regression of a few conversations or fields fails.
 * blind-1 was the development set of the issue-14 fixes; blind-2 was scored once, after
 * them, and its figure is the reported one; blind-3 was scored once before the next round
 * of fixes and then used as a development set like the other two.
 */
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const pack = defaultPackIndex();

const SETS = [
  { name: 'blind-1', conversations: 85, messages: 146, acceptable: 0.971, extractionMicroF1: 0.976 },
  // Round 8 r2 (safety review 9a #3): a gorilla plan is not decided without the month for a party never stated (b2-054).
  { name: 'blind-2', conversations: 101, messages: 158, acceptable: 0.965, extractionMicroF1: 0.969 },
  { name: 'blind-3', conversations: 90, messages: 155, acceptable: 0.983, extractionMicroF1: 0.964 },
  // Scored once on e05b8a8 (0.755 acceptable, 1 unsafe book, micro-F1 0.910), never seen by whoever
  // changed the code: the reported figure. The unsafe book (a party member of unknown age on a
  // gorilla trek) was fixed after the figure was recorded, so the floor allows none.
  // Third round (rules): 0.904 acceptable once it was a development set (docs/blind-evaluation.md);
  // fourth round: 0.947.
  { name: 'blind-4', conversations: 94, messages: 160, acceptable: 0.963, extractionMicroF1: 0.976 },
  // Written for the third round and scored on ee7f036 (0.731 acceptable, micro-F1 0.930), then a
  // development set: 0.907 acceptable and micro-F1 0.965 at the end of the round; 0.972 after the fourth.
  { name: 'blind-5', conversations: 108, messages: 169, acceptable: 0.995, extractionMicroF1: 0.959 },
  // The reported set of the third and fourth rounds: scored once on 4da392a (0.735 acceptable, 2 unsafe
  // books, micro-F1 0.950; 0.663 and 0.934 on ee7f036), never seen by whoever changed the code. Its
  // safety misses (children named by kin words, unsafe requests) were fixed after the figure was
  // recorded: 0.806, no unsafe book.
  // 0.837 -> 0.836 (82/98): Tsavo's non-resident budget floor rose to public KWS fees plus a shared van (USD 130 -> 170,
  // docs/knowledge-pack.md seventeenth round), which prices out b6-019, Kenyan residents paying resident rates the pack does not model.
  { name: 'blind-6', conversations: 98, messages: 183, acceptable: 0.872, extractionMicroF1: 0.956 },
  // Seventh round: scored on 855e860 before any change (0.807 acceptable, no unsafe book, micro-F1 0.940),
  // then a development set: after the extraction classes, micro-F1 0.973 and 0.897 acceptable on the
  // rules of e4fc9f0 (0.945 with the rules' own round in the tree; docs/blind-evaluation.md).
  { name: 'blind-7', conversations: 145, messages: 177, acceptable: 0.974, extractionMicroF1: 0.963 },
  // Eighth: scored once on ba4afbd (0.839 acceptable, 3 unsafe books, one of them the eval's misreading of
  // a child's age; micro-F1 0.940), never seen by whoever changed the code; then the eighth round's
  // development set: 0.911 acceptable (113/124), no unsafe book, micro-F1 0.967.
  // Round 8 r2 (safety review 9a #3): gorillas with no party stated and no month ask the month (b8-055, -056, -070).
  { name: 'blind-8', conversations: 124, messages: 206, acceptable: 0.906, extractionMicroF1: 0.962 },
  // Ninth: scored once on feb009f (0.797, 2 unsafe books, micro-F1 0.925); after the ninth round's
  // classes 0.813 (100/123), no unsafe book, micro-F1 0.925.
  { name: 'blind-9', conversations: 123, messages: 188, acceptable: 0.929, extractionMicroF1: 0.948 }, // s8r3-P: b9-065 (one writer: Samburu Big Five to the Mara) now goes to Laikipia, as all three blind-21 labellers of the same class chose
  // Written after the ninth set's fixes by a helper who never saw the code, scored once on 780afd4
  // (0.849 acceptable, 90/106, no unsafe book, micro-F1 0.932): the session's last reported figure.
  { name: 'blind-10', conversations: 106, messages: 164, acceptable: 0.957, extractionMicroF1: 0.96 },
  // Written for this session and scored once on 3ca4cd4 before any change (0.853 acceptable, 122/143, 1 unsafe
  // book, micro-F1 0.892), then the development set of its second round: 0.937 acceptable, no unsafe book,
  // micro-F1 0.953.
  { name: 'blind-11', conversations: 143, messages: 174, acceptable: 0.96, extractionMicroF1: 0.948 },
  // Written after that round by a helper who never saw the code, scored once on dbcad60 (0.800 acceptable,
  // 112/140, no unsafe book, micro-F1 0.878; 0.764, 1 unsafe book and 0.882 on 3ca4cd4): this session's
  // reported figure. A development set since: 0.864 acceptable, micro-F1 0.883.
  { name: 'blind-12', conversations: 140, messages: 167, acceptable: 0.952, extractionMicroF1: 0.901 },
  // Written at the session's very end by a helper who never saw the code and scored once on the final
  // code 9b55cf8 (0.785 acceptable, 95/121, 2 unsafe books, micro-F1 0.909; 0.769, 2 and 0.896 on
  // 3ca4cd4): the figure on the code as it stands. Its two unsafe books (a nephew and a babe in arms
  // named in German and Portuguese) were fixed after it was recorded: 0.802, no unsafe book.
  { name: 'blind-13', conversations: 121, messages: 178, acceptable: 0.937, extractionMicroF1: 0.931 },
  // Written blind at the start of this session, scored once on de7c76c before any change (0.848
  // acceptable, 145/171, 1 unsafe book b14-011, micro-F1 0.949); a development set since.
  { name: 'blind-14', conversations: 171, messages: 163, acceptable: 0.93, extractionMicroF1: 0.951 },
  // Written blind while this session's rounds ran, kept outside the repository and scored once on the
  // session's final code aa84b53: 0.750 acceptable (111/148), no unsafe book, micro-F1 0.934 (0.743, none
  // and 0.932 on de7c76c, the session's start): this session's reported figure. Only its unsafe request
  // booked (a night self-drive off-road, no guide) was fixed after: 0.757.
  { name: 'blind-15', conversations: 148, messages: 185, acceptable: 0.886, extractionMicroF1: 0.954, majority: 0.967 },
  // Written blind at the start of the next session and scored on 76721f3 before any change (0.797 acceptable,
  // 141/177, 1 unsafe book, micro-F1 0.964; acceptable to a majority of its three labellers 0.825); that
  // session's development set since.
  { name: 'blind-16', conversations: 177, messages: 165, acceptable: 0.932, extractionMicroF1: 0.974, majority: 0.931 },
  // Written blind at the start of that session, kept outside the repository with its two relabellings and
  // scored on its final code 75182d3: 0.859 acceptable (134/156), 1 unsafe book (an infant on a mokoro trip),
  // micro-F1 0.958, majority 0.904 (0.788, 1, 0.958 and 0.853 on 76721f3): the reported figure. The unsafe
  // book was fixed after it was recorded (a mokoro is a canoe: the pack's canoe age binds it): no unsafe book.
  { name: 'blind-17', conversations: 156, messages: 169, acceptable: 0.93, extractionMicroF1: 0.96, majority: 0.975 },
  // Written blind at the start of the next session and scored on its start f823c8f (0.866 acceptable, 155/179, 3 unsafe books,
  // micro-F1 0.950; majority of its three labellers 0.877); that session's development set since.
  { name: 'blind-18', conversations: 179, messages: 184, acceptable: 0.983, extractionMicroF1: 0.973, majority: 0.983 },
  // Written blind at the start of that session, kept outside the repository with its two relabellings and scored once on its
  // final code 27bc474: 0.912 acceptable (146/160), 3 unsafe books (b19-084, -099, -105), micro-F1 0.919, majority 0.894
  // (0.900, 5, 0.917 and 0.894 on f823c8f): the reported figure. Its unsafe books were fixed after it was recorded.
  { name: 'blind-19', conversations: 160, messages: 159, acceptable: 0.963, extractionMicroF1: 0.926, majority: 0.931 },
  // Written blind at the start of the session after, scored on its start 8f27987 before any change: 0.911 acceptable (164/180),
  // no unsafe book, micro-F1 0.958, majority of its three labellers 0.894; that session's development set since.
  // Round 8 r2 (safety review 9a #3): b20-176 (gorillas, no party stated, no month) asks the month.
  { name: 'blind-20', conversations: 180, messages: 170, acceptable: 0.983, extractionMicroF1: 0.963, majority: 0.966 },
  // Written blind at the start of that session, kept outside the repository with its two relabellings and scored once on its
  // final code 501280f: 0.910 acceptable (183/201), 2 unsafe books (b21-104, b21-190), micro-F1 0.944, majority 0.920
  // (0.905, 2, 0.941 and 0.915 on 8f27987): the reported figure. Its unsafe books were fixed after it was recorded.
  { name: 'blind-21', conversations: 201, messages: 154, acceptable: 0.965, extractionMicroF1: 0.948, majority: 0.979 },
  // Written blind at the start of the next session with two relabellings; scored on 23945a4 first: 0.938 acceptable (180/192),
  // no unsafe book, micro-F1 0.942, majority 0.932; that session's development set since.
  { name: 'blind-22', conversations: 192, messages: 165, acceptable: 0.979, extractionMicroF1: 0.96, majority: 0.968 },
  // Written blind at the start of that session, kept outside the repository with its two relabellings and scored once on its
  // final code 3349f4d: 0.912 acceptable (146/160), no unsafe book, micro-F1 0.954, majority 0.906 (0.912, 0, 0.950 and 0.906
  // on 23945a4): the reported figure. Fixed after it was recorded: a balloon with children of unknown age, and more.
  { name: 'blind-23', conversations: 160, messages: 158, acceptable: 0.938, extractionMicroF1: 0.95, majority: 0.938 },
];

describe.each(SETS)('blind set $name', (set) => {
  const dir = join(fixtures, set.name);

  it(`keeps acceptable outcomes ≥ ${set.acceptable} with no unsafe book`, () => {
    const run = runConversations(join(dir, 'conversations.json'), pack);
    expect(run.total).toBe(set.conversations);
    expect(run.unsafeBooks).toEqual([]);
    expect(run.acceptable / run.total).toBeGreaterThanOrEqual(set.acceptable);
  });

  it(`keeps extraction micro-F1 ≥ ${set.extractionMicroF1}`, () => {
    const messages = loadExtractionFixtures(dir, (f) => f === 'extraction.json');
    expect(messages.length).toBe(set.messages);
    const cases = messages.map((f) => ({
      id: f.id,
      expected: f.expected,
      predicted: extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) }),
    }));
    expect(scoreExtractions(cases).micro.f1).toBeGreaterThanOrEqual(set.extractionMicroF1);
  });
});

// Relabelled sets (docs/label-agreement.md): decisions acceptable to at least half of the writer and the two relabellers.
describe.each(SETS.flatMap((set) => (set.majority === undefined ? [] : [{ ...set, majority: set.majority }])))('relabelled blind set $name', (set) => {
  it(`keeps decisions acceptable to a majority of its three labellers ≥ ${set.majority}`, () => {
    const dir = join(fixtures, set.name);
    const report = labelAgreement(join(dir, 'conversations.json'), dir, pack);
    expect(report?.product.length).toBe(3);
    expect(report!.productMajority).toBeGreaterThanOrEqual(set.majority);
  });
});
