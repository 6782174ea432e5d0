/**
 * npm run review: the maintainer's list of what to update, oldest first: lapsed schedules (measures
 * whose scheduled change passed with no source since), overdue series (newer figures were due under
 * the publisher's schedule) and single-sourced rows. Prints the list; exits 0 whatever it holds
 * (it informs, it does not gate). `REVIEW_DAY=YYYY-MM-DD` reviews another day.
 */
import { formatReview, reviewList, type ReviewDataset } from '../lib/core/review';
import { dayOf } from '../lib/core/in-force';
import { publishedById } from '../lib/core/status-on';
import { datasetCurrency } from '../lib/server/currency';
import { getSources, listDatasets } from '../lib/server/data';

async function main() {
  const day = process.env.REVIEW_DAY ?? dayOf(new Date());
  const now = new Date(`${day}T12:00:00Z`);
  const datasets: ReviewDataset[] = [];
  for (const d of await listDatasets()) {
    if (!d.ok) {
      console.log(`review: ${d.error.id} has data problems (run npm run validate-data); it is left out`);
      continue;
    }
    const { meta, rows } = d.value;
    datasets.push({ id: meta.id, rows, primaryKey: meta.primaryKey, currency: (await datasetCurrency(meta.id, now)) ?? [], lifecycle: meta.fields.some((f) => f.name === 'effective_date') });
  }
  console.log(formatReview(reviewList(datasets, publishedById(await getSources()), day), day));
}

main().then(() => process.exit(0));
