/**
 * `npm run build`: the Lambda bundles, one per function of template.yaml, built the way
 * `sam build` builds them (Metadata BuildMethod: esbuild, the same BuildProperties):
 * dist/functions/<LogicalId>/<entry>.mjs and its source map, so `Handler: <entry>.handler`
 * resolves in either output. ESM, minified, for Node 20 (the JS is the same on arm64).
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { FUNCTIONS, FUNCTION_NAMES, type FunctionName } from '../src/handlers/access';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * esbuild's options, mirrored in template.yaml's BuildProperties (test/deploy checks).
 * The banner gives bundled CommonJS dependencies a `require` for Node built-ins, which
 * an ES module lacks.
 */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  sourcemap: true,
  // Maps without the sources: stack traces still point at src/ lines, and Node parses a
  // 2 MB map instead of a 7 MB one at start (about 50 ms less cold start here).
  sourcesContent: false,
  outExtension: { '.js': '.mjs' },
  // ES module builds of the dependencies tree-shake better (1.68 MB instead of 1.89 MB for the message function).
  mainFields: ['module', 'main'],
  loader: { '.md': 'text' },
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
} as const satisfies BuildOptions;

export interface BuiltFunction {
  name: FunctionName;
  /** Absolute path of the bundle. */
  file: string;
  bytes: number;
  mapBytes: number;
}

/** Builds every function's bundle into `outDir` (default dist/functions). */
export async function buildFunctions(outDir = join(ROOT, 'dist/functions')): Promise<BuiltFunction[]> {
  rmSync(outDir, { recursive: true, force: true });
  const built: BuiltFunction[] = [];
  for (const name of FUNCTION_NAMES) {
    const entry = FUNCTIONS[name].entry;
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    await build({ ...ESBUILD_OPTIONS, entryPoints: [join(ROOT, 'src/handlers', `${entry}.ts`)], outdir: dir, absWorkingDir: ROOT });
    const file = join(dir, `${entry}.mjs`);
    built.push({ name, file, bytes: statSync(file).size, mapBytes: statSync(`${file}.map`).size });
  }
  return built;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildFunctions();
  for (const b of built) console.log(`${b.name.padEnd(22)} ${(b.bytes / 1024).toFixed(0).padStart(6)} KB  ${b.file.slice(ROOT.length)}`);
}
