/**
 * "Use this data": code that reads a CSV address in Python (pandas), R (base read.csv) and
 * JavaScript (fetch and a small RFC 4180 parser, no library), for the dataset pages and the ZIP README.
 */

export interface Snippet {
  language: 'Python' | 'R' | 'JavaScript';
  /** What it needs, in words. */
  needs: string;
  code: string;
}

/** The CSV address of a dataset view: the API route with the view's filter and sort parameters. */
export function csvAddress(origin: string, datasetId: string, filterQuery: string): string {
  return `${origin}/api/datasets/${encodeURIComponent(datasetId)}/csv${filterQuery ? `?${filterQuery}` : ''}`;
}

/** A string literal every one of the three languages reads the same way (URLs hold no quotes or backslashes once encoded). */
const literal = (url: string) => JSON.stringify(url);

export function dataSnippets(csvUrl: string): Snippet[] {
  const u = literal(csvUrl);
  return [
    {
      language: 'Python',
      needs: 'pandas',
      code: [`import pandas as pd`, ``, `df = pd.read_csv(${u})`, `print(df.head())`].join('\n'),
    },
    {
      language: 'R',
      needs: 'base R',
      code: [`df <- read.csv(${u}, encoding = "UTF-8", stringsAsFactors = FALSE)`, `head(df)`].join('\n'),
    },
    {
      language: 'JavaScript',
      needs: 'a browser or Node 18+ (top-level await in a module)',
      code: [
        `const url = ${u};`,
        `const text = await (await fetch(url)).text();`,
        `// RFC 4180: quoted cells may hold commas, doubled quotes and line breaks.`,
        `function parseCsv(text) {`,
        `  const rows = [];`,
        `  let row = [], cell = '', quoted = false;`,
        `  for (let i = 0; i < text.length; i++) {`,
        `    const c = text[i];`,
        `    if (quoted) {`,
        `      if (c !== '"') cell += c;`,
        `      else if (text[i + 1] === '"') { cell += '"'; i++; }`,
        `      else quoted = false;`,
        `    } else if (c === '"') quoted = true;`,
        `    else if (c === ',') { row.push(cell); cell = ''; }`,
        `    else if (c === '\\n' || c === '\\r') {`,
        `      if (c === '\\r' && text[i + 1] === '\\n') i++;`,
        `      row.push(cell); rows.push(row); row = []; cell = '';`,
        `    } else cell += c;`,
        `  }`,
        `  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }`,
        `  return rows;`,
        `}`,
        `const [header, ...records] = parseCsv(text);`,
        `const data = records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));`,
        `console.log(data.length, data[0]);`,
      ].join('\n'),
    },
  ];
}

/** The snippets as a Markdown section (for a bundle README). */
export function snippetsMarkdown(csvUrl: string): string {
  const fence: Record<Snippet['language'], string> = { Python: 'python', R: 'r', JavaScript: 'js' };
  const lines = ['## Use this data', '', `Each snippet reads the CSV of this view from ${csvUrl}.`, ''];
  for (const s of dataSnippets(csvUrl)) lines.push(`${s.language} (${s.needs}):`, '', `\`\`\`${fence[s.language]}`, s.code, '```', '');
  return lines.join('\n');
}
