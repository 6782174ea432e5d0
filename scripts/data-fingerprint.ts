/** Reads data/ for the version rule: the fingerprint of the CSV files and resource schemas as they are now. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fingerprintOf, type Digest, type Fingerprint } from '../lib/core/data-release';

export const sha256: Digest = (data) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

export function currentFingerprint(dir: string, pkg: { resources?: unknown }): Fingerprint {
  const csvFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
  const resources = Array.isArray(pkg.resources) ? (pkg.resources as Array<{ name: string; schema?: unknown }>) : [];
  return fingerprintOf(csvFiles, resources, sha256);
}
