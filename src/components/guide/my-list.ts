import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SavedItem } from '../../internal/guide-links.js';
import { MAX_SHARED_ITEMS, parseItems, formatItems } from '../../internal/guide-links.js';

/** The browser storage key of a fair's list: one list per fair (`fair.id`). */
const keyOf = (fairId: string) => `fairkit:my-list:${fairId}`;

/**
 * "My list" on the visitor's phone: booths, products and producers they
 * saved, kept in localStorage per fair so it survives a reload and the next
 * day. Storage refused (a private window, a full disk) keeps it in memory for
 * the visit. Another tab of the same guide changing it is followed.
 */
export class MyList implements ReactiveController {
  private items: SavedItem[] = [];
  private fairId?: string;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Reads the list of `fairId` (a feed arrived). */
  open(fairId: string): void {
    if (fairId === this.fairId) return;
    this.fairId = fairId;
    this.items = this.read();
    this.host.requestUpdate();
  }

  get all(): readonly SavedItem[] {
    return this.items;
  }

  has(item: SavedItem): boolean {
    return this.items.some((i) => i.kind === item.kind && i.id === item.id);
  }

  toggle(item: SavedItem): void {
    this.set(
      this.has(item) ? this.items.filter((i) => i.kind !== item.kind || i.id !== item.id) : [...this.items, item],
    );
  }

  /** Adds what is not on the list yet (a shared list opened); returns how many were added. */
  add(items: readonly SavedItem[]): number {
    const added = items.filter((i) => !this.has(i));
    if (added.length) this.set([...this.items, ...added]);
    return added.length;
  }

  private set(items: SavedItem[]): void {
    this.items = items.slice(0, MAX_SHARED_ITEMS);
    try {
      if (this.fairId) localStorage.setItem(keyOf(this.fairId), formatItems(this.items));
    } catch {
      /* storage refused: the list lives for this visit */
    }
    this.host.requestUpdate();
  }

  private read(): SavedItem[] {
    try {
      return (this.fairId && parseItems(localStorage.getItem(keyOf(this.fairId)) ?? '')) || [];
    } catch {
      return [];
    }
  }

  private readonly onStorage = (e: StorageEvent) => {
    if (this.fairId && e.key === keyOf(this.fairId)) {
      this.items = this.read();
      this.host.requestUpdate();
    }
  };
}
