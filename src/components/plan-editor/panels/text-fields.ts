/**
 * Editing a localized feed text (`Text`: a string, or one string per
 * language) as one input per content language of the fair, each labelled
 * with its language ("Name (Vietnamese)") and marked with its `lang` so the
 * browser spells and a screen reader speaks it right. A value is committed
 * on `change` (leaving the field, or Enter), so Undo takes back a whole name,
 * not a keystroke.
 */
import { html, type TemplateResult } from 'lit';
import type { Text } from '../../../data/types.js';

/**
 * `value` with its text in `locale` set to `next` (removed when empty). A
 * plain string becomes one entry per content language first, so the others
 * keep what they showed; undefined when no language has text left.
 */
export function withText(
  value: Text | undefined,
  locale: string,
  next: string,
  locales: readonly string[],
): Text | undefined {
  const out: Record<string, string> =
    typeof value === 'string' ? Object.fromEntries(locales.map((l) => [l, value])) : { ...(value ?? {}) };
  const trimmed = next.trim();
  if (trimmed) out[locale] = trimmed;
  else delete out[locale];
  return Object.keys(out).length ? out : undefined;
}

/** The text `value` holds for `locale` exactly (no fallback: an empty field shows what is missing). */
export function textIn(value: Text | undefined, locale: string): string {
  if (typeof value === 'string') return value;
  return value?.[locale] ?? '';
}

export interface TextFieldsOptions {
  /** Prefix of the inputs' ids (unique in the shadow root). */
  id: string;
  value: Text | undefined;
  locales: readonly string[];
  /** The label of the field for one language: `nameIn(languageName(locale))`. */
  label: (locale: string) => string;
  onCommit: (next: Text | undefined, locale: string) => void;
}

/** One labelled input per content language. */
export function renderTextFields(o: TextFieldsOptions): TemplateResult {
  return html`${o.locales.map(
    (locale) => html`<div class="field">
      <label for="${o.id}-${locale}">${o.label(locale)}</label>
      <input
        id="${o.id}-${locale}"
        lang=${locale}
        autocomplete="off"
        .value=${textIn(o.value, locale)}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (input.value.trim() === textIn(o.value, locale)) return;
          o.onCommit(withText(o.value, locale, input.value, o.locales), locale);
        }}
      />
    </div>`,
  )}`;
}
