import { createRequire } from 'node:module';

/**
 * Preloaded by `npm start` (`node --import ./src/main/react-production.ts …`): React's production
 * build for the pages.
 *
 * React ships a development build (extra checks, warnings, component stacks: pages render several
 * times slower, see bench/README.md) and a production build, and picks one from
 * `process.env.NODE_ENV` when it is first loaded. The portal's own mode also comes from NODE_ENV
 * (src/config.ts), and `npm start` without NODE_ENV is the embedded default in development mode
 * (test broker, development mailbox, demo data), which must still render with the production
 * build. So this module, run before the portal's own modules, loads React with
 * NODE_ENV=production and then puts NODE_ENV back exactly as it was: the configuration reads what
 * the operator set. `npm run dev` and the tests do not preload it and keep React's development
 * build with its warnings.
 */
const given = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
try {
  await import('react');
  await import('react/jsx-runtime');
  await import('react-dom/server');
} finally {
  if (given === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = given;
}

/** The build of React's server renderer this process runs (loaded modules only). */
export function reactBuild(): 'production' | 'development' | 'not loaded' {
  const cache = createRequire(import.meta.url).cache;
  const loaded = Object.keys(cache).filter(
    (file) => /react-dom-server[\w-]*\.node\.\w+\.js$/.test(file) && cache[file]?.loaded,
  );
  if (loaded.length === 0) return 'not loaded';
  return loaded.every((file) => file.includes('.production.')) ? 'production' : 'development';
}
