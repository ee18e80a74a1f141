import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 9: `npm start` renders with React's production build while the portal's own mode stays
 * what NODE_ENV says (the embedded default keeps its development features). Each case runs in a
 * new process, as `npm start` does, because React picks its build once, when first loaded.
 */
const startScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } })
  .scripts.start;
/** The flags `npm start` gives node, between `node` and the entry point. */
const START_FLAGS = startScript.split(' ').slice(1, -1);

function run(env: Record<string, string>, preload: boolean) {
  const script = `
    const { loadConfig } = await import('./src/config.ts');
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { reactBuild } = await import('./src/main/react-production.ts');
    renderToStaticMarkup(null);
    const config = loadConfig();
    console.log(JSON.stringify({ build: reactBuild(), nodeEnv: process.env.NODE_ENV ?? null, mode: config.env, testBroker: config.features.testBroker }));`;
  const result = spawnSync(
    process.execPath,
    [...(preload ? START_FLAGS : ['--import', 'tsx']), '--input-type=module', '-e', script],
    {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'bp-react-')),
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as {
    build: string;
    nodeEnv: string | null;
    mode: string;
    testBroker: boolean;
  };
}

describe("React's build", () => {
  it('is the production build under npm start, while the embedded default keeps its development mode', () => {
    expect(run({}, true)).toEqual({
      build: 'production',
      nodeEnv: 'development', // npm start says development explicitly (issue 13, finding 10)
      mode: 'development',
      testBroker: true,
    });
  });

  it('leaves NODE_ENV as the operator set it', () => {
    expect(run({ NODE_ENV: 'development' }, true)).toMatchObject({
      build: 'production',
      nodeEnv: 'development',
      mode: 'development',
    });
  });

  it('is the development build without the preload (npm run dev, the tests)', () => {
    expect(run({ NODE_ENV: 'development' }, false)).toMatchObject({
      build: 'development',
      mode: 'development',
    });
  });
});
