import { revalidatePath } from 'next/cache';
import { jsonError } from '@/lib/server/http';

/**
 * Refreshes every prerendered page. Called by lib/server/data-watch.ts when data/ changed, with the token recorded
 * at build; any other caller is refused.
 */
export async function POST(request: Request) {
  const token = process.env.REVALIDATE_TOKEN;
  if (!token || request.headers.get('x-revalidate-token') !== token) return jsonError(403, 'forbidden', 'only the server itself may refresh its pages');
  revalidatePath('/', 'layout');
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
