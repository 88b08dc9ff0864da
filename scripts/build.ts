/**
 * `npm run build`: the Lambda bundles, one per function of template.yaml, into
 * dist/functions/<LogicalId>/<entry>.mjs with its source map, so `Handler: <entry>.handler`
 * resolves. ESM, minified, for Node 24 (template.yaml's nodejs24.x; the JS is the same on arm64).
 *
 * `sam build` runs this same script through the Makefile (template.yaml: `BuildMethod:
 * makefile`), one function at a time into SAM's artifacts folder:
 *   tsx scripts/build.ts --function WsMessageFunction --outdir "$ARTIFACTS_DIR"
 * SAM's own esbuild builder cannot take plugins, and the zod plugin below is what brings
 * the message function under its 1.5 MB budget (issue #7).
 *
 * `tsx scripts/build.ts --analyze` also prints each bundle's largest contributors.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { FUNCTIONS, FUNCTION_NAMES, type FunctionName } from '../src/handlers/access';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * zod's `z` is a namespace object re-exported by name (`import { z } from 'zod'`, here and
 * in @langchain/core), which esbuild cannot tree-shake: the namespace keeps every export,
 * including `z.locales` with all ~50 translations of the error messages (about 250 KB
 * minified). Nothing here calls `z.config(z.locales.xx())`; zod registers English itself
 * (classic/schemas.js imports locales/en.js directly). So the locale index zod's own files
 * import is replaced by one exporting English only: `z.locales.en` still works, other
 * languages are absent.
 */
export function englishOnlyZodLocales(): Plugin {
  const namespace = 'zod-english-locales';
  return {
    name: 'english-only-zod-locales',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
        const dir = join(args.resolveDir, '../locales');
        return { path: join(dir, 'english-only.js'), namespace, pluginData: dir };
      });
      b.onLoad({ filter: /.*/, namespace }, (args) => ({
        contents: "export { default as en } from './en.js';",
        loader: 'js',
        resolveDir: args.pluginData as string,
      }));
    },
  };
}

/**
 * Node builtins an ES module imports get an ES module facade, and building it reads every
 * export of the builtin. `node:http` has three that load Node's whole fetch implementation
 * (undici) on first read: `WebSocket`, `CloseEvent`, `MessageEvent`. The AWS SDK's HTTP
 * handler imports `http`, so every function paid for undici at start without using it
 * (about a fifth of the connect function's init). This plugin hands ES module importers
 * of `http` the CommonJS module instead, with every export but those three.
 */
export function httpWithoutUndici(): Plugin {
  const namespace = 'http-without-undici';
  const lazy = new Set(['WebSocket', 'CloseEvent', 'MessageEvent']);
  return {
    name: 'http-without-undici',
    setup(b) {
      b.onResolve({ filter: /^(node:)?http$/ }, (args) => (args.kind === 'import-statement' || args.kind === 'dynamic-import' ? { path: 'http', namespace } : undefined));
      b.onLoad({ filter: /.*/, namespace }, async () => {
        const http = await import('node:http');
        const names = Object.keys(http.default).filter((k) => !lazy.has(k) && /^[A-Za-z_$][\w$]*$/.test(k));
        return { contents: `const http = require('node:http');\nexport default http;\nexport const { ${names.join(', ')} } = http;`, loader: 'js' };
      });
    },
  };
}

/**
 * `@smithy/node-http-handler`'s index re-exports the HTTP/2 handler beside the HTTP/1 one,
 * and esbuild splits by file: once any chunk uses the HTTP/2 handler (the Bedrock runtime
 * client's default, in the message function's on-demand Bedrock chunk), every importer of the
 * index shares a chunk holding it, whose top-level `import http2` loads Node's HTTP/2 (with
 * `assert` and `http`) at init: about 20 ms of CPU, 0.2x a bare start, for a protocol no
 * function speaks (our clients all pass the HTTP/1 `NodeHttpHandler`). Every importer but the
 * Bedrock clients (`@aws-sdk/client-bedrock-*`, whose default it is) gets an index without it;
 * another that asked for it would fail the build.
 */
export function http2OnlyForBedrock(): Plugin {
  const namespace = 'node-http-handler-http1';
  return {
    name: 'node-http-handler-http1',
    setup(b) {
      b.onResolve({ filter: /^@smithy\/node-http-handler$/ }, (args) =>
        /[\\/]@aws-sdk[\\/]client-bedrock[\w-]*[\\/]/.test(args.importer) ? undefined : { path: 'index', namespace, pluginData: args.resolveDir },
      );
      b.onLoad({ filter: /.*/, namespace }, (args) => ({
        contents:
          "export { DEFAULT_REQUEST_TIMEOUT, NodeHttpHandler } from '@smithy/node-http-handler/dist-es/node-http-handler.js';\nexport { streamCollector } from '@smithy/core/serde';",
        loader: 'js',
        resolveDir: args.pluginData as string,
      }));
    },
  };
}

/**
 * esbuild's options for every function. The banner gives bundled CommonJS dependencies a
 * `require` for Node built-ins, which an ES module lacks.
 */
