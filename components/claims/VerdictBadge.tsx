import type { Verdict } from '@/lib/core/types';

const CLASS: Record<Verdict, string> = {
  supported: 'badge-supported',
  'partly supported': 'badge-partly',
  contradicted: 'badge-contradicted',
  'not verifiable': 'badge-unverifiable',
};
const MARK: Record<Verdict, string> = { supported: '✓', 'partly supported': '◐', contradicted: '✗', 'not verifiable': '?' };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`badge ${CLASS[verdict]}`} data-testid="verdict">
      <span aria-hidden="true">{MARK[verdict]} </span>
      {verdict[0].toUpperCase() + verdict.slice(1)}
    </span>
  );
}
