import { packageResponse } from '@/lib/server/package-response';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => packageResponse(request);
