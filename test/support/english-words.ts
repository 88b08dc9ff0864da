/**
 * The whole-language check (issue 15): the common English words left in a French or German
 * text once links, markup and the pack's proper nouns are taken out. Shared by the language
 * tests of every channel, the signed web view included.
 */
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';

// Short English words a French or German sentence never uses (words both languages share,
// such as "in", "an", "on", "was", "plan", "Details", "budget", "safari", are left out).
const ENGLISH = new Set(
  `the and of to is are you your for with at by from this that it be would can not we our what why which when where how
   night nights day days book wait switch discard yet tell please full decision reply more about than there have has been
   were prices price rain season dry game viewing trip travel month flights flight road drive hours good best better busy
   quiet who need only still here assumptions gain gains losses estimate quote lodging meals fees included sorry thanks
   welcome hello goodbye added starting again cheaper airport airstrip expensive cost costs stands standing`.split(/\s+/).filter(Boolean),
);

const pack = defaultPackIndex();
// Proper nouns the pack and the gateways use in every language.
const NAMES = [...new Set([...pack.byId.values()].flatMap((d) => [d.name, d.gateway.name.split(/[(;,]/)[0]!.trim()]))].sort((a, b) => b.length - a.length);

/** The English words left in a text once links, proper nouns and markup are taken out. */
export function englishIn(text: string): string[] {
  let t = text.replace(/https?:\/\/\S+/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
  for (const n of NAMES) t = t.split(n).join(' ');
  return (t.match(/[\p{L}']+/gu) ?? []).map((w) => w.toLowerCase().replace(/^'+|'+$/g, '')).filter((w) => ENGLISH.has(w));
}
