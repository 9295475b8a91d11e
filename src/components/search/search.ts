import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { SearchHit, SearchKind } from '../../data/search/search.js';
import { FairElement } from '../../internal/fair-element.js';
import { FairSearchSelectEvent } from '../../internal/events.js';
import { CLEAR_ICON, KIND_ICONS, RECENT_ICON, SEARCH_ICON } from './icons.js';
import { prepareSearchIndex, searchIndexFor } from './index-cache.js';
import { describeHit, kindLabel, resultsAnnouncement } from './result-text.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { searchStyles } from './search.styles.js';
import { searchStrings } from './strings.js';

/** At most this many results per group, so one kind cannot push the others out of sight. */
const PER_KIND = 6;
const RECENT_MAX = 5;
/** When nothing matches every word typed, at most this many closest (partial) matches. */
const PARTIAL_MAX = 5;
/** Wait this long after the last keystroke before announcing the count (a screen reader would stutter otherwise). */
const ANNOUNCE_DELAY = 600;

interface Group {
  kind: SearchKind;
  hits: SearchHit[];
}

/**
 * One search box over the whole fair: booths, producers, products and
 * categories, found as the visitor types, without diacritics ("che shan
 * tuyet" finds Chè Shan Tuyết), with a slip of a finger ("mein dong"), in any
 * of the fair's languages, and by booth code however it is spelled (B107,
 * b-107, B 107). Results are grouped by kind with the matched part
 * highlighted. Only results that match every word typed are listed; when
 * there are none it says so, then offers at most five closest matches (sharing
 * a word of three letters or more with the query) under a heading of their
 * own. It is an ARIA 1.2 combobox: arrows move through the results, Enter
 * picks one (the first when none is active, but never a closest match nobody
 * chose), Escape closes the list and then clears the box.
 *
 * @tag fair-search
 * @summary Search-as-you-type over booths, producers, products and categories.
 *
 * @fires fair-search-select - A result was picked; `detail: { kind, id }` with `kind` booth, producer, product or category.
 *
 * @csspart base - The wrapper of the box and the results.
 * @csspart field - The box: icon, input and clear button.
 * @csspart input - The native `<input type="search">`.
 * @csspart clear - The clear button.
 * @csspart results - The popup holding the results, the "no results" message or the recent searches.
 * @csspart group-label - The heading of a group of results (Booths, Producers…).
 * @csspart option - One result row.
 * @csspart option-active - The row the arrow keys are on (also an `option`).
 * @csspart mark - The highlighted matched part of a result.
 * @csspart empty - The "no results" message (above the closest matches, if any).
 * @csspart partial-label - The "Closest matches" heading over the partial matches shown when nothing matches every word (also a `group-label`).
 * @csspart chip - A suggested category or a recent search.
 *
 * @cssprop --fair-search-height - Height of the box (default: the larger of the touch target and 56px).
 * @cssprop --fair-search-radius - Corner radius of the box and the popup (default `--fair-radius`).
 * @cssprop --fair-search-max-height - Maximum height of the results popup before it scrolls (default `min(65vh, 768px)`).
 * @cssprop --fair-search-mark - Background of the highlighted part (default: the accent colour, light).
 */
export class FairSearch extends FairElement {
  static override styles = [sharedStyles, searchStyles];

  static override shadowRootOptions: ShadowRootInit = { ...FairElement.shadowRootOptions, delegatesFocus: true };

  constructor() {
    super();
    // Its strings alone, not the kit's whole catalogue, where no other element needs that.
    this.localeController.uses(searchStrings);
  }

  /** Hint shown in the empty box; defaults to a translated "Search booths, producers, products…". */
  @property() placeholder?: string;

  /** Remember this visitor's searches and offer them when the box is empty. Cleared by `clearRecent()` (the kiosk calls it on idle reset). */
  @property({ type: Boolean }) recent = false;

  /** The text in the box. Setting it searches, as if typed. */
  @property() value = '';

  @state() private expanded = false;
  @state() private active = -1;
  @state() private announcement = '';
  @state() private recentQueries: string[] = [];

  @query('input') private input?: HTMLInputElement;

  /** The options, in the order they are listed. */
  private hits: SearchHit[] = [];
  /** Nothing matched every word: `hits` are the closest partial matches. */
  private partial = false;
  private searchedLocale = '';
  private searchedFeed?: object;
  private groups: Group[] = [];
  private announceTimer?: ReturnType<typeof setTimeout>;
  private static instances = 0;
  private readonly uid = `fs${++FairSearch.instances}`;

  /** Forgets the recent searches (the next visitor at a kiosk must not see them). */
  clearRecent(): void {
    this.recentQueries = [];
  }

