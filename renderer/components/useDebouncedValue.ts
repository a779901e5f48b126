import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delayMs`: advice and suggestions follow the text a
 * moment after typing pauses, instead of recomputing (or calling the backend) on every keystroke.
 */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
