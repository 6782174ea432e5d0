import Link from 'next/link';

export default function Home() {
  return (
    <main>
      <h1>Framework floor</h1>
      <p>A prerendered Next.js App Router page with a heading, this paragraph and two links: no chart, no data, no styles.</p>
      <Link href="/about">About</Link> <Link href="/">Home</Link>
    </main>
  );
}
