/** One entry of data/CHANGELOG.md: the day, the datasets it names, and what changed in words. */
export interface ChangeEntry {
  date: string;
  datasets: string[];
  text: string;
}

/**
 * A `##` section of data/CHANGELOG.md:
 * - `## Unreleased`: lines waiting for the next release (`npm run data-release`);
 * - `## 1.2.0 (2026-12-04)`: a release of the data package, its semantic version and day;
 * - `## Pre-release (2026-11-25)`: history from before the package had versions;
 * - `## 2026-11-25`: a dated entry in the older form (read as pre-release history).
 */
export interface ChangelogSection {
  kind: 'unreleased' | 'release' | 'pre-release';
  /** The semantic version of a release, else null. */
  version: string | null;
  /** The day (YYYY-MM-DD), null for Unreleased. */
  date: string | null;
  /** 1-based line number of the heading. */
  line: number;
  /** The bullet lines of the section, as written (without the leading "- "). */
  bullets: string[];
}

export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function sectionOf(heading: string, line: number): ChangelogSection | null {
  const text = heading.trim();
  if (/^unreleased$/i.test(text)) return { kind: 'unreleased', version: null, date: null, line, bullets: [] };
  const release = /^(\d+\.\d+\.\d+)\s+\((\d{4}-\d{2}-\d{2})\)$/.exec(text);
  if (release) return { kind: 'release', version: release[1], date: release[2], line, bullets: [] };
  const pre = /^pre-release(?: history)?\s+\((\d{4}-\d{2}-\d{2})\)$/i.exec(text);
  if (pre) return { kind: 'pre-release', version: null, date: pre[1], line, bullets: [] };
  const dated = /^(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (dated) return { kind: 'pre-release', version: null, date: dated[1], line, bullets: [] };
  return null;
}

/** The `##` sections of data/CHANGELOG.md in file order; headings of other forms end a section and are skipped. */
export function changelogSections(markdown: string): ChangelogSection[] {
  const sections: ChangelogSection[] = [];
  let current: ChangelogSection | null = null;
  markdown.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const heading = /^##\s+(.+)$/.exec(line);
    if (heading) {
      current = sectionOf(heading[1], i + 1);
      if (current) sections.push(current);
      return;
    }
    const bullet = /^-\s+(.+)$/.exec(line);
    if (bullet && current) current.bullets.push(bullet[1].trim());
  });
  return sections;
}

/**
 * Parses data/CHANGELOG.md into dated entries: bullet lines of released (or pre-release) sections
 * that start with the ids of the datasets they touch in backticks, e.g. "- `talent`, `sources`: what
 * changed". Lines under `## Unreleased` have no day yet and are left out; other lines are ignored.
 */
export function parseChangelog(markdown: string): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const section of changelogSections(markdown)) {
    if (section.date === null) continue;
    for (const text of section.bullets) {
      const bullet = /^((?:`[a-z0-9-]+`(?:,\s*)?)+):\s*(.+)$/.exec(text);
      if (bullet) entries.push({ date: section.date, datasets: [...bullet[1].matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]), text: bullet[2].trim() });
    }
  }
  return entries;
}

/** The entries that touch one dataset, newest first. */
export const changesFor = (entries: ChangeEntry[], id: string) => entries.filter((e) => e.datasets.includes(id)).sort((a, b) => b.date.localeCompare(a.date));
