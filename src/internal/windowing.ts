import { onDemand } from '../data/on-demand.js';

/**
 * Lists of more booths than this are drawn as a window of the rows in view.
 * Every real fair's are shorter (the national sample has 216 booths and 216
 * producers), and are drawn whole, as ever: 1,000 rows take a moment, 100,000
 * took 24 s.
 */
export const WINDOW_FROM = 1000;

/**
 * A module loaded on first use (see `data/on-demand.ts`), for a caller that
 * draws with it: gives the module once it is there; before, starts loading it
 * (again, after a failed fetch), gives undefined, and runs `then` once it has
 * loaded (the caller draws again; not after a failure: the next call tries again).
 */
export function drawnOnDemand<M>(importer: () => Promise<M>): (then: () => void) => M | undefined {
  const chunk = onDemand(importer);
  return (then) => {
    if (chunk.module) return chunk.module;
    void chunk.load().then((m) => m && then());
    return undefined;
  };
}

/** The windowed list (`windowed-list.ts`), for the map's list view. */
export const windowedList = drawnOnDemand(() => import('./windowed-list.js'));
