import { Link } from 'wouter';
import type { FrameworkCoverage } from '../../../core/coverage/schema';
import { VisuallyHidden } from '../../components/VisuallyHidden';
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
                  >
                    {/* The name is the visible words, with the heat level added for screen readers, so speech-input users can say what they see. */}
                    <span className="heat-code">{c.code}</span>
                    <VisuallyHidden>: </VisuallyHidden>
                    <span className="heat-count">
                      {c.itemCount} {c.itemCount === 1 ? 'item' : 'items'}
                    </span>
                    <VisuallyHidden>, </VisuallyHidden>
                    <span className="heat-statement" data-written={c.statement.written || undefined}>
                      {c.statement.written ? 'statement written' : 'no statement'}
                    </span>
                    <VisuallyHidden>, {HEAT_LABELS[level].toLowerCase()}</VisuallyHidden>
                    {c.onlyOldExamples && (
                      <span className="heat-flag">
                        <VisuallyHidden>, </VisuallyHidden>only old examples
                      </span>
                    )}
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
