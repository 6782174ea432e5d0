import { jsonError } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

/** Any other /api path answers with a JSON 404 rather than an HTML page. */
export const GET = () => jsonError(404, 'not_found', 'no such API route; see GET /api/datasets and GET /api/claims');
