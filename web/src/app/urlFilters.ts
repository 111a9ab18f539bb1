// A list page's filters live in its URL. React Router applies a navigation in a transition and its search params are
// those of the last render, so a page that built the next URL from the filters it rendered lost a change made just
// before (a tab clicked, then a search sent at once: the search went to the old tab). Here each change builds on the
// one asked for before it, whether or not the URL shows that one yet.
import { useLayoutEffect, useMemo, useState } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/** Some of the filters, or the whole next set made from the current one. */
export type FilterChange<F> = Partial<F> | ((current: F) => F);

/** A URL query: what the pages' writers make. */
type Query = URLSearchParams | Record<string, string>;
type Go = (next: Query, options?: NavigateOptions) => void;

/** The part without React: remembers the filters last asked for and sends each change on as a whole URL. */
export function filterChanger<F extends object>(start: F, write: (filters: F) => Query, go: Go) {
  let latest = start;
  return {
    /** What the URL shows now (after a navigation landed, or the back button), and how to navigate from here. */
    shown(filters: F, navigate: Go = go) {
      latest = filters;
      go = navigate;
    },
    change(next: FilterChange<F>, options?: NavigateOptions) {
      latest = typeof next === 'function' ? next(latest) : { ...latest, ...next };
      go(write(latest), options);
    },
  };
}

/** The filters `read` finds in the URL, and `change` to move to others (`write` turns them into the URL's query). */
export function useUrlFilters<F extends object>(read: (params: URLSearchParams) => F, write: (filters: F) => Query) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => read(params), [params, read]);
  const [changer] = useState(() => filterChanger(filters, write, setParams));
  useLayoutEffect(() => changer.shown(filters, setParams), [changer, filters, setParams]);
  return { params, filters, change: changer.change };
}
