import type { SourceLine } from './charts';

export interface CitationInput {
  title: string;
  url: string;
  accessed: string;
  sources: SourceLine[];
  /** The data package version (datapackage.json `version`), when known. */
  version?: string | null;
  /** The day that version was released (YYYY-MM-DD), when known. */
  released?: string | null;
}

const SITE = 'Bifurcation Dashboard';

const versionText = (version: string | null | undefined) => (version ? `, data version ${version}` : '');

/** Plain-text citation naming this compilation, the data version, the original sources and the access date. */
export function plainCitation({ title, url, accessed, sources, version }: CitationInput): string {
  const originals = sources.map((s) => `${s.publisher}${s.title ? `, "${s.title}"` : ''}${s.url ? ` (${s.url})` : ''}`).join('; ');
  return `${SITE}, "${title}"${versionText(version)}, compiled from: ${originals}. ${url} (accessed ${accessed}). Compilation licensed CC BY 4.0.`;
}

const bibEscape = (s: string) => s.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');

export function bibtexCitation({ title, url, accessed, sources, version, released }: CitationInput): string {
  const key = `bifurcation-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}-${accessed.slice(0, 4)}`;
  const note = `Compiled from ${sources.map((s) => `${s.publisher}${s.title ? `: ${s.title}` : ''}`).join('; ')}`;
  return [
    `@misc{${key},`,
    `  title = {{${bibEscape(title)}}},`,
    `  author = {{${SITE}}},`,
    `  howpublished = {\\url{${url}}},`,
    `  year = {${(released ?? accessed).slice(0, 4)}},`,
    ...(version ? [`  version = {${bibEscape(version)}},`] : []),
    `  note = {${version ? `Data version ${bibEscape(version)}. ` : ''}${bibEscape(note)}. Accessed ${accessed}. CC BY 4.0},`,
    `  urldate = {${accessed}}`,
    `}`,
  ].join('\n');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-04" as "December 4, 2026" (APA's retrieval date). */
export function apaDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : day;
}

/**
 * APA 7 reference for a data set whose content changes over time: author, year of the release,
 * title with version, [Data set], retrieval date and address.
 */
export function apaCitation({ title, url, accessed, sources, version, released }: CitationInput): string {
  const year = released ? released.slice(0, 4) : 'n.d.';
  const originals = sources.map((s) => s.publisher).filter((p, i, all) => all.indexOf(p) === i);
  return `${SITE}. (${year}). ${title}${version ? ` (Version ${version})` : ''} [Data set]. ${originals.length > 0 ? `Compiled from ${originals.join('; ')}. ` : ''}Retrieved ${apaDate(accessed)}, from ${url}`;
}
