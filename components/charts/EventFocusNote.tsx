'use client';

import { useEffect, useState } from 'react';

/**
 * Says which policy event a keyboard reader is on: when a marker in the chart (`boxId`) has focus, its
 * title (date, measure, status on that day, source) is shown under the chart and announced.
 */
export function EventFocusNote({ boxId }: { boxId: string }) {
  const [text, setText] = useState('');
  useEffect(() => {
    const box = document.getElementById(boxId);
    if (!box) return;
    const onFocus = (e: FocusEvent) => {
      const marker = (e.target as Element | null)?.closest?.('[data-mark="event"]');
      setText(marker?.querySelector('title')?.textContent ?? '');
    };
    const onBlur = () => setText('');
    box.addEventListener('focusin', onFocus);
    box.addEventListener('focusout', onBlur);
    return () => {
      box.removeEventListener('focusin', onFocus);
      box.removeEventListener('focusout', onBlur);
    };
  }, [boxId]);
  return (
    <p className="chart-source event-focus" aria-live="polite" data-testid="event-focus">
      {text}
    </p>
  );
}
