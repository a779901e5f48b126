import { useQueries } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading, Link } from 'react-aria-components';
import { useApi } from '../../api/api-context';
import { apiQuery, useApiQuery } from '../../api/queries';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { localToday } from '../../../core/format/today';
import { bodyName } from '../../../core/cpd/bodies';
import { ruleBodiesFor } from '../../../core/cpd-rules/bodies-for-profile';
import { hoursPerMonth, monthsWithoutCpd, progressTowards } from './dashboard-figures';
import { Meter } from './Meter';
import { Reminders } from './Reminders';
import { RouteChecklist } from '../../components/RouteChecklist';
import { StartupNoticeBanner } from './StartupNoticeBanner';
import { PlanCard } from './PlanCard';
import { Nudges } from './Nudges';
import { TableHead } from '../../components/TableHead';

const HoursChart = lazy(() => import('./HoursChart'));

const amountText = (n: number, unit: 'hours' | 'points') => `${n} ${unit === 'hours' ? (n === 1 ? 'hour' : 'hours') : n === 1 ? 'point' : 'points'}`;

/** The weekly glance: progress towards targets and registrations, what needs doing, how the year went. */
export function DashboardScreen() {
  const api = useApi();
  const today = localToday(new Date());
  const profile = useApiQuery('getProfile', []);
  const cpd = useApiQuery('listCpd', []);
  const training = useApiQuery('listTraining', []);
  const frameworks = useApiQuery('listFrameworks', []);
  const targets = profile.data?.targetRegistrations ?? [];
  const coverage = useQueries({ queries: targets.map((t) => apiQuery(api, 'getCoverage', t.frameworkId)) });
  const bodies = useMemo(() => (profile.data ? ruleBodiesFor(profile.data) : []), [profile.data]);
  const audits = useQueries({ queries: bodies.map((body) => apiQuery(api, 'evaluateCpdRules', body)) });

  const records = useMemo(() => cpd.data ?? [], [cpd.data]);
  const months = useMemo(() => hoursPerMonth(records, today), [records, today]);
  const categories = useMemo(() => [...new Set(months.flatMap((m) => Object.keys(m.byCategory)))], [months]);
  const name = profile.data?.preferredName || profile.data?.name;
  const frameworkName = (id: string) => frameworks.data?.find((f) => f.id === id)?.shortName ?? id;

  // The screen needs the profile and the records; the rest fill in as they arrive.
  const main = { status: profile.status === 'success' && cpd.status === 'success' ? 'success' : profile.status === 'error' || cpd.status === 'error' ? 'error' : 'pending', error: profile.error ?? cpd.error, refetch: () => Promise.all([profile.refetch(), cpd.refetch()]) } as const;

  return (
    <div className="screen dashboard">
      <PageHeader
        title="Dashboard"
        description={name ? `Welcome back, ${name}. Here is where your portfolio stands.` : 'Here is where your portfolio stands.'}
        actions={
          <>
            <Link href="/cpd/new" className="button primary">
              Log CPD
            </Link>
            <Link href="/evidence" className="button">
              Add evidence
            </Link>
          </>
        }
      />
      <StartupNoticeBanner />
      <DataState query={main} what="your dashboard">
        {targets.length === 0 && records.length === 0 && (
          <section className="card start-here" aria-labelledby="start-here-heading">
            <h2 id="start-here-heading">Start here</h2>
            <p>New to Techfolio? The first-run guide asks your name, role, the register you are working towards and your CPD target, then shows where to begin. It takes a few minutes, and you can skip it.</p>
            <Link href="/welcome" className="button primary">
              Open the first-run guide
            </Link>
          </section>
        )}
        <div className="grid two">
          <section className="card" aria-labelledby="targets-heading">
            <h2 id="targets-heading">CPD this year</h2>
            {(profile.data?.cpdTargets ?? []).length === 0 ? (
              <p className="muted">
                {records.length === 0 ? 'Nothing logged yet. ' : ''}Set a yearly CPD target for your professional body in your <Link href="/profile">profile</Link> to track it here.
              </p>
            ) : (
              <div className="stack">
                {profile.data?.cpdTargets.map((target) => {
                  const progress = progressTowards(target, records, today);
                  const body = bodyName(target.bodyId, profile.data);
                  return (
                    <div key={`${target.bodyId}-${target.unit}`} className="target">
                      <Meter label={body} value={progress.total} maxValue={target.amount} valueText={`${amountText(progress.total, target.unit)} of ${target.amount}`} />
                      {progress.byCategory.length > 0 && (
                        <ul className="category-split" aria-label={`By category for ${body}`}>
                          {progress.byCategory.map((c) => (
                            <li key={c.category}>
                              <span>{c.label}</span> <span className="num">{amountText(c.amount, target.unit)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  );
                })}
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="readiness-heading">
            <h2 id="readiness-heading">Registration readiness</h2>
            {targets.length === 0 ? (
              <p className="muted">
                Choose the registration you are working towards in your <Link href="/profile">profile</Link> to see how ready you are.
              </p>
            ) : (
              <div className="stack">
                {targets.map((t, i) => {
                  const q = coverage[i];
                  if (!q || q.status === 'pending') return <p key={t.frameworkId} className="loading">Working out readiness for {frameworkName(t.frameworkId)}…</p>;
                  if (q.status === 'error')
                    return (
                      <p key={t.frameworkId} role="alert" className="error">
                        Could not work out readiness for {frameworkName(t.frameworkId)}: {q.error.message}
                      </p>
                    );
                  const s = q.data.summary;
                  return (
                    <div key={t.frameworkId} className="target">
                      <Meter label={frameworkName(t.frameworkId)} value={s.readiness} maxValue={100} valueText={`${Math.round(s.readiness)}% ready`} />
                      <p className="muted small">
                        {s.evidencedCount} of {s.criteriaCount} criteria evidenced, {s.statementCount} statements written
                        {s.gapCodes.length > 0 && `; gaps: ${s.gapCodes.join(', ')}`}. <Link href={`/frameworks/${t.frameworkId}`}>See the criteria</Link>
                      </p>
                    </div>
                  );
                })}
              </div>
            )}
          </section>
        </div>
        {targets[0] && <RouteChecklist frameworkId={targets[0].frameworkId} compact />}
        {targets[0] && <PlanCard frameworkId={targets[0].frameworkId} shortName={frameworkName(targets[0].frameworkId)} today={today} />}
        {profile.data && <Nudges profile={profile.data} records={records} today={today} />}
        <Reminders
          records={records}
          training={training.data ?? []}
          gaps={records.length === 0 ? [] : monthsWithoutCpd(records, today)}
          audits={audits.flatMap((a) => (a.data ? [a.data] : []))}
          today={today}
        />
        <section className="card" aria-labelledby="months-heading">
          <h2 id="months-heading">Hours per month</h2>
          <p className="muted">The last twelve months of complete records, by category.</p>
          {records.length === 0 ? (
            <p className="muted">Your months fill in here as you log CPD.</p>
          ) : (
            <>
              <Suspense fallback={<p className="loading">Drawing the chart…</p>}>
                <HoursChart rows={months} categories={categories} />
              </Suspense>
              <Disclosure className="disclosure">
                <Heading level={3}>
                  <Button slot="trigger" className="button quiet small">
                    Show the figures as a table
                  </Button>
                </Heading>
                <DisclosurePanel>
                  <table className="table">
                    <caption>Hours of complete CPD per month and category</caption>
                    <TableHead columns={['Month', ...categories.map((c) => ({ label: c, className: 'num' })), { label: 'Total', className: 'num' }]} />
                    <tbody>
                      {months.map((m) => (
                        <tr key={m.month}>
                          <th scope="row">{m.label}</th>
                          {categories.map((c) => (
                            <td key={c} className="num">
                              {m.byCategory[c] ?? 0}
                            </td>
                          ))}
                          <td className="num">{m.total}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </DisclosurePanel>
              </Disclosure>
            </>
          )}
        </section>
      </DataState>
    </div>
  );
}
