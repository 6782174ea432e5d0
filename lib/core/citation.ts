import type { SourceLine } from './charts';

export interface CitationInput {
  title: string;
  url: string;
  accessed: string;
  sources: SourceLine[];
}

const SITE = 'Bifurcation Dashboard';

/** Plain-text citation naming this compilation, the original sources and the access date. */
export function plainCitation({ title, url, accessed, sources }: CitationInput): string {
  const originals = sources.map((s) => `${s.publisher}${s.title ? `, "${s.title}"` : ''}${s.url ? ` (${s.url})` : ''}`).join('; ');
  return `${SITE}, "${title}", compiled from: ${originals}. ${url} (accessed ${accessed}). Compilation licensed CC BY 4.0.`;
}

const bibEscape = (s: string) => s.replace(/[{}\\]/g, '').replace(/([&%$#_])/g, '\\$1');

export function bibtexCitation({ title, url, accessed, sources }: CitationInput): string {
  const key = `bifurcation-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}-${accessed.slice(0, 4)}`;
  const note = `Compiled from ${sources.map((s) => `${s.publisher}${s.title ? `: ${s.title}` : ''}`).join('; ')}`;
  return [
    `@misc{${key},`,
    `  title = {{${bibEscape(title)}}},`,
    `  author = {{${SITE}}},`,
    `  howpublished = {\\url{${url}}},`,
    `  year = {${accessed.slice(0, 4)}},`,
    `  note = {${bibEscape(note)}. Accessed ${accessed}. CC BY 4.0},`,
    `  urldate = {${accessed}}`,
    `}`,
  ].join('\n');
}
