import type { z } from 'zod';
import packJson from './pack.json' with { type: 'json' };
import { KnowledgePackSchema, type KnowledgePack } from './schema';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A knowledge pack that fails its schema. `issues` holds every problem, each naming its
 * entry the way a pack editor thinks of it (`destinations[serengeti].months[Jul].rain`).
 */
export class KnowledgePackError extends Error {
  override readonly name = 'KnowledgePackError';
  constructor(
    readonly version: string,
    readonly issues: readonly string[],
  ) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1, 4).join('; ')}${issues.length > 4 ? '; …' : ''})` : '';
    super(`knowledge pack ${version} is invalid: ${issues[0] ?? 'unknown problem'}${more}`);
  }
}

/**
 * Validates raw pack data (parsed JSON) against the schema.
 * @throws KnowledgePackError naming each bad entry by destination id and month name.
 */
export function parseKnowledgePack(raw: unknown): KnowledgePack {
  const result = KnowledgePackSchema.safeParse(raw);
  if (result.success) return result.data;
  const version = isRecord(raw) && typeof raw.version === 'string' ? raw.version : '(unversioned)';
  throw new KnowledgePackError(version, result.error.issues.map((issue) => describeIssue(raw, issue)));
}

let shipped: KnowledgePack | undefined;

/**
 * The pack shipped with the code (pack.json, inlined by bundlers), validated on first call and
 * memoized, deeply frozen so no caller can change facts under another. Call it at start-up so a
 * broken pack stops the process there rather than mid-conversation.
 * @throws KnowledgePackError when the shipped pack is invalid.
 */
export function defaultPack(): KnowledgePack {
  shipped ??= deepFreeze(parseKnowledgePack(packJson));
  return shipped;
}

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const where = formatPath(raw, issue.path);
  const what = issue.code === 'invalid_value' ? `expected one of ${issue.values.map(String).join('|')}` : issue.message;
  return where ? `${where}: ${what}` : what;
}

/** Turns ['destinations', 5, 'months', 6, 'rain'] into `destinations[serengeti].months[Jul].rain`. */
function formatPath(raw: unknown, path: readonly PropertyKey[]): string {
  let out = '';
  let node: unknown = raw;
  let parent: PropertyKey | undefined;
  for (const key of path) {
    if (typeof key === 'number') out += `[${labelFor(parent, node, key)}]`;
    else out += `${out ? '.' : ''}${String(key)}`;
    node = isRecord(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    parent = key;
  }
  return out;
}

function labelFor(parent: PropertyKey | undefined, list: unknown, i: number): string {
  const item = Array.isArray(list) ? list[i] : undefined;
  if (parent === 'months' && Array.isArray(list) && list.length === 12) return MONTH_NAMES[i]!;
  if (parent === 'destinations' && isRecord(item) && typeof item.id === 'string') return item.id;
  if (parent === 'links' && isRecord(item) && typeof item.from === 'string' && typeof item.to === 'string') return `${item.from}–${item.to}`;
  if (parent === 'aliases' && typeof item === 'string') return JSON.stringify(item);
  return String(i);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
