import { useCallback, useState } from 'react';
import type { CpdFilter, CpdSort } from '../../../core/cpd/search';

export type CpdLogFilters = Required<{ [K in keyof CpdFilter]: string }> & { sort: CpdSort };

const KEY = 'techfolio.cpd-log.filters';
export const NO_FILTERS: CpdLogFilters = { text: '', from: '', to: '', category: '', tag: '', criterion: '', status: '', sort: 'date-desc' };

function load(): CpdLogFilters {
  try {
    return { ...NO_FILTERS, ...(JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Partial<CpdLogFilters>) };
  } catch {
    return NO_FILTERS;
  }
}

/** The log's filters, kept for this session so coming back from a record finds the same list. */
export function useCpdLogFilters() {
  const [filters, setFilters] = useState<CpdLogFilters>(load);
  // Stable across renders, so the memoised filter controls are not re-rendered on each keystroke.
  const update = useCallback(
    (change: Partial<CpdLogFilters>) =>
      setFilters((current) => {
        const next = { ...current, ...change };
        try {
          sessionStorage.setItem(KEY, JSON.stringify(next));
        } catch {
          // Filters are a convenience; losing them is harmless.
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => update(NO_FILTERS), [update]);
  return { filters, update, clear };
}

export function toCpdFilter(filters: CpdLogFilters): CpdFilter {
  return {
    text: filters.text,
    from: filters.from || undefined,
    to: filters.to || undefined,
    category: filters.category || undefined,
    tag: filters.tag || undefined,
    criterion: filters.criterion || undefined,
    status: filters.status === 'draft' || filters.status === 'complete' ? filters.status : undefined,
  };
}
