/**
 * Preloaded by `npm start` (`node --import ./src/main/typescript-hooks.ts …`): runs the portal's
 * TypeScript sources without a build step, in the process itself (ADR 0008). This file itself is
 * run by Node's own type stripping (erasable syntax only).
 *
 * One synchronous load hook (`module.registerHooks`): a `.ts` or `.tsx` file of the project is
 * compiled by esbuild (the compiler tsx uses, with the same settings: types removed, JSX for
 * React's automatic runtime) and the result is kept in `node_modules/.cache/business-portal-ts`
 * under a hash of the file's URL, its content and the compiler's version, so a start after the
 * first compiles nothing. Every import in the sources names its file with its extension
 * (`verbatimModuleSyntax`, `allowImportingTsExtensions`), so Node resolves them itself: no resolve
 * hook, and no hook at all for the ~1,500 modules of the dependencies. Against tsx's loader this
 * halves the time to import the portal (bench/README.md, "Start-up, second pass").
 *
 * `npm run dev`, the worker and the CLI keep tsx (watch mode, the same code either way); the
 * production build compiles with tsc (`npm run build`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire, enableCompileCache, registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = new URL('../../', import.meta.url).href;
const CACHE = new URL('node_modules/.cache/business-portal-ts/', ROOT);
let esbuild: typeof import('esbuild') | undefined;
/** What tsx gives esbuild for this project (tsconfig.json): JSX for React's automatic runtime. */
const OPTIONS = {
  jsx: 'automatic',
  format: 'esm',
  target: 'es2024',
  sourcemap: 'inline',
  // As tsc checks them: every import not marked `type` stays (and its side effects with it).
  tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
} as const;
/** A cached result is used only for the same file, content, compiler and options. */
const VERSION = `${(require('esbuild/package.json') as { version: string }).version}\0${JSON.stringify(OPTIONS)}`;

process.setSourceMapsEnabled(true);
// Both caches are an optimisation: where node_modules cannot be written (a read-only image), the
// sources are compiled in memory at every start, as tsx would.
let cacheWritable = true;
try {
  mkdirSync(CACHE, { recursive: true });
} catch {
  cacheWritable = false;
}
// V8's code cache for every module, the dependencies' too (Node's module compile cache).
enableCompileCache(fileURLToPath(new URL('node_modules/.cache/business-portal-v8/', ROOT)));

const isProjectSource = (url: string) =>
  url.startsWith(ROOT) && !url.includes('/node_modules/') && /\.tsx?$/.test(url);

function compiled(url: string): string {
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(`${VERSION}\0${url}\0`).update(source).digest('hex');
  const cached = new URL(`${key}.js`, CACHE);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    esbuild ??= require('esbuild') as typeof import('esbuild');
    const { code } = esbuild.transformSync(source, {
      ...OPTIONS,
      loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
      sourcefile: file,
    });
    if (cacheWritable) {
      // Written beside and renamed: two processes starting at once never read half a file.
      const partial = new URL(`${key}.${process.pid}.tmp`, CACHE);
      try {
        writeFileSync(partial, code);
        renameSync(partial, cached);
      } catch {
        cacheWritable = false;
      }
    }
    return code;
  }
}

registerHooks({
  load(url, context, nextLoad) {
    if (!isProjectSource(url)) return nextLoad(url, context);
    return { format: 'module', source: compiled(url), shortCircuit: true };
  },
});
