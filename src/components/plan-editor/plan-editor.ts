/**
 * `<fair-plan-editor>`: the organizer's editor for a fair's venue — booths,
 * aisles, places and levels drawn over the plan image. This module is the
 * element: it owns the feed's undo history, the selection, the level shown,
 * the feed checker's problems and the reachability report, hands them down
 * to the map (map/) and the side panels (panels/), and applies the edits they
 * send up (`plan-editor-edit`, `plan-editor-select`, see events.ts).
 */
import { LitElement } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { FairFeed, Point, Problem } from '../../data/types.js';
import { LocaleController } from '../../i18n/locale.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { FairLanguageSwitcher } from '../language-switcher/language-switcher.js';
import { FeedSource } from './feed-source.js';
import { renderFrame } from './frame.js';
import { FairFeedChangeEvent, PlanEditorEditEvent, PlanEditorSelectEvent } from './events.js';
import { editorMessages } from './i18n.js';
import { EditorMap } from './map/editor-map.js';
import { planLevel } from './map/layers.js';
import { messages, refusal } from './map/messages.js';
import type { StageHost } from './map/stage.js';
import { GRID_METRES, type Tool } from './map/tools.js';
import { exportFeed as cleanFeed } from './model/export.js';
import { EditHistory, type Edit } from './model/history.js';
import { reachability, type ReachabilityReport } from './model/reachability.js';
import { boothRow } from './model/row.js';
import { toPixels } from './model/units.js';
import type { Selection } from './model/selection.js';
import { panelDependencies } from './panels/index.js';
import type { FairPlanEditorPreview } from './panels/preview.js';
import type { FairPlanEditorRowDialog } from './panels/row-dialog.js';
import { planEditorStyles } from './plan-editor.styles.js';
import { mapStyles } from './map/map.styles.js';
import { EditorKeys } from './map/editor-keys.js';

/**
 * The plan editor: draw and edit a fair's booths (one by one or in rows),
 * aisles, places (kiosks, entrances, restrooms, stairs…) and levels over the
 * plan image, with undo/redo, live reachability from the kiosks, the feed
 * checker's problems, autosave to the browser and a Download of the feed.
 *
 * Give it a feed (`.feed`, or `src`); read the edited feed from
 * `fair-feed-change` or `exportFeed()`. The feed round-trips: what the editor
 * does not edit comes back as it went in (relative image paths stay
 * relative; a `src` feed's images are shown resolved against `src`).
 *
 * Autosave: after each edit the feed is kept in the browser (localStorage,
 * by `fair.id`); loading the same fair again offers to restore it.
 *
 * @tag fair-plan-editor
 * @summary For organizers: draw booths, aisles, places and levels over the plan; undo; export.
 *
 * @fires fair-feed-change - After every edit, undo and redo; `detail: { feed }`, the new feed (treat it as immutable).
 *
 * @csspart base - The editor's frame (top bar, tool bar, map, side panel).
 * @csspart topbar - The bar along the top: the fair's name, Undo, Redo, Preview, Download, language.
 * @csspart toolbar - The tool bar down the left side.
 * @csspart tool - Each tool button.
 * @csspart map - The map of the current level, with its hint bar.
 * @csspart side - The side panel on the right.
 * @csspart banner - The "restore unsaved changes" banner.
 *
 * @cssprop --fair-plan-editor-height - The editor's height (default `100vh`, `100dvh` where supported).
 * @cssprop --fair-plan-editor-side-width - Width of the side panel (default `400px`).
 * @cssprop --fair-plan-editor-booth-color - Fill of a booth on the map (default `--fair-color-primary`).
 * @cssprop --fair-plan-editor-selected-color - Outline of the selected item (default `#c2410c`).
 * @cssprop --fair-plan-editor-aisle-color - Colour of the aisles (default `#0f766e`).
 * @cssprop --fair-plan-editor-unreachable-color - Booths no kiosk reaches (default `#b91c1c`, hatched).
 * @cssprop --fair-color-primary - Buttons, the chosen tool, booths.
 * @cssprop --fair-font-family - The editor's font.
 */
export class FairPlanEditor extends LitElement implements StageHost {
  static override styles = [sharedStyles, planEditorStyles, ...mapStyles];

  static readonly dependencies = {
    'fair-language-switcher': FairLanguageSwitcher,
    ...panelDependencies,
  };

  /** URL of a fair feed to edit (instead of `.feed`). Loaded as it is: nothing in it is rewritten. */
  @property() src?: string;

