import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves keyboard and screen-reader focus to a result (usually its heading, with tabIndex={-1})
 * whenever `result` changes to a new value, so after an action that finishes later the user is
 * taken to what it produced rather than left on a button that may have gone, with focus dropped
 * to the top of the page. Focusing the heading has it read out.
 */
export function useFocusOnResult<T extends HTMLElement>(result: unknown): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const last = useRef<unknown>(undefined);
  useEffect(() => {
    if (result === undefined || result === null || result === false || result === last.current) return;
    last.current = result;
    ref.current?.focus();
  }, [result]);
  return ref;
}
