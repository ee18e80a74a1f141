import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';

/**
 * Static assets with fingerprinted names (`app.3f2a9c1e.css`) so they can be cached for a
 * year: a changed file gets a new name. The manifest is built once at start-up.
 */
export interface Asset {
  url: string;
  contentType: string;
  body: Buffer;
}

export interface AssetManifest {
  /** The fingerprinted URL of a logical asset name; throws for an unknown name (a bug). */
  url(name: string): string;
  byUrl(url: string): Asset | undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const require = createRequire(import.meta.url);
const FONT_WEIGHTS = [400, 600, 700] as const;

export function buildAssetManifest(publicDir: string): AssetManifest {
  const byName = new Map<string, Asset>();
  const add = (name: string, body: Buffer) => {
    const ext = extname(name);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const url = `/assets/${name.slice(0, -ext.length)}.${hash}${ext}`;
    byName.set(name, { url, body, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream' });
  };

  add('tokens.css', readFileSync(require.resolve('@rijkshuisstijl-community/design-tokens/dist/index.css')));
  add(
    'components.css',
    readFileSync(require.resolve('@rijkshuisstijl-community/components-css/dist/index.css')),
  );
  for (const weight of FONT_WEIGHTS) {
    for (const style of ['normal', 'italic'] as const) {
      const file = `fira-sans-latin-${weight}-${style}.woff2`;
      add(file, readFileSync(require.resolve(`@fontsource/fira-sans/files/${file}`)));
    }
  }
  const fontFaces = FONT_WEIGHTS.flatMap((weight) =>
    (['normal', 'italic'] as const).map((style) => {
      const asset = byName.get(`fira-sans-latin-${weight}-${style}.woff2`);
      return `@font-face{font-family:'Fira Sans';font-style:${style};font-weight:${weight};font-display:swap;src:url(${asset?.url ?? ''}) format('woff2')}`;
    }),
  );
  add('fonts.css', Buffer.from(fontFaces.join('\n')));
  for (const file of readdirSync(publicDir)) add(file, readFileSync(join(publicDir, file)));

  const byUrl = new Map([...byName.values()].map((a) => [a.url, a]));
  return {
    url(name) {
      const asset = byName.get(name);
      if (!asset) throw new Error(`unknown asset ${name}`);
      return asset.url;
    },
    byUrl: (url) => byUrl.get(url),
  };
}
