import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

/**
 * `BENCH_PROFILE=<folder>`: a CPU profile of the portal's process for one measured run (none of
 * the baseline's), written as `<folder>/<name>.cpuprofile` (open it in Chrome's DevTools).
 * Without it, nothing is recorded. Returns the function that stops and writes the profile.
 */
export async function profile(name: string): Promise<() => Promise<void>> {
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return async () => undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile: taken } = await session.post('Profiler.stop');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name.replace(/[^\w-]+/g, '_')}.cpuprofile`), JSON.stringify(taken));
    session.disconnect();
  };
}

/** Measures one URL inside a profile named after it (see `profile`). */
export async function profiled<T>(name: string, run: () => Promise<T>): Promise<T> {
  const stop = await profile(name);
  try {
    return await run();
  } finally {
    await stop();
  }
}