  /**
   * Stores a plan image the organizer uploads and gives the URL the feed
   * keeps for it (`fairkit edit` saves it beside the feed). Default: a
   * `blob:` URL, valid in this browser only (the levels panel says so).
   */
  @property({ attribute: false }) uploadImage?: (file: File) => Promise<string>;

  /** @internal The selected item, or `null`. */
  @state() selection: Selection | null = null;
  /** @internal The id of the level shown. */
  @state() level = '';
  /** @internal The feed checker's problems with the current feed. */
  @state() problems: Problem[] = [];
  /** @internal The reachability report of the current feed. */
  @state() reach?: ReachabilityReport;
  /** @internal The drawing tool chosen. */
  @state() tool: Tool = 'select';
  /** @internal Whether drawn and moved booths snap to the 0.5 m grid. */
  @state() grid = false;
  /** @internal What the live region says. */
  @state() announcement = '';
  /** @internal A drawn scale line waiting for its length. */
  @state() pendingScale?: [Point, Point];

  @query('.leaflet-host') private mapHost?: HTMLElement;
  @query('fair-plan-editor-row-dialog') private rowDialog?: FairPlanEditorRowDialog;
  @query('fair-plan-editor-preview') private preview?: FairPlanEditorPreview;

  /** @internal The undo history of the feed. */
  history?: EditHistory;
  /** @internal The Leaflet map. */
  map?: EditorMap;
  protected readonly localeController = new LocaleController(this);
  /** @internal The keyboard. */
  readonly keys = new EditorKeys(this);
  /** @internal Loading `src`, the feed's base URL, the autosave. */
  readonly source = new FeedSource(this);
  private resizeObserver?: ResizeObserver;

  /**
   * The feed being edited. Setting it starts a new history (nothing to undo);
   * setting the feed the editor already has (e.g. from its own
   * `fair-feed-change`) changes nothing. Reading it gives the current feed:
   * treat it as immutable (`exportFeed()` gives a copy of your own).
   */
  @property({ attribute: false })
  get feed(): FairFeed | undefined {
    return this.history?.feed;
  }
  set feed(feed: FairFeed | undefined) {
    if (feed === this.history?.feed) return;
    const old = this.history?.feed;
    this.history?.removeEventListener('change', this.onHistoryChange);
    this.history = feed ? new EditHistory(feed) : undefined;
    this.history?.addEventListener('change', this.onHistoryChange);
    this.feedLoaded();
    this.requestUpdate('feed', old);
  }

  /** The current feed, checked and cleaned by the feed checker (in the feed's own key order), as a copy. */
  exportFeed(): FairFeed | undefined {
    return this.history ? (cleanFeed(this.history.feed).feed ?? undefined) : undefined;
  }

  /** Undoes the last edit; `false` when there is none. */
  undo(): boolean {
    const label = this.history?.undoLabel;
    const done = this.history?.undo() ?? false;
    if (done && label) this.announce(this.strings.undone(label));
    return done;
  }

  /** Makes the last undone edit again; `false` when there is none. */
  redo(): boolean {
    const label = this.history?.redoLabel;
    const done = this.history?.redo() ?? false;
    if (done && label) this.announce(this.strings.redone(label));
    return done;
  }

