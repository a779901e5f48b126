import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-aria-components';
import { ACTIVITY_KIND_LABELS } from '../../../core/commitment/activity-labels';
import { RECORD_TYPES, isActivityKind, type RecordType } from '../../../core/commitment/record-types';
import { filterActivities } from '../../../core/commitment/search';
import type { ActivityKind } from '../../../core/model/commitment';
import { useApiQuery } from '../../api/queries';
import { DataState } from '../../components/DataState';
import { showRecognitionKind } from '../../components/recognition-filter';
import { activityDetail, activityWhen } from '../../format/activity-summary';

const KEY = 'techfolio.cpd-log.record-type';
const ACTIVITY_TYPE_OPTIONS = RECORD_TYPES.filter((t) => t.id !== 'cpd');

/** The CPD log's "kind of record" choice (CPD, or one Technician Commitment kind), kept for this session. */
export function useRecordTypeFilter(): { recordType: RecordType; setRecordType: (type: string) => void; options: { id: string; label: string }[] } {
  const [recordType, setState] = useState<RecordType>(() => {
    try {
      const stored = sessionStorage.getItem(KEY) ?? '';
      return isActivityKind(stored) ? stored : 'cpd';
    } catch {
      return 'cpd';
    }
  });
  // Stable, like the options, so the log's memoised filter controls skip re-rendering as you type.
  const setRecordType = useCallback((type: string) => {
    const next: RecordType = isActivityKind(type) ? type : 'cpd';
    setState(next);
    try {
      sessionStorage.setItem(KEY, next);
    } catch {
      // A filter is a convenience; losing it is harmless.
    }
  }, []);
  return { recordType, setRecordType, options: ACTIVITY_TYPE_OPTIONS };
}

/** One Technician Commitment kind in the CPD log, searched and limited by the log's words and dates. */
export function CommitmentLogList({ kind, text, from, to }: { kind: ActivityKind; text: string; from: string; to: string }) {
  const query = useApiQuery('listActivities', []);
  const shown = useMemo(() => filterActivities(query.data ?? [], { kind, text, from: from || undefined, to: to || undefined }), [query.data, kind, text, from, to]);
  const label = ACTIVITY_KIND_LABELS[kind];
  return (
    <DataState query={query} what={label.many.toLowerCase()}>
      <p className="muted" role="status">
        {shown.length} {shown.length === 1 ? 'record' : 'records'} · {label.many}
      </p>
      {shown.length === 0 ? (
        <div className="card state-empty">
          <p>No {label.many.toLowerCase()} match. Add them on the Recognition &amp; impact screen.</p>
          <Link href="/recognition" className="button primary" onPress={() => showRecognitionKind(kind)}>
            Open Recognition &amp; impact
          </Link>
        </div>
      ) : (
        <ul className="cpd-list-items" aria-label={label.many}>
          {shown.map((a) => (
            <li key={a.id}>
              <article className="cpd-row">
                <div className="cpd-row-main">
                  <h2 className="cpd-row-title">
                    <Link href="/recognition" className="cpd-row-link" onPress={() => showRecognitionKind(kind)}>
                      {a.title}
                    </Link>
                  </h2>
                  <p className="cpd-row-meta">
                    <span>{activityWhen(a)}</span>
                    <span>{activityDetail(a)}</span>
                    {a.evidenceIds.length > 0 && <span>{a.evidenceIds.length} evidence</span>}
                    {a.mappings.length > 0 && <span>{a.mappings.length} {a.mappings.length === 1 ? 'criterion' : 'criteria'}</span>}
                  </p>
                </div>
                <div className="cpd-row-side">
                  <span className="badge neutral">{label.one}</span>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </DataState>
  );
}
