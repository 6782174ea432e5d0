import { jsonLdScript } from '@/lib/core/jsonld';

/** schema.org JSON-LD in the page, escaped so no value can end the script element. Not executed (data only). */
export function JsonLd({ data, id }: { data: Record<string, unknown>; id?: string }) {
  return <script type="application/ld+json" id={id} dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
