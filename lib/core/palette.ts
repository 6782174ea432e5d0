/**
 * Chart colours, declared once: each entity keeps its colour in every chart, in light and dark.
 * The CSS variables the charts use (`var(--c-china)`) are generated from this table (see paletteCss).
 */
export const ENTITY_COLORS: Record<string, { light: string; dark: string }> = {
  'United States': { light: '#1f5fbf', dark: '#6fa3f2' },
  China: { light: '#c8262e', dark: '#f2767b' },
  Europe: { light: '#2e7d4f', dark: '#6cc795' },
  India: { light: '#b86e00', dark: '#f0b35a' },
  Canada: { light: '#7b3fa0', dark: '#c39ae0' },
  'United Kingdom': { light: '#00838f', dark: '#5fc9d3' },
  other: { light: '#6b7280', dark: '#a3abb5' },
};

/** Colours for entities without their own (picked by a stable hash of the name) and for categories. */
const FALLBACK = [
  { light: '#8c564b', dark: '#d29a8f' },
  { light: '#3f6f8f', dark: '#84b5d6' },
  { light: '#9a6b00', dark: '#e3b64a' },
  { light: '#5b6b2e', dark: '#b5c77a' },
  { light: '#8e3b74', dark: '#d78bbf' },
  { light: '#4b5d8c', dark: '#9fb0e0' },
];
const CATEGORIES = [...['United States', 'China', 'Europe', 'India', 'Canada', 'United Kingdom'].map((e) => ENTITY_COLORS[e]), FALLBACK[0], { light: '#5f6b76', dark: '#aab3bd' }];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The same entity has the same colour in every chart; dark mode is a change of variables, not of charts. */
export function entityColor(name: string): string {
  if (name in ENTITY_COLORS) return `var(--c-${slug(name)})`;
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `var(--c-p${(h % FALLBACK.length) + 1})`;
}

export function categoryColor(index: number): string {
  return `var(--cat-${(index % CATEGORIES.length) + 1})`;
}

/** The CSS custom properties for both schemes, generated from the tables above. */
export function paletteCss(): string {
  const vars = (scheme: 'light' | 'dark') =>
    [
      ...Object.entries(ENTITY_COLORS).map(([name, c]) => `--c-${slug(name)}:${c[scheme]}`),
      ...FALLBACK.map((c, i) => `--c-p${i + 1}:${c[scheme]}`),
      ...CATEGORIES.map((c, i) => `--cat-${i + 1}:${c[scheme]}`),
    ].join(';');
  return `:root{${vars('light')}}@media (prefers-color-scheme: dark){:root{${vars('dark')}}}`;
}

/** Colours for publishers on a comparison chart: none of them is an entity's colour, so a line never reads as a country. */
export function publisherColor(index: number): string {
  return `var(--c-p${(index % FALLBACK.length) + 1})`;
}

/** A chart colour as a plain hex value, for renderers without CSS variables (link-preview images). */
export function resolveColor(color: string, scheme: 'light' | 'dark' = 'light'): string {
  const m = /^var\(--(c|cat)-([a-z0-9-]+)\)$/.exec(color);
  if (!m) return color;
  if (m[1] === 'cat') return CATEGORIES[(Number(m[2]) - 1) % CATEGORIES.length]?.[scheme] ?? ENTITY_COLORS.other[scheme];
  const fallback = /^p(\d+)$/.exec(m[2]);
  if (fallback) return FALLBACK[(Number(fallback[1]) - 1) % FALLBACK.length][scheme];
  const entity = Object.entries(ENTITY_COLORS).find(([name]) => slug(name) === m[2]);
  return (entity?.[1] ?? ENTITY_COLORS.other)[scheme];
}
