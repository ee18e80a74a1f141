import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * XML Schema validation with `xmllint --schema` (Debian libxml2-utils), against the schemas in
 * ../shared/standards/eherkenning/ (beside the repository, as CI places it; see its README).
 * The shared folder has no SAML protocol schema: test/fixtures/eherkenning/schemas/ adds the
 * protocol types the portal uses. Both are copied into one temporary folder so that each
 * schema's local imports resolve, with --nonet so nothing is fetched.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_SCHEMA_DIR = resolve(repoRoot, '../shared/standards/eherkenning');
const LOCAL_SCHEMA_DIR = join(repoRoot, 'test/fixtures/eherkenning/schemas');

export const SCHEMA = {
  serviceCatalogue: 'service-catalog-1.13.xsd',
  metadata: 'saml-schema-metadata-2.0.xsd',
  assertion: 'saml-schema-assertion-2.0.xsd',
  protocol: 'saml-protocol-2.0-subset.xsd',
} as const;

let schemaDir: string | undefined;

function schemas(): string {
  if (schemaDir) return schemaDir;
  if (!existsSync(SHARED_SCHEMA_DIR))
    throw new Error(
      `the eHerkenning schemas are not at ${SHARED_SCHEMA_DIR} (../shared beside the repository)`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
  for (const source of [SHARED_SCHEMA_DIR, LOCAL_SCHEMA_DIR]) {
    for (const file of readdirSync(source).filter((f) => f.endsWith('.xsd'))) {
      copyFileSync(join(source, file), join(dir, file));
    }
  }
  schemaDir = dir;
  return dir;
}

/** The validation errors xmllint reports, or [] when the document is valid. */
export function schemaErrors(xml: string, schema: keyof typeof SCHEMA): string[] {
  const dir = schemas();
  const file = join(mkdtempSync(join(tmpdir(), 'xml-')), 'document.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, SCHEMA[schema]), file], {
    encoding: 'utf8',
  });
  if (result.error) {
    throw new Error(`xmllint could not run (apt-get install -y libxml2-utils): ${result.error.message}`);
  }
  if (result.status === 0) return [];
  return result.stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.endsWith(' fails to validate'));
}
