/**
 * A view's read of the database that stays current: the query runs again whenever a table it
 * read changes — an import, a merge, a restore, another window (Dexie's `liveQuery`) — and
 * the component re-renders with the new result.
 */
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState, type DependencyList } from 'react';

/**
 * The latest result of `query` (undefined until the first one arrives). `deps` are what the
 * query depends on, as for `useEffect`; a failed query calls `onError` and keeps the last result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList, onError: (error: unknown) => void): T | undefined {
  const [result, setResult] = useState<{ readonly value: T } | undefined>(undefined);
  const latest = useRef({ query, onError });
  latest.current = { query, onError };
  useEffect(() => {
    setResult(undefined);
    const subscription = liveQuery(() => latest.current.query()).subscribe({
      next: (value) => setResult({ value }),
      error: (error: unknown) => latest.current.onError(error),
    });
    return () => subscription.unsubscribe();
    // The query is read through a ref: only what it depends on restarts it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result?.value;
}
