import * as React from 'react';
import { configureStore, type Middleware, type Reducer } from '@reduxjs/toolkit';
import { createApi, type BaseQueryFn } from '@reduxjs/toolkit/query/react';
import { Provider } from 'react-redux';
import { parse, stringify } from 'qs';
import { useLocation, useNavigate } from 'react-router-dom';

/** A test's fake of the admin's fetch client: any of `get`, `post`, `put`, `del`, resolving to `{ data }`. */
export type FakeFetchClient = object;

const call = async (client: FakeFetchClient, method: 'get' | 'post' | 'put' | 'del', args: unknown[]): Promise<unknown> => {
  const fn: unknown = Reflect.get(client, method);
  if (typeof fn !== 'function') throw new Error(`The fake fetch client has no ${method}`);
  const result: unknown = await fn(...args);
  return isRecord(result) ? result.data : undefined;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

interface QueryArguments {
  url: string;
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  data?: unknown;
  config?: object;
}

/**
 * The admin's `adminApi` for tests (Strapi's own test utilities need packages this project does
 * not install): an RTK Query api under the same reducer path whose base query answers as
 * Strapi's does, over a fake fetch client: `{ data }`, or Strapi's `error` object from the body.
 */
export const createTestAdminApi = (client: () => FakeFetchClient) => {
  const baseQuery: BaseQueryFn<string | QueryArguments, unknown, unknown> = async (query) => {
    try {
      if (typeof query === 'string') return { data: await call(client(), 'get', [query]) };
      const { url, method = 'GET', data, config } = query;
      const args = method === 'POST' || method === 'PUT' ? [url, data, config] : [url, config];
      return { data: await call(client(), method === 'DELETE' ? 'del' : method === 'POST' ? 'post' : method === 'PUT' ? 'put' : 'get', args) };
    } catch (error) {
      const body = isRecord(error) && isRecord(error.response) ? error.response.data : undefined;
      if (isRecord(body) && isRecord(body.error)) return { error: body.error };
      return { error: { name: 'UnknownError', message: error instanceof Error ? error.message : String(error), status: isRecord(error) ? error.status : undefined } };
    }
  };
  return createApi({ reducerPath: 'adminApi', baseQuery, endpoints: () => ({}) });
};

interface ApiLike {
  reducerPath: string;
  reducer: Reducer;
  middleware: Middleware;
}

/** A fresh store for each rendered tree, so no cached answer leaks from one test into the next. */
export const StoreProvider = ({ api, children }: { api: ApiLike; children: React.ReactNode }) => {
  const [store] = React.useState(() =>
    configureStore({
      reducer: { [api.reducerPath]: api.reducer },
      middleware: (getDefaultMiddleware) => getDefaultMiddleware({ serializableCheck: false }).concat(api.middleware),
    }),
  );
  return <Provider store={store}>{children}</Provider>;
};

/**
 * `useQueryParams` as the admin has it: the URL's query parsed with `qs`, and a setter that merges
 * into it (undefined removes a key) and navigates.
 */
export const useTestQueryParams = <T extends object>() => {
  const { search } = useLocation();
  const navigate = useNavigate();
  const query = React.useMemo(() => parse(search.startsWith('?') ? search.slice(1) : search) as Partial<T>, [search]);
  const setQuery = React.useCallback((next: Partial<T>) => navigate({ search: stringify({ ...query, ...next }, { encode: false }) }), [navigate, query]);
  return [{ query, rawQuery: search }, setQuery] as const;
};

const PageCount = React.createContext(1);

/** The admin's `Pagination` reduced to its links: one button per page, which sets `page` in the URL. */
export const TestPagination = {
  Root: ({ pageCount = 1, children }: { pageCount?: number; total?: number; defaultPageSize?: number; children: React.ReactNode }) => (
    <PageCount.Provider value={pageCount}>
      <nav aria-label="Pagination">{children}</nav>
    </PageCount.Provider>
  ),
  Links: () => {
    const [{ query }, setQuery] = useTestQueryParams<{ page?: string }>();
    const count = React.useContext(PageCount);
    const current = Number(query.page) || 1;
    return (
      <>
        {Array.from({ length: count }, (_, index) => index + 1).map((page) => (
          <button key={page} type="button" aria-current={page === current ? 'page' : undefined} onClick={() => setQuery({ page: String(page) })}>
            {`Go to page ${page}`}
          </button>
        ))}
      </>
    );
  },
};

/** What the plugin takes from `@strapi/strapi/admin` for its data layer, for a test's mock of that module. */
export const dataLayerMock = (client: () => FakeFetchClient) => ({
  adminApi: createTestAdminApi(client),
  useAPIErrorHandler: () => ({ _unstableFormatAPIError: (error: { message?: string }) => error.message ?? '' }),
  useQueryParams: useTestQueryParams,
  Pagination: TestPagination,
});
