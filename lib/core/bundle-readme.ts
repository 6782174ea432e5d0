import type { SourceLine } from './charts';
import { fieldLabel } from './labels';
import { snippetsMarkdown } from './snippets';
import type { FieldDescriptor } from './types';

export interface BundleReadmeInput {
  title: string;
  description: string;
  /** What the bundle holds, in words: "China, 2022 (12 of 50 rows)". */
  selection: string;
  files: Array<{ name: string; about: string }>;
  fields: FieldDescriptor[];
  sources: SourceLine[];
  license: string;
  citation: string;
  viewUrl: string;
  generated: string;
  /** Extra sections (a claim's verdict and checks), as Markdown. */
  extra?: string;
  /** The data package version the files come from (datapackage.json `version`). */
  dataVersion?: string | null;
  /** The address of this CSV online: the README shows Python, R and JavaScript that read it. */
  csvUrl?: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The README.md of a download bundle: what it is, each field with its unit, the sources, licence and citation. */
export function bundleReadme(input: BundleReadmeInput): string {
  const lines: string[] = [`# ${input.title}`, '', oneLine(input.description), '', `Selection: ${input.selection}.`, `View online: ${input.viewUrl}`, ...(input.dataVersion ? [`Data version: ${input.dataVersion} (see CHANGELOG.md of the data package)`] : []), `Bundle made: ${input.generated}`, ''];
  if (input.extra) lines.push(input.extra.trim(), '');
  lines.push('## Files', '', ...input.files.map((f) => `- \`${f.name}\`: ${f.about}`), '');
  lines.push('## Fields', '', '| Field | Title | Type | Unit | Description |', '| --- | --- | --- | --- | --- |');
  const cell = (s: string | undefined) => oneLine(s ?? '').replace(/\|/g, '\\|');
  for (const f of input.fields) lines.push(`| \`${f.name}\` | ${cell(fieldLabel(f))} | ${f.type} | ${cell(f.unit)} | ${cell(f.description)} |`);
  if (input.csvUrl) lines.push('', snippetsMarkdown(input.csvUrl).trimEnd());
  lines.push('', '## Sources', '');
  for (const s of input.sources) {
    lines.push(`- ${s.publisher}${s.title ? `, ${oneLine(s.title)}` : ''}${s.url ? ` <${s.url}>` : ''}${s.seenAt && s.seenAt !== s.url ? ` (seen at <${s.seenAt}>)` : ''}: ${s.rows} row${s.rows === 1 ? '' : 's'}, ${s.confidence.join(', ')}`);
  }
  lines.push('', 'Confidence: `primary` was seen in the publisher’s own document; `secondary` in a named source quoting it; `as-cited` only in the paper.', '');
  lines.push('## Licence', '', `${input.license} for this compilation; each source keeps its own terms.`, '', '## Citation', '', oneLine(input.citation), '');
  return lines.join('\n');
}
