import { useRef, useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};
const sameDep = (a: unknown, b: unknown) =>
  Object.is(a, b) || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i])));
const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => sameDep(x, b[i]));

/**
 * Markup for `dangerouslySetInnerHTML` that the server has already drawn into the page (a chart's SVG,
 * a table's rows). While the page hydrates, and for as long as `deps` stay the same (compared one by
 * one, arrays element by element), it returns '' without calling `build`: React neither compares nor
 * replaces such markup when it hydrates, nor writes it when the string has not changed, so the
 * server's markup stays and the browser does not build the same string a second time. Once `deps`
 * change (the reader picked another view) it builds the markup as usual; a component first drawn in
 * the browser always builds it.
 */
export function useServerDrawnMarkup(build: () => string, deps: readonly unknown[]): string {
  const hydrating = useSyncExternalStore(subscribeNever, () => false, () => true);
  const drawnByServer = useRef<readonly unknown[] | null>(null);
  if (hydrating) {
    drawnByServer.current = deps;
    return '';
  }
  if (drawnByServer.current !== null && sameDeps(drawnByServer.current, deps)) return '';
  drawnByServer.current = null;
  return build();
}
