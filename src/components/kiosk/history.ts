/**
 * What the kiosk shows, as a small history stack, so "Back" does what a
 * visitor expects: it undoes the last thing they opened (a panel, a route, a
 * category filter) and "Home" goes back to the start of their visit.
 */

/** The detail panel on screen, if any. */
export type Panel =
  | { kind: 'booth'; id: string }
  | { kind: 'product'; id: string }
  | { kind: 'producer'; id: string }
  | { kind: 'route'; id: string }
  | { kind: 'link'; id: string }
  /** My list (`id` unused: ''), and "Visit my list", the walk through its booths (`id` unused: ''). */
  | { kind: 'list'; id: string }
  | { kind: 'visit'; id: string };

/** The tab shown under the map when no panel is open. */
export type ListTab = 'directory' | 'events';

/** One step of a visit: everything the visitor can go back to. */
export interface KioskView {
  panel: Panel | null;
  /** Category filter (chips), or null for all. */
  category: string | null;
  tab: ListTab;
}

export const HOME_VIEW: KioskView = Object.freeze({ panel: null, category: null, tab: 'directory' });

/** Views kept for Back; older ones drop off (a visitor never goes back 30 steps). */
const MAX_DEPTH = 30;

export class KioskHistory {
  private stack: KioskView[] = [HOME_VIEW];

  /** The view on screen. */
  get current(): KioskView {
    return this.stack[this.stack.length - 1];
  }

  /** Whether "Back" has somewhere to go. */
  get canGoBack(): boolean {
    return this.stack.length > 1;
  }

  get depth(): number {
    return this.stack.length;
  }

  /** Shows `change` on top of the current view. Opening what is already open adds no step. */
  push(change: Partial<KioskView>): KioskView {
    const next: KioskView = { ...this.current, ...change };
    if (sameView(next, this.current)) return this.current;
    this.stack.push(next);
    if (this.stack.length > MAX_DEPTH) this.stack.splice(1, this.stack.length - MAX_DEPTH);
    return next;
  }

  /** Replaces the current view without adding a step (switching tabs, say). */
  replace(change: Partial<KioskView>): KioskView {
    const next: KioskView = { ...this.current, ...change };
    this.stack[this.stack.length - 1] = next;
    return next;
  }

  back(): KioskView {
    if (this.stack.length > 1) this.stack.pop();
    return this.current;
  }

  /** Back to the start of the visit (and forget the steps: nothing of the visit is kept). */
  home(): KioskView {
    this.stack = [HOME_VIEW];
    return this.current;
  }
}

function samePanel(a: Panel | null, b: Panel | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

function sameView(a: KioskView, b: KioskView): boolean {
  return samePanel(a.panel, b.panel) && a.category === b.category && a.tab === b.tab;
}
