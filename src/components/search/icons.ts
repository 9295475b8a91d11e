import { svg, type SVGTemplateResult } from 'lit';
import type { SearchKind } from '../../data/search/search.js';

/** A small line icon per kind of result, drawn inline (no icon font, nothing to fetch). */
export const KIND_ICONS: Record<SearchKind, SVGTemplateResult> = {
  booth: svg`<path d="M3 10 5 4h14l2 6M4 10v10h16V10M3 10h18M9 20v-6h6v6"/>`,
  producer: svg`<circle cx="12" cy="8" r="4"/><path d="M4 21c1-4.5 4.5-7 8-7s7 2.5 8 7"/>`,
  product: svg`<path d="M4 8 12 4l8 4v9l-8 4-8-4Z"/><path d="m4 8 8 4 8-4M12 12v9"/>`,
  category: svg`<path d="M3 12V4h8l10 10-7 7Z"/><circle cx="7.5" cy="8.5" r="1.5"/>`,
};

export const SEARCH_ICON = svg`<circle cx="11" cy="11" r="7"/><path d="m20 20-4-4"/>`;
export const CLEAR_ICON = svg`<path d="M6 6l12 12M18 6 6 18"/>`;
export const RECENT_ICON = svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`;
