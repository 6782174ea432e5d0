import type { Metadata, Viewport } from 'next';
import { paletteCss } from '@/lib/core/palette';
import { siteOrigin } from '@/lib/core/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { default: 'Bifurcation Dashboard', template: '%s · Bifurcation Dashboard' },
  description:
    'The claims of “Technological Bifurcation in AI” (IRS, Dec 2024) beside sourced data on AI talent, export controls and China’s New Infrastructure, with verdicts computed from the data.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The document: the site's pages add their chrome in app/(site)/layout.tsx; embeds have none. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{paletteCss()}</style>
      </head>
      <body>{children}</body>
    </html>
  );
}
