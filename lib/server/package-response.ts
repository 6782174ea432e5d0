import 'server-only';
import { readPackageFile } from './data';
import { cacheable } from './http';

/** The package descriptor exactly as stored. */
export async function packageResponse(request: Request): Promise<Response> {
  return cacheable(request, await readPackageFile(), { 'Content-Type': 'application/json; charset=utf-8' });
}
