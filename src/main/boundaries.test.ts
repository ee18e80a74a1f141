import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import rule of the module contract (eslint.boundaries.js), run through the project's own
 * ESLint configuration on deliberately wrong imports: `npm run lint`, and so CI, fails on them.
 */
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// ESLint builds the type-checked program of the project for the first file: minutes on a busy 2-core machine.
describe('the module import rule', { timeout: 300_000 }, () => {
  it('refuses a platform file that imports a feature module, also for types only', async () => {
    const errors = await restrictedImports(
      'src/platform/http/paths.ts',
      "import { supportModule } from '../../support/index.ts';\nimport type { ApplicationService } from '../../applications/service.ts';\nexport const x = [supportModule, null as unknown as ApplicationService];\n",
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('platform imports no feature module');
  });

  it('refuses a module that imports another module’s internals, and allows its public entry', async () => {
    const errors = await restrictedImports(
      'src/organisations/account.tsx',
      "import { SessionStore } from '../identity/sessions/sessions.ts';\nimport { identityModule } from '../identity/index.ts';\nimport { organisationRoutes } from './routes.ts';\nexport const x = [SessionStore, identityModule, organisationRoutes];\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("'../identity/sessions/sessions.ts'");
    expect(errors[0]).toContain('public entry');
  });

  it('applies at every depth of a module, and to src/main', async () => {
    const deep = await restrictedImports(
      'src/organisations/representatives/routes.tsx',
      "import { applicationRoutes } from '../../applications/routes.tsx';\nexport const x = applicationRoutes;\n",
    );
    expect(deep).toHaveLength(1);
    const main = await restrictedImports(
      'src/main/runtime.ts',
      "import { SessionStore } from '../identity/sessions/sessions.ts';\nexport const x = SessionStore;\n",
    );
    expect(main).toHaveLength(1);
  });
});
