import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { sharedStyles } from '../../internal/shared.styles.js';
import { LocaleController } from '../../i18n/locale.js';
import { keyboardStyles } from './keyboard.styles.js';
import { telexKey } from './telex.js';

/** Typed text changed: `detail.value` is the whole text. */
export class KioskKeyboardInputEvent extends CustomEvent<{ value: string }> {
  static readonly eventName = 'fair-kiosk-keyboard-input';
  constructor(value: string) {
    super(KioskKeyboardInputEvent.eventName, { detail: { value }, bubbles: true, composed: true });
  }
}

/** The Telex switch is named in Vietnamese in every language: that is what its users look for. */
const VIETNAMESE = 'Tiếng Việt';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * The kiosk's on-screen keyboard (kiosks often have no system keyboard):
 * Latin letters and digits in large keys, space, backspace and clear. No
 * diacritics are needed (search folds them); "Tiếng Việt" turns on Telex input
 * (`aa` → â, `dd` → đ, `s f r x j` → tones) for those who want them.
 *
 * Keys keep the focus where it is (the search box) on touch, and work as
 * ordinary buttons with a keyboard or switch device.
 *
 * @tag fair-kiosk-keyboard
 * @summary The kiosk's on-screen keyboard, with Vietnamese Telex input; `<fair-kiosk>` registers and shows it.
 * @fires fair-kiosk-keyboard-input - The text changed; `detail.value`.
 * @fires fair-kiosk-keyboard-close - The visitor closed the keyboard.
 * @csspart key - Every key.
 *
 * @cssprop --fair-kiosk-keyboard-background - Background behind the keys.
 */
export class FairKioskKeyboard extends LitElement {
  static override styles = [sharedStyles, keyboardStyles];

  /** The text being typed (kept in step with the search box). */
  @property() value = '';

  /** Vietnamese Telex input (`aa` → â, `dd` → đ, `s f r x j` → tones): the "Tiếng Việt" key turns it on and off. */
  @property({ type: Boolean, reflect: true }) telex = false;

  private type(key: string): void {
    if (this.telex && key !== ' ') {
      const space = this.value.lastIndexOf(' ');
      this.set(this.value.slice(0, space + 1) + telexKey(this.value.slice(space + 1), key));
    } else {
      this.set(this.value + key);
    }
  }

  private set(value: string): void {
    this.value = value;
    this.dispatchEvent(new KioskKeyboardInputEvent(value));
  }

  // On touch, keep the focus in the search box (its results stay open, and the kiosk closes the keyboard
  // when focus leaves the search): a press anywhere on the keyboard, the gaps between keys included,
  // moves no focus. A keyboard or switch user still tabs onto the keys.
  private readonly keepFocus = (e: Event) => e.preventDefault();

  constructor() {
    super();
    // Renders again when the language changes (the controller works through the host; nothing reads it).
    new LocaleController(this);
    this.addEventListener('mousedown', this.keepFocus);
    this.addEventListener('pointerdown', this.keepFocus);
  }

  override render() {
    return html`<div class="rows" role="group" aria-label=${msg('On-screen keyboard')}>
      ${ROWS.map(
        (row, i) => html`<div class="row">
          ${[...row].map((k) => html`<button part="key" data-key=${k} @click=${() => this.type(k)}>${k.toUpperCase()}</button>`)}
          ${
            i === ROWS.length - 1
              ? html`<button part="key" class="wide" data-key="Backspace" aria-label=${msg('Delete')} @click=${() => this.set([...this.value].slice(0, -1).join(''))}>⌫</button>`
              : ''
          }
        </div>`,
      )}
      <div class="row">
        <button part="key" class="wide mode" aria-pressed=${this.telex} @click=${() => (this.telex = !this.telex)}
          title=${msg('Vietnamese input: aa → â, dd → đ, s f r x j → tones')}>${VIETNAMESE}</button>
        <button part="key" class="space" data-key=" " aria-label=${msg('Space')} @click=${() => this.type(' ')}>␣</button>
        <button part="key" class="wide" data-key="Clear" @click=${() => this.set('')}>${msg('Clear')}</button>
        <button part="key" class="wide done" data-key="Done" @click=${() => this.dispatchEvent(new Event('fair-kiosk-keyboard-close', { bubbles: true, composed: true }))}>${msg('Done')}</button>
      </div>
    </div>`;
  }
}
