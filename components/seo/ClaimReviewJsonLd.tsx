import { claimReviewJsonLd } from '@/lib/core/jsonld';
import { siteOrigin } from '@/lib/core/site';
import type { EvaluatedClaim } from '@/lib/core/types';
import { getPaper } from '@/lib/server/claims';
import { getDataRelease } from '@/lib/server/data-release';
import { JsonLd } from './JsonLd';

/** A claim page's schema.org ClaimReview: today's verdict as the rating, the paper and its author as the claim's appearance. */
export async function ClaimReviewJsonLd({ claim }: { claim: EvaluatedClaim }) {
  const [paper, release] = await Promise.all([getPaper(), getDataRelease()]);
  if (!paper) return null;
  return <JsonLd id="claim-review-jsonld" data={claimReviewJsonLd({ origin: siteOrigin(), claim, paper, evaluation: claim.evaluation, dataVersion: release.version })} />;
}
