import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { setLocale } from '../../i18n/locale.js';
import { FairElement } from '../../internal/fair-element.js';
import { FairLocaleChangeEvent } from '../../internal/events.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { matchChoice, offeredUiLocales, ownLanguageName, parseLocaleList } from '../../i18n/language-names.js';
import { languageSwitcherStyles } from './language-switcher.styles.js';

const checkIcon = html`<svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 12.5l5 5L20 6.5" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const globeIcon = html`<svg class="globe" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="9.5"/><path d="M2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19"/></g></svg>`;
const chevronIcon = html`<svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * Lets a visitor choose their language. Shows the languages the fair offers
 * (`fair.locales` that the kit has UI strings for), each by its own name and
 * marked with its `lang` so a screen reader pronounces it right. Choosing one
 * switches every `fair-*` element on the page, without a reload.
 *
 * The default look is a radio group of large buttons (a kiosk's home screen);
 * `compact` is a single button that opens a list (a page header).
 *
 * @tag fair-language-switcher
 * @summary The fair's languages by their own names: Tiếng Việt, English, 简体中文 …
 *
 * @fires fair-locale-change - The visitor chose a language; `detail: { locale }`. Fired after the UI strings of that language are loaded.
 *
 * @csspart base - The radio group (default) or the wrapper of the button and its list (`compact`).
 * @csspart option - Each language choice.
 * @csspart option-checked - The language being shown.
 * @csspart trigger - `compact` only: the button that opens the list.
 * @csspart menu - `compact` only: the list of languages.
 *
 * @cssprop --fair-language-switcher-gap - Space between the choices (default `8px`).
 * @cssprop --fair-language-switcher-radius - Corner radius of a choice (default `--fair-radius`).
 * @cssprop --fair-language-switcher-checked-background - Background of the chosen language (default `--fair-color-primary`).
 * @cssprop --fair-language-switcher-checked-color - Text colour of the chosen language (default `--fair-color-on-primary`).
 * @cssprop --fair-color-primary - Chosen language, focus of the list.
 * @cssprop --fair-touch-target - Minimum height and width of every choice (default `44px`).
 * @cssprop --fair-font-family - Font of the choices; each language name falls back to a system font of its own script.
 */
export class FairLanguageSwitcher extends FairElement {
  static override styles = [sharedStyles, languageSwitcherStyles];

  /**
   * The languages to offer, comma or space separated BCP 47 tags
   * (`"vi, en, zh-Hans"`), in this order. Overrides the feed's `fair.locales`;
   * may name a language the kit has no UI strings for (feed text still switches).
   */
  @property() locales?: string;

  /** A single button that opens the list, for a page header. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private open = false;

  @query('[part~="trigger"]') private trigger?: HTMLButtonElement;
  @query('[part~="menu"]') private menu?: HTMLElement;

  /** The tags this switcher offers right now, in display order. */
  get choices(): string[] {
    const own = parseLocaleList(this.locales);
    if (own.length) return own;
    return offeredUiLocales(this.readyState?.feed.fair.locales);
  }

  /**
   * Shows the skeleton only when the choices come from a feed still loading,
   * and only for the full group: the compact button shows the current
   * language at once (its list is hidden until opened), so a header does not jump.
   */
  private get waitingForFeed(): boolean {
    if (this.compact || parseLocaleList(this.locales).length) return false;
    return this.feedState?.status === 'loading';
  }

  override render() {
    if (this.waitingForFeed) return this.renderFeedStatus();
    const choices = this.choices;
    const current = matchChoice(this.locale, choices);
    return this.compact ? this.renderCompact(choices, current) : this.renderGroup(choices, current);
  }

  private renderGroup(choices: string[], current: string | undefined) {
    // Roving tabindex: one Tab stop for the group, on the chosen language.
    const tabStop = current ?? choices[0];
    return html`<div part="base" class="base group" role="radiogroup" aria-labelledby="label" @keydown=${this.onGroupKeydown}>
      <span id="label" class="fair-visually-hidden">${msg('Language')}</span>
      ${choices.map((tag) => {
        const checked = tag === current;
        return html`<button
          type="button"
          part=${checked ? 'option option-checked' : 'option'}
          class="option"
          role="radio"
          aria-checked=${checked ? 'true' : 'false'}
          tabindex=${tag === tabStop ? 0 : -1}
          lang=${tag}
          data-locale=${tag}
          @click=${() => this.choose(tag)}
        >${checkIcon}<span class="name">${ownLanguageName(tag)}</span></button>`;
      })}
    </div>`;
  }

  private renderCompact(choices: string[], current: string | undefined) {
    return html`<div part="base" class="base compact">
      <span id="label" class="fair-visually-hidden">${msg('Language')}</span>
      <button
        type="button"
        part="trigger"
        class="trigger"
        aria-haspopup="listbox"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-labelledby="label current"
        popovertarget="menu"
        @keydown=${this.onTriggerKeydown}
      >
        ${globeIcon}<span id="current" class="name" lang=${current ?? nothing}>${current ? ownLanguageName(current) : msg('Language')}</span>${chevronIcon}
      </button>
      <div id="menu" part="menu" class="menu" role="listbox" aria-labelledby="label" popover="auto" @toggle=${this.onMenuToggle} @keydown=${this.onMenuKeydown} @focusout=${this.onMenuFocusout}>
        ${choices.map((tag) => {
          const selected = tag === current;
          /* eslint-disable lit-a11y/click-events-have-key-events -- the listbox's @keydown picks the focused option */
          return html`<div
            part=${selected ? 'option option-checked' : 'option'}
            class="option"
            role="option"
            aria-selected=${selected ? 'true' : 'false'}
            tabindex="-1"
            lang=${tag}
            data-locale=${tag}
            @click=${() => this.choose(tag, true)}
          >${checkIcon}<span class="name">${ownLanguageName(tag)}</span></div>`;
          /* eslint-enable lit-a11y/click-events-have-key-events */
        })}
      </div>
    </div>`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('compact') && !this.compact) this.open = false;
  }

  /** Switches the page to `tag`, then tells the page. */
  private async choose(tag: string, fromMenu = false): Promise<void> {
    if (fromMenu) this.closeMenu(true);
    const changed = tag !== matchChoice(this.locale, this.choices);
    await setLocale(tag);
    if (changed) this.dispatchEvent(new FairLocaleChangeEvent(tag));
  }

  // ——— radio group keys (APG radio group: arrows move and choose) ———

  private onGroupKeydown(event: KeyboardEvent): void {
    const options = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.group .option')];
    const index = options.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    let next: number;
    if (event.key in step) next = (index + step[event.key] + options.length) % options.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = options.length - 1;
    else return;
    event.preventDefault();
    const target = options[next];
    for (const o of options) o.tabIndex = o === target ? 0 : -1;
    target.focus();
    void this.choose(target.dataset.locale!);
  }

  // ——— compact: button + listbox in a popover ———

  private openMenu(focus: 'selected' | 'first' | 'last' = 'selected'): void {
    const menu = this.menu;
    if (!menu) return;
    if (typeof menu.showPopover === 'function' && !menu.matches(':popover-open')) menu.showPopover();
    this.open = true;
    const options = this.menuOptions();
    const selected = options.find((o) => o.getAttribute('aria-selected') === 'true');
    const target = focus === 'first' ? options[0] : focus === 'last' ? options.at(-1) : (selected ?? options[0]);
    target?.focus();
  }

  private closeMenu(returnFocus: boolean): void {
    const menu = this.menu;
    if (menu && typeof menu.hidePopover === 'function' && menu.matches(':popover-open')) menu.hidePopover();
    this.open = false;
    if (returnFocus) this.trigger?.focus();
  }

  private menuOptions(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.menu .option')];
  }

  private onTriggerKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.openMenu(event.key === 'ArrowUp' ? 'last' : 'selected');
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const options = this.menuOptions();
    const index = options.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(index + 1, options.length - 1);
        break;
      case 'ArrowUp':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = options.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (index >= 0) void this.choose(options[index].dataset.locale!, true);
        return;
      case 'Escape':
        event.preventDefault();
        this.closeMenu(true);
        return;
      case 'Tab':
        this.closeMenu(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    options[next]?.focus();
  }

  /**
   * The trigger opens the popover natively (`popovertarget`, which also keeps
   * a second tap on it from reopening a light-dismissed list); light dismiss
   * (a tap outside, Esc) closes it natively. Keep `open` and focus in step.
   */
  private onMenuToggle(event: Event): void {
    const open = (event as ToggleEvent).newState === 'open';
    this.open = open;
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (open && !this.menu?.contains(active)) {
      const options = this.menuOptions();
      (options.find((o) => o.getAttribute('aria-selected') === 'true') ?? options[0])?.focus();
    }
  }

  private onMenuFocusout(event: FocusEvent): void {
    const to = event.relatedTarget as Node | null;
    if (this.open && (!to || !this.menu?.contains(to))) {
      if (to !== this.trigger) this.closeMenu(false);
    }
  }
}
