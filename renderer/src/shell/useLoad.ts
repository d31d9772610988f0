import { useCallback, useEffect, useState } from 'react';

/** Loads data once (and again on reload()), keeping the last value and error. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    stableLoad().then(
      (result) => current && (setValue(result), setError(null)),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, version]);
  return { value, setValue, error, setError, reload: () => setVersion((v) => v + 1) };
}
