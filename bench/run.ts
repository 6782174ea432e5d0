/**
 * npm run bench [-- name ...] [--cpu-prof] [--lib DIR]: runs the benchmarks (all by default) one after another,
 * each in its own process, against the current .next build (run `npm run build` first). Each
 * writes bench/results/<name>.json. Exits 1 if any enforced goal was missed, 2 if one crashed.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildInfo, ROOT } from './shared';

const ALL = ['bundle', 'api', 'scale', 'page', 'serve', 'size', 'load'];
const WITH_VALUE = ['--lib']; // scale --lib DIR
const chosen: string[] = [];
const flags: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (WITH_VALUE.includes(args[i])) flags.push(args[i], args[++i]);
  else if (args[i].startsWith('--')) flags.push(args[i]);
  else if (ALL.includes(args[i])) chosen.push(args[i]);
  else {
    console.error(`unknown benchmark ${args[i]}; choose from ${ALL.join(', ')}`);
    process.exit(2);
  }
}
const names = chosen.length ? ALL.filter((n) => chosen.includes(n)) : ALL;

/** The newest source file, to warn when the build being measured is older than the code. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

const build = buildInfo();
console.log(`measuring build ${build.buildId} made ${build.builtAt}`);
const stale = ['app', 'components', 'lib'].some((d) => newestSource(path.join(ROOT, d)) > Date.parse(build.builtAt));
if (stale) console.warn('warning: app/, components/ or lib/ changed after this build; run `npm run build` to measure the current code');

const codes: Record<string, number> = {};
for (const name of names) {
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'bench', `${name}.ts`), ...flags], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  codes[name] = r.status ?? 2;
}

console.log('\n== summary');
for (const name of names) console.log(`${name}: ${['ok', 'goal missed', 'crashed'][codes[name]] ?? `exit ${codes[name]}`}`);
process.exitCode = Math.max(...Object.values(codes));
