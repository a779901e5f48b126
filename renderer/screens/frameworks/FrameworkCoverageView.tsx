import { Label, Meter } from 'react-aria-components';
import { ACTIVITY_KIND_SHORT } from '../../../core/commitment/activity-labels';
import { Link } from 'wouter';
import { loadedCriterionWording, type CriterionWording } from '../../../core/frameworks/criterion-wording';
import type { FrameworkSummary } from '../../../core/frameworks/registry';
import { useCoverage, useFramework } from '../../api/use-frameworks';
import { DataState } from '../../components/DataState';
import { CoverageHeatMap } from './CoverageHeatMap';
import { CoverageMatrix } from './CoverageMatrix';
import { UpgradeSection } from './UpgradeSection';

const kindLabel = { cpd: 'CPD record', training: 'training', qualification: 'qualification', evidence: 'evidence', ...ACTIVITY_KIND_SHORT } as const;

/** One framework: readiness, what is missing or stale, the heat map and the matrix. */
export function FrameworkCoverageView({ summary }: { summary: FrameworkSummary }) {
  const coverage = useCoverage(summary.id);
  const data = coverage.data;
  const loaded = useFramework(summary.id).data;
  const wordings = new Map<string, CriterionWording>((data?.criteria ?? []).map((c) => [c.code, loaded ? loadedCriterionWording(loaded, c.code) : { code: c.code, source: 'pending', heading: c.code, areaCode: c.areaCode, areaLabel: `Area ${c.areaCode}` }]));
  const criterionHref = (code: string) => `/frameworks/${encodeURIComponent(summary.id)}/${encodeURIComponent(code)}`;
  const codeLinks = (codes: string[]) =>
    codes.map((code, i) => (
      <span key={code}>
        {i > 0 && ', '}
        <Link href={criterionHref(code)}>{code}</Link>
      </span>
    ));

  return (
    <section className="framework-coverage" aria-labelledby="framework-heading">
      <h2 id="framework-heading">
        {summary.name} <span className="muted">({summary.edition})</span>
      </h2>
      <p className="muted">
        {summary.awardingBody} · {summary.criteriaCount} criteria · {summary.origin === 'built-in' ? 'built in' : 'imported'}
        {summary.pendingCount > 0 && ` · wording pending for ${summary.pendingCount}`}
        {summary.overrideCount > 0 && ` · ${summary.overrideCount} reworded by you`}
      </p>
      <DataState query={coverage} what="coverage">
        {data && (
          <>
            <div className="readiness card">
              <Meter className="meter" value={data.summary.readiness} minValue={0} maxValue={100}>
                {({ percentage }) => (
                  <>
                    <Label className="readiness-label">Readiness</Label>
                    <span className="readiness-figure" data-testid="readiness-figure">
                      {Math.round(data.summary.readiness)}%
                    </span>
                    <div className="meter-track" aria-hidden="true">
                      <div className="meter-fill" style={{ width: `${percentage}%` }} />
                    </div>
                  </>
                )}
              </Meter>
              <p>
                {data.summary.evidencedCount} of {data.summary.criteriaCount} criteria have evidence; {data.summary.statementCount} have a statement.
              </p>
              {data.summary.rules.length > 0 && (
                <ul className="rules">
                  {data.summary.rules.map((rule) => (
                    <li key={rule.description}>
                      {rule.met ? '✓ Met: ' : '✗ Not yet: '}
                      {rule.description}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <section aria-labelledby="warnings-heading" className="warnings">
              <h3 id="warnings-heading">What needs attention</h3>
              {data.summary.gapCodes.length === 0 && data.summary.oldOnlyCodes.length === 0 && data.summary.overLimitCodes.length === 0 && data.unresolved.length === 0 ? (
                <p>Nothing: every criterion that counts has evidence.</p>
              ) : (
                <ul>
                  {data.summary.gapCodes.length > 0 && <li>No evidence yet: {codeLinks(data.summary.gapCodes)}.</li>}
                  {data.summary.oldOnlyCodes.length > 0 && (
                    <li>
                      Only examples older than {data.recentYears} years: {codeLinks(data.summary.oldOnlyCodes)}. Add something recent.
                    </li>
                  )}
                  {data.summary.overLimitCodes.length > 0 && <li>Statements over the word limit: {codeLinks(data.summary.overLimitCodes)}.</li>}
                </ul>
              )}
              {data.unresolved.length > 0 && (
                <>
                  <h4>Mappings to re-map</h4>
                  <p>These point at codes this edition no longer has. They are kept; map the item to a current criterion.</p>
                  <ul>
                    {data.unresolved.map((u) => (
                      <li key={`${u.kind}/${u.id}/${u.code}`}>
                        {u.title} ({kindLabel[u.kind]}): {u.code}
                        {u.reason === 'retired' ? ` was retired${u.retiredHeading ? ` (“${u.retiredHeading}”)` : ''}` : ' is not a code of this framework'}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <CoverageHeatMap coverage={data} />
            <CoverageMatrix coverage={data} wordings={wordings} />
          </>
        )}
      </DataState>
      <UpgradeSection frameworkId={summary.id} />
    </section>
  );
}
