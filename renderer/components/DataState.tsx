import type { ReactNode } from 'react';
import { Button, ProgressBar } from 'react-aria-components';

/** The parts of a react-query result that decide what a screen shows. */
export type QueryState = {
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  refetch: () => unknown;
};

type Props = {
  query: QueryState;
  /** What is loading, e.g. "your records": used in the loading and error messages. */
  what: string;
  isEmpty?: boolean;
  /** Shown when loaded but empty: say what to do next. */
  empty?: ReactNode;
  children: ReactNode;
};

/** Loading, error with a retry, empty with a call to action, or the content: one pattern for every screen. */
export function DataState({ query, what, isEmpty = false, empty, children }: Props) {
  if (query.status === 'pending') {
    return (
      <ProgressBar className="loading" isIndeterminate aria-label={`Loading ${what}`}>
        <p>Loading {what}…</p>
      </ProgressBar>
    );
  }
  if (query.status === 'error') {
    return (
      <div className="card state-error" role="alert">
        <p>
          Could not load {what}: {query.error?.message ?? 'unknown error'}
        </p>
        <Button className="button" onPress={() => void query.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (isEmpty) return <div className="card state-empty">{empty}</div>;
  return <>{children}</>;
}