export const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  minify: true,
  sourcemap: true,
  // Maps without the sources: stack traces still point at src/ lines, and Node parses a
  // 2 MB map instead of a 7 MB one at start (about 50 ms less cold start here).
  sourcesContent: false,
  outExtension: { '.js': '.mjs' },
  // What a function imports only on demand (the AWS SDK's SSO, STS and token providers; the
  // Bedrock adapter of the message function) becomes a chunk beside the entry, loaded when
  // first used: on Lambda, credentials come from the environment and those never load.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // ES module builds of the dependencies tree-shake better (1.68 MB instead of 1.89 MB for the message function).
  mainFields: ['module', 'main'],
  loader: { '.md': 'text' },
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
} as const satisfies BuildOptions;

/** The plugins every build uses (not expressible in SAM's esbuild BuildProperties). */
export const PLUGINS: readonly Plugin[] = [englishOnlyZodLocales(), httpWithoutUndici(), http2OnlyForBedrock()];

export interface BuiltFunction {
  name: FunctionName;
  /** Absolute path of the bundle's entry file (the `Handler`). */
  file: string;
  /** What a cold start loads: the entry and the chunks it imports statically, transitively. */
  bytes: number;
  /** Those files (metafile output paths). */
  startOutputs: string[];
  /** Everything the function ships (entry and every chunk, maps aside). */
  totalBytes: number;
  mapBytes: number;
  /** esbuild's metafile (inputs and their bytes in the output), for size analysis. */
  metafile: Metafile;
}

/** Builds one function's bundle into `dir` (SAM's $ARTIFACTS_DIR, or dist/functions/<name>). */
export async function buildFunction(name: FunctionName, dir: string): Promise<BuiltFunction> {
  const entry = FUNCTIONS[name].entry;
  mkdirSync(dir, { recursive: true });
  const result = await build({
    ...ESBUILD_OPTIONS,
    plugins: [...PLUGINS],
    metafile: true,
    entryPoints: [join(ROOT, 'src/handlers', `${entry}.ts`)],
    outdir: dir,
    absWorkingDir: ROOT,
  });
  const file = join(dir, `${entry}.mjs`);
  const outputs = result.metafile.outputs;
  const key = Object.keys(outputs).find((k) => outputs[k]!.entryPoint === `src/handlers/${entry}.ts`)!;
  const loaded = new Set<string>();
  const visit = (k: string) => {
    if (loaded.has(k)) return;
    loaded.add(k);
    for (const i of outputs[k]!.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(key);
  const size = (keys: Iterable<string>) => [...keys].reduce((n, k) => n + outputs[k]!.bytes, 0);
  const code = Object.keys(outputs).filter((k) => !k.endsWith('.map'));
  return { name, file, bytes: size(loaded), startOutputs: [...loaded], totalBytes: size(code), mapBytes: statSync(`${file}.map`).size, metafile: result.metafile };
}

/** Builds every function's bundle into `outDir/<LogicalId>/` (default dist/functions), replacing what was there. */
export async function buildFunctions(outDir = join(ROOT, 'dist/functions')): Promise<BuiltFunction[]> {
  rmSync(outDir, { recursive: true, force: true });
  const built: BuiltFunction[] = [];
  for (const name of FUNCTION_NAMES) built.push(await buildFunction(name, join(outDir, name)));
  return built;
}

/** A dependency's name (`@scope/pkg`, `zod/v4/locales`), or the src/ folder, that an input file belongs to. */
export function contributorOf(input: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/(v3|v4\/[a-z]+))?\//.exec(input.replace(/\\/g, '/'));
  if (pkg) return pkg[2] && pkg[1] === 'zod' ? `zod/${pkg[2]}` : pkg[1]!;
  const src = /^(src\/[^/]+|prompts)\//.exec(input);
  return src ? src[1]! : input.replace(/^[^:]+:/, '');
}

/** The largest contributors to a bundle (or to what its cold start loads), in bytes of minified output, largest first. */
export function topContributors(built: BuiltFunction, count = 12, atStart = false): { name: string; bytes: number }[] {
  const sizes = new Map<string, number>();
  for (const [path, output] of Object.entries(built.metafile.outputs)) {
    if (path.endsWith('.map') || (atStart && !built.startOutputs.includes(path))) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = contributorOf(input);
      sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

function isFunctionName(name: string): name is FunctionName {
  return (FUNCTION_NAMES as string[]).includes(name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { function: { type: 'string' }, outdir: { type: 'string' }, analyze: { type: 'boolean' } } });
  let built: BuiltFunction[];
  if (values.function) {
    if (!isFunctionName(values.function)) throw new Error(`unknown function ${values.function} (one of ${FUNCTION_NAMES.join(', ')})`);
    if (!values.outdir) throw new Error('--function needs --outdir (SAM passes $ARTIFACTS_DIR)');
    built = [await buildFunction(values.function, values.outdir)];
  } else built = await buildFunctions(values.outdir);
  for (const b of built) {
    console.log(`${b.name.padEnd(22)} ${(b.bytes / 1024).toFixed(0).padStart(6)} KB at start, ${(b.totalBytes / 1024).toFixed(0).padStart(5)} KB in all  ${b.file.startsWith(ROOT) ? b.file.slice(ROOT.length) : b.file}`);
    if (values.analyze) for (const c of topContributors(b)) console.log(`  ${(c.bytes / 1024).toFixed(1).padStart(8)} KB  ${c.name}`);
  }
}
