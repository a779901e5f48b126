import { MAPPED_ITEM_KIND_LABELS } from '../../../core/coverage/item-kind-labels';
import { Breadcrumb, Breadcrumbs } from 'react-aria-components';
import { Link, useParams } from 'wouter';
import { formatUkDate } from '../../../core/format/uk-date';
import { loadedCriterionWording, WORDING_SOURCE_LABELS } from '../../../core/frameworks/criterion-wording';
import { wordGuidance } from '../../../core/frameworks/word-guidance';
import { useApiQuery } from '../../api/queries';
import { useEvidenceList } from '../../api/use-evidence';
import { useCoverage, useFramework } from '../../api/use-frameworks';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { CriterionWordingEditor } from './CriterionWordingEditor';
import { ExamplesToUse } from './ExamplesToUse';
import { FormWordingEditor } from './FormWordingEditor';
import { StatementEditor } from './StatementEditor';
import { findCriterion } from './criterion-order';
import { itemHref } from './item-href';
import '../../styles/criterion.css';

/** One criterion: what it asks, what shows it, and the statement for it. */
export function CriterionScreen() {
  const { id = '', code = '' } = useParams<{ id: string; code: string }>();
  const framework = useFramework(id);
  const coverage = useCoverage(id);
  const evidence = useEvidenceList();
  const evidenceTitles = new Map((evidence.data ?? []).map((e) => [e.id, e.title]));
  const statement = useApiQuery('getStatement', [id, code]);
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
  const wording = loaded && place ? loadedCriterionWording(loaded, code) : undefined;
  const override = loaded?.overrides.find((o) => o.code === code);
  const source = criterion?.wordingSource ?? loaded?.framework.sourceUrl;
  const lengthNote = criterion ? wordGuidance(criterion) : undefined;
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
      <PageHeader
        title={wording ? `${wording.code}: ${wording.heading}` : code}
        description={wording && wording.heading !== wording.areaLabel ? wording.areaLabel : undefined}
      />
      <DataState query={framework} what="the criterion">
        {loaded && place && criterion && wording && (
          <>
            <section className="card guidance" aria-labelledby="guidance-heading">
              <h2 id="guidance-heading">What it asks</h2>
              {wording.source === 'official' && wording.wording && (
                <blockquote className="official">
                  <p>{wording.wording}</p>
                  <footer>
                    {WORDING_SOURCE_LABELS.official}, {loaded.framework.awardingBody}
                  </footer>
                </blockquote>
              )}
              {wording.source === 'applicant' && wording.wording && (
                <blockquote className="official applicant">
                  <p>{wording.wording}</p>
                  <footer>{WORDING_SOURCE_LABELS.applicant}</footer>
                </blockquote>
              )}
              {wording.source !== 'official' && (
                <p className="pending">
                  <strong>{wording.source === 'applicant' ? 'Official wording not confirmed:' : 'Wording pending:'}</strong> the official wording of {code} has not been confirmed
                  {wording.source === 'applicant' ? ', so the wording from your application form is used.' : '.'}{' '}
                  {source && (
                    <>
                      Check it at{' '}
                      <a href={source} target="_blank" rel="noopener noreferrer">
                        the official source (opens in your browser)
                      </a>
                      .
                    </>
                  )}
                </p>
              )}
              {wording.summary && (
                <p className="summary">
                  <strong>{override?.heading ? 'Your summary:' : 'Our summary:'}</strong> {wording.summary}
                </p>
              )}
              {wording.source !== 'official' && <FormWordingEditor key={override?.formWording ?? ''} frameworkId={id} code={wording.code} saved={override?.formWording} />}
              {wording.source === 'official' && override?.formWording && (
                <p className="muted">
                  You also saved wording from your application form: “{override.formWording}”. It is kept, but the official wording above is used because it is confirmed.
                </p>
              )}
              {criterion.guidance && <p>{criterion.guidance}</p>}
              {lengthNote && <p className="muted">{lengthNote}</p>}
              <CriterionWordingEditor
                key={`${criterion.heading}/${criterion.guidance}`}
                frameworkId={id}
                code={code}
                official={wording.source === 'official'}
                heading={wording.summary ?? ''}
                guidance={criterion.guidance}
                override={override}
              />
            </section>
            <DataState query={statement} what="your statement">
              {statement.status === 'success' && (
                <StatementEditor key={`${id}/${code}`} frameworkId={id} code={code} wordLimit={criterion.wordLimit} saved={statement.data} />
              )}
            </DataState>
            <div className="criterion-examples">
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
                        <span className="badge">{MAPPED_ITEM_KIND_LABELS[item.kind]}</span> <Link href={itemHref(item.kind, item.id)}>{item.title}</Link>
                        {item.date && <span className="muted"> · {formatUkDate(item.date)}</span>}
                        {item.old && <span className="flag"> · older than {coverage.data?.recentYears} years</span>}
                        {item.viaAlias && <span className="muted"> · mapped as {item.viaAlias}</span>}
                        {item.kind !== 'evidence' && item.evidenceIds.length > 0 && (
                          <ul className="mapped-files" aria-label={`Evidence that ${item.title} brings`}>
                            {item.evidenceIds.map((evidenceId) => (
                              <li key={evidenceId}>
                                <Link href={itemHref('evidence', evidenceId)}>{evidenceTitles.get(evidenceId) ?? 'Evidence file'}</Link>
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {covered && covered.draftsLeftOut > 0 && (
                  <p className="muted">
                    {covered.draftsLeftOut} draft CPD {covered.draftsLeftOut === 1 ? 'record is' : 'records are'} also mapped here. Drafts show nothing until you mark them complete in the <Link href="/cpd">CPD log</Link>.
                  </p>
                )}
              </section>
              <ExamplesToUse frameworkId={id} code={wording.code} />
            </div>
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
