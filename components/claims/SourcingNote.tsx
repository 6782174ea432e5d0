import type { Evaluation } from '@/lib/core/types';

/** The strength of the sourcing, beside a verdict ("Supported, on secondary sources"); nothing when no evidence carried it. */
export function SourcingNote({ evaluation }: { evaluation: Pick<Evaluation, 'sourcing' | 'verdict'> }) {
  const s = evaluation.sourcing;
  if (!s || s.strength === 'none') return null;
  return (
    <span className="verdict-sourcing small muted">
      ,{' '}
      <span data-testid="verdict-sourcing" data-strength={s.strength}>
        {s.label}
      </span>
    </span>
  );
}
