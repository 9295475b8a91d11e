/**
 * The booth map's list view: the booths (of the category shown) as a table
 * sorted by code, with the same select behaviour as the map, and the places
 * in a table of their own. For screen readers and keyboard users, and for
 * anyone who would rather read than look. A list longer than any real fair's
 * is drawn as a window of the rows in view (`internal/windowing.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedIndex } from '../../data/indexes.js';
import { levelIdsOf } from '../../data/venue.js';
import type { Booth, FairFeed, Text } from '../../data/types.js';
import { collator as intlCollator } from '../../i18n/intl.js';
import type { Host } from '../../internal/windowed-list.js';
import { WINDOW_FROM, windowedList } from '../../internal/windowing.js';
import { boothName, categoryColor, levelOf } from './scene.js';

/**
 * The list view of the map element `host` (which a windowed list redraws as
 * it scrolls): the booths of its `category`, its `selected` one pressed.
 *
 * @param t - Feed text in the visitor's language; `locale`, that language.
 * @param levelName - A level's name, for a venue on several levels.
 * @param select - A booth was chosen in the list.
 */
export function boothList(
  host: Host & { category?: string; selected?: string },
  feed: FairFeed,
  index: FeedIndex,
  t: (value: Text | undefined) => string,
  locale: string,
  levelName: (id: string) => string,
  select: (id: string) => void,
): TemplateResult {
  const { selected, category } = host;
  const collator = intlCollator(locale, { numeric: true });
  const shown = feed.booths.filter((b) => !category || b.categories?.includes(category));
  // A list longer than any real fair's: sorted once (per language and category), and only the rows in view drawn.
  const windowing = shown.length > WINDOW_FROM ? windowedList(() => host.requestUpdate()) : undefined;
  const label = (b: Booth) => b.label || b.id;
  const booths =
    windowing?.sorted(host, [feed, collator, category], shown, label, collator) ??
    shown.sort((a, b) => collator.compare(label(a), label(b)));
  const multiLevel = levelIdsOf(feed).length > 1;
  // Entrances, restrooms, first aid…: named in a table of their own (on the map a name may give way to a neighbour's).
  const places = (feed.places ?? [])
    .map((p) => ({ name: t(p.name), level: levelOf(feed, p) }))
    .filter((p) => p.name)
    .sort((a, b) => collator.compare(a.name, b.name));
  const categoryName = (b: Booth) => {
    const c = b.categories?.[0] ? index.categories.get(b.categories[0]) : undefined;
    return c ? t(c.name) : '';
  };
  const row = (b: Booth) => html`<tr class=${b.id === selected ? 'selected' : ''}>
            <th scope="row"><button type="button" aria-pressed=${b.id === selected} @click=${() => select(b.id)}>
              <span class="swatch" style="background:${categoryColor(feed, b.categories?.[0])}"></span>${b.label || b.id}</button></th>
            <td>${boothName(b, index, t)}</td>
            <td>${categoryName(b)}</td>
            ${multiLevel ? html`<td class="level">${levelName(levelOf(feed, b))}</td>` : nothing}
          </tr>`;
  return html`<div class="list" part="list">
      <table>
        <caption>${msg(str`Booths (${booths.length})`)}</caption>
        <thead><tr><th scope="col">${msg('Booth')}</th><th scope="col">${msg('Exhibitor')}</th><th scope="col">${msg('Category')}</th>${multiLevel ? html`<th scope="col">${msg('Level')}</th>` : nothing}</tr></thead>
        <tbody>
          ${
            windowing
              ? windowing.windowed(host, { groups: [booths], columns: multiLevel ? 4 : 3, row })
              : shown.length > WINDOW_FROM
                ? nothing
                : booths.map(row)
          }
        </tbody>
      </table>
      ${
        places.length
          ? html`<table class="places">
            <caption>${msg(str`Places (${places.length})`)}</caption>
            <thead><tr><th scope="col">${msg('Place')}</th>${multiLevel ? html`<th scope="col">${msg('Level')}</th>` : nothing}</tr></thead>
            <tbody>
              ${places.map((p) => html`<tr><th scope="row">${p.name}</th>${multiLevel ? html`<td class="level">${levelName(p.level)}</td>` : nothing}</tr>`)}
            </tbody>
          </table>`
          : nothing
      }
    </div>`;
}
