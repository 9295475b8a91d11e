import { html, type TemplateResult } from 'lit';
import { multilingual } from './multilingual.js';

/** First wait before fetching a feed that failed again; it doubles up to {@link MAX_RETRY_MS}. */
export const FIRST_RETRY_MS = 2000;
export const MAX_RETRY_MS = 60000;

/** The next wait after `previous` ms (2 s, 4 s, 8 s … 60 s). */
export function nextRetryDelay(previous: number | undefined, first = FIRST_RETRY_MS): number {
  return previous === undefined ? first : Math.min(MAX_RETRY_MS, previous * 2);
}

/**
 * "This kiosk is being prepared" in every language the fair uses (or, before
 * any feed has loaded, the kit's languages): a visitor sees a calm screen, not
 * an error; the organizer gets the problems through `fair-error`.
 */
export function renderPreparing(locales: readonly string[], lines?: { lang: string; text: string }[]): TemplateResult {
  const shown = lines ?? multilingual('preparing', locales, locales.length ? 2 : 8);
  return html`<section class="preparing" part="preparing" role="status">
    <div class="preparing-mark" aria-hidden="true"><span></span><span></span><span></span></div>
    ${shown.map((l, i) => html`<p class="preparing-line ${i === 0 ? 'first' : ''}" lang=${l.lang}>${l.text}</p>`)}
  </section>`;
}
