/** Shared by the benchmarks: the built server on loopback, machine facts, result files, checks. */
import { spawn } from 'node:child_process';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import type autocannon from 'autocannon';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const RESULTS = path.join(ROOT, 'bench', 'results');
const PORTS = { from: 3200, to: 3299 };

export interface Server {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = PORTS.from; port <= PORTS.to; port++) if (await portFree(port)) return port;
  throw new Error(`no free port in ${PORTS.from}-${PORTS.to}`);
}

/** The build being measured: its id and when it was made. Fails when there is no build. */
export function buildInfo(): { buildId: string; builtAt: string } {
  const file = path.join(ROOT, '.next', 'BUILD_ID');
  if (!existsSync(file)) throw new Error('no .next/BUILD_ID: run `npm run build` first');
  return { buildId: readFileSync(file, 'utf8').trim(), builtAt: statSync(file).mtime.toISOString() };
}

/**
 * Starts a server on 127.0.0.1 and a free port in 3200-3299; stop() ends it by its PID. By default the
 * dashboard's build, served as `npm start` serves it (server.mjs); `cwd` serves another app (the
 * framework floor) with plain `next start`, ready when `ready` answers.
 */
export async function startServer({ cwd = ROOT, ready = '/api/datasets' }: { cwd?: string; ready?: string } = {}): Promise<Server> {
  if (cwd === ROOT) buildInfo();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const [command, args] =
    cwd === ROOT ? [process.execPath, ['server.mjs']] : [path.join(ROOT, 'node_modules/.bin/next'), ['start']];
  const child = spawn(command, [...args, '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so stop() also ends any worker it forks
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server did not start');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      /* already gone */
    }
  };
  const onExit = () => kill('SIGKILL');
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      await fetch(`${origin}${ready}`);
      return { origin, pid, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await stop();
  throw new Error('the server did not answer within 60 s');
}

/** The machine a figure was taken on. */
export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  let nproc = os.availableParallelism();
  try {
    nproc = Number(execSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    /* keep node's count */
  }
  return {
    date: new Date().toISOString(),
    nproc,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    cpu,
    platform: `${os.platform()} ${os.release()}`,
    /** 1, 5 and 15 minute load averages when the result was written: how busy the machine was. */
    loadavg: os.loadavg().map((x) => round(x, 2)),
  };
}

/** A goal and whether this run met it. Only enforced checks make the benchmark exit non-zero. */
export interface Check {
  name: string;
  value: number | string | null;
  goal: string;
  met: boolean | null;
  enforced: boolean;
}

export const check = (name: string, value: number | string | null, goal: string, met: boolean | null, enforced = true): Check => ({
  name,
  value,
  goal,
  met,
  enforced,
});

/** Writes bench/results/<name>.json (via a .tmp file), prints the checks, returns the exit code. */
export function finish(name: string, command: string, data: { build?: { buildId: string }; [key: string]: unknown }, checks: Check[]): number {
  if (data.build) {
    // Others may rebuild .next while we measure; the server would then serve chunks that are gone.
    const now = existsSync(path.join(ROOT, '.next', 'BUILD_ID')) ? buildInfo().buildId : 'none';
    checks.push(check('.next build unchanged during the run', now, data.build.buildId, now === data.build.buildId));
  }
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.json`);
  const body = { benchmark: name, command, machine: machine(), ...data, checks };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  for (const c of checks) {
    const mark = c.met === null ? 'SKIP' : c.met ? 'ok  ' : c.enforced ? 'FAIL' : 'miss';
    console.log(`${mark} ${name}: ${c.name} = ${c.value} (goal ${c.goal}${c.enforced ? '' : ', not enforced'})`);
  }
  console.log(`wrote ${path.relative(ROOT, file)}`);
  return checks.some((c) => c.enforced && c.met === false) ? 1 : 0;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** The figures every autocannon run reports. */
export function summarise(r: Awaited<ReturnType<typeof autocannon>>) {
  return {
    requestsPerSecond: r.requests.average,
    requestsTotal: r.requests.total,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: r.statusCodeStats,
  };
}

/** Runs a benchmark's main: its return value is the exit code; a crash exits 2. */
export function run(main: () => Promise<number>) {
  main().then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
