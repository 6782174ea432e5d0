import { describeRow } from '@/lib/core/claims/describe-row';
import type { CheckResult } from '@/lib/core/types';
import type { DatasetMeta } from '@/lib/core/types';

const STATUS_LABEL = { pass: 'passes', partial: 'passes only in part', fail: 'fails', 'not verifiable': 'cannot be made' } as const;

/** Each check: the paper's words it tests, its result and reason, and the rows it did not count and why. */
export function CheckList({ checks, testId, fields }: { checks: CheckResult[]; testId: string; fields: Record<string, DatasetMeta['fields']> }) {
  return (
    <ol className="check-list" data-testid={testId}>
      {checks.map((c) => (
        <li key={c.label} data-status={c.status}>
          <b>{c.label}</b> <span className={`check-status status-${c.status.replace(' ', '-')}`}>{STATUS_LABEL[c.status]}</span>
          <div className="small muted">Tests the paper’s words: “{c.statement}”</div>
          <div>{c.reason}.</div>
          {c.excluded.length > 0 && (
            <details>
              <summary>
                {c.excluded.length} matching row{c.excluded.length === 1 ? '' : 's'} not counted
              </summary>
              <ul className="small">
                {c.excluded.map((x) => (
                  <li key={JSON.stringify(x.row)}>
                    {describeRow(x, fields[x.dataset] ?? [])}: {x.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
