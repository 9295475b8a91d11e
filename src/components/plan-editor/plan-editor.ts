/**
 * `<fair-plan-editor>`: the organizer's editor for a fair's venue — booths,
 * aisles, places and levels drawn over the plan image. This module is the
 * element: it owns the feed's undo history, the selection, the level shown,
 * the feed checker's problems and the reachability report, hands them down
 * to the map (map/) and the side panels (panels/), and applies the edits they
 * send up (`plan-editor-edit`, `plan-editor-select`, see events.ts).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FairFeed, Problem } from '../../data/types.js';
import { validateFeed } from '../../data/validate.js';
import { LocaleController } from '../../i18n/locale.js';
import { FairLanguageSwitcher } from '../language-switcher/language-switcher.js';
import { editorMessages } from './i18n.js';
import { FairFeedChangeEvent, PlanEditorEditEvent, PlanEditorSelectEvent } from './events.js';
import { messages } from './map/messages.js';
import { EditHistory } from './model/history.js';
import type { Selection } from './model/selection.js';
import { planEditorStyles } from './plan-editor.styles.js';
import { sharedStyles } from '../../internal/shared.styles.js';

/**
 * The plan editor: draw and edit a fair's booths (one by one or in rows),
 * aisles, places (kiosks, entrances, restrooms, stairs…) and levels over the
 * plan image, with undo/redo, live reachability from the kiosks, the feed
 * checker's problems, autosave to the browser and a Download of the feed.
 *
 * Give it a feed (`.feed`, or `src`); read the edited feed from
 * `fair-feed-change` or `exportFeed()`. The feed round-trips: what the editor
 * does not edit comes back exactly as it went in (relative image paths stay
 * relative; a `src` feed's images are shown resolved against `src`).
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
 * @csspart map - The map of the current level.
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
export class FairPlanEditor extends LitElement {
  static override styles = [sharedStyles, planEditorStyles];

  static readonly dependencies = { 'fair-language-switcher': FairLanguageSwitcher };

  /** URL of a fair feed to edit (instead of `.feed`). Loaded as it is: nothing in it is rewritten. */
  @property() src?: string;

  /** The selected item, or `null`. */
  @state() protected selection: Selection | null = null;
  /** The id of the level shown. */
  @state() protected level = '';
  /** The feed checker's problems with the current feed. */
  @state() protected problems: Problem[] = [];
  @state() protected loadError = '';

  protected history?: EditHistory;
  protected readonly localeController = new LocaleController(this);

  /**
   * The feed being edited. Setting it starts a new history (nothing to undo);
   * setting the feed the editor already has (e.g. from its own
   * `fair-feed-change`) changes nothing. Reading it gives the current feed:
   * treat it as immutable (use `exportFeed()` for a copy of your own).
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

  /** A copy of the current feed, for saving. */
  exportFeed(): FairFeed | undefined {
    return this.history ? structuredClone(this.history.feed) : undefined;
  }

  /** Undoes the last edit; `false` when there is none. */
  undo(): boolean {
    return this.history?.undo() ?? false;
  }

  /** Makes the last undone edit again; `false` when there is none. */
  redo(): boolean {
    return this.history?.redo() ?? false;
  }

  constructor() {
    super();
    this.addEventListener(PlanEditorEditEvent.eventName, (e) => {
      e.stopPropagation();
      this.history?.apply(e.detail.label, e.detail.edit);
    });
    this.addEventListener(PlanEditorSelectEvent.eventName, (e) => {
      e.stopPropagation();
      this.selection = e.detail.selection;
      if (e.detail.level !== undefined) this.level = e.detail.level;
    });
  }

  protected get strings() {
    return editorMessages(messages);
  }

  private readonly onHistoryChange = () => {
    this.problems = this.history ? validateFeed(this.history.feed).problems : [];
    this.requestUpdate();
    if (this.history) this.dispatchEvent(new FairFeedChangeEvent(this.history.feed));
  };

  /** A new feed: the first level, nothing selected, its problems. */
  protected feedLoaded(): void {
    const feed = this.history?.feed;
    const levels = feed?.map.type === 'plan' ? feed.map.levels : (feed?.map.levels ?? []);
    if (!levels.some((l) => l.id === this.level)) this.level = levels[0]?.id ?? '';
    this.selection = null;
    this.problems = feed ? validateFeed(feed).problems : [];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.load(this.src);
  }

  private async load(src: string): Promise<void> {
    try {
      const response = await fetch(src);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const feed = (await response.json()) as FairFeed;
      if (src !== this.src) return;
      this.loadError = '';
      this.feed = feed;
    } catch (error) {
      if (src === this.src) this.loadError = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    const s = this.strings;
    const feed = this.history?.feed;
    return html`<div class="frame" part="base">
      <header class="topbar" part="topbar">
        <div class="brand">
          <span class="app">${s.editorName}</span>
          <h1 class="fair-name">${feed ? this.fairName(feed) : s.noFeed}</h1>
        </div>
        <div class="actions">
          <button class="btn" ?disabled=${!this.history?.canUndo} @click=${() => this.undo()}>${s.undo}</button>
          <button class="btn" ?disabled=${!this.history?.canRedo} @click=${() => this.redo()}>${s.redo}</button>
          <button class="btn" ?disabled=${!feed}>${s.preview}</button>
          <button class="btn primary" ?disabled=${!feed}>${s.download}</button>
        </div>
      </header>
      <nav class="toolbar" part="toolbar" aria-label=${s.tools}></nav>
      <main class="stage" part="map">${this.loadError ? s.loadError(this.loadError) : nothing}</main>
      <aside class="side" part="side">
        <section class="region inspector"></section>
        <section class="region levels"></section>
        <section class="region problems"></section>
        <section class="region producers"></section>
      </aside>
    </div>`;
  }

  /** The fair's name in the UI language (the feed's own fallbacks do not matter for a heading). */
  protected fairName(feed: FairFeed): string {
    const name = feed.fair?.name;
    if (typeof name === 'string') return name;
    const lang = this.localeController.locale.split('-')[0];
    return name?.[lang] ?? name?.en ?? Object.values(name ?? {})[0] ?? this.strings.untitled;
  }
}
