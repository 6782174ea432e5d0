import { useRef, useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * Markup for `dangerouslySetInnerHTML` that the server has already drawn into the page (a chart's SVG,
 * a table's rows). While the page hydrates, and for as long as `key` (a string naming everything the
 * markup is drawn from) stays the same, it returns '' without calling `build`: React neither compares
 * nor replaces such markup when it hydrates, nor writes it when the string has not changed, so the
 * server's markup stays and the browser does not build the same string a second time. Once `key`
 * changes (the reader picked another view) it builds the markup as usual; a component first drawn in
 * the browser always builds it. On the server it always builds it (that is the markup the page carries).
 */
export function useServerDrawnMarkup(build: () => string, key: string): string {
  const hydrating = useSyncExternalStore(subscribeNever, () => false, () => true);
  const drawnByServer = useRef<string | null>(null);
  // On the server this is the drawing that goes into the page.
  if (typeof window === 'undefined') return build();
  if (hydrating) {
    drawnByServer.current = key;
    return '';
  }
  if (drawnByServer.current === key) return '';
  drawnByServer.current = null;
  return build();
}
