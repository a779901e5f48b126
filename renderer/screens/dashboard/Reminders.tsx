import { Link } from 'react-aria-components';
import type { CpdAudit } from '../../../core/cpd-rules/schema';
import type { CpdRecord } from '../../../core/model/cpd-record';
import type { TrainingRecord } from '../../../core/model/training';
import { expiryLabel, expiryStatus } from '../../../core/training/expiry';

export type ReminderInputs = { records: CpdRecord[]; training: TrainingRecord[]; gaps: string[]; audits: CpdAudit[]; today: string };

/** What needs doing, most pressing first. Empty when all is well, and says so; an empty portfolio is pointed to its first step. */
export function Reminders({ records, training, gaps, audits, today }: ReminderInputs) {
  const lapsing = training
    .map((t) => ({ t, status: expiryStatus(t, today) }))
    .filter(({ status }) => status.kind === 'expired' || status.kind === 'expiring')
    .sort((a, b) => ('date' in a.status ? a.status.date : '').localeCompare('date' in b.status ? b.status.date : ''));
  const drafts = records.filter((r) => r.status === 'draft');
  const unmet = audits.flatMap((audit) => audit.results.filter((r) => r.status !== 'pass').map((result) => ({ audit, result })));
  // One per row shown: all drafts share one row, as do the months without CPD.
  const count = lapsing.length + (drafts.length > 0 ? 1 : 0) + (gaps.length > 0 ? 1 : 0) + unmet.length;

  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">
        Reminders{' '}
        {count > 0 && (
          <span className="badge neutral">
            {count}
            <span className="visually-hidden"> {count === 1 ? 'reminder' : 'reminders'}</span>
          </span>
        )}
      </h2>
      {count === 0 && records.length === 0 ? (
        <p className="muted">
          Nothing to remind you of until you have records. Start with your <Link href="/cpd/new">first CPD record</Link>, or <Link href="/welcome">the first-run guide</Link>.
        </p>
      ) : count === 0 ? (
        <p className="muted">Nothing needs your attention: no drafts, expiring training or unmet CPD rules.</p>
      ) : (
        <ul className="list-plain reminders">
          {lapsing.map(({ t, status }) => (
            <li key={t.id} className="reminder">
              <span className={status.kind === 'expired' ? 'badge bad' : 'badge warn'}>{status.kind === 'expired' ? 'Expired' : 'Renew soon'}</span>
              <span>
                <Link href="/training">{t.course}</Link>: {expiryLabel(status)}
              </span>
            </li>
          ))}
          {drafts.length > 0 && (
            <li className="reminder">
              <span className="badge warn">Draft</span>
              <span>
                {drafts.length === 1 ? (
                  <>
                    Finish your draft: <Link href={`/cpd/${drafts[0]?.id}`}>{drafts[0]?.title}</Link>
                  </>
                ) : (
                  <>
                    {drafts.length} drafts to finish, starting with <Link href={`/cpd/${drafts[0]?.id}`}>{drafts[0]?.title}</Link>
                  </>
                )}
              </span>
            </li>
          )}
          {gaps.length > 0 && (
            <li className="reminder">
              <span className="badge neutral">Gap</span>
              <span>
                No completed CPD in {gaps.length === 1 ? gaps[0] : `${gaps.length} of the last 12 months (${gaps.join(', ')})`}. Even an hour of reading counts.
              </span>
            </li>
          )}
          {unmet.map(({ audit, result }) => (
            <li key={`${audit.bodyId}-${result.ruleId}`} className="reminder">
              <span className={result.status === 'fail' ? 'badge bad' : 'badge warn'}>{result.status === 'fail' ? 'Not met' : 'Check'}</span>
              <span>
                <strong>{audit.name}</strong>: {result.title}. {result.summary}
                {result.missing.length > 0 && (
                  <ul className="missing">
                    {result.missing.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
