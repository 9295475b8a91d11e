/**
 * Where the plan editor's feed comes from and where it is kept: loading the
 * element's `src` (and the error when it cannot), the URL the feed's relative
 * paths are relative to, and the autosave of this fair the browser holds
 * (offered on load, restored as one undo step, or discarded). A reactive
 * controller of `<fair-plan-editor>`: it asks its host to render when any of
 * these change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FairFeed } from '../../data/types.js';
import { clearAutosave, findAutosave, saveAutosave, type Autosave } from './autosave.js';
import type { EditHistory } from './model/history.js';

/** Why a feed did not load: the server's answer, no answer at all, or an answer that is not JSON. */
export type LoadError = { status: number } | 'network' | 'json';

/** What the controller needs of the element. */
export interface FeedSourceHost extends ReactiveControllerHost {
  src?: string;
  history?: EditHistory;
  /** Gives the element a newly loaded feed (a new history). */
  feed: FairFeed | undefined;
}

export class FeedSource implements ReactiveController {
  /** An autosave of the fair loaded that differs from it, offered until restored or discarded. */
  autosave?: Autosave;
  /** Why `src` could not be loaded (undefined when it was): the server's HTTP status, no answer, or not JSON. */
  loadError?: LoadError;
  private loading?: string;

  constructor(private readonly host: FeedSourceHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const src = this.host.src;
    if (src && src !== this.loading) void this.load(src);
  }

  /** The URL the feed's relative paths resolve against: the feed file's (`src`), else undefined (the page's). */
  get base(): string | undefined {
    if (!this.host.src) return undefined;
    try {
      return new URL(this.host.src, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  /** `path` (a plan image) as the browser loads it. */
  resolve(path: string): string {
    const base = this.base;
    try {
      return base ? new URL(path, base).href : path;
    } catch {
      return path;
    }
  }

  /** A new feed was given: look for an autosave of its fair. */
  loaded(feed: FairFeed | undefined): void {
    this.autosave = feed ? findAutosave(feed) : undefined;
  }

  /** After an edit: keep the feed in the browser. */
  save(feed: FairFeed): void {
    saveAutosave(feed);
  }

  /** Restores the offered autosave, as one undo step with `label`. */
  restore(label: string): void {
    const history = this.host.history;
    if (!this.autosave || !history) return;
    const saved = this.autosave.feed;
    this.autosave = undefined;
    history.apply(label, (draft) => {
      for (const key of Object.keys(draft)) delete (draft as unknown as Record<string, unknown>)[key];
      Object.assign(draft, structuredClone(saved));
    });
    this.host.requestUpdate();
  }

  /** Forgets the offered autosave (and the one kept). */
  discard(): void {
    if (this.host.history) clearAutosave(this.host.history.feed);
    this.autosave = undefined;
    this.host.requestUpdate();
  }

  private async load(src: string): Promise<void> {
    this.loading = src;
    let failed: LoadError | undefined;
    try {
      const response = await fetch(src);
      if (!response.ok) failed = { status: response.status };
      else {
        failed = 'json';
        const feed = (await response.json()) as FairFeed;
        failed = undefined;
        if (src !== this.host.src) return;
        this.host.feed = feed;
      }
    } catch {
      failed ??= 'network';
    }
    if (src === this.host.src) this.loadError = failed;
    this.host.requestUpdate();
  }
}