  /** Downloads the feed as `<fair id>.json` (a blob link). */
  download(): void {
    const feed = this.exportFeed();
    if (!feed) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed, null, 2) + '\n'], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${feed.fair?.id || 'fair'}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  constructor() {
    super();
    this.addEventListener(PlanEditorEditEvent.eventName, (e) => {
      e.stopPropagation();
      this.edit(e.detail.label, e.detail.edit);
    });
    this.addEventListener(PlanEditorSelectEvent.eventName, (e) => {
      e.stopPropagation();
      if (e.detail.level !== undefined) this.level = e.detail.level;
      this.select(e.detail.selection);
    });
    this.addEventListener('plan-editor-tool', (e) => this.useTool(e.detail.tool));
    this.addEventListener('keydown', (e) => this.keys.onKey(e));
  }

  /** @internal The frame's strings in the UI language. */
  get strings() {
    return editorMessages(messages);
  }

  /** @internal The UI language's base tag (`vi`, `en`), for feed text and Intl. */
  get localeLanguage(): string {
    return this.localeController.locale.split('-')[0];
  }

  /** @internal Applies an edit; a refused edit (the model throws) is announced and changes nothing. */
  edit(label: string, edit: Edit): void {
    try {
      this.history?.apply(label, edit);
      this.announce(this.strings.done(label));
    } catch (error) {
      const reason = refusal(this.strings, error);
      if (!reason) console.error(error);
      this.announce(this.strings.refused(label, reason));
    }
  }

  /** @internal Selects an item (or nothing) and says so. */
  select(selection: Selection | null): void {
    this.selection = selection;
    const item =
      selection &&
      this.keys.items().find((i) => i.selection.kind === selection.kind && i.selection.id === selection.id);
    this.announce(item ? this.strings.selected(item.name(this.strings)) : this.strings.nothingSelected);
    if (selection) this.map?.reveal(selection);
  }

  /** @internal Says `text` in the live region. */
  announce(text: string): void {
    // The same words twice are announced again (a second identical nudge).
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** @internal Chooses a drawing tool. */
  useTool(tool: Tool): void {
    this.tool = tool;
    this.map?.tools.use(tool);
  }

  /** @internal A row line was drawn: the row dialog, then the row. */
  async askRow(line: [Point, Point]): Promise<void> {
    const options = await this.rowDialog?.ask({ level: this.level, from: line[0], to: line[1] });
    if (!options) return;
    this.edit(this.strings.editAddRow(options.count ?? 0), boothRow(options));
  }

  /** @internal A scale line was drawn: the prompt for its length in metres, focused. */
  async askScale(line: [Point, Point]): Promise<void> {
    this.pendingScale = line;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.scale-prompt input')?.focus();
  }

  private readonly onHistoryChange = () => {
    this.checkFeed();
    // An undo may take away the selected item.
    if (
      this.selection &&
      !this.keys.items().some((i) => i.selection.kind === this.selection!.kind && i.selection.id === this.selection!.id)
    )
      this.selection = null;
    if (this.history) {
      this.source.save(this.history.feed);
      this.dispatchEvent(new FairFeedChangeEvent(this.history.feed));
    }
  };

  private checkFeed(): void {
    const feed = this.history?.feed;
    this.problems = feed ? cleanFeed(feed).problems : [];
    this.reach = feed ? reachability(feed) : undefined;
  }

  /** A new feed: its first level, nothing selected, its problems, and any autosave to offer. */
  private feedLoaded(): void {
    const feed = this.history?.feed;
    const levels = feed?.map.levels ?? [];
    if (!levels.some((l) => l.id === this.level)) this.level = levels[0]?.id ?? '';
    this.selection = null;
    this.checkFeed();
    this.source.loaded(feed);
  }

  /** @internal Restores the autosave offered (one undo step). */
  restoreAutosave(): void {
    this.source.restore(this.strings.restore);
  }

  /** @internal Opens the kiosk preview on the current feed. */
  showPreview(): Promise<void> | undefined {
    return this.preview?.show();
  }

  override firstUpdated(): void {
    this.map = new EditorMap(this.mapHost!, {
      edit: (label, edit) => this.edit(label, edit),
      select: (selection) => {
        this.select(selection);
        // The keyboard carries on from a click: arrows, Delete, Tab on the map's items.
        if (selection) this.renderRoot.querySelector<HTMLElement>('.items')?.focus({ preventScroll: true });
      },
      row: (line) => void this.askRow(line),
      scale: (line) => void this.askScale(line),
      announce: (text) => this.announce(text),
      get strings() {
        return editorMessages(messages);
      },
    });
    this.resizeObserver = new ResizeObserver(() => this.map?.resize());
    this.resizeObserver.observe(this.mapHost!);
  }

  override updated(): void {
    const feed = this.history?.feed;
    if (this.map && feed) {
      this.map.render({
        feed,
        level: this.level,
        selection: this.selection,
        marks: { unreachable: new Set(this.reach?.unreachable), noStepFree: new Set(this.reach?.noStepFree) },
        imageUrl: this.imageUrl(feed),
        gridPx: this.grid ? toPixels(feed, this.level, GRID_METRES) : undefined,
      });
    }
    if (this.getAttribute('lang') !== this.localeController.locale)
      this.setAttribute('lang', this.localeController.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.map?.destroy();
    this.map = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: a map again (Leaflet was removed with the old one).
    if (this.hasUpdated && !this.map) this.firstUpdated();
  }

  /** The level's plan image as the browser loads it: relative to `src` when the feed came from there. */
  private imageUrl(feed: FairFeed): string | undefined {
    const image = planLevel(feed, this.level)?.image;
    return image ? this.source.resolve(image) : undefined;
  }

  override render() {
    return renderFrame(this);
  }

  private firstFeed?: FairFeed;
  /** @internal The language switcher reads only `fair.locales`: it keeps the first feed, not a new one per edit. */
  switcherFeed(feed: FairFeed): FairFeed {
    if (!this.firstFeed || this.firstFeed.fair.id !== feed.fair.id) this.firstFeed = feed;
    return this.firstFeed;
  }
}
