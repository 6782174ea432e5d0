/** Embeds: no site chrome, so they fit an iframe; every one links back to its page. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <main className="embed">{children}</main>;
}
