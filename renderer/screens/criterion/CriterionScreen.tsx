import { useQuery } from '@tanstack/react-query';
import { ACTIVITY_KIND_SHORT } from '../../../core/commitment/activity-labels';
import type { MappedItemKind } from '../../../core/coverage/schema';
import { Breadcrumb, Breadcrumbs } from 'react-aria-components';
import { Link, useParams } from 'wouter';
import { formatUkDate } from '../../../core/format/uk-date';
import { useApi } from '../../api/api-context';
import { useCoverage, useFramework } from '../../api/use-frameworks';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { CriterionWordingEditor } from './CriterionWordingEditor';
import { StatementEditor, statementKey } from './StatementEditor';
import { findCriterion } from './criterion-order';
import '../../styles/criterion.css';

const itemHref = (kind: MappedItemKind, id: string) =>
  kind === 'cpd' ? `/cpd/${encodeURIComponent(id)}` : kind === 'evidence' ? '/evidence' : kind === 'training' ? '/training' : kind === 'qualification' ? '/profile' : '/recognition';
const itemKind = { cpd: 'CPD', training: 'Training', qualification: 'Qualification', evidence: 'Evidence', ...ACTIVITY_KIND_SHORT } as const;

/** One criterion: what it asks, what shows it, and the statement for it. */
export function CriterionScreen() {
  const { id = '', code = '' } = useParams<{ id: string; code: string }>();
  const api = useApi();
  const framework = useFramework(id);
  const coverage = useCoverage(id);
  const statement = useQuery({ queryKey: statementKey(id, code), queryFn: () => api.getStatement(id, code) });
  const loaded = framework.data;
  const place = loaded ? findCriterion(loaded.framework, code) : null;
  const frameworkHref = `/frameworks/${encodeURIComponent(id)}`;
  const criterionHref = (c: string) => `${frameworkHref}/${encodeURIComponent(c)}`;

  if (loaded && !place) {
    return (
      <div className="screen">
        <PageHeader title={`No criterion ${code}`} />
        <p role="alert">
          {loaded.framework.shortName} has no criterion “{code}”. <Link href={frameworkHref}>Back to {loaded.framework.shortName}</Link>
        </p>
      </div>
    );
  }

  const covered = coverage.data?.criteria.find((c) => c.code === code);
  const criterion = place?.criterion;
  return (
    <div className="screen criterion-screen">
      <Breadcrumbs className="breadcrumbs">
        <Breadcrumb>
          <Link href="/frameworks">Frameworks</Link>
        </Breadcrumb>
        <Breadcrumb>
          <Link href={frameworkHref}>{loaded?.framework.shortName ?? id}</Link>
        </Breadcrumb>
        <Breadcrumb>
          <span aria-current="page">{code}</span>
        </Breadcrumb>
      </Breadcrumbs>
      <PageHeader title={criterion ? `${criterion.code}: ${criterion.heading}` : code} description={place ? `Area ${place.area.code}: ${place.area.heading}` : undefined} />
      <DataState query={framework} what="the criterion">
        {loaded && place && criterion && (
          <>
            <section className="card guidance" aria-labelledby="guidance-heading">
              <h2 id="guidance-heading">What it asks</h2>
              {criterion.wordingStatus === 'confirmed' && criterion.officialStatement ? (
                <blockquote className="official">
                  <p>{criterion.officialStatement}</p>
                  <footer>Official wording, {loaded.framework.awardingBody}</footer>
                </blockquote>
              ) : (
                <p className="pending">
                  <strong>Wording pending:</strong> the heading above is a summary in our own words, not yet checked against the official document.{' '}
                  {(criterion.wordingSource ?? loaded.framework.sourceUrl) && (
                    <>
                      Check it at{' '}
                      <a href={criterion.wordingSource ?? loaded.framework.sourceUrl} target="_blank" rel="noopener noreferrer">
                        the official source (opens in your browser)
                      </a>
                      .
                    </>
                  )}
                </p>
              )}
              {criterion.guidance && <p>{criterion.guidance}</p>}
              {criterion.wordLimit && <p className="muted">Word limit: {criterion.wordLimit} words.</p>}
              <CriterionWordingEditor
                key={`${criterion.heading}/${criterion.guidance}`}
                frameworkId={id}
                code={code}
                heading={criterion.heading}
                guidance={criterion.guidance}
                override={loaded.overrides.find((o) => o.code === code)}
              />
            </section>
            <DataState query={statement} what="your statement">
              {statement.status === 'success' && (
                <StatementEditor key={`${id}/${code}`} frameworkId={id} code={code} wordLimit={criterion.wordLimit} saved={statement.data} />
              )}
            </DataState>
            <section aria-labelledby="mapped-heading" className="mapped-items">
              <h2 id="mapped-heading">What shows it</h2>
              {coverage.status === 'pending' && <p>Loading…</p>}
              {coverage.status === 'error' && <p role="alert">Could not load what is mapped: {coverage.error.message}</p>}
              {covered && covered.items.length === 0 && (
                <p>
                  Nothing is mapped to {code} yet. Map a <Link href="/cpd">CPD record</Link> or a piece of <Link href="/evidence">evidence</Link> to it.
                </p>
              )}
              {covered && covered.items.length > 0 && (
                <ul className="mapped-list">
                  {covered.items.map((item) => (
                    <li key={`${item.kind}/${item.id}`}>
                      <span className="badge">{itemKind[item.kind]}</span> <Link href={itemHref(item.kind, item.id)}>{item.title}</Link>
                      {item.date && <span className="muted"> · {formatUkDate(item.date)}</span>}
                      {item.old && <span className="flag"> · older than {coverage.data?.recentYears} years</span>}
                      {item.viaAlias && <span className="muted"> · mapped as {item.viaAlias}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <nav className="criterion-nav" aria-label="Other criteria">
              {place.previous ? (
                <Link href={criterionHref(place.previous.code)} className="button">
                  ← Previous: {place.previous.code}
                </Link>
              ) : (
                <span />
              )}
              <span className="muted">
                {place.index + 1} of {place.total}
              </span>
              {place.next ? (
                <Link href={criterionHref(place.next.code)} className="button">
                  Next: {place.next.code} →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          </>
        )}
      </DataState>
    </div>
  );
}
