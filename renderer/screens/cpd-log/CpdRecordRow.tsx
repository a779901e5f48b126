import { memo } from 'react';
import { Button, Link } from 'react-aria-components';
import type { CpdRecord } from '../../../core/model/cpd-record';
import { categoryLabel } from '../../../core/format/labels';
import { draftOriginOf } from '../../../core/inbox/inbox-draft';
import { hoursLabel, recordDates } from '../../format/cpd-labels';

/**
 * One record in the log: enough to recognise it, one link to open it. Memoised: records are
 * immutable, so a row renders again only when its record is replaced (an edit loads a new one).
 */
export const CpdRecordRow = memo(function CpdRecordRow({ record, onDuplicate }: { record: CpdRecord; onDuplicate: (record: CpdRecord) => void }) {
  const category = record.category ? categoryLabel(record.category) : undefined;
  const origin = draftOriginOf(record.description);
  return (
    <article className="cpd-row">
      <div className="cpd-row-main">
        <h2 className="cpd-row-title">
          <Link href={`/cpd/${record.id}`} className="cpd-row-link">
            {record.title}
          </Link>
        </h2>
        <p className="cpd-row-meta">
          <span>{recordDates(record)}</span>
          {category && <span>{category}</span>}
          {record.evidenceIds.length > 0 && <span>{record.evidenceIds.length} evidence</span>}
          {record.mappings.length > 0 && <span>{record.mappings.length} {record.mappings.length === 1 ? 'criterion' : 'criteria'}</span>}
        </p>
        {origin && <p className="cpd-row-meta">{origin}</p>}
        {record.tags.length > 0 && (
          <ul className="cpd-row-tags" aria-label="Tags">
            {record.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="cpd-row-side">
        <span className="cpd-row-hours">{hoursLabel(record.hours)}</span>
        {record.points !== undefined && <span className="muted">{record.points} points</span>}
        {record.status === 'draft' && <span className="badge warn">Draft</span>}
        <Button className="button quiet" aria-label={`Duplicate “${record.title}”`} onPress={() => onDuplicate(record)}>
          Duplicate
        </Button>
      </div>
    </article>
  );
});
