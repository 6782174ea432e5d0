import type { Row } from './types';

/** One stretch of a measure's life: in force, or suspended. Days are YYYY-MM-DD, `to` exclusive of nothing: both inclusive. */
export interface Stretch {
  /** `unconfirmed`: after a scheduled change (the end of a suspension, a ruling due) that no source confirms. */
  kind: 'in force' | 'suspended' | 'unconfirmed';
  from: string;
  to: string;
}

export interface Lifecycle {
  announced: string | null;
  stretches: Stretch[];
  /** The day it ended, if it has. */
  ended: string | null;
  /** True when it never took legal effect (a proposal, a plan, or suspended before its effective day). */
  neverEffective: boolean;
  /** The lifecycle in words, for lists and the accessible alternative. */
  text: string;
}

const day = (row: Row, field: string) => (typeof row[field] === 'string' && row[field] !== '' ? (row[field] as string) : null);
const before = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const after = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The day after `d` (YYYY-MM-DD). */
export const dayAfter = after;

/**
 * The day a measure took legal effect: its `effective_date`, or, when that is empty, the day an
 * executive order was signed or issued. A US executive order takes effect when it is signed unless
 * its text names another day (a later day is then recorded in `effective_date`); no other instrument
 * is assumed to take effect on any day its row does not give. Null: it never took effect, or no
 * source gives the day.
 */
export function effectiveDay(row: Row): string | null {
  const given = day(row, 'effective_date');
  if (given) return given;
  const signed = day(row, 'date');
  const kind = day(row, 'date_kind');
  const instrument = day(row, 'instrument') ?? '';
  if (signed && /^executive order$/i.test(instrument.trim()) && (kind === 'signed' || kind === 'issued')) return signed;
  return null;
}

/**
 * A measure's stretches in force and suspended, up to `today` (YYYY-MM-DD), from its lifecycle columns.
 * `unconfirmedFrom`: the day of a scheduled change no source confirms (StatusOn.scheduledChange.day);
 * from that day the strip is drawn as `unconfirmed`. Pure.
 */
export function lifecycleOf(row: Row, today: string, unconfirmedFrom: string | null = null): Lifecycle {
  const life = confirmedLifecycle(row, today);
  if (!unconfirmedFrom || unconfirmedFrom > today) return life;
  const last = life.ended ? before(life.ended) : today;
  const stretches: Stretch[] = [];
  const base = life.neverEffective && day(row, 'suspended_from') ? [{ kind: 'suspended' as const, from: day(row, 'suspended_from')!, to: last }] : life.stretches;
  for (const s of base) {
    if (s.from >= unconfirmedFrom) continue;
    stretches.push(s.to >= unconfirmedFrom ? { ...s, to: before(unconfirmedFrom) } : s);
  }
  if (unconfirmedFrom <= last) stretches.push({ kind: 'unconfirmed', from: unconfirmedFrom, to: last });
  return { ...life, stretches, text: `${life.text}; unconfirmed from ${unconfirmedFrom} (no source since the scheduled change)` };
}

function confirmedLifecycle(row: Row, today: string): Lifecycle {
  const announced = day(row, 'date');
  const effective = effectiveDay(row);
  const ended = day(row, 'ended_date');
  const from = day(row, 'suspended_from');
  const until = day(row, 'suspended_until');
  const words: string[] = [];
  if (!effective) {
    words.push(from ? `suspended from ${from}${until ? ` until ${until}` : ''} before taking effect` : 'never took legal effect');
    return { announced, stretches: [], ended, neverEffective: true, text: words.join('; ') };
  }
  const last = ended ? before(ended) : today;
  const stretches: Stretch[] = [];
  const pauseStart = from && from > effective ? from : from ? effective : null;
  if (pauseStart && pauseStart <= last) {
    if (pauseStart > effective) stretches.push({ kind: 'in force', from: effective, to: before(pauseStart) });
    const pauseEnd = until && until < last ? until : last;
    stretches.push({ kind: 'suspended', from: pauseStart, to: pauseEnd });
    if (until && until < last) stretches.push({ kind: 'in force', from: after(until), to: last });
  } else if (effective <= last) {
    stretches.push({ kind: 'in force', from: effective, to: last });
  }
  words.push(`in force from ${effective}`);
  if (from) words.push(`suspended from ${from}${until ? ` until ${until}` : ' with no end date'}`);
  if (ended) words.push(`ended ${ended}`);
  return { announced, stretches, ended, neverEffective: false, text: words.join('; ') };
}
