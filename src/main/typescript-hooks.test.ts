import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs the sources through src/main/typescript-hooks.ts (ADR 0008) instead of tsx.
 * These run it as `npm start` does, in a process of its own, on sources written for the test
 * inside the project (the hook compiles the project's files only).
 */
const dir = join(process.cwd(), 'test-results', `typescript-hooks-${process.pid}`);
const cache = join(process.cwd(), 'node_modules', '.cache', 'business-portal-ts');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(entry: string) {
  return spawnSync(process.execPath, ['--import', './src/main/typescript-hooks.ts', entry], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** Sources for one test, in a folder of its own (the tests run in any order). */
function sources(name: string): string {
  const at = join(dir, name);
  mkdirSync(at, { recursive: true });
  writeFileSync(
    join(at, 'greeter.ts'),
    `export class Greeter {
  constructor(private readonly greeting: string) {}
  greet(name: string): string { return \`\${this.greeting}, \${name}\`; }
}
export type Name = string;
`,
  );
  writeFileSync(
    join(at, 'side-effect.ts'),
    `(globalThis as { touched?: boolean }).touched = true;\nexport const unused = 1;\n`,
  );
  writeFileSync(
    join(at, 'page.tsx'),
    `import { renderToStaticMarkup } from 'react-dom/server';
import { Greeter, type Name } from './greeter.ts';
import { unused } from './side-effect.ts';
const who: Name = 'Anna';
const touched = (globalThis as { touched?: boolean }).touched === true;
console.log(renderToStaticMarkup(<p data-touched={String(touched)}>{new Greeter('Hallo').greet(who)}</p>));
if (process.argv.includes('--fail')) throw new Error('from page.tsx');
`,
  );
  writeFileSync(
    join(at, 'fail.ts'),
    `import './page.tsx';\nthrow new Error('thrown on line 2 of fail.ts');\n`,
  );
  return at;
}

describe('the TypeScript hooks of npm start', () => {
  it('runs .ts and .tsx sources (parameter properties, type imports, JSX) and keeps imports with side effects', () => {
    const result = run(join(sources('runs'), 'page.tsx'));
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('<p data-touched="true">Hallo, Anna</p>');
  });

  it('compiles a changed file again instead of running the cached one', () => {
    const at = sources('changed');
    expect(run(join(at, 'page.tsx')).stdout).toContain('Hallo, Anna');
    const before = new Set(readdirSync(cache));
    writeFileSync(
      join(at, 'greeter.ts'),
      `export class Greeter {
  constructor(private readonly greeting: string) {}
  greet(name: string): string { return \`\${this.greeting} \${name}!\`; }
}
export type Name = string;
`,
    );
    const result = run(join(at, 'page.tsx'));
    expect(result.stdout.trim()).toBe('<p data-touched="true">Hallo Anna!</p>');
    // The new version is in the cache beside the old (other processes may add files meanwhile).
    const added = readdirSync(cache).filter((file) => !before.has(file));
    expect(added.some((file) => readFileSync(join(cache, file), 'utf8').includes('${name}!'))).toBe(true);
  });

  it('reports errors at the line of the TypeScript source', () => {
    const at = sources('fails');
    const result = run(join(at, 'fail.ts'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('thrown on line 2 of fail.ts');
    expect(result.stderr).toContain(`${join(at, 'fail.ts')}:2`);
  });
});
