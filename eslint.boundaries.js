// @ts-check
/**
 * The import rule of the module contract (docs/architecture.md, "Modules"), with ESLint's own
 * `no-restricted-imports`:
 *
 * - `src/platform/**` may not import any module (`src/<module>/…`) nor `src/main`;
 * - `src/<module>/**` and `src/main/**` may import another module only through its public
 *   entry, `src/<module>/index.ts`.
 *
 * Imports are relative, so the rule is written per folder depth: from `src/a/b/c.ts` the path
 * `../../x/…` is `src/x/…`. Tests (`*.test.ts`) and test helpers may reach inside modules: they
 * compose the whole portal.
 *
 * @param {string[]} modules the folder names of the feature modules under src/
 */
export function boundaryRules(modules) {
  const names = modules.join('|');
  const depths = [1, 2, 3, 4, 5];
  const up = (/** @type {number} */ depth) => '\\.\\./'.repeat(depth);
  const files = (/** @type {string} */ folder, /** @type {number} */ depth) => [
    `src/${folder}/${'*/'.repeat(depth - 1)}*.ts`,
    `src/${folder}/${'*/'.repeat(depth - 1)}*.tsx`,
  ];
  const ignores = ['**/*.test.ts', '**/*.test.tsx'];
  const platform = depths.map((depth) => ({
    files: files('platform', depth),
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${up(depth)}(${names}|main)(/|$)`,
              message:
                'platform imports no feature module and not src/main: a module hands platform what it needs through the module contract (platform/module.ts).',
            },
          ],
        },
      ],
    },
  }));
  const features = [...modules, 'main'].flatMap((folder) =>
    depths.map((depth) => ({
      files: files(folder, depth),
      ignores,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^${up(depth)}(${modules.filter((m) => m !== folder).join('|')})/(?!index\\.ts$)`,
                message:
                  "another module's internals: import what it exports from its public entry, src/<module>/index.ts.",
              },
            ],
          },
        ],
      },
    })),
  );
  return [...platform, ...features];
}
