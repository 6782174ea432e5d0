import { datasetCurrency } from '@/lib/server/currency';

/**
 * Beside "Last updated" on a dataset page: how current its series are, from the publishers' declared
 * schedules (lib/core/currency). Names the series whose newer figures are due, and the ones that ended.
 */
export async function CurrencyNote({ id }: { id: string }) {
  const entries = await datasetCurrency(id);
  if (!entries || entries.length === 0) return null;
  const overdue = entries.filter((e) => e.overdue);
  const ended = entries.filter((e) => e.cadence === 'ended');
  return (
    <span className="currency-note" data-testid="currency">
      {' '}
      ·{' '}
      {overdue.length > 0 ? (
        <>
          <b>newer figures are due</b> for {overdue.length} of {entries.length} series:{' '}
          {overdue.map((e, i) => (
            <span key={e.series} data-series={e.series} data-overdue="true">
              {i > 0 ? '; ' : ''}
              {e.label} ({e.cadence}, {e.publisher}; latest {e.latestPeriod ?? 'period unknown'}, due by {e.nextExpected})
            </span>
          ))}
        </>
      ) : (
        <>no newer figures are due for its {entries.length} series</>
      )}
      {ended.length > 0 && (
        <>
          {' '}
          · {ended.length === entries.length ? 'every series has ended' : `${ended.length} series have ended`} ({[...new Set(ended.map((e) => e.basis))].join('; ')})
        </>
      )}
    </span>
  );
}
