/**
 * How often safari experts agree with each other on a blind set's outcomes, next to how often
 * the product agrees with them. A blind set's labels are one writer's judgement; a second and a
 * third expert who never saw the code or the writer's labels relabel the same conversations
 * (test/fixtures/blind-N/relabels/*.json). Scored exactly as the product is scored against the
 * writer, an expert's agreement with the writer is the ceiling the product's figure is read
 * against, and the product's agreement with a majority of labellers is the figure with one
 * writer's disputed labels outvoted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import {
  acceptableTo,
  ConversationFixtureSchema,
  finalOutcome,
  judgedReply,
  loadConversations,
  type ConversationFixture,
  type Expected,
  type Judged,
} from './conversations';

/** One expert's label of one conversation: the writer's `expected`, flattened, with its id. */
const RelabelSchema = ConversationFixtureSchema.shape.expected.extend({
  id: z.string().min(1),
  unsafe_if_book: z.boolean().optional(),
  why: z.string().optional(),
});
type Relabel = z.infer<typeof RelabelSchema>;

export interface Labeller {
  name: string;
  labels: Map<string, Expected>;
}

/** The labels another expert gave a judged decision: its place only when one was named. */
function asJudged(want: Expected): Judged {
  return {
    outcome: want.outcome,
    ...(want.refusal_reason ? { reason: want.refusal_reason } : {}),
    missing: want.missing_inputs ?? [],
    names: (id) => want.destination === undefined || want.destination === id,
  };
}

/** Every relabelling of a set folder (`relabels/<name>.json`), each checked to label every conversation once. */
export function loadRelabels(folder: string, convs: ConversationFixture[]): Labeller[] {
  const dir = join(folder, 'relabels');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const rows: Relabel[] = z.array(RelabelSchema).parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      const labels = new Map(rows.map(({ id, unsafe_if_book: _u, why: _w, ...want }) => [id, want]));
      const unlabelled = convs.filter((c) => !labels.has(c.id)).map((c) => c.id);
      if (unlabelled.length || labels.size !== rows.length) throw new Error(`${f}: ${unlabelled.length} conversations unlabelled or ids repeated`);
      return { name: f.replace(/\.json$/, ''), labels };
    });
}

export interface AgreementReport {
  total: number;
  /** Each labeller scored against every other, as the product is scored against the writer: "name vs truth" → acceptable share. */
  pairs: { judged: string; truth: string; acceptable: number }[];
  /** The product against each labeller. */
  product: { truth: string; acceptable: number }[];
  /** The product's decision is acceptable to at least half of all labellers (writer included). */
  productMajority: number;
  /** The conversations where it is not: the misses no disputed label explains. */
  productOutvoted: string[];
  /** Each labeller's label is acceptable to at least half of the others and the product excluded: the same test applied to an expert. */
  labellerMajority: { name: string; acceptable: number }[];
}

/** Agreement among the writer and the relabellers of one set, and of the product with each of them. */
export function labelAgreement(setFile: string, folder: string, pack: PackIndex): AgreementReport | undefined {
  const convs = loadConversations(setFile);
  const relabellers = loadRelabels(folder, convs);
  if (!relabellers.length) return undefined;
  const all: Labeller[] = [{ name: 'writer', labels: new Map(convs.map((c) => [c.id, c.expected])) }, ...relabellers];
  const share = (n: number) => n / convs.length;
  const pairs = all.flatMap((judged) =>
    all.filter((truth) => truth !== judged).map((truth) => ({
      judged: judged.name,
      truth: truth.name,
      acceptable: share(convs.filter((c) => acceptableTo(truth.labels.get(c.id)!, asJudged(judged.labels.get(c.id)!))).length),
    })),
  );
  const replies = new Map(convs.map((c) => [c.id, finalOutcome(c, pack)]));
  const productOk = (truth: Labeller, id: string) => {
    const want = truth.labels.get(id)!;
    return acceptableTo(want, judgedReply(replies.get(id)!, want));
  };
  const half = all.length / 2;
  return {
    total: convs.length,
    pairs,
    product: all.map((truth) => ({ truth: truth.name, acceptable: share(convs.filter((c) => productOk(truth, c.id)).length) })),
    productMajority: share(convs.filter((c) => all.filter((t) => productOk(t, c.id)).length >= half).length),
    productOutvoted: convs.filter((c) => all.filter((t) => productOk(t, c.id)).length < half).map((c) => c.id),
    labellerMajority: all.map((judged) => {
      const others = all.filter((t) => t !== judged);
      const ok = convs.filter((c) => others.filter((t) => acceptableTo(t.labels.get(c.id)!, asJudged(judged.labels.get(c.id)!))).length >= others.length / 2);
      return { name: judged.name, acceptable: share(ok.length) };
    }),
  };
}
