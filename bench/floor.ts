/**
 * The framework floor (bench/floor-app): built in a temporary directory with the project's node_modules
 * and served by `next start` like the dashboard, so benchmarks can measure the smallest App Router page
 * in the same run as the dashboard's pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startServer, type Server } from './shared';

export interface FloorBuild {
  /** The built app's directory (its public/ is served by servers started after a file is put there). */
  dir: string;
  start(): Promise<Server>;
  remove(): void;
}

/** Builds the floor once; start() serves it as often as needed. */
export function buildFloor(): FloorBuild {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'framework-floor-'));
  cpSync(path.join(ROOT, 'bench', 'floor-app'), dir, { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const build = spawnSync(path.join(ROOT, 'node_modules/.bin/next'), ['build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the framework floor did not build:\n${build.stdout}\n${build.stderr}`);
  return { dir, start: () => startServer({ cwd: dir, ready: '/' }), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds and serves the floor; stop() also removes the build. */
export async function startFloor(): Promise<Server> {
  const floor = buildFloor();
  const server = await floor.start();
  return {
    ...server,
    stop: async () => {
      await server.stop();
      floor.remove();
    },
  };
}
