import { useQuery } from '@tanstack/react-query';
import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Button, Input, Label, Link, SearchField } from 'react-aria-components';
import { criteriaInUse, searchCpd, tagsInUse } from '../../../core/cpd/search';
import { useApi } from '../../api/api-context';
import { DataState } from '../../components/DataState';
import { PageHeader } from '../../components/PageHeader';
import { categoryOptions, hoursLabel } from '../../format/cpd-labels';
import { isActivityKind } from '../../../core/commitment/record-types';
import { CommitmentLogList, useRecordTypeFilter } from '../commitment/CommitmentLogList';
import { CpdRecordRow } from './CpdRecordRow';
import { FilterDate } from './FilterDate';
import { FilterSelect } from '../../components/FilterSelect';
import { toCpdFilter, useCpdLogFilters, NO_FILTERS } from './useCpdLogFilters';

const ROW_ESTIMATE = 96;
const SORTS = [
  { id: 'date-desc', label: 'Newest first' },
  { id: 'date-asc', label: 'Oldest first' },
  { id: 'title', label: 'Title A to Z' },
  { id: 'hours-desc', label: 'Most hours first' },
];
const STATUSES = [
  { id: 'complete', label: 'Complete' },
  { id: 'draft', label: 'Drafts' },
];

/** Every CPD record, searchable and filterable, quick with thousands of records. */
export function CpdLogScreen() {
  const api = useApi();
  const query = useQuery({ queryKey: ['cpd'], queryFn: () => api.listCpd() });
  const records = useMemo(() => query.data ?? [], [query.data]);
  const { filters, update, clear } = useCpdLogFilters();
  // CPD, or one kind of Technician Commitment record (shown by CommitmentLogList).
  const recordType = useRecordTypeFilter();
  // Typing stays responsive: the list catches up with the latest keystroke.
  const deferred = useDeferredValue(filters);
  const shown = useMemo(() => searchCpd(records, toCpdFilter(deferred), deferred.sort), [records, deferred]);
  const tagOptions = useMemo(() => tagsInUse(records).map((t) => ({ id: t, label: t })), [records]);
  const frameworks = useQuery({ queryKey: ['frameworks'], queryFn: () => api.listFrameworks() });
  const criterionOptions = useMemo(() => {
    const shortName = new Map((frameworks.data ?? []).map((f) => [f.id, f.shortName]));
    return criteriaInUse(records).map((c) => {
      const [frameworkId = '', code = ''] = c.split(':');
      return { id: c, label: `${shortName.get(frameworkId) ?? frameworkId} ${code}` };
    });
  }, [records, frameworks.data]);
  const totalHours = useMemo(() => shown.reduce((sum, r) => sum + r.hours, 0), [shown]);
  const filtered = JSON.stringify({ ...filters, sort: 'date-desc' }) !== JSON.stringify(NO_FILTERS);

  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => setScrollMargin(listRef.current?.offsetTop ?? 0), [query.status, shown.length]);
  const virtualizer = useWindowVirtualizer({
    count: shown.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => shown[index]?.id ?? index,
    // A row not laid out yet (hidden, or no layout engine) measures 0: keep the estimate instead.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ROW_ESTIMATE,
  });
  const items = virtualizer.getVirtualItems();

  // Marks for the benchmark: when the first rows appear, and how long each search keystroke takes.
  const firstRowsMarked = useRef(false);
  useEffect(() => {
    if (!firstRowsMarked.current && items.length > 0) {
      firstRowsMarked.current = true;
      performance.mark('cpd-log:first-rows');
    }
  }, [items.length]);
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
          <Link href="/cpd/new" className="button primary">
            Log CPD
          </Link>
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
          <div className="filters-grid">
            <FilterDate label="From" value={filters.from} onChange={(from) => update({ from })} />
            <FilterDate label="To" value={filters.to} onChange={(to) => update({ to })} />
            <FilterSelect label="Category" value={filters.category} anyLabel="Any category" options={categoryOptions} onChange={(category) => update({ category })} />
            <FilterSelect label="Tag" value={filters.tag} anyLabel="Any tag" options={tagOptions} onChange={(tag) => update({ tag })} />
            <FilterSelect label="Criterion" value={filters.criterion} anyLabel="Any criterion" options={criterionOptions} onChange={(criterion) => update({ criterion })} />
            <FilterSelect label="Kind of record" value={recordType.recordType === 'cpd' ? '' : recordType.recordType} anyLabel="CPD activities" options={recordType.options} onChange={recordType.setRecordType} />
            <FilterSelect label="Type" value={filters.status} anyLabel="All records" options={STATUSES} onChange={(status) => update({ status })} />
            <FilterSelect label="Sort" value={filters.sort === 'date-desc' ? '' : filters.sort} anyLabel="Newest first" options={SORTS.slice(1)} onChange={(sort) => update({ sort: (sort || 'date-desc') as typeof filters.sort })} />
          </div>
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
          <div ref={listRef} className="cpd-list" style={{ height: virtualizer.getTotalSize() }}>
            <ul className="cpd-list-items" aria-label="CPD records" style={{ transform: `translateY(${(items[0]?.start ?? 0) - virtualizer.options.scrollMargin}px)` }}>
              {items.map((item) => {
                const record = shown[item.index];
                if (!record) return null;
                return (
                  <li key={record.id} data-index={item.index} ref={virtualizer.measureElement} aria-setsize={shown.length} aria-posinset={item.index + 1}>
                    <CpdRecordRow record={record} />
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </DataState>
    </div>
  );
}
