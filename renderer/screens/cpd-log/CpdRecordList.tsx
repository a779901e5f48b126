import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CpdRecord } from '../../../core/model/cpd-record';
import { CpdRecordRow } from './CpdRecordRow';

const ROW_ESTIMATE = 96;
const estimateSize = () => ROW_ESTIMATE;
// A row not laid out yet (hidden, or no layout engine) measures 0: keep the estimate instead.
const measureRow: typeof measureElement = (element, entry, instance) => measureElement(element, entry, instance) || ROW_ESTIMATE;

/**
 * The matching records, quick with thousands: only the rows near the viewport are in the page.
 * Memoised, so a keystroke that has not changed the matches yet does not render the list, and the
 * list's own updates (row heights, its offset on the page) do not render the whole screen.
 */
export const CpdRecordList = memo(function CpdRecordList({ records, onRowsShown, onDuplicate }: { records: CpdRecord[]; onRowsShown: () => void; onDuplicate: (record: CpdRecord) => void }) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => setScrollMargin(listRef.current?.offsetTop ?? 0), [records.length]);
  // A new getItemKey makes the virtualizer place every record again: only when the records change.
  const getItemKey = useCallback((index: number) => records[index]?.id ?? index, [records]);
  const virtualizer = useWindowVirtualizer({ count: records.length, estimateSize, overscan: 8, scrollMargin, getItemKey, measureElement: measureRow });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    if (items.length > 0) onRowsShown();
  }, [items.length, onRowsShown]);

  return (
    <div ref={listRef} className="cpd-list no-print" style={{ height: virtualizer.getTotalSize() }}>
      <ul className="cpd-list-items" aria-label="CPD records" style={{ transform: `translateY(${(items[0]?.start ?? 0) - virtualizer.options.scrollMargin}px)` }}>
        {items.map((item) => {
          const record = records[item.index];
          if (!record) return null;
          return (
            <li key={record.id} data-index={item.index} ref={virtualizer.measureElement} aria-setsize={records.length} aria-posinset={item.index + 1}>
              <CpdRecordRow record={record} onDuplicate={onDuplicate} />
            </li>
          );
        })}
      </ul>
    </div>
  );
});
