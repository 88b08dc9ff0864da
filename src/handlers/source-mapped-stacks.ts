/**
 * Stack traces of the Lambda bundles name src/ lines, with each bundle file's source map read
 * the first time a stack through that file is printed. Node's `--enable-source-maps` reads and
 * indexes the map of every file as it loads (about 40 ms of CPU at a connection function's
 * init, 0.45x a bare Node start, measured by `npm run bench -- deploy`), for maps that only
 * an error's stack uses. Every entry file imports this module first, so it is in place before
 * anything else runs.
 *
 * Frames keep the bundle's function names (minified); their file, line and column are the
 * source's. The maps are the `<file>.map` scripts/build.ts writes beside each output file;
 * a file without one (Node's own, a dependency left outside) is printed as V8 gives it.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const maps = new Map<string, SourceMap | undefined>();

/** The source map beside a bundle file, read once. */
function mapOf(fileName: string): SourceMap | undefined {
  if (!maps.has(fileName)) {
    let map: SourceMap | undefined;
    try {
      const path = fileName.startsWith('file:') ? fileURLToPath(fileName) : fileName;
      map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
    } catch {
      map = undefined; // no map (or an unreadable one): the frame prints as it is
    }
    maps.set(fileName, map);
  }
  return maps.get(fileName);
}

/** One frame as V8 prints it, its bundle position replaced by the source's (`src/…ts:line:column`). */
export function mappedFrame(frame: NodeJS.CallSite): string {
  const text = String(frame);
  const [file, line, column] = [frame.getFileName(), frame.getLineNumber(), frame.getColumnNumber()];
  if (!file || !line || !column || !/\.m?js$/.test(file) || file.startsWith('node:')) return text;
  const entry = mapOf(file)?.findEntry(line - 1, column - 1);
  if (!entry || !('originalSource' in entry)) return text;
  // Sources are relative to the map (`../../../src/…`, wherever the build ran): printed from the project root.
  const source = /^(?:.*?\/)??((?:src|node_modules)\/.*)$/.exec(entry.originalSource)?.[1] ?? entry.originalSource;
  return text.replace(`${file}:${line}:${column}`, `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`);
}

/** Installs the mapping for every stack formatted from now on (V8 formats a stack when it is first read). */
export function mapStackTraces(): void {
  Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => {
    let head: string;
    try {
      head = Error.prototype.toString.call(error);
    } catch {
      head = '<error>';
    }
    return [head, ...frames.map((f) => `    at ${mappedFrame(f)}`)].join('\n');
  };
}

// Only in a bundle: run from the sources (tsx, vitest), Node's own source maps already map stacks.
if (import.meta.url.endsWith('.mjs')) mapStackTraces();
