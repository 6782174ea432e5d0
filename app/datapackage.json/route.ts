import { packageResponse } from '@/lib/package-response';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => packageResponse(request);
