import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { paletteCss } from '@/lib/core/palette';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Bifurcation Dashboard', template: '%s · Bifurcation Dashboard' },
  description:
    'The claims of “Technological Bifurcation in AI” (IRS, Dec 2024) beside sourced data on AI talent, export controls and China’s New Infrastructure, with verdicts computed from the data.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{paletteCss()}</style>
      </head>
      <body>
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
        <main id="main">
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Compilation licensed CC BY 4.0; each source keeps its own terms (listed on every dataset page). Verdicts are
            computed from the files in <code>data/</code> at request time.
          </p>
        </footer>
      </body>
    </html>
  );
}
