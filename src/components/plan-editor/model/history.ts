/**
 * The plan editor's undo history. Every change an organizer makes is an
 * {@link Edit}: a function that mutates a draft copy of the feed. The history
 * deep-copies the current feed (`structuredClone`), runs the edit on the copy
 * and keeps the copy as the new current feed, so every earlier feed stays
 * untouched and undo/redo are just moves along the list. Pure TypeScript (no
 * DOM beyond `EventTarget`, which Node has too); the element owns one.
 *
 * After an edit, every part of the copy that came out equal to the feed before
 * (same values, same key order) is replaced by that earlier part: 200 steps
 * of a fair whose products weigh 2 MB keep one copy of the products, not 200,
 * and `===` tells a view what an edit left alone (`feed.products`,
 * `feed.booths[i]`).
 */
import type { FairFeed } from '../../../data/types.js';

/** One change to the feed: mutates `draft` (a deep copy of the current feed) in place. */
export type Edit = (draft: FairFeed) => void;

interface Step {
  label: string;
  feed: FairFeed;
}

/**
 * Undo/redo over whole feeds. Fires `change` (a plain `Event`) after every
 * apply, undo, redo and reset.
 */
export class EditHistory extends EventTarget {
  /** `steps[0]` is the loaded feed (label ''); `steps[index]` the current one. */
  private steps: Step[];
  private index = 0;
  readonly limit: number;

  /** `limit`: how many edits can be undone (older ones are forgotten). */
  constructor(feed: FairFeed, limit = 200) {
    super();
    this.limit = Math.max(1, Math.floor(limit));
    this.steps = [{ label: '', feed }];
  }

  /** The current feed. Treat it as immutable: change it only through `apply`. */
  get feed(): FairFeed {
    return this.steps[this.index].feed;
  }

  /**
   * Runs `edit` on a deep copy of the current feed and makes the copy current,
   * dropping anything that could be redone. An edit that throws changes nothing
   * (the error propagates); one that leaves the feed equal to what it was
   * changes nothing either (no step, no `change` event).
   */
  apply(label: string, edit: Edit): void {
    const before = this.feed;
    const draft = structuredClone(before);
    edit(draft);
    const feed = share(before, draft) as FairFeed;
    // An edit that changed nothing (a producer already in the booth) leaves no step to undo.
    if (feed === before) return;
    this.steps.splice(this.index + 1);
    this.steps.push({ label, feed });
    if (this.steps.length > this.limit + 1) this.steps.splice(0, this.steps.length - this.limit - 1);
    this.index = this.steps.length - 1;
    this.changed();
  }

  /** Steps back one edit; `false` when there is nothing to undo. */
  undo(): boolean {
    if (!this.canUndo) return false;
    this.index--;
    this.changed();
    return true;
  }

  /** Steps forward one undone edit; `false` when there is nothing to redo. */
  redo(): boolean {
    if (!this.canRedo) return false;
    this.index++;
    this.changed();
    return true;
  }

  get canUndo(): boolean {
    return this.index > 0;
  }

  get canRedo(): boolean {
    return this.index < this.steps.length - 1;
  }

  /** The label of the edit `undo` would take back. */
  get undoLabel(): string | undefined {
    return this.canUndo ? this.steps[this.index].label : undefined;
  }

  /** The label of the edit `redo` would make again. */
  get redoLabel(): string | undefined {
    return this.canRedo ? this.steps[this.index + 1].label : undefined;
  }

  /** Starts over from `feed` (a newly loaded feed): nothing to undo or redo. */
  reset(feed: FairFeed): void {
    this.steps = [{ label: '', feed }];
    this.index = 0;
    this.changed();
  }

  private changed(): void {
    this.dispatchEvent(new Event('change'));
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * `next` with every part deep-equal to the matching part of `prev` (same key
 * order too) replaced by `prev`'s, mutating `next` (a fresh copy); `prev` when
 * all of it is equal. Array items with an `id` are matched by id, others by
 * position.
 */
export function share(prev: unknown, next: unknown): unknown {
  if (prev === next || !isObject(prev) || !isObject(next)) return Object.is(prev, next) ? prev : next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const before = prev as unknown as unknown[];
    const after = next as unknown as unknown[];
    let byId: Map<unknown, unknown> | undefined;
    let same = before.length === after.length;
    for (let i = 0; i < after.length; i++) {
      const item = after[i];
      let match = before[i];
      const id = isObject(item) ? item.id : undefined;
      if (typeof id === 'string' && !(isObject(match) && match.id === id)) {
        byId ??= new Map(before.filter(isObject).map((p) => [p.id, p]));
        match = byId.get(id);
      }
      const kept = match === undefined ? item : share(match, item);
      after[i] = kept;
      if (kept !== before[i]) same = false;
    }
    return same ? prev : next;
  }
  const keys = Object.keys(next);
  const prevKeys = Object.keys(prev);
  let same = keys.length === prevKeys.length && keys.every((k, i) => prevKeys[i] === k);
  for (const key of keys) {
    const kept = Object.hasOwn(prev, key) ? share(prev[key], next[key]) : next[key];
    next[key] = kept;
    if (kept !== prev[key]) same = false;
  }
  return same ? prev : next;
}
