import { Link } from 'wouter';
import { MAPPED_ITEM_KIND_LABELS } from '../../../core/coverage/item-kind-labels';
import { formatUkDate } from '../../../core/format/uk-date';
import type { FrameworkCoverage } from '../../../core/coverage/schema';
import type { CriterionWording } from '../../../core/frameworks/criterion-wording';


/**
 * Criteria down the side, portfolio items across the top: a real table, so a screen reader names
 * the row and column of every cell. It scrolls inside its own focusable region.
 */
export function CoverageMatrix({ coverage, wordings }: { coverage: FrameworkCoverage; wordings: ReadonlyMap<string, CriterionWording> }) {
  const { columns, rows } = coverage.matrix;
  if (columns.length === 0) {
    return (
      <section aria-labelledby="matrix-heading">
        <h3 id="matrix-heading">Coverage matrix</h3>
        <p>Nothing is mapped to this framework yet. Map a record or a piece of evidence to a criterion and it appears here.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="matrix-heading">
      <h3 id="matrix-heading">Coverage matrix</h3>
      <div className="matrix-scroll" role="region" aria-label="Coverage matrix table, scrolls both ways" tabIndex={0}>
        <table className="table matrix">
          <caption className="visually-hidden">Which of your items show each criterion</caption>
          <thead>
            <tr>
              <td />
              {columns.map((col) => (
                <th key={`${col.kind}/${col.id}`} scope="col" className="matrix-col">
                  <span className="matrix-col-kind">{MAPPED_ITEM_KIND_LABELS[col.kind]}</span> {col.title}
                  {col.date && <span className="muted"> {formatUkDate(col.date)}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const mapped = new Set(row.columns);
              return (
                <tr key={row.code}>
                  <th scope="row" className="matrix-row">
                    <Link href={`/frameworks/${encodeURIComponent(coverage.frameworkId)}/${encodeURIComponent(row.code)}`}>{row.code}</Link>{' '}
                    <span className="matrix-row-heading">{wordings.get(row.code)?.heading}</span>
                    {wordings.get(row.code)?.summary && <span className="muted matrix-row-summary"> · Our summary: {wordings.get(row.code)?.summary}</span>}
                  </th>
                  {columns.map((col, i) => (
                    <td key={`${col.kind}/${col.id}`} className={mapped.has(i) ? 'matrix-cell mapped' : 'matrix-cell'}>
                      {mapped.has(i) ? (
                        <>
                          <span aria-hidden="true">●</span>
                          <span className="visually-hidden">shows it</span>
                        </>
                      ) : (
                        <span className="visually-hidden">not mapped</span>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
