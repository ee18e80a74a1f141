import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGLITE_START_PARAMS } from '../src/platform/db/database.ts';

/**
 * `npm run bench:startup`: how long `npm start` takes on an existing data directory until
 * `/healthz` answers (target ≤ 2 s), and how much memory the portal's process holds once it
 * serves, next to a bare PGlite open of the same data directory in another process (target:
 * the portal ≤ 100 MB over it). Both are measured in the same run, alternating, `BENCH_RUNS`
 * times each (default 3), and the medians are printed. Linux only (reads /proc).
 *
 * `BENCH_DATA_DIR` names the data directory; by default a new one is made and the portal is
 * started once to create, migrate and seed it (that first start is not counted).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SETTLE_MS = 4_000;
const cwd = process.cwd();

const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'bp-bench-start-'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/** Resident and peak memory of a process, in MB (from /proc/<pid>/status). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) a process has used so far, in ms (from /proc/<pid>/stat, 100 ticks/s). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The process ids under `root`, itself included. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // The child leads its own process group (detached): signal npm and everything under it.
    process.kill(-(child.pid ?? 0), 'SIGTERM');
  });
}

async function waitForHealth(url: string, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 60_000) throw new Error('no /healthz within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface Run {
  /** Wall time from spawning to the first answer, in ms. */
  ms: number;
  /** CPU time (user + system) spent until then, in ms: less sensitive to a loaded machine. */
  cpu: number;
  /** Resident memory after settling, and the peak, in MB. */
  rss: number;
  peak: number;
}

interface PortalRun extends Run {
  /** The command line of the process that serves (the deepest node process under npm). */
  command: string;
  /** Resident memory of every process `npm start` runs (npm, sh, launchers, the portal). */
  treeRss: number;
}

async function startPortal(): Promise<PortalRun> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
  });
  try {
    const ms = await waitForHealth(`http://127.0.0.1:${port}/healthz`, child, started);
    const cpu = processTree(child.pid ?? 0).reduce((sum, pid) => sum + cpuOf(pid), 0);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tree = processTree(child.pid ?? 0);
    const node = tree.findLast((pid) => /(^|\/)node /.test(commandOf(pid))) ?? tree.at(-1) ?? 0;
    const treeRss = tree.reduce((sum, pid) => sum + memoryOf(pid).rss, 0);
    return { ms, cpu, ...memoryOf(node), command: commandOf(node), treeRss };
  } finally {
    await stop(child);
  }
}

/** PGlite alone opening the same data directory in its own process, with the given start parameters. */
function bareOpen(startParams?: string[]): Run {
  const options = startParams ? JSON.stringify({ startParams }) : '{}';
  const script = `
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(${JSON.stringify(dataDir)}, ${options});
    await db.query('select 1');
    const ms = performance.now();
    const used = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, ${SETTLE_MS}));
    const mb = (n) => n / 1024 / 1024;
    const rss = mb(process.memoryUsage().rss);
    console.log(JSON.stringify({ ms, cpu: (used.user + used.system) / 1000, rss, peak: process.resourceUsage().maxRSS / 1024 }));
    await db.close();`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`bare PGlite open failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Run;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

if (!existsSync(join(dataDir, 'PG_VERSION'))) {
  console.log(`preparing ${dataDir} (first start: create, migrate, seed; not counted)`);
  await startPortal();
}

const bareDefault: Run[] = [];
const bareSame: Run[] = [];
const portal: PortalRun[] = [];
for (let i = 0; i < RUNS; i++) {
  bareDefault.push(bareOpen());
  bareSame.push(bareOpen(PGLITE_START_PARAMS));
  portal.push(await startPortal());
}

const f = (n: number) => n.toFixed(0).padStart(5);
const line = (name: string, runs: Run[]) =>
  `${name.padEnd(38)}${f(median(runs.map((r) => r.ms)))} ms  CPU ${f(median(runs.map((r) => r.cpu)))} ms  RSS ${f(median(runs.map((r) => r.rss)))} MB  peak ${f(median(runs.map((r) => r.peak)))} MB`;
console.log(`data directory ${dataDir}; ${RUNS} runs each, medians`);
console.log(`the portal process: ${portal[0]?.command ?? ''}`);
console.log(line('bare PGlite open (its postgresql.conf)', bareDefault));
console.log(line("bare PGlite open (the portal's params)", bareSame));
console.log(
  `${line('npm start → /healthz', portal)}  (every process of npm start: ${f(median(portal.map((p) => p.treeRss)))} MB)`,
);
const portalRss = median(portal.map((p) => p.rss));
console.log(
  `portal RSS over bare open: ${f(portalRss - median(bareDefault.map((b) => b.rss)))} MB (postgresql.conf), ${f(portalRss - median(bareSame.map((b) => b.rss)))} MB (same params); targets ≤ 2000 ms, ≤ 100 MB`,
);
