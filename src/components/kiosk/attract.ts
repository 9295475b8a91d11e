import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Fair } from '../../data/types.js';
import { uiLocaleFor } from '../../i18n/locale.js';
import { autonym, lineInVisitorLanguage, multilingual } from './multilingual.js';

export interface AttractOptions {
  fair: Fair;
  /** Localized fair name and venue. */
  name: string;
  venue: string;
  locale: string;
  /** The languages a visitor can pick. */
  languages: readonly string[];
  start(locale?: string): void;
}

/** The fair's dates, e.g. "24–29 December 2025", in the visitor's language (dates are calendar days: no time zone shift). */
export function formatFairDates(dates: Fair['dates'], locale: string): string {
  if (!dates?.start) return '';
  const start = new Date(`${dates.start}T12:00:00Z`);
  const end = new Date(`${dates.end || dates.start}T12:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end);
  } catch {
    return `${dates.start} – ${dates.end}`;
  }
}

/**
 * The attract screen: what a passer-by sees on an idle kiosk. The fair in its
 * own colours, and "Touch to start" in several languages at once; a touch
 * anywhere starts in the fair's language, a language button starts in that one.
 */
export function renderAttract(o: AttractOptions): TemplateResult {
  // The visitor's own language from the translation catalogue; the others from the multilingual table.
  const current = uiLocaleFor(o.locale);
  const lines = multilingual('touch', o.languages, 4).map((line) => (line.lang === current ? { ...line, text: lineInVisitorLanguage('touch') } : line));
  const logo = o.fair.theme?.logo;
  return html`<section class="attract" part="attract" @click=${(e: Event) => {
    if (!(e.target as Element).closest?.('button')) o.start();
  }}>
    <div class="attract-glow" aria-hidden="true"></div>
    <div class="attract-body">
      ${logo ? html`<img class="attract-logo" src=${logo} alt="" />` : nothing}
      <h1 class="attract-title" part="title">${o.name}</h1>
      <p class="attract-meta">${[formatFairDates(o.fair.dates, o.locale), o.venue].filter(Boolean).join(' · ')}</p>
      <button class="attract-start" part="start" @click=${() => o.start()}>
        <span class="pulse" aria-hidden="true"></span>
        <span class="touch-lines">
          ${lines.map((l, i) => html`<span class="touch-line ${i === 0 ? 'first' : ''}" lang=${l.lang}>${l.text}</span>`)}
        </span>
      </button>
    </div>
    ${o.languages.length > 1
      ? html`<nav class="attract-languages" aria-label=${msg('Choose your language')}>
          ${o.languages.map(
            (l) => html`<button class="lang" part="language" lang=${l} @click=${() => o.start(l)}>${autonym(l)}</button>`,
          )}
        </nav>`
      : nothing}
  </section>`;
}