  /** Moves keyboard focus to the search box. */
  override focus(options?: FocusOptions): void {
    if (this.input) this.input.focus(options);
    else void this.updateComplete.then(() => this.input?.focus(options));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ready = this.readyState;
    if (ready) prepareSearchIndex(ready.feed);
    // Search again when the text, the feed (also once it has loaded) or the language changes.
    const props = changed as Map<PropertyKey, unknown>;
    if (
      props.has('value') ||
      props.has('feed') ||
      props.has('inherited') ||
      props.has('src') ||
      this.searchedLocale !== this.locale ||
      this.searchedFeed !== ready?.feed
    ) {
      this.runSearch();
    }
    // A value set from outside opens the results as typing would (also the first one: a search page's link).
    if (changed.has('value') && (changed.get('value') !== undefined || this.value.trim())) {
      this.expanded = this.value.trim() !== '' || this.expanded;
    }
  }

  private runSearch(): void {
    const ready = this.readyState;
    this.searchedLocale = this.locale;
    this.searchedFeed = ready?.feed;
    const q = this.value.trim();
    this.active = -1;
    this.partial = false;
    if (!ready || !q) {
      this.hits = [];
      this.groups = [];
      this.scheduleAnnouncement();
      return;
    }
    const hits = searchIndexFor(ready.feed).search(this.value, { locale: this.locale, limit: 40 });
    const complete = hits.filter((h) => h.complete);
    // Complete hits come first, so the partial ones are only what is left when there are none.
    this.partial = !complete.length;
    this.groups = this.partial ? [] : this.group(complete);
    this.hits = this.partial ? hits.slice(0, PARTIAL_MAX) : this.groups.flatMap((g) => g.hits);
    this.scheduleAnnouncement();
  }

  /** Groups hits by kind, each group in the order of its best hit, at most `PER_KIND` each. */
  private group(hits: SearchHit[]): Group[] {
    const groups = new Map<SearchKind, Group>();
    for (const hit of hits) {
      let group = groups.get(hit.kind);
      if (!group) groups.set(hit.kind, (group = { kind: hit.kind, hits: [] }));
      if (group.hits.length < PER_KIND) group.hits.push(hit);
    }
    return [...groups.values()];
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    const q = this.value.trim();
    const count = this.hits.length;
    const partial = this.partial;
    this.announceTimer = setTimeout(() => (this.announcement = resultsAnnouncement(q, count, partial)), ANNOUNCE_DELAY);
  }

  private optionId(i: number): string {
    return `${this.uid}-option-${i}`;
  }

  private get listId(): string {
    return `${this.uid}-listbox`;
  }

  private readonly onInput = (e: Event) => {
    this.value = (e.target as HTMLInputElement).value;
    this.expanded = true;
  };

  private readonly onFocus = () => {
    this.expanded = true;
  };

