import type { Row } from '@/lib/core/types';

/**
 * A measure whose status on the day shown no source confirms (lib/core/status-on): says so, and
 * names the scheduled change that passed unseen. Nothing for confirmed measures.
 */
export function UnconfirmedNote({ row }: { row: Row }) {
  if (row.status_on !== 'unconfirmed') return null;
  return (
    <span className="small unconfirmed-note" data-testid="unconfirmed-note">
      {' '}
      <b>Status unconfirmed on {String(row.status_on_date)}:</b> {String(row.status_change)}. We do not know what happened.
    </span>
  );
}
