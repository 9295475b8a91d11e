import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { onDemand } from '../../data/on-demand.js';
import { getLocale } from '../../i18n/locale.js';
import type { FairSearchSelectEvent } from '../../internal/events.js';
import type { FairSearch } from '../search/search.js';
import type { KioskKeyboardInputEvent } from './keyboard.js';

/**
 * `<fair-kiosk-keyboard>`, a chunk of its own that registers the element when
 * it arrives: a page with the map or a card does not carry it, and a kiosk
 * fetches it when a visit starts, before the first tap on the search box.
 */
const keyboardChunk = onDemand(() => import('./keyboard.define.js'));

/** The kiosk, as its keyboard sees it: `keyboard="off"` offers none. */
type KeyboardHost = LitElement & { keyboard: 'auto' | 'off' };

/**
 * The kiosk's search row and its on-screen keyboard: the keyboard opens on a
 * tap on the search box or the keyboard button (not when Tab reaches the
 * box), closes when focus leaves the search or on Escape, and its keys type
 * into the box.
 */
export class OnScreenKeyboard {
  private shown = false;

  constructor(private readonly host: KeyboardHost) {}

  /** Whether the keyboard is on screen. */
  get open(): boolean {
    return this.shown;
  }

  set open(open: boolean) {
    if (open === this.shown) return;
    this.shown = open;
    this.host.requestUpdate();
  }

  /** Fetches the keyboard's chunk ahead of the first tap (a visit started). */
  prefetch(): void {
    if (this.offered) void keyboardChunk.load();
  }

  private get offered(): boolean {
    return this.host.keyboard !== 'off';
  }

  /** The kiosk's search box, which the keys type into. */
  get search(): FairSearch | null {
    return this.host.renderRoot.querySelector('fair-search');
  }

  /** The search box, with the button that shows or hides the keyboard; `onSelect` gets a chosen result. */
  renderSearchRow(onSelect: (e: FairSearchSelectEvent) => void): TemplateResult {
    return html`<div class="search-row" @focusout=${this.onFocusOut} @keydown=${this.onKeyDown}>
        <fair-search class="search" placeholder=${msg('Search products, producers, booths…')}
          @pointerdown=${this.onSearchPointerDown}
          @fair-search-select=${(e: FairSearchSelectEvent) => {
            this.open = false;
            onSelect(e);
          }}></fair-search>
        ${
          this.offered
            ? html`<button class="icon-btn" part="button" aria-pressed=${this.shown}
              aria-label=${this.shown ? msg('Hide keyboard') : msg('Show keyboard')}
              @click=${this.onButton}>⌨</button>`
            : nothing
        }
      </div>`;
  }

  /**
   * The keyboard, right after the finder in reading order (it is laid out
   * further down): a keyboard or switch user reaches its keys next.
   */
  renderKeys(): TemplateResult | typeof nothing {
    if (!this.shown) return nothing;
    // Upgrades when its chunk is there (normally fetched when the visit started).
    void keyboardChunk.load();
    return html`<fair-kiosk-keyboard part="keyboard" .value=${this.search?.value ?? ''}
      ?telex=${getLocale().startsWith('vi')}
      @focusout=${this.onFocusOut}
      @keydown=${this.onKeyDown}
      @fair-kiosk-keyboard-input=${(e: KioskKeyboardInputEvent) => {
        const search = this.search;
        if (search) search.value = e.detail.value;
      }}
      @fair-kiosk-keyboard-close=${this.close}></fair-kiosk-keyboard>`;
  }

  /** A tap on the search box opens the keyboard; focus arriving by Tab does not. */
  private readonly onSearchPointerDown = () => {
    // On a phone-sized layout the phone's own keyboard is there.
    if (this.offered && this.host.getBoundingClientRect().width >= 700) this.open = true;
  };

  private readonly onButton = async (e: MouseEvent) => {
    // A tap types into the box (its results show); Enter or a switch (the button has visible focus) goes on to the keys.
    const byKeys = (e.currentTarget as HTMLElement).matches(':focus-visible');
    this.open = !this.shown;
    if (!this.shown) return;
    await this.host.updateComplete;
    if (byKeys) {
      await keyboardChunk.load();
      const keyboard = this.keyboard();
      await keyboard?.updateComplete;
      keyboard?.shadowRoot?.querySelector<HTMLElement>('button')?.focus();
    } else {
      this.search?.focus();
    }
  };

  private keyboard(): LitElement | null {
    return this.host.renderRoot.querySelector('fair-kiosk-keyboard');
  }

  /** Whether `node` (in the kiosk's shadow root) is the search box, its keyboard button or the keyboard. */
  private inSearch(node: Node | null): boolean {
    if (!node) return false;
    const row = this.host.renderRoot.querySelector('.search-row');
    return !!row?.contains(node) || !!this.keyboard()?.contains(node);
  }

  /** Focus left the search and its keyboard (a tap on a key moves no focus): the keyboard closes. */
  private readonly onFocusOut = (e: FocusEvent) => {
    if (this.shown && !this.inSearch(e.relatedTarget as Node | null)) this.open = false;
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.shown) this.close();
  };

  /** Closes the keyboard; focus that was on its keys (Escape, or Done by Enter) goes back to the search box. */
  private readonly close = () => {
    if ((this.host.renderRoot as ShadowRoot).activeElement?.localName === 'fair-kiosk-keyboard') this.search?.focus();
    this.open = false;
  };
}
