import Link from 'next/link';

/**
 * The site's header and footer around a page; embeds go without them. The header's links do not
 * prefetch: every page would otherwise fetch and decode three or four others while it loads (on a
 * throttled phone that work lands in the page's blocking time); a click still navigates in the app.
 */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand" prefetch={false}>
          Bifurcation Dashboard
        </Link>
        <nav aria-label="Main">
          <Link prefetch={false} href="/">Claims</Link>
          <Link prefetch={false} href="/datasets">Datasets</Link>
          <Link prefetch={false} href="/compare">Compare sources</Link>
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