  private readonly onFocusOut = (e: FocusEvent) => {
    // Closing when focus leaves the whole element (not when it moves to a chip inside).
    const next = e.relatedTarget as Node | null;
    if (!next || !this.shadowRoot!.contains(next)) {
      this.expanded = false;
      this.active = -1;
    }
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    const count = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.expanded = true;
        if (count) this.active = this.active < count - 1 ? this.active + 1 : 0;
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.expanded = true;
        if (count) this.active = this.active > 0 ? this.active - 1 : count - 1;
        break;
      case 'Enter': {
        // A closest match is opened only when chosen: Enter alone would pretend it is what was asked for.
        if (!this.expanded || !count || (this.partial && this.active < 0)) return;
        e.preventDefault();
        this.select(this.hits[this.active >= 0 ? this.active : 0]);
        break;
      }
      case 'Escape':
        if (this.expanded && (count || this.value)) {
          e.preventDefault();
          this.expanded = false;
          this.active = -1;
        } else if (this.value) {
          e.preventDefault();
          this.value = '';
        }
        break;
      case 'Tab':
        this.expanded = false;
        break;
      default:
        return;
    }
    void this.updateComplete.then(() =>
      this.shadowRoot!.getElementById(this.optionId(this.active))?.scrollIntoView({ block: 'nearest' }),
    );
  };

  private select(hit: SearchHit | undefined): void {
    if (!hit) return;
    this.remember(this.value);
    this.expanded = false;
    this.active = -1;
    this.dispatchEvent(new FairSearchSelectEvent(hit.kind, hit.id));
  }

  private remember(text: string): void {
    const q = text.trim();
    if (!this.recent || !q) return;
    this.recentQueries = [q, ...this.recentQueries.filter((r) => r !== q)].slice(0, RECENT_MAX);
  }

  private clear(): void {
    this.value = '';
    this.expanded = true;
    this.focus();
  }

  /** Fills the box with a suggestion (a category name or a recent search) and searches. */
  private suggest(text: string): void {
    this.value = text;
    this.expanded = true;
    this.focus();
  }

  override render() {
    const status = this.renderFeedStatus();
    if (status !== nothing) return status;
    const hasText = this.value.trim() !== '';
    const showResults = this.expanded && hasText;
    const showRecent = this.expanded && !hasText && this.recent && this.recentQueries.length > 0;
    const open = showResults && this.hits.length > 0;
    const label = msg('Search the fair');
    return html`<div class="base" part="base" @focusout=${this.onFocusOut}>
      <div class="field" part="field">
        <svg class="icon search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${SEARCH_ICON}</svg>
        <input
          part="input"
          type="search"
          role="combobox"
          aria-label=${label}
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${this.listId}
          aria-activedescendant=${open && this.active >= 0 ? this.optionId(this.active) : nothing}
          placeholder=${this.placeholder ?? msg('Search booths, producers, products…')}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          .value=${live(this.value)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focus=${this.onFocus}
          @click=${this.onFocus}
        />
        <button class="clear" part="clear" type="button" aria-label=${msg('Clear the search')} ?hidden=${!this.value} @click=${this.clear}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CLEAR_ICON}</svg>
        </button>
      </div>
      <div class="popup" part="results" ?hidden=${!(showResults || showRecent)}>
        ${showResults && this.partial ? this.renderEmpty() : nothing}
        <div id=${this.listId} role="listbox" aria-label=${msg('Search results')} ?hidden=${!open}>
          ${open ? (this.partial ? this.renderPartial() : this.renderGroups()) : nothing}
        </div>
        ${showRecent ? this.renderRecent() : nothing}
      </div>
      <div class="fair-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderGroups(): TemplateResult[] {
    let i = 0;
    return this.groups.map((group) => {
      const headId = `${this.uid}-group-${group.kind}`;
      return html`<div role="group" class="group" aria-labelledby=${headId}>
        <div role="presentation" class="group-label" part="group-label" id=${headId}>${kindLabel(group.kind)}</div>
        ${group.hits.map((hit) => this.renderOption(hit, i++))}
      </div>`;
    });
  }

  /** The closest matches, under a heading of their own (no kind groups: there are five at most). */
  private renderPartial(): TemplateResult {
    const headId = `${this.uid}-group-partial`;
    return html`<div role="group" class="group partial" aria-labelledby=${headId}>
      <div role="presentation" class="group-label partial-label" part="group-label partial-label" id=${headId}>${msg('Closest matches')}</div>
      ${this.hits.map((hit, i) => this.renderOption(hit, i))}
    </div>`;
  }

  private renderOption(hit: SearchHit, i: number): TemplateResult {
    const { title, detail } = describeHit(hit, this.readyState!.index, (v) => this.t(v), this.locale);
    const selected = i === this.active;
    // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the keys are the combobox input's (aria-activedescendant)
    return html`<div
      id=${this.optionId(i)}
      role="option"
      class=${selected ? 'option active' : 'option'}
      part=${selected ? 'option option-active' : 'option'}
      aria-selected=${selected ? 'true' : 'false'}
      @pointerdown=${(e: PointerEvent) => e.preventDefault() /* keep focus in the box */}
      @click=${() => this.select(hit)}
    >
      <svg class="icon kind-icon kind-${hit.kind}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${KIND_ICONS[hit.kind]}</svg>
      <span class="text">
        <span class="title">${title}</span>
        ${detail ? html`<span class="detail">${detail}</span>` : nothing}
      </span>
    </div>`;
  }

  /** "Nothing found", then, when there are no closest matches either, a hint and categories to browse. */
  private renderEmpty(): TemplateResult {
    const categories = this.readyState?.feed.categories ?? [];
    const closest = this.hits.length > 0;
    return html`<div class=${closest ? 'empty has-closest' : 'empty'} part="empty">
      <p class="empty-title">${msg(str`Nothing found for “${this.value.trim()}”.`)}</p>
      ${closest ? nothing : html`<p class="empty-hint">${msg('Check the spelling, use fewer words, or try a booth code such as B-107.')}</p>`}
      ${
        categories.length && !closest
          ? this.renderChips(
              'suggest',
              msg('Browse by category:'),
              categories.slice(0, 12).map((c) => this.t(c.name)),
            )
          : nothing
      }
    </div>`;
  }

  private renderRecent(): TemplateResult {
    const icon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${RECENT_ICON}</svg>`;
    return html`<div class="recent">${this.renderChips('recent', msg('Recent searches'), this.recentQueries, icon)}</div>`;
  }

  /** A labelled group of chips (categories to browse, recent searches): each fills the box with its words. */
  private renderChips(key: string, label: string, texts: readonly string[], icon?: TemplateResult): TemplateResult {
    const id = `${this.uid}-${key}`;
    return html`<p class="chips-label" id=${id}>${label}</p>
      <div class="chips" role="group" aria-labelledby=${id}>
        ${texts.map((text) => html`<button type="button" class="chip" part="chip" @click=${() => this.suggest(text)}>${icon}${text}</button>`)}
      </div>`;
  }
}
