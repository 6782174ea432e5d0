import type { DatasetMeta, Evaluation, Paper, Source, Verdict } from './types';

/**
 * schema.org JSON-LD for the pages: a `ClaimReview` per claim page and a `Dataset` per dataset page,
 * built from the same values the pages show. Pure: the caller passes the origin, the data version and
 * the evaluation.
 */

export const PROJECT_NAME = 'Bifurcation Dashboard';

/**
 * The rating scale of `reviewRating`: 1 (worst) contradicted, 2 partly supported, 3 (best) supported.
 * `not verifiable` is no point on that scale: its rating carries the verdict in words only.
 */
export const VERDICT_SCALE = { worstRating: 1, bestRating: 3, values: { contradicted: 1, 'partly supported': 2, supported: 3 } as Partial<Record<Verdict, number>> };

const project = (origin: string) => ({ '@type': 'Organization', name: PROJECT_NAME, url: `${origin}/` });

/** "Vol. 42, No. 12" as a schema.org issue within its volume; any other form is kept as the issue's name. */
function issueOf(issue: string | undefined): Record<string, unknown> | undefined {
  if (!issue) return undefined;
  const m = /vol(?:ume)?\.?\s*(\d+)\D+?(?:no|number|issue)\.?\s*(\d+)/i.exec(issue);
  if (!m) return { '@type': 'PublicationIssue', name: issue };
  return { '@type': 'PublicationIssue', name: issue, issueNumber: m[2], isPartOf: { '@type': 'PublicationVolume', volumeNumber: m[1] } };
}

export interface ClaimReviewInput {
  origin: string;
  claim: { id: string; title: string; quote: string };
  paper: Paper;
  /** Today's evaluation: its verdict is the rating, its day the review's date. */
  evaluation: Pick<Evaluation, 'verdict' | 'why' | 'basis'>;
  /** The data package version the verdict was computed from. */
  dataVersion: string | null;
}

export function claimReviewJsonLd({ origin, claim, paper, evaluation, dataVersion }: ClaimReviewInput): Record<string, unknown> {
  const url = `${origin}/claims/${claim.id}`;
  const value = VERDICT_SCALE.values[evaluation.verdict];
  const author = { '@type': 'Person', name: paper.author };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    name: claim.title,
    claimReviewed: claim.quote,
    // The verdict is computed afresh from the data each day: the review is dated the day it judges.
    datePublished: evaluation.basis.asOf,
    author: project(origin),
    ...(dataVersion ? { version: dataVersion, isBasedOn: { '@type': 'Dataset', name: `${PROJECT_NAME} data package`, version: dataVersion, url: `${origin}/datapackage.json` } } : {}),
    itemReviewed: {
      '@type': 'Claim',
      author,
      datePublished: paper.date,
      appearance: {
        '@type': 'ScholarlyArticle',
        name: paper.title,
        headline: paper.title,
        author,
        publisher: { '@type': 'Organization', name: paper.publisher },
        datePublished: paper.date,
        ...(issueOf(paper.issue) ? { isPartOf: issueOf(paper.issue) } : {}),
      },
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: evaluation.verdict,
      ...(value !== undefined ? { ratingValue: value, bestRating: VERDICT_SCALE.bestRating, worstRating: VERDICT_SCALE.worstRating } : {}),
      ratingExplanation: `${evaluation.why}. Scale: 1 contradicted, 2 partly supported, 3 supported; "not verifiable" has no number.`,
    },
  };
}

export interface DatasetJsonLdInput {
  origin: string;
  meta: Pick<DatasetMeta, 'id' | 'title' | 'description' | 'fields' | 'countries' | 'timeRange' | 'sources' | 'license' | 'changes'>;
  /** The licence's address (from datapackage.json), when known. */
  licenseUrl: string | null;
  dataVersion: string | null;
  /** The day of the data version's release, used when no changelog line names the dataset. */
  releaseDate: string | null;
}

const sourceWork = (s: Source) => ({
  '@type': 'CreativeWork',
  name: s.title || s.publisher,
  publisher: { '@type': 'Organization', name: s.publisher },
  ...(s.url ? { url: s.url } : {}),
  ...(s.published ? { datePublished: s.published } : {}),
});

export function datasetJsonLd({ origin, meta, licenseUrl, dataVersion, releaseDate }: DatasetJsonLdInput): Record<string, unknown> {
  const hasUnitColumn = meta.fields.some((f) => f.name === 'unit');
  const modified = meta.changes[0]?.date ?? releaseDate;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: meta.title,
    description: meta.description,
    url: `${origin}/datasets/${meta.id}`,
    identifier: `${origin}/datasets/${meta.id}`,
    license: licenseUrl ?? meta.license ?? undefined,
    creator: project(origin),
    publisher: project(origin),
    ...(dataVersion ? { version: dataVersion } : {}),
    ...(modified ? { dateModified: modified } : {}),
    ...(meta.timeRange ? { temporalCoverage: meta.timeRange.from === meta.timeRange.to ? String(meta.timeRange.from) : `${meta.timeRange.from}/${meta.timeRange.to}` } : {}),
    ...(meta.countries.length > 0 ? { spatialCoverage: meta.countries.map((name) => ({ '@type': 'Place', name })) } : {}),
    // Each column by name, title and unit; its full description and codes are in the Table Schema of
    // datapackage.json (a distribution below), not repeated in every page.
    variableMeasured: meta.fields.map((f) => ({
      '@type': 'PropertyValue',
      name: f.name,
      ...(f.title ? { alternateName: f.title } : {}),
      ...(f.unit ? { unitText: f.unit } : f.name === 'value' && hasUnitColumn ? { unitText: 'given per row in the unit field' } : {}),
    })),
    ...(meta.sources.length > 0 ? { isBasedOn: meta.sources.map(sourceWork) } : {}),
    isAccessibleForFree: true,
    distribution: [
      { '@type': 'DataDownload', name: `${meta.title} (CSV)`, encodingFormat: 'text/csv', contentUrl: `${origin}/api/datasets/${meta.id}/csv` },
      { '@type': 'DataDownload', name: `${meta.title} (ZIP: CSV, datapackage.json, README)`, encodingFormat: 'application/zip', contentUrl: `${origin}/api/datasets/${meta.id}/zip` },
      { '@type': 'DataDownload', name: 'datapackage.json (Frictionless Data Package of every dataset)', encodingFormat: 'application/json', contentUrl: `${origin}/datapackage.json` },
    ],
  };
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes
 * (still the same JSON), so no value can close the script element or open a comment; U+2028/2029 too.
 */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
