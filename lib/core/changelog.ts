/** One entry of data/CHANGELOG.md: the day, the datasets it names, and what changed in words. */
export interface ChangeEntry {
  date: string;
  datasets: string[];
  text: string;
}

/**
 * Parses data/CHANGELOG.md: `## YYYY-MM-DD` headings, each followed by bullet lines that start with
 * the ids of the datasets they touch in backticks, e.g. "- `talent`, `sources`: what changed".
 * Lines that follow neither form are ignored.
 */
export function parseChangelog(markdown: string): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  let date: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(\d{4}-\d{2}-\d{2})\s*$/.exec(line);
    if (heading) {
      date = heading[1];
      continue;
    }
    const bullet = /^-\s+((?:`[a-z0-9-]+`(?:,\s*)?)+):\s*(.+)$/.exec(line);
    if (bullet && date) entries.push({ date, datasets: [...bullet[1].matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]), text: bullet[2].trim() });
  }
  return entries;
}

/** The entries that touch one dataset, newest first. */
export const changesFor = (entries: ChangeEntry[], id: string) => entries.filter((e) => e.datasets.includes(id)).sort((a, b) => b.date.localeCompare(a.date));
