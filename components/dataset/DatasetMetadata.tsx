import type { DatasetMeta } from '@/lib/core/types';
import { CurrencyNote } from '../status/CurrencyNote';
import { DeferredDetails } from './DeferredDetails';
import { SourceItems } from './MetadataLists';

/** How many sources the page lists; the rest are drawn when the reader opens the list. */
const SOURCES_SHOWN = 3;

const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((100 * n) / of)}%`);

/**
 * What the dataset is: how well sourced, when last changed, its fields, coverage, licence and sources.
 * It sits inside the page's React Query provider: its deferred parts read the dataset's descriptor there.
 */
export function DatasetMetadata({ meta, cutoff }: { meta: DatasetMeta; cutoff: string | null }) {
  const { rows, sourcesByKind } = meta.provenance;
  const newer = cutoff === null ? 0 : meta.sources.filter((s) => s.published !== null && s.published > cutoff).length;
  return (
    <section aria-labelledby="about-data">
      <h2 id="about-data">About this dataset</h2>
      <p>{meta.description}</p>
      <dl className="meta">
        <dt>Provenance</dt>
        <dd data-testid="provenance">
          {rows.primary} primary ({pct(rows.primary, meta.rowCount)}), {rows.secondary} secondary, {rows['as-cited']} as-cited of {meta.rowCount} rows. Sources by
          kind:{' '}
          {Object.entries(sourcesByKind)
            .sort((a, b) => b[1] - a[1])
            .map(([kind, n]) => `${n} ${kind}`)
            .join(', ')}
          .
        </dd>
        <dt>Last updated</dt>
        <dd data-testid="last-updated">
          {meta.changes[0]?.date ?? 'not recorded'}
          <CurrencyNote id={meta.id} />
          {cutoff !== null && newer > 0 && (
            <span className="muted">
              {' '}
              · {newer} of its {meta.sources.length} sources were published after the paper ({cutoff}); their rows are marked “after the paper” in the table
            </span>
          )}
        </dd>
        <dt>Rows</dt>
        <dd>{meta.rowCount}</dd>
        <dt>Countries and regions</dt>
        <dd>{meta.countries.join(', ') || '–'}</dd>
        <dt>Years</dt>
        <dd>{meta.timeRange ? `${meta.timeRange.from}–${meta.timeRange.to}` : '–'}</dd>
        <dt>Licence</dt>
        <dd>{meta.license ?? 'see sources'} for this compilation; each source keeps its own terms.</dd>
        <dt>File</dt>
        <dd>
          <code>data/{meta.path}</code>
        </dd>
      </dl>
      {/* The codebook, the changes and the sources past the first few are drawn when opened (DeferredDetails). */}
      <DeferredDetails datasetId={meta.id} part="codebook" summary={`Fields (${meta.fields.length}): the file’s columns and codes`} />
      {meta.changes.length > 0 && <DeferredDetails datasetId={meta.id} part="changes" summary={`What changed (${meta.changes.length})`} />}
      <h3>Sources</h3>
      <ul className="small" data-testid="sources">
        <SourceItems sources={meta.sources.slice(0, SOURCES_SHOWN)} />
      </ul>
      {meta.sources.length > SOURCES_SHOWN && (
        <DeferredDetails datasetId={meta.id} part="sources" skip={SOURCES_SHOWN} summary={`${meta.sources.length - SOURCES_SHOWN} more source${meta.sources.length - SOURCES_SHOWN === 1 ? '' : 's'} (${meta.sources.length} in all)`} />
      )}
    </section>
  );
}
