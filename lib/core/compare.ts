import type { ChartSpec } from './charts';
import { definitionOf, sourceLines, type SourceLine } from './charts';
import { formatValue } from './format';
import { comparePeriods } from './period';
import { labelFor } from './labels';
import { publisherColor } from './palette';
import type { DatasetMeta, Row, Source } from './types';
import { entityOf, periodOf as viewPeriodOf, unitOf, valueOf } from './view-declaration';

/** One thing several publishers measure (data/concepts.json). */
export interface Concept {
  id: string;
  title: string;
  /** The question the comparison answers, in a reader's words. */
  question: string;
  description: string;
  /** The entities charted: two whose lead is compared, or one whose level the publishers disagree on. */
  countries: string[];
  /** One line per publisher (default), or per source document (editions of one report). */
  by?: 'publisher' | 'source';
  members: Array<{ dataset: string; where: Record<string, string> }>;
}

export interface ConceptsDocument {
  concepts: Concept[];
}

/** One publisher's series of one measure. */
export interface PublisherSeries {
  key: string;
  label: string;
  publisher: string;
  measure: string;
  unit: string;
  color: string;
  /** What the figures measure, from the rows' own definition fields (basis, tier) and the measure's label. */
  definition: string;
  coverage: { from: string; to: string; countries: string[] };
  /** The sources' own publication dates, oldest to newest. */
  published: string[];
  confidence: string[];
  sources: SourceLine[];
  rows: Array<{ dataset: string; row: Row }>;
}

export interface ConceptView {
  concept: Concept;
  series: PublisherSeries[];
  publishers: string[];
  /** One chart per country and unit: each publisher in its own colour. */
  panels: Array<{ country: string; spec: ChartSpec }>;
  /** Whether the publishers agree, in sentences computed from the rows. */
  findings: { leader: string | null; direction: string[]; spread: string[] };
}

