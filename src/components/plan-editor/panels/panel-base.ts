/**
 * The base of the plan editor's panels and dialogs: the feed they show (a
 * property the element passes down), their strings in the kit's current
 * language (re-rendered when it changes), feed text by the fair's fallback
 * order, numbers through `Intl`, and the two events a panel fires up to the
 * element (`plan-editor-edit`, `plan-editor-select`).
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { formatNumber } from '../../../data/format.js';
import { fallbackLocales, text } from '../../../data/text.js';
import type { FairFeed, Text } from '../../../data/types.js';
import { displayNames } from '../../../i18n/intl.js';
import { LocaleController } from '../../../i18n/locale.js';
import { sharedStyles } from '../../../internal/shared.styles.js';
import { PlanEditorEditEvent, PlanEditorSelectEvent } from '../events.js';
import { editorMessages } from '../i18n.js';
import type { Edit } from '../model/history.js';
import type { Selection } from '../model/selection.js';
import { messages, type PanelMessages } from './messages.js';
import { panelStyles } from './panels.styles.js';

/**
 * The helpers are public (not `protected`) so a panel's render functions in
 * modules of their own can use them; they are internal all the same.
 */
export class EditorPanel extends LitElement {
  static override styles = [sharedStyles, panelStyles];

  /** The feed being edited (the history's current feed; never changed in place). */
  @property({ attribute: false }) feed?: FairFeed;

  protected readonly localeController = new LocaleController(this);

  /** The kit's current language (BCP 47). */
  get locale(): string {
    return this.localeController.locale;
  }

  /** This part's strings in the current language. */
  get m(): PanelMessages {
    return editorMessages(messages, this.locale);
  }

  /** Feed text in the current language, by the fair's fallback order. */
  t(value: Text | undefined | null): string {
    return text(value, this.locale, fallbackLocales(this.feed?.fair));
  }

  /** A number in the current language (at most `digits` decimals). */
  num(value: number, digits = 2): string {
    return formatNumber(value, this.locale, { maximumFractionDigits: digits });
  }

  /** A content language's name in the current UI language: `vi` → "Vietnamese" / "Tiếng Việt". */
  languageName(tag: string): string {
    try {
      return displayNames(this.locale, { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  /** The fair's content languages (`fair.locales`, else the UI language). */
  get contentLocales(): string[] {
    const locales = this.feed?.fair.locales?.filter((l) => typeof l === 'string' && l);
    return locales?.length ? locales : [this.locale.split('-')[0]];
  }

  /** Asks the element to apply `edit`, named `label` (Undo's name for it). */
  edit(label: string, edit: Edit): void {
    this.dispatchEvent(new PlanEditorEditEvent(label, edit));
  }

  /** Asks the element to select `selection` (or nothing), showing `level` when given. */
  select(selection: Selection | null, level?: string): void {
    this.dispatchEvent(new PlanEditorSelectEvent(selection, level));
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.getAttribute('lang') !== this.locale) this.setAttribute('lang', this.locale);
  }
}
