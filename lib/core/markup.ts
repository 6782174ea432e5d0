/**
 * Building HTML/SVG markup as strings, for the parts of a page that are drawn once and never change
 * in place (charts, table rows): the page inserts the markup as it is, so React does not hydrate
 * their nodes one by one. Every text and attribute value goes through escapeMarkup.
 */

/** Text and attribute values as markup: the characters that could close or open a tag or an attribute. */
export function escapeMarkup(value: string | number): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type Attrs = Record<string, string | number | undefined>;

/** One element: attributes in the order given (undefined ones left out), children already markup. */
export function el(name: string, attrs: Attrs, ...children: string[]): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeMarkup(v)}"`)
    .join('');
  return `<${name}${a}>${children.join('')}</${name}>`;
}
