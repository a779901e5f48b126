import { memo } from 'react';
import { FilterSelect } from '../../components/FilterSelect';
import type { SelectOption } from '../../components/SelectMenu';
import { categoryOptions } from '../../format/cpd-labels';
import { FilterDate } from './FilterDate';
import type { CpdLogFilters } from './useCpdLogFilters';

const SORTS = [
  { id: 'date-asc', label: 'Oldest first' },
  { id: 'title', label: 'Title A to Z' },
  { id: 'hours-desc', label: 'Most hours first' },
];
const STATUSES = [
  { id: 'complete', label: 'Complete' },
  { id: 'draft', label: 'Drafts' },
];

type Props = Omit<CpdLogFilters, 'text'> & {
  recordType: string;
  recordTypeOptions: SelectOption[];
  tagOptions: SelectOption[];
  criterionOptions: SelectOption[];
  update: (change: Partial<CpdLogFilters>) => void;
  setRecordType: (type: string) => void;
};

/**
 * The log's dates and choices. Memoised, with stable props from the screen: typing in the search
 * box then re-renders none of these controls, which is most of the work a keystroke would cost.
 */
export const CpdLogFilterGrid = memo(function CpdLogFilterGrid({ from, to, category, tag, criterion, status, sort, recordType, recordTypeOptions, tagOptions, criterionOptions, update, setRecordType }: Props) {
  return (
    <div className="filters-grid">
      <FilterDate label="From" value={from} onChange={(value) => update({ from: value })} />
      <FilterDate label="To" value={to} onChange={(value) => update({ to: value })} />
      <FilterSelect label="Category" value={category} anyLabel="Any category" options={categoryOptions} onChange={(value) => update({ category: value })} />
      <FilterSelect label="Tag" value={tag} anyLabel="Any tag" options={tagOptions} onChange={(value) => update({ tag: value })} />
      <FilterSelect label="Criterion" value={criterion} anyLabel="Any criterion" options={criterionOptions} onChange={(value) => update({ criterion: value })} />
      <FilterSelect label="Kind of record" value={recordType === 'cpd' ? '' : recordType} anyLabel="CPD activities" options={recordTypeOptions} onChange={setRecordType} />
      <FilterSelect label="Type" value={status} anyLabel="All records" options={STATUSES} onChange={(value) => update({ status: value })} />
      <FilterSelect label="Sort" value={sort === 'date-desc' ? '' : sort} anyLabel="Newest first" options={SORTS} onChange={(value) => update({ sort: (value || 'date-desc') as CpdLogFilters['sort'] })} />
    </div>
  );
});
