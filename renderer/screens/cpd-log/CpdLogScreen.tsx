import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Link } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { DeletedCpd } from '../../../core/api/methods/cpd';
import type { CpdRecord } from '../../../core/model/cpd-record';
import { localToday } from '../../../core/format/today';
import { useApi } from '../../api/api-context';
import { notify } from '../../components/notices';
import { UndoNotice } from '../../components/UndoNotice';
import { usePrinting } from '../../components/usePrinting';
import { cpdSearcher, criteriaInUse, prepareCpdSearch, tagsInUse } from '../../../core/cpd/search';
import { useQueryClient } from '@tanstack/react-query';
import { useApiQuery } from '../../api/queries';
import { queryKeyOf } from '../../api/query-keys';
import { DataState } from '../../components/DataState';
import { hoursLabel } from '../../format/cpd-labels';
import { isActivityKind } from '../../../core/commitment/record-types';
import { CommitmentLogList, useRecordTypeFilter } from './CommitmentLogList';
import { CpdLogHeader, CpdViewChoice } from './CpdLogChrome';
import { CpdLogFilterGrid } from './CpdLogFilterGrid';
import { BulkActions } from './BulkActions';
import { sortForTable } from './cpd-table-sort';
import { CpdPrintTable } from './CpdPrintTable';
import { CpdRecordList } from './CpdRecordList';
import { CpdRecordTable } from './CpdRecordTable';
import { CpdSearchBox } from './CpdSearchBox';
import { startDuplicate } from './duplicate-record';
import { useLogView } from './log-view';
import { FIRST_ROWS, NewestFirst } from './NewestFirst';
import { toCpdFilter, useCpdLogFilters, NO_FILTERS } from './useCpdLogFilters';

