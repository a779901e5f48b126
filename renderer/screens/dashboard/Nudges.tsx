import { useMemo } from 'react';
import { Link } from 'react-aria-components';
import type { CpdRecord } from '../../../core/model/cpd-record';
import type { Profile } from '../../../core/model/profile';
import { nudgesFor } from '../../../core/nudges/nudges';
import { useApiQuery } from '../../api/queries';
import { DeadlinesCalendarButton } from './DeadlinesCalendarButton';

/** The gaps that matter now, each with a link to where to act, and the deadlines calendar download. */
export function Nudges({ profile, records, today }: { profile: Profile; records: readonly CpdRecord[]; today: string }) {
  const statements = useApiQuery('listStatements', []);
  const frameworks = useApiQuery('listFrameworks', []);
  const nudges = useMemo(
    () =>
      nudgesFor({
        profile,
        records,
        // Until statements load, none are raised as idle rather than all of them.
        statements: statements.data ?? [],
        today,
        registrationName: (id) => frameworks.data?.find((f) => f.id === id)?.shortName ?? id,
      }).filter((n) => n.kind !== 'statements-idle' || statements.isSuccess),
    [profile, records, statements.data, statements.isSuccess, frameworks.data, today],
  );
  return (
    <section className="card" aria-labelledby="nudges-heading">
      <h2 id="nudges-heading">Worth doing now</h2>
      {nudges.length === 0 ? (
        <p className="muted">{records.length === 0 ? 'Suggestions appear here once you log CPD and set target dates.' : 'You are keeping up: nothing needs a nudge.'}</p>
      ) : (
        <ul className="list-plain reminders">
          {nudges.map((n) => (
            <li key={n.id} className="reminder">
              <span>
                {n.message} <Link href={n.action.href}>{n.action.label}</Link>
              </span>
            </li>
          ))}
        </ul>
      )}
      <DeadlinesCalendarButton />
    </section>
  );
}
