import * as React from 'react';
import { isAbortError, toApiFailure, type ApiFailure } from '../utils/errors';

export interface AsyncState<T> {
  data: T | undefined;
  error: ApiFailure | undefined;
  /** True while a request is in flight, including a reload (the previous data stays visible). */
  isLoading: boolean;
  reload: () => void;
}

const sameDeps = (a: React.DependencyList, b: React.DependencyList) => a.length === b.length && a.every((item, index) => Object.is(item, b[index]));

/**
 * Runs `load` when `deps` change or `reload()` is called, aborting the previous request.
 * Strapi's admin bundles its own react-query instance, which a plugin cannot share without
 * declaring it as a dependency; this small hook covers what the plugin needs.
 */
export const useAsync = <T>(load: (signal: AbortSignal) => Promise<T>, deps: React.DependencyList, enabled = true): AsyncState<T> => {
  const [state, setState] = React.useState<{ data?: T; error?: ApiFailure; isLoading: boolean }>({ isLoading: enabled });
  const [generation, setGeneration] = React.useState(0);
  const request = [enabled, generation, ...deps];
  // A new request starts loading in the same render that asks for it (React's "adjusting state
  // when a prop changes"), keeping the previous data visible; a disabled one is not loading.
  const [requested, setRequested] = React.useState(request);
  if (!sameDeps(requested, request)) {
    setRequested(request);
    setState((previous) => (enabled ? { data: previous.data, isLoading: true } : previous.isLoading ? { ...previous, isLoading: false } : previous));
  }
  const loadRef = React.useRef(load);
  React.useLayoutEffect(() => {
    loadRef.current = load;
  });

  React.useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, isLoading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState((previous) => ({ data: previous.data, error: toApiFailure(error), isLoading: false }));
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers list what `load` reads
  }, [enabled, generation, ...deps]);

  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, isLoading: state.isLoading, reload };
};
