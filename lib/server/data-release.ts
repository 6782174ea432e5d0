import 'server-only';
import { readReleaseRecord } from '../core/data-release';
import { getPackage } from './data';

export interface DataRelease {
  /** datapackage.json `version`, or null when the package cannot be read. */
  version: string | null;
  /** The day that version was released (its `x-release` record), or null. */
  released: string | null;
  /** The licence's address from datapackage.json, or null. */
  licenseUrl: string | null;
}

/** The data package's version, its release day and licence address, for citations and JSON-LD. */
export async function getDataRelease(): Promise<DataRelease> {
  const pkg = await getPackage();
  if (!pkg.ok) return { version: null, released: null, licenseUrl: null };
  const record = readReleaseRecord(pkg.value as unknown as Record<string, unknown>);
  const version = typeof pkg.value.version === 'string' ? pkg.value.version : null;
  return {
    version,
    released: typeof record === 'string' || record.version !== version ? null : record.date,
    licenseUrl: pkg.value.licenses?.[0]?.path ?? null,
  };
}
