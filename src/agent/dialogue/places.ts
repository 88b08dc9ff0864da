import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DestinationId } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import { cueText } from './text';

const cache = new WeakMap<PackIndex, RegExp>();

// French and German write pack names with elisions and compounds: "l'Okavango", "Victoriafälle".
function prepared(text: string): string {
  return cueText(text)
    .replace(/\b(?:l|d|qu)'/g, '')
    .replace(/(\p{L})-(\p{L})/gu, '$1 $2')
    .replace(/\bvictoriafalle\b|\bchutes victoria\b|\bvictoria fall\b/g, 'victoria falls')
    .replace(/\bkrugers?\b|\bkruger-park\b/g, 'kruger');
}

function matcher(pack: PackIndex): RegExp {
  let re = cache.get(pack);
  if (!re) {
    const keys = [...pack.aliasToId.keys()].map((k) => k.replace(/-/g, ' ')).sort((a, b) => b.length - a.length);
    re = new RegExp(`\\b(?:${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');
    cache.set(pack, re);
  }
  return re;
}

/** Pack places a message names, in the order it names them (aliases, French elisions, German compounds). */
export function placesNamed(text: string, pack: PackIndex): DestinationId[] {
  const out: DestinationId[] = [];
  for (const m of prepared(text).matchAll(matcher(pack))) {
    const id = pack.resolve(m[0]) ?? pack.resolve(m[0].replace(/ /g, '-'));
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Places the extraction itself found in the message, whatever it did with them. */
export function placesExtracted(e: Extraction): DestinationId[] {
  return [...new Set([...(e.destinations ?? []), ...(e.remove_destinations ?? []), ...(e.excluded_destinations ?? [])])];
}

/** The message as the place matcher reads it, with every place name blanked out. */
export function withoutPlaces(text: string, pack: PackIndex): string {
  return prepared(text).replace(matcher(pack), ' ');
}
