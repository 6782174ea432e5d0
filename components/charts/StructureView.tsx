import type { Structure } from '@/lib/core/charts';
import { humanise } from '@/lib/core/charts';

/** A grouped list (segments and their sub-items, hubs and clusters): structure shown as structure. */
export function StructureView({ structure }: { structure: Structure }) {
  return (
    <div className="segments" data-testid="structure">
      {structure.groups.map((g) => (
        <section key={g.name} aria-label={g.name}>
          <h3>
            {humanise(g.name)} <span className="muted small">({g.items.length})</span>
          </h3>
          <ul>
            {g.items.map((item, i) => (
              <li key={`${item}-${i}`}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
