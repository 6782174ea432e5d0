/** The framework floor: the smallest App Router page with links, to measure this stack on this machine. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <title>Framework floor</title>
      </head>
      <body>{children}</body>
    </html>
  );
}
