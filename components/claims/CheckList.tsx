import { describeRow } from '@/lib/core/claims/describe-row';
import type { CheckResult, PillarResult } from '@/lib/core/types';
import type { DatasetMeta } from '@/lib/core/types';

const STATUS_LABEL = { pass: 'passes', partial: 'passes only in part', fail: 'fails', 'not verifiable': 'cannot be made' } as const;

const PILLAR_LABEL = { pass: 'holds', partial: 'holds only in part', fail: 'fails', 'not verifiable': 'cannot be judged' } as const;

/** Each pillar (part of the paper's sentence) with how it was judged and the checks that decided it. */
export function PillarList({ pillars, testId }: { pillars: PillarResult[]; testId: string }) {
  return (
    <ol className="pillar-list" data-testid={testId}>
      {pillars.map((p) => (
        <li key={p.id} data-testid="pillar" data-status={p.status}>
          <b>“{p.statement}”</b> <span className={`check-status status-${p.status.replace(' ', '-')}`}>{PILLAR_LABEL[p.status]}</span>
          <div className="small muted">{p.why}.</div>
        </li>
      ))}
    </ol>
  );
}

/** Each check: the paper's words it tests, its result and reason, its sourcing, and the rows it did not count and why. */
export function CheckList({ checks, testId, fields }: { checks: CheckResult[]; testId: string; fields: Record<string, DatasetMeta['fields']> }) {
  return (
    <ol className="check-list" data-testid={testId}>
      {checks.map((c) => (
        <li key={c.label} data-status={c.status}>
          <b>{c.label}</b> <span className={`check-status status-${c.status.replace(' ', '-')}`}>{STATUS_LABEL[c.status]}</span>
          <div className="small muted">
            Tests the paper’s words: “{c.statement}”{c.pillar && c.pillar !== c.label ? <> (pillar: {c.pillar})</> : null}
          </div>
          <div>{c.reason}.</div>
          {c.sourcing && c.sourcing.strength !== 'none' && <div className="small muted">Sourcing, beside the result: {c.sourcing.label}.</div>}
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
