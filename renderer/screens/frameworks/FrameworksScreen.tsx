import { useMemo } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useFrameworkList, useProfile } from '../../api/use-frameworks';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { isTarget, targetsFirst } from '../../format/framework-order';
import { FrameworkCoverageView } from './FrameworkCoverageView';
import { ImportFrameworkButton } from './ImportFrameworkButton';
import '../../styles/frameworks.css';

const kindLabel = { registration: 'Registration', career: 'Career framework', 'career-pathway': 'Career pathway', 'cpd-standard': 'CPD standard' } as const;

/** The frameworks (yours first) and, for the chosen one, how far the portfolio covers it. */
export function FrameworksScreen() {
  const params = useParams<{ id?: string }>();
  const [, navigate] = useLocation();
  const frameworks = useFrameworkList();
  const profile = useProfile();
  const ordered = useMemo(() => targetsFirst(frameworks.data ?? [], profile.data), [frameworks.data, profile.data]);
  // With no id, the target register opens; with no target either, the user is asked to choose.
  const chosen = ordered.find((f) => f.id === params.id) ?? (params.id || !isTarget(ordered[0]?.id ?? '', profile.data) ? undefined : ordered[0]);

  return (
    <div className="screen frameworks-screen">
      <PageHeader
        title="Frameworks"
        description={
          <>
            The registration frameworks and standards you can map your work to, and how much of each you have covered. <Link href="/help">What is this?</Link>
          </>
        }
        actions={<ImportFrameworkButton onImported={(id) => navigate(`/frameworks/${encodeURIComponent(id)}`)} />}
      />
      <DataState query={frameworks} what="frameworks" isEmpty={ordered.length === 0} empty={<p>No frameworks are installed. Import a framework file.</p>}>
        <div className="frameworks-layout">
          <nav aria-label="Frameworks" className="framework-list">
            <ul>
              {ordered.map((f) => (
                <li key={f.id}>
                  <Link href={`/frameworks/${encodeURIComponent(f.id)}`} className="framework-link" aria-current={chosen?.id === f.id ? 'page' : undefined}>
                    <span className="framework-short">{f.shortName}</span>
                    {isTarget(f.id, profile.data) && <span className="badge">Your target</span>}
                    <span className="framework-meta">
                      {kindLabel[f.kind]} · {f.origin === 'built-in' ? 'built in' : 'imported'}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="framework-detail">
            {chosen ? (
              <FrameworkCoverageView key={chosen.id} summary={chosen} />
            ) : params.id ? (
              <p role="alert">There is no framework “{params.id}”. Choose one from the list.</p>
            ) : (
              <div className="card">
                <h2>Choose a framework</h2>
                <p>
                  Choose the framework to look at from the list. To have your register open here every time, set the register you are working towards in the{' '}
                  <Link href="/welcome">first-run guide</Link> or your <Link href="/profile">profile</Link>. <Link href="/help">What are these registers?</Link>
                </p>
              </div>
            )}
          </div>
        </div>
      </DataState>
    </div>
  );
}
