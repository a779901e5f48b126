import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Input, Label, Link, SearchField } from 'react-aria-components';
import { cpdSearcher, criteriaInUse, prepareCpdSearch, tagsInUse } from '../../../core/cpd/search';
import { useApiQuery } from '../../api/queries';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { hoursLabel } from '../../format/cpd-labels';
import { isActivityKind } from '../../../core/commitment/record-types';
import { CommitmentLogList, useRecordTypeFilter } from './CommitmentLogList';
import { CpdLogFilterGrid } from './CpdLogFilterGrid';
import { CpdRecordList } from './CpdRecordList';
import { toCpdFilter, useCpdLogFilters, NO_FILTERS } from './useCpdLogFilters';

/** Every CPD record, searchable and filterable, quick with thousands of records. */
export function CpdLogScreen() {
  const query = useApiQuery('listCpd', []);
  const records = useMemo(() => query.data ?? [], [query.data]);
  const { filters, update, clear } = useCpdLogFilters();
  // CPD, or one kind of Technician Commitment record (shown by CommitmentLogList).
  const recordType = useRecordTypeFilter();
  // Typing stays responsive: the list catches up with the latest keystroke.
  const deferred = useDeferredValue(filters);
  // Typing on narrows the last matches rather than searching every record again.
  const [search] = useState(() => cpdSearcher());
  const shown = useMemo(() => search(records, toCpdFilter(deferred), deferred.sort), [search, records, deferred]);
  // Build the search index while the page is idle, not on the first keystroke.
  useEffect(() => {
    if (records.length === 0 || typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(() => prepareCpdSearch(records));
    return () => cancelIdleCallback(id);
  }, [records]);
  const tagOptions = useMemo(() => tagsInUse(records).map((t) => ({ id: t, label: t })), [records]);
  const frameworks = useApiQuery('listFrameworks', []);
  const criterionOptions = useMemo(() => {
    const shortName = new Map((frameworks.data ?? []).map((f) => [f.id, f.shortName]));
    return criteriaInUse(records).map((c) => {
      const [frameworkId = '', code = ''] = c.split(':');
      return { id: c, label: `${shortName.get(frameworkId) ?? frameworkId} ${code}` };
    });
  }, [records, frameworks.data]);
  const totalHours = useMemo(() => shown.reduce((sum, r) => sum + r.hours, 0), [shown]);
  const filtered = JSON.stringify({ ...filters, sort: 'date-desc' }) !== JSON.stringify(NO_FILTERS);

  // Marks for the benchmark: when the first rows appear, and how long each search keystroke takes.
  const firstRowsMarked = useRef(false);
  const onRowsShown = useCallback(() => {
    if (firstRowsMarked.current) return;
    firstRowsMarked.current = true;
    performance.mark('cpd-log:first-rows');
  }, []);
  const searchStarted = useRef(false);
  useEffect(() => {
    if (searchStarted.current && deferred.text === filters.text) {
      searchStarted.current = false;
      performance.mark('cpd-search:end');
      performance.measure('cpd-search', 'cpd-search:start', 'cpd-search:end');
    }
  }, [shown, deferred.text, filters.text]);
  const onSearch = (text: string) => {
    performance.mark('cpd-search:start');
    searchStarted.current = true;
    update({ text });
  };

  return (
    <div className="screen">
      <PageHeader
        title="CPD log"
        description="Everything you have learnt, newest first. Search any word you wrote."
        actions={
          <>
            <Link href="/settings#import-heading" className="button">
              Import from a spreadsheet
            </Link>
            <Link href="/cpd/new" className="button primary">
              Log CPD
            </Link>
          </>
        }
      />
      <DataState
        query={query}
        what="your records"
        isEmpty={records.length === 0}
        empty={
          <>
            <h2>No CPD logged yet</h2>
            <p>Log a course, a task you learnt from, or some reading: it takes a minute.</p>
            <Link href="/cpd/new" className="button primary">
              Log your first activity
            </Link>
          </>
        }
      >
        <section role="search" className="card filters" aria-label="Search and filter records">
          <SearchField className="field filters-search" value={filters.text} onChange={onSearch}>
            <Label className="field-label">Search</Label>
            <Input className="input" placeholder="Words from titles, reflections, tags…" />
          </SearchField>
          <CpdLogFilterGrid
            from={filters.from}
            to={filters.to}
            category={filters.category}
            tag={filters.tag}
            criterion={filters.criterion}
            status={filters.status}
            sort={filters.sort}
            recordType={recordType.recordType}
            recordTypeOptions={recordType.options}
            tagOptions={tagOptions}
            criterionOptions={criterionOptions}
            update={update}
            setRecordType={recordType.setRecordType}
          />
          <div className="spread">
            <p className="muted" role="status">
              {filtered ? `${shown.length} of ${records.length} records match` : `${records.length} ${records.length === 1 ? 'record' : 'records'}`}
              {` · ${hoursLabel(Math.round(totalHours * 100) / 100)}`}
            </p>
            {filtered && (
              <Button className="button quiet" onPress={clear}>
                Clear search and filters
              </Button>
            )}
          </div>
        </section>
        {isActivityKind(recordType.recordType) ? (
          <CommitmentLogList kind={recordType.recordType} text={filters.text} from={filters.from} to={filters.to} />
        ) : shown.length === 0 ? (
          <div className="card state-empty">
            <p>No records match. Try fewer words or clear the filters.</p>
          </div>
        ) : (
          <CpdRecordList records={shown} onRowsShown={onRowsShown} />
        )}
      </DataState>
    </div>
  );
}
