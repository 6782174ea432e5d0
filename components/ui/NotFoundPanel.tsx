import Link from 'next/link';

export function NotFoundPanel() {
  return (
    <section className="panel">
      <h1>Not found</h1>
      <p>
        There is no page at this address. The claims are listed on the <Link href="/">home page</Link> and the data on the <Link href="/datasets">datasets page</Link>.
      </p>
    </section>
  );
}
