import Link from 'next/link';

/** The site's header and footer around a page; embeds go without them. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Bifurcation Dashboard
        </Link>
        <nav aria-label="Main">
          <Link href="/">Claims</Link>
          <Link href="/datasets">Datasets</Link>
          <Link href="/compare">Compare sources</Link>
          <a href="/datapackage.json">Data package</a>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          Compilation licensed CC BY 4.0; each source keeps its own terms (listed on every dataset page). Verdicts are computed from the files in <code>data/</code>.
        </p>
      </footer>
    </>
  );
}