/** Every CPD record, searchable and filterable, quick with thousands of records. */
export function CpdLogScreen() {
  const { filters, update, clear } = useCpdLogFilters();
  const { view, setView, sort, setSort } = useLogView();
  const filtered = JSON.stringify({ ...filters, sort: 'date-desc' }) !== JSON.stringify(NO_FILTERS);
  // A long log shows its newest rows while the whole log loads, when it opens as it starts: cards,
  // newest first, no filter (anything else needs every record to order or match). The whole log
  // is asked for once they are in, so its 2 MB do not hold them up; a log that fits in them shows
  // when whole, with its search and filters at once.
  const queryClient = useQueryClient();
  const [wholeAsked, setWholeAsked] = useState(() => view !== 'cards' || filtered || filters.sort !== 'date-desc' || queryClient.getQueryData(queryKeyOf('listCpd', [])) !== undefined);
  const newest = useApiQuery('listCpdNewest', [FIRST_ROWS], { enabled: !wholeAsked });
  useEffect(() => {
    if (newest.status !== 'pending') setWholeAsked(true);
  }, [newest.status]);
  const query = useApiQuery('listCpd', [], { enabled: wholeAsked });
  const records = useMemo(() => query.data ?? [], [query.data]);
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
  const api = useApi();
  const [, navigate] = useLocation();
  const printing = usePrinting();
  // Selected rows that a filter or a delete has taken out of the list are no longer selected.
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const selected = useMemo(() => new Set(shown.filter((r) => chosen.has(r.id)).map((r) => r.id)), [shown, chosen]);
  const onSelect = useCallback(
    (ids: string[], on: boolean) =>
      setChosen((current) => {
        const next = new Set(current);
        for (const id of ids) if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    [],
  );
  const [busy, setBusy] = useState(false);
  // Deletes are undone by putting the records back (restoreDeletedCpd), not hidden in place: every
  // other screen, the pack and the audits see exactly the records that exist, with no "deleted" flag to honour.
  const [undo, setUndo] = useState<{ message: string; deleted: DeletedCpd } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);

  const bulk = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      const done = await work();
      if (done) notify(done);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  const ids = [...selected];
  const plural = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;
  const setCategory = (category: string | null) =>
    bulk(async () => {
      const { updated } = await api.updateCpdMany({ ids, category });
      return `Changed the category of ${plural(updated)}.`;
    });
  const changeTags = (change: { addTags: string[]; removeTags: string[] }) =>
    bulk(async () => {
      const { updated } = await api.updateCpdMany({ ids, ...change });
      return `Changed the tags of ${plural(updated)}.`;
    });
  const deleteSelected = () =>
    bulk(async () => {
      const deleted = await api.deleteCpdMany(ids);
      setChosen(new Set());
      const message = deleted.records.length === 1 ? `Deleted “${deleted.records[0]?.title}”.` : `Deleted ${plural(deleted.records.length)}.`;
      setUndo({ message, deleted });
      // The undo notice announces it; a second notice would only repeat it.
      return '';
    });
  const undoDelete = async () => {
    if (!undo) return;
    setBusy(true);
    try {
      const { restored } = await api.restoreDeletedCpd(undo.deleted);
      setUndo(null);
      notify(`Put back ${plural(restored)}.`);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), 'error');
    } finally {
      setBusy(false);
    }
  };
  const duplicate = useCallback(
    (record: CpdRecord) => {
      if (startDuplicate(record, localToday(new Date()))) navigate('/cpd/new');
      else notify('A new record you have not saved yet is open in the editor. Save or discard it, then duplicate this one.', 'error');
    },
    [navigate],
  );
  const printed = useMemo(() => (view === 'table' ? sortForTable(shown, sort) : shown), [view, shown, sort]);

  // Marks for the benchmark: when the first rows appear, and how long each search keystroke takes.
  const firstRowsMarked = useRef(false);
  const onRowsShown = useCallback(() => {
    if (firstRowsMarked.current) return;
    firstRowsMarked.current = true;
    performance.mark('cpd-log:first-rows');
  }, []);
  // The text typed last, until the list shows its matches.
  const typed = useRef<string | null>(null);
  useEffect(() => {
    if (typed.current !== null && deferred.text === typed.current) {
      typed.current = null;
      performance.mark('cpd-search:end');
      performance.measure('cpd-search', 'cpd-search:start', 'cpd-search:end');
    }
  }, [shown, deferred.text]);
  const onSearch = useCallback(
    (text: string) => {
      performance.mark('cpd-search:start');
      typed.current = text;
      update({ text });
    },
    [update],
  );
  // Clearing the filters starts a fresh search box.
  const [searchBoxKey, setSearchBoxKey] = useState(0);
  const clearAll = useCallback(() => {
    clear();
    setSearchBoxKey((k) => k + 1);
  }, [clear]);

  return (
    <div className={printing ? 'screen printing-log' : 'screen'}>
      <CpdLogHeader />
      {query.status === 'pending' && newest.data && newest.data.total > newest.data.records.length ? (
        <NewestFirst records={newest.data.records} total={newest.data.total} onRowsShown={onRowsShown} onDuplicate={duplicate} />
      ) : (
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
          <section role="search" className="card filters no-print" aria-label="Search and filter records">
            <CpdSearchBox key={searchBoxKey} initial={filters.text} onSearch={onSearch} />
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
            <CpdViewChoice view={view} setView={setView} />
            <div className="spread">
              <p className="muted" role="status">
                {filtered ? `${shown.length} of ${records.length} records match` : `${records.length} ${records.length === 1 ? 'record' : 'records'}`}
                {` · ${hoursLabel(Math.round(totalHours * 100) / 100)}`}
              </p>
              {filtered && (
                <Button className="button quiet" onPress={clearAll}>
                  Clear search and filters
                </Button>
              )}
            </div>
          </section>
          {isActivityKind(recordType.recordType) ? (
            <CommitmentLogList kind={recordType.recordType} text={filters.text} from={filters.from} to={filters.to} />
          ) : shown.length === 0 && view === 'table' ? (
            <NoMatches />
          ) : view === 'table' ? (
            <>
              {selected.size > 0 && <BulkActions count={selected.size} busy={busy} onCategory={(c) => void setCategory(c)} onTags={(c) => void changeTags(c)} onDelete={() => void deleteSelected()} onClear={() => setChosen(new Set())} />}
              <CpdRecordTable records={shown} sort={sort} onSort={setSort} selected={selected} onSelect={onSelect} onDuplicate={duplicate} />
            </>
          ) : (
            <>
              {shown.length === 0 && <NoMatches />}
              {/* Kept in the page while nothing matches, so typing on or clearing the search does not build the list anew. */}
              <CpdRecordList records={shown} onRowsShown={onRowsShown} onDuplicate={duplicate} />
            </>
          )}
          {printing && !isActivityKind(recordType.recordType) && (
            <CpdPrintTable records={printed} summary={`CPD log: ${printed.length} ${printed.length === 1 ? 'record' : 'records'}, ${hoursLabel(Math.round(totalHours * 100) / 100)}`} />
          )}
        </DataState>
      )}
      <UndoNotice ref={undoButton} message={undo?.message ?? null} onUndo={() => void undoDelete()} onDismiss={() => setUndo(null)} isBusy={busy} />
    </div>
  );
}

function NoMatches() {
  return (
    <div className="card state-empty">
      <p>No records match. Try fewer words or clear the filters.</p>
    </div>
  );
}