/** "MIIT, reported by People's Daily" and "Stanford HAI (AI Index Steering Committee)" name MIIT and Stanford HAI. */
export function publisherOf(source: Source | undefined, fallback: string): string {
  const name = source?.publisher ?? fallback;
  return name.split(/,| \(/)[0].trim() || name;
}

const matches = (row: Row, where: Record<string, string>) => Object.entries(where).every(([k, v]) => String(row[k]) === v);

const periodOf = (row: Row, meta: DatasetMeta) => viewPeriodOf(row, meta.view);

const byEnd = comparePeriods;

const texts = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string' && v !== '');
/** The row's declared definition fields other than its unit (a tier). */
const detailsOf = (row: Row, meta: DatasetMeta) => texts((meta.view.definition ?? []).filter((f) => typeof meta.view.unit !== 'object' || f !== meta.view.unit.field).map((f) => row[f]));
/** The row's tags text (its basis), where the view declares one. */
const tagsOf = (row: Row, meta: DatasetMeta) => texts(meta.view.tags ? [row[meta.view.tags]] : []);

const fmt = formatValue;

/**
 * The comparison of a concept: each publisher's rows as a series, one chart per country (and unit),
 * and what the rows say about agreement. Pure: the page, the previews and the tests use it alike.
 */
export function conceptView(concept: Concept, datasets: Map<string, { meta: DatasetMeta; rows: Row[] }>, sources: Map<string, Source>): ConceptView {
  const groups = new Map<string, PublisherSeries>();
  for (const member of concept.members) {
    const dataset = datasets.get(member.dataset);
    if (!dataset) continue;
    const view = dataset.meta.view;
    const measureField = view.selector && view.selector in member.where ? view.selector : undefined;
    for (const row of dataset.rows) {
      if (!matches(row, member.where) || valueOf(row, view) === null) continue;
      const source = sources.get(String(row.source_id));
      const publisher = publisherOf(source, String(row.source_id));
      // "Share of world computing power (CAICT)" from CAICT reads as "Share of world computing power".
      const named = measureField ? labelFor(dataset.meta, measureField, member.where[measureField]) : dataset.meta.title;
      const measure = named.endsWith(` (${publisher})`) ? named.slice(0, -(publisher.length + 3)) : named;
      const who = concept.by === 'source' ? `${publisher}: ${(source?.title ?? String(row.source_id)).split(/,| \(/)[0]}` : publisher;
      // A tier or precision of its own makes a series of its own: one line never mixes definitions.
      const tier = detailsOf(row, dataset.meta)[0] ?? null;
      const key = `${who}\u0000${measure}\u0000${definitionOf(row, view)}`;
      let series = groups.get(key);
      if (!series) {
        // By source, the source names the series (its measure is in the definition); by publisher, the measure does too.
        const label = [concept.by !== 'source' && concept.members.length > 1 ? `${who}: ${measure}` : who, tier ? `(${tier})` : ''].filter(Boolean).join(' ');
        series = { key, label, publisher, measure, unit: unitOf(row, view), color: '', definition: '', coverage: { from: '', to: '', countries: [] }, published: [], confidence: [], sources: [], rows: [] };
        groups.set(key, series);
      }
      series.rows.push({ dataset: member.dataset, row });
    }
  }
  const series = [...groups.values()];
  series.forEach((s, i) => {
    const meta = datasets.get(s.rows[0].dataset)!.meta;
    const periods = s.rows.map((r) => periodOf(r.row, meta)).sort(byEnd);
    s.color = publisherColor(i);
    s.coverage = { from: periods[0], to: periods.at(-1)!, countries: [...new Set(s.rows.map((r) => entityOf(r.row, datasets.get(r.dataset)!.meta.view)))] };
    const details = [...new Set(s.rows.flatMap((r) => [...detailsOf(r.row, datasets.get(r.dataset)!.meta), ...tagsOf(r.row, datasets.get(r.dataset)!.meta)]))];
    s.definition = [s.measure, ...details.slice(0, 2), ...(details.length > 2 ? [`and ${details.length - 2} more wordings in the rows`] : [])].join('; ');
    s.sources = sourceLines(s.rows.map((r) => r.row), sources);
    s.published = [...new Set(s.sources.map((l) => sources.get(l.id)?.published).filter((v): v is string => !!v))].sort();
    s.confidence = [...new Set(s.rows.map((r) => String(r.row.confidence)))];
  });
  return { concept, series, publishers: [...new Set(series.map((s) => s.publisher))], panels: panelsOf(concept, series, datasets), findings: findingsOf(concept, series, datasets) };
}

/** One chart per country and unit, publishers side by side in each period. */
function panelsOf(concept: Concept, series: PublisherSeries[], datasets: Map<string, { meta: DatasetMeta; rows: Row[] }>): ConceptView['panels'] {
  const out: ConceptView['panels'] = [];
  const units = [...new Set(series.map((s) => s.unit))];
  for (const country of concept.countries) {
    for (const unit of units) {
      const drawn = series.filter((s) => s.unit === unit && s.rows.some((r) => entityOf(r.row, datasets.get(r.dataset)!.meta.view) === country));
      if (drawn.length === 0) continue;
      const cells = new Map<string, number>();
      for (const s of drawn) {
        for (const { dataset, row } of s.rows) if (entityOf(row, datasets.get(dataset)!.meta.view) === country) cells.set(`${s.key}\u0000${periodOf(row, datasets.get(dataset)!.meta)}`, valueOf(row, datasets.get(dataset)!.meta.view)!);
      }
      const periods = [...new Set([...cells.keys()].map((k) => k.split('\u0000').at(-1)!))].sort(byEnd);
      out.push({
        country,
        spec: {
          kind: periods.length <= 8 ? 'bars' : 'lines',
          title: `${country}${units.length > 1 ? ` (${unit})` : ''}`,
          xLabel: 'Year or period',
          yLabel: unit === 'percent' ? 'Share (%)' : unit,
          unit,
          series: drawn.map((s) => ({ key: s.key, label: s.label, color: s.color })),
          points: periods.map((p) => ({
            x: p,
            values: Object.fromEntries(drawn.map((s) => [s.key, cells.get(`${s.key}\u0000${p}`) ?? null])),
            info: Object.fromEntries(drawn.map((s) => [s.key, cells.has(`${s.key}\u0000${p}`) ? { value: cells.get(`${s.key}\u0000${p}`)!, label: `${s.label}, ${country}, ${p}`, source: s.publisher, confidence: s.confidence.join(', ') } : undefined])),
          })),
          measureField: null,
          measure: null,
          measures: [],
          note: null,
        },
      });
    }
  }
  return out;
}

/** Who leads by each publisher, which way each moved, and how far apart their latest figures are. */
function findingsOf(concept: Concept, series: PublisherSeries[], datasets: Map<string, { meta: DatasetMeta; rows: Row[] }>): ConceptView['findings'] {
  const [a, b] = concept.countries;
  const valuesOf = (s: PublisherSeries, country: string) =>
    new Map(s.rows.filter((r) => entityOf(r.row, datasets.get(r.dataset)!.meta.view) === country).map((r) => [periodOf(r.row, datasets.get(r.dataset)!.meta), valueOf(r.row, datasets.get(r.dataset)!.meta.view)!]));
  const leads: Array<{ s: PublisherSeries; leader: string; period: string; va: number; vb: number }> = [];
  for (const s of series) {
    const va = valuesOf(s, a);
    const vb = valuesOf(s, b);
    const common = [...va.keys()].filter((p) => vb.has(p)).sort(byEnd);
    const period = common.at(-1);
    if (!period) continue;
    const [x, y] = [va.get(period)!, vb.get(period)!];
    leads.push({ s, leader: x > y ? a : y > x ? b : 'neither', period, va: x, vb: y });
  }
  let leader: string | null;
  const says = (l: (typeof leads)[number]) => `${l.s.label} (${l.period}: ${a} ${fmt(l.va, l.s.unit)}, ${b} ${fmt(l.vb, l.s.unit)})`;
  if (b === undefined) leader = null;
  else if (leads.length === 0) leader = `No publisher here gives both ${a} and ${b} for the same period, so the data cannot say who leads.`;
  else if (new Set(leads.map((l) => l.leader)).size === 1) {
    const who = leads[0].leader;
    leader = `${leads.length === 1 ? 'The one measure' : `All ${leads.length} measures`} that give both countries for the same period ${who === 'neither' ? 'put them level' : `put ${who} ahead`}: ${leads.map(says).join('; ')}.`;
  } else {
    const by = (who: string) => leads.filter((l) => l.leader === who);
    leader = `The publishers disagree on who leads. ${[a, b, 'neither']
      .filter((w) => by(w).length > 0)
      .map((w) => `${w === 'neither' ? 'Level' : `${w} ahead`} according to ${by(w).map(says).join('; ')}`)
      .join('. ')}.`;
  }
  const direction: string[] = [];
  const spread: string[] = [];
  for (const country of concept.countries) {
    const moves: Array<{ verb: string; text: string }> = [];
    const latest: Array<{ s: PublisherSeries; period: string; value: number }> = [];
    for (const s of series) {
      const values = valuesOf(s, country);
      const periods = [...values.keys()].sort(byEnd);
      if (periods.length === 0) continue;
      latest.push({ s, period: periods.at(-1)!, value: values.get(periods.at(-1)!)! });
      if (periods.length < 2) continue;
      const [first, last] = [values.get(periods[0])!, values.get(periods.at(-1)!)!];
      moves.push({ verb: last > first ? 'rose' : last < first ? 'fell' : 'held level', text: `${s.label} (${fmt(first, s.unit)} in ${periods[0]} to ${fmt(last, s.unit)} in ${periods.at(-1)})` });
    }
    const verbs = new Set(moves.map((m) => m.verb));
    if (moves.length > 1 && verbs.size === 1) direction.push(`${country}: every series with more than one period ${moves[0].verb}, so they agree on the direction: ${moves.map((m) => m.text).join('; ')}.`);
    else if (moves.length > 0) direction.push(`${country}: ${moves.map((m) => `${m.verb} in ${m.text}`).join('; ')}${verbs.size > 1 ? '. They disagree on the direction' : ''}.`);
    else if (latest.length > 0) direction.push(`${country}: no series here has more than one period, so there is no direction to compare.`);
    // Levels are set against each other only for the same period and unit.
    const cells = series.flatMap((s) => [...valuesOf(s, country)].map(([period, value]) => ({ s, period, value })));
    const shared = [...new Set(cells.map((c) => `${c.period}\u0000${c.s.unit}`))]
      .map((k) => cells.filter((c) => `${c.period}\u0000${c.s.unit}` === k))
      .filter((g) => g.length > 1)
      .sort((x, y) => byEnd(x[0].period, y[0].period));
    const last = shared.at(-1);
    if (last) {
      const sorted = [...last].sort((x, y) => x.value - y.value);
      const [lo, hi] = [sorted[0], sorted.at(-1)!];
      spread.push(`${country}, ${lo.period}: ${last.length} series give ${lo.value === hi.value ? `the same figure, ${fmt(lo.value, lo.s.unit)}` : `figures from ${fmt(lo.value, lo.s.unit)} (${lo.s.label}) to ${fmt(hi.value, hi.s.unit)} (${hi.s.label})`}.`);
    } else if (latest.length > 1) spread.push(`${country}: no two series give a figure for the same period, so their levels cannot be set against each other directly.`);
  }
  return { leader, direction, spread };
}

/** Problems with the concepts document, given the datasets: unknown datasets, fields or values, members that match no row. */
export function conceptProblems(doc: unknown, datasets: Map<string, { meta: DatasetMeta; rows: Row[] }>): string[] {
  const problems: string[] = [];
  const concepts = (doc as ConceptsDocument | null)?.concepts;
  if (!Array.isArray(concepts)) return ['concepts.json: "concepts" must be a list'];
  const ids = new Set<string>();
  concepts.forEach((c, i) => {
    const at = `concepts.json: concept ${i + 1}${c?.id ? ` (${c.id})` : ''}`;
    if (typeof c?.id !== 'string' || !/^[a-z0-9-]+$/.test(c.id)) problems.push(`${at}: id must be lowercase letters, digits and hyphens`);
    else if (ids.has(c.id)) problems.push(`${at}: id is used twice`);
    else ids.add(c.id);
    for (const field of ['title', 'question', 'description'] as const) if (typeof c?.[field] !== 'string' || c[field] === '') problems.push(`${at}: ${field} is missing`);
    if (!Array.isArray(c?.countries) || c.countries.length < 1 || c.countries.length > 2) problems.push(`${at}: countries must name one or two entities`);
    if (c?.by !== undefined && c.by !== 'publisher' && c.by !== 'source') problems.push(`${at}: by must be "publisher" or "source"`);
    if (!Array.isArray(c?.members) || c.members.length === 0) {
      problems.push(`${at}: members must list at least one dataset and filter`);
      return;
    }
    for (const m of c.members) {
      const d = datasets.get(m?.dataset);
      if (!d) {
        problems.push(`${at}: dataset "${m?.dataset}" is not in the package`);
        continue;
      }
      for (const field of Object.keys(m.where ?? {})) if (!d.meta.fields.some((f) => f.name === field)) problems.push(`${at}: ${m.dataset} has no field "${field}"`);
      if (!d.rows.some((r) => matches(r, m.where ?? {}))) problems.push(`${at}: no row of ${m.dataset} matches ${JSON.stringify(m.where)}`);
    }
  });
  return problems;
}
