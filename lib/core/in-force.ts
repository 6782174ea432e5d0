import { effectiveDay } from './lifecycle';
import type { Row } from './types';

/** Whether a measure had legal effect on a day, and why (or why not), in words a reader can check. */
export interface InForce {
  inForce: boolean;
  reason: string;
}

const text = (row: Row, field: string): string | null => (typeof row[field] === 'string' && row[field] !== '' ? (row[field] as string) : null);

/**
 * Was this measure in force on `day` (YYYY-MM-DD)? A measure is in force from its effective date
 * until the day before it ended, except on the days of a suspension (`suspended_from` to
 * `suspended_until`, both inclusive; an open-ended suspension has no `suspended_until`).
 * A measure without an effective date never took effect (a proposal, a consultation, a plan),
 * except an executive order, which takes effect on the day it was signed (see effectiveDay).
 */
export function inForceOn(row: Row, day: string): InForce {
  const effective = effectiveDay(row);
  const ended = text(row, 'ended_date');
  const from = text(row, 'suspended_from');
  const until = text(row, 'suspended_until');
  if (!effective) {
    const effect = text(row, 'effect');
    if (effect === 'procedural') return { inForce: false, reason: 'a proposal, consultation or investigation: it never took legal effect' };
    if (effect === 'policy') return { inForce: false, reason: 'a plan or policy document, not a binding measure' };
    return { inForce: false, reason: 'no effective date: it has not taken legal effect' };
  }
  if (effective > day) return { inForce: false, reason: `not in force yet on ${day} (effective ${effective})` };
  if (ended && ended <= day) return { inForce: false, reason: `ended on ${ended}` };
  if (from && from <= day && (!until || day <= until)) {
    return { inForce: false, reason: `suspended from ${from}${until ? ` until ${until}` : ' with no end date'}` };
  }
  const onSigning = text(row, 'effective_date') === null ? ' (signed that day; an executive order takes effect on signing)' : '';
  return { inForce: true, reason: `in force since ${effective}${onSigning}${ended ? `, until ${ended}` : ''}` };
}

/** The calendar day of an instant in UTC, as YYYY-MM-DD. */
export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);
