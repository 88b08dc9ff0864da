/**
 * Prompt texts imported as strings (`prompts/x.md?raw`): esbuild inlines them with the
 * `.md=text` loader (scripts/build.ts, which `sam build` runs through the Makefile), Vite/vitest
 * with its `?raw` suffix.
 */
declare module '*.md?raw' {
  const source: string;
  export default source;
}
