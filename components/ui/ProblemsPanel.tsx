import { formatProblem } from '@/lib/core/csv/validate';
import type { Problem } from '@/lib/core/types';

/** A dataset that failed validation: every problem with its file, line and column. */
export function ProblemsPanel({ title, problems }: { title: string; problems: Problem[] }) {
  return (
    <section className="panel error-panel" role="alert" data-testid="dataset-error">
      <h2>{title} cannot be shown: its data failed validation</h2>
      <p>Fix these problems in the file and reload; the other datasets are unaffected.</p>
      <ul>
        {problems.slice(0, 50).map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {problems.length > 50 && <p>…and {problems.length - 50} more (run <code>npm run validate-data</code>).</p>}
    </section>
  );
}
