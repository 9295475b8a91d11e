import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Booth, Producer } from '../../data/types.js';
import { collator as intlCollator } from '../../i18n/intl.js';
import type { Host } from '../../internal/windowed-list.js';
import { drawnOnDemand, WINDOW_FROM } from '../../internal/windowing.js';
import type { KioskContext } from './kiosk-context.js';

/** How the directory is ordered. */
export type DirectoryMode = 'az' | 'category';

export interface Entry {
  kind: 'booth' | 'producer';
  id: string;
  title: string;
  detail: string;
}

function boothTitle(ctx: KioskContext, booth: Booth): string {
  const name = ctx.t(booth.name);
  if (name) return name;
  const producers = (booth.producers ?? []).map((id) => ctx.t(ctx.index.producers.get(id)?.name)).filter(Boolean);
  return producers.join(', ') || booth.label || booth.id;
}

export function boothEntry(ctx: KioskContext, booth: Booth): Entry {
  return { kind: 'booth', id: booth.id, title: boothTitle(ctx, booth), detail: booth.label ?? booth.id };
}

function producerEntry(ctx: KioskContext, producer: Producer): Entry {
  const booths = ctx.index.boothsOfProducer.get(producer.id) ?? [];
  const where = booths.map((b) => b.label ?? b.id).join(', ');
  const region = ctx.t(producer.region);
  return { kind: 'producer', id: producer.id, title: ctx.t(producer.name), detail: [where, region].filter(Boolean).join(' · ') };
}

/**
 * Booths and producers, A–Z in the visitor's language (or only those of
 * `category`), grouped by first letter; `sort` orders the entries (a long
 * list's is the windowed list's).
 */
export function directoryGroups(
  ctx: KioskContext,
  category: string | null,
  sort = (entries: Entry[], collator: Intl.Collator) => entries.sort((a, b) => collator.compare(a.title, b.title)),
): { letter: string; entries: Entry[] }[] {
  const booths = category ? (ctx.index.boothsOfCategory.get(category) ?? []) : ctx.feed.booths;
  const producerIds = new Set<string>();
  for (const booth of booths) for (const id of booth.producers ?? []) producerIds.add(id);
  const producers = category
    ? [...producerIds].map((id) => ctx.index.producers.get(id)).filter((p): p is Producer => !!p)
    : (ctx.feed.producers ?? []);
  // A booth named after its only producer would be listed twice: keep the producer.
  const entries = [
    ...booths.filter((b) => ctx.t(b.name) || (b.producers ?? []).length !== 1).map((b) => boothEntry(ctx, b)),
    ...producers.map((p) => producerEntry(ctx, p)),
  ].filter((e) => e.title);
  const collator = intlCollator(ctx.locale, { sensitivity: 'base', numeric: true });
  const groups: { letter: string; entries: Entry[] }[] = [];
  for (const entry of sort(entries, collator)) {
    const letter = [...entry.title][0].toLocaleUpperCase(ctx.locale);
    const last = groups[groups.length - 1];
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

export function renderEntry(ctx: KioskContext, entry: Entry): TemplateResult {
  return html`<li>
    <button class="row" part="directory-item" @click=${() => ctx.open({ kind: entry.kind, id: entry.id })}>
      <span class="row-icon" aria-hidden="true">${entry.kind === 'booth' ? '▦' : '☺'}</span>
      <span class="row-text"><span class="row-title">${entry.title}</span>
        ${entry.detail ? html`<span class="row-detail">${entry.detail}</span>` : nothing}</span>
      <span class="row-chevron" aria-hidden="true">›</span>
    </button>
  </li>`;
}

function renderAz(ctx: KioskContext, category: string | null): TemplateResult {
  const groups = directoryGroups(ctx, category);
  if (!groups.length) return html`<p class="empty">${msg('Nothing here yet.')}</p>`;
  return html`${groups.map(
    (g) => html`<section class="dir-group" aria-label=${g.letter}>
      <h3 class="dir-letter" aria-hidden="true">${g.letter}</h3>
      <ul class="rows" role="list">${g.entries.map((e) => renderEntry(ctx, e))}</ul>
    </section>`,
  )}`;
}

function renderByCategory(ctx: KioskContext): TemplateResult {
  const categories = ctx.feed.categories ?? [];
  return html`${categories.map((c) => {
    const booths = ctx.index.boothsOfCategory.get(c.id) ?? [];
    if (!booths.length) return nothing;
    return html`<section class="dir-group" aria-label=${ctx.t(c.name)}>
      <h3 class="dir-category"><span class="dot" style="background:${c.color ?? 'currentColor'}"></span>${ctx.t(c.name)}</h3>
      <ul class="rows" role="list">${booths.map((b) => renderEntry(ctx, boothEntry(ctx, b)))}</ul>
    </section>`;
  })}`;
}

/** The directory of a fair longer than any real one, drawn as a window of the rows in view (a chunk of its own). */
const windowedDirectory = drawnOnDemand(() => import('./windowed-directory.js'));

/**
 * For a fair of more than {@link WINDOW_FROM} booths: fetches the windowed
 * directory, which then sorts the directory when the browser is idle, so the
 * tap that starts a visit does not wait for it.
 */
export function prepareDirectory(context: () => KioskContext | undefined): void {
  const prepare = () => windowedDirectory(prepare)?.prepare(context);
  if ((context()?.feed.booths.length ?? 0) > WINDOW_FROM) prepare();
}

/**
 * The directory: A–Z or by category, with a two-way switch. Beyond
 * {@link WINDOW_FROM} booths `host` (the kiosk) draws only the rows in view.
 */
export function renderDirectory(
  ctx: KioskContext,
  mode: DirectoryMode,
  category: string | null,
  setMode: (mode: DirectoryMode) => void,
  host?: Host,
): TemplateResult {
  const byCategory = mode === 'category' && !category && (ctx.feed.categories ?? []).length > 0;
  const long = host && (category ? (ctx.index.boothsOfCategory.get(category) ?? []) : ctx.feed.booths).length > WINDOW_FROM;
  return html`
    ${category || !(ctx.feed.categories ?? []).length
      ? nothing
      : html`<div class="segmented" role="group" aria-label=${msg('Order')}>
          <button class="seg" aria-pressed=${!byCategory} @click=${() => setMode('az')}>${msg('A–Z')}</button>
          <button class="seg" aria-pressed=${byCategory} @click=${() => setMode('category')}>${msg('By category')}</button>
        </div>`}
    ${long ? windowedDirectory(() => host!.requestUpdate())?.render(ctx, byCategory, category, host!) : byCategory ? renderByCategory(ctx) : renderAz(ctx, category)}`;
}
