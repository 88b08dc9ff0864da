import { simulateConversation } from '../../../../src/agent/dialogue/score-dialogue';
import { standingView } from '../../../../src/agent/dialogue/standing';
import { defaultPackIndex } from '../../../../src/domain/knowledge-pack/index-pack';

const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');

/** The first reply's decision to a message, as the blind place sets score it: its outcome, places, and whether it refuses. */
export function firstDecision(text: string): { places: string[]; refused: boolean; outcome: string } {
  const [turn] = [...simulateConversation([text], now, pack)];
  const d = turn!.decision;
  const places = d.refusal ? [] : standingView(d, pack, turn!.reply.kind === 'issued' ? turn!.reply.itinerary : undefined).places;
  return { places, refused: Boolean(d.refusal), outcome: d.verdict.outcome };
}

/** The kinds of place (safari park, beach…) a list of pack ids holds. */
export function kindsOf(places: readonly string[]): Array<string | undefined> {
  return places.map((p) => pack.byId.get(p as never)?.kind);
}
