import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The default prompts folder: `prompts/` at the repository root. */
const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

const FrontMatterSchema = z.object({
  id: z.string().min(1),
  version: z.string().regex(/^prompt_[a-z0-9_]+_v\d+\.\d+$/, 'a version like prompt_extract_v1.0'),
  purpose: z.string().min(1),
});

/** A versioned prompt text: every decision records the `version` of the prompt that produced its inputs. */
export interface Prompt {
  id: string;
  version: string;
  purpose: string;
  /** The body with `{{name}}` placeholders. */
  template: string;
  /** The body with its placeholders filled; an unknown placeholder is an error, not a blank. */
  render(vars: Record<string, string>): string;
}

/** Thrown when a prompt file is missing or malformed; prompts are part of the build, so this fails loudly. */
export class PromptError extends Error {
  override name = 'PromptError';
}

/** Parses a prompt file: `---` front matter of `key: value` lines, then the body. */
export function parsePrompt(source: string, origin = 'prompt'): Prompt {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, '\n'));
  if (!match) throw new PromptError(`${origin}: missing front matter`);
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const kv = /^([a-z_]+):\s*(.*)$/.exec(line.trim());
    if (kv) fields[kv[1]!] = kv[2]!;
  }
  const meta = FrontMatterSchema.safeParse(fields);
  if (!meta.success) throw new PromptError(`${origin}: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const template = match[2]!.trim();
  return {
    ...meta.data,
    template,
    render(vars) {
      return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
        const value = vars[name];
        if (value === undefined) throw new PromptError(`${origin}: no value for {{${name}}}`);
        return value;
      });
    },
  };
}

const cache = new Map<string, Prompt>();

/** Loads `prompts/<id>.md` once and caches it. */
export function loadPrompt(id: string, dir: string = DEFAULT_PROMPTS_DIR): Prompt {
  const key = `${dir}::${id}`;
  let prompt = cache.get(key);
  if (!prompt) {
    let source: string;
    try {
      source = readFileSync(`${dir}/${id}.md`, 'utf8');
    } catch (err) {
      throw new PromptError(`prompt ${id} not found in ${dir}: ${(err as Error).message}`);
    }
    prompt = parsePrompt(source, id);
    if (prompt.id !== id) throw new PromptError(`prompt file ${id}.md declares id ${prompt.id}`);
    cache.set(key, prompt);
  }
  return prompt;
}

/**
 * Seeds the cache with a prompt whose text was compiled into a bundle: a Lambda package
 * has no prompts/ folder, so the handlers register the texts esbuild inlined, and later
 * `loadPrompt(id)` calls (default folder) find them without touching the disk.
 */
export function registerPrompt(source: string, dir: string = DEFAULT_PROMPTS_DIR): Prompt {
  const prompt = parsePrompt(source, 'bundled prompt');
  cache.set(`${dir}::${prompt.id}`, prompt);
  return prompt;
}
