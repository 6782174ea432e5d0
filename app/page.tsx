import Link from 'next/link';
import { listDatasets } from '@/lib/data';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const datasets = await listDatasets();
  return (
    <>
      <h1>Bifurcation Dashboard</h1>
      <ul>
        {datasets.map((d) =>
          d.ok ? (
            <li key={d.value.meta.id}>
              <Link href={`/datasets/${d.value.meta.id}`}>{d.value.meta.title}</Link> — {d.value.meta.rowCount} rows
            </li>
          ) : (
            <li key={d.error.id}>{d.error.title}: failed validation</li>
          ),
        )}
      </ul>
    </>
  );
}
