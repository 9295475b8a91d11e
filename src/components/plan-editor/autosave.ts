/**
 * The plan editor's autosave: after each edit the feed is kept in the
 * browser's localStorage under a key from the fair's id, with the time; when
 * a feed of the same fair is loaded and an autosave of it exists that differs
 * from it, the editor offers to restore it. A closed tab loses nothing. A
 * browser that refuses storage (private mode, full) just has no autosave.
 */
import type { FairFeed } from '../../data/types.js';

const PREFIX = 'fairkit-plan-editor:';

export interface Autosave {
  savedAt: number;
  feed: FairFeed;
}

export function autosaveKey(feed: FairFeed): string {
  return PREFIX + (feed.fair?.id ?? '');
}

export function saveAutosave(feed: FairFeed, now = Date.now()): void {
  try {
    localStorage.setItem(autosaveKey(feed), JSON.stringify({ savedAt: now, feed }));
  } catch {
    /* no storage: no autosave */
  }
}

/** The autosave of `feed`'s fair, when there is one that differs from `feed`. */
export function findAutosave(feed: FairFeed): Autosave | undefined {
  try {
    const raw = localStorage.getItem(autosaveKey(feed));
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as Autosave;
    if (!saved?.feed || typeof saved.savedAt !== 'number') return undefined;
    return JSON.stringify(saved.feed) === JSON.stringify(feed) ? undefined : saved;
  } catch {
    return undefined;
  }
}

export function clearAutosave(feed: FairFeed): void {
  try {
    localStorage.removeItem(autosaveKey(feed));
  } catch {
    /* nothing kept */
  }
}
