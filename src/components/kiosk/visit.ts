import type { ReactiveControllerHost } from 'lit';
import type { ProgrammeItem } from '../../data/types.js';
import type { SavedItem } from '../../internal/guide-links.js';
import type { DirectoryMode } from './directory.js';
import { HOME_VIEW, KioskHistory, type KioskView, type ListTab } from './history.js';
import type { KioskShell } from './kiosk-shell.js';
import { boothOfPanel } from './panel-booth.js';

/** What a visitor can set on the screen besides the view. */
export type VisitSettings = Partial<Pick<Visit, 'directoryMode' | 'qrOpen' | 'stepFreeChoice' | 'mapLevel' | 'saved'>>;

/**
 * Where a visitor is in a visit, and the moves Back and Home make through it:
 * the view (the open panel, the category filter, the tab) and its history,
 * the directory's order, the map's level, "Take it with you" unfolded, the
 * step-free choice, My list. Every change renders the kiosk again.
 */
export class Visit {
  view: KioskView = HOME_VIEW;
  directoryMode: DirectoryMode = 'az';
  qrOpen = false;
  /** The visitor's step-free choice in the route panel; unset: on in accessibility mode, off otherwise. */
  stepFreeChoice?: boolean;
  mapLevel?: string;
  /** My list: what the visitor saved (♡) on this visit, in the order saved (the ♡ is in detail-panel.ts). */
  saved: SavedItem[] = [];
  private readonly history = new KioskHistory();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The kiosk's feed and actions, once a feed is ready. */
    private readonly shell: () => KioskShell | undefined,
  ) {}

  /** Whether Back has somewhere to go. */
  get canGoBack(): boolean {
    return this.history.canGoBack;
  }

  set(settings: VisitSettings): void {
    Object.assign(this, settings);
    this.host.requestUpdate();
  }

  /** One step on (for Back): `change` over the view, "Take it with you" folded, the map on the level of the panel's booth. */
  go(change: Partial<KioskView>): void {
    this.qrOpen = false;
    this.view = this.history.push(change);
    this.showPanelLevel();
  }

  /** Back one step: closes the last panel, route or filter. */
  back(): void {
    this.qrOpen = false;
    this.view = this.history.back();
    this.showPanelLevel();
  }

  /** Switches the list under the map (no step for Back). */
  setTab(tab: ListTab): void {
    this.view = this.history.replace({ tab });
    this.host.requestUpdate();
  }

  /** The first view, with no steps to go back to (a new feed arrived). */
  restart(): void {
    this.view = this.history.home();
    this.host.requestUpdate();
  }

  /** The start of the visit: map, directory A–Z, no filter, no panel, the map's first level. */
  home(): void {
    this.qrOpen = false;
    this.directoryMode = 'az';
    this.mapLevel = undefined;
    this.restart();
  }

  /** Forgets the visit (a reset): home, no step-free choice, My list empty. */
  forget(): void {
    this.stepFreeChoice = undefined;
    this.saved = [];
    this.home();
  }

  /** "Show on map" for a programme item: its booth's panel, else the level of its place. */
  showEventOnMap(event: ProgrammeItem): void {
    const shell = this.shell();
    if (!shell) return;
    if (event.booth && shell.index.booths.has(event.booth)) {
      this.go({ panel: { kind: 'booth', id: event.booth } });
      return;
    }
    const place = event.place ? shell.index.places.get(event.place) : undefined;
    if (place?.level) this.set({ mapLevel: place.level });
  }

  /** Shows the level of whatever the panel is about. */
  private showPanelLevel(): void {
    const shell = this.shell();
    const booth = shell && boothOfPanel(shell, this.view.panel);
    if (booth?.level) this.mapLevel = booth.level;
    this.host.requestUpdate();
  }
}
