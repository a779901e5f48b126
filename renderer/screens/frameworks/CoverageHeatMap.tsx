import { Link } from 'wouter';
import type { FrameworkCoverage } from '../../../core/coverage/schema';
import { HEAT_LABELS, heatLevel } from './heat-level';

/** Each criterion as a tile coloured by depth of evidence, with the count and depth in words too. */
export function CoverageHeatMap({ coverage }: { coverage: FrameworkCoverage }) {
  const areas = new Map<string, FrameworkCoverage['criteria']>();
  for (const c of coverage.criteria) areas.set(c.areaCode, [...(areas.get(c.areaCode) ?? []), c]);
  return (
    <section aria-labelledby="heat-map-heading" className="heat-map">
      <h3 id="heat-map-heading">Evidence by criterion</h3>
      <ul className="heat-legend" aria-label="Key">
        {([0, 1, 2, 3] as const).map((level) => (
          <li key={level}>
            <span className={`heat-swatch heat-${level}`} aria-hidden="true" /> {HEAT_LABELS[level]}
          </li>
        ))}
      </ul>
      {[...areas.entries()].map(([area, criteria]) => (
        <div key={area} className="heat-area">
          <h4>Area {area}</h4>
          <ul className="heat-grid">
            {criteria.map((c) => {
              const level = heatLevel(c.itemCount);
              return (
                <li key={c.code}>
                  <Link
                    href={`/frameworks/${encodeURIComponent(coverage.frameworkId)}/${encodeURIComponent(c.code)}`}
                    className={`heat-cell heat-${level}`}
                    aria-label={`${c.code}: ${c.itemCount} ${c.itemCount === 1 ? 'item' : 'items'}, ${HEAT_LABELS[level].toLowerCase()}${c.statement.written ? ', statement written' : ', no statement'}`}
                  >
                    <span className="heat-code">{c.code}</span>
                    <span className="heat-count">
                      {c.itemCount} {c.itemCount === 1 ? 'item' : 'items'}
                    </span>
                    <span className="heat-statement">{c.statement.written ? '✓ statement' : 'no statement'}</span>
                    {c.onlyOldExamples && <span className="heat-flag">only old examples</span>}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
