/**
 * Lists of more booths than this are drawn as a window of the rows in view.
 * Every real fair's are shorter (the national sample has 216 booths and 216
 * producers), and are drawn whole, as ever: 1,000 rows take a moment, 100,000
 * took 24 s.
 */
export const WINDOW_FROM = 1000;

/**
 * A module loaded on first use (a chunk of its own): the returned function
 * gives it once it is there; before, it starts loading it (again, after a
 * failed fetch) and gives undefined, and `then` runs once it has loaded (the
 * caller draws again; not after a failure: the next call tries again).
 */
export function onDemand<M>(load: () => Promise<M>): (then: () => void) => M | undefined {
  let module: M | undefined;
  let loading: Promise<unknown> | undefined;
  return (then) => {
    if (module) return module;
    loading ??= load().then(
      (m) => (module = m),
      () => (loading = undefined),
    );
    void loading.then(() => module && then());
    return undefined;
  };
}

/** The windowed list (`windowed-list.ts`), for the map's list view. */
export const windowedList = onDemand(() => import('./windowed-list.js'));
