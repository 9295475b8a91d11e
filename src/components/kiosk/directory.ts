import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Booth, Producer } from '../../data/types.js';
import { collator as intlCollator } from '../../i18n/intl.js';
import type { Host } from '../../internal/windowed-list.js';
import { drawnOnDemand, WINDOW_FROM } from '../../internal/windowing.js';
import type { KioskShell } from './kiosk-shell.js';

/** How the directory is ordered. */
export type DirectoryMode = 'az' | 'category';

export interface Entry {
  kind: 'booth' | 'producer';
  id: string;
  title: string;
  detail: string;
}

/** A booth's name: its own, else its producers'; '' when it has neither. */
export function boothName(shell: KioskShell, booth: Booth): string {
  return (
    shell.t(booth.name) ||
    (booth.producers ?? [])
      .map((id) => shell.t(shell.index.producers.get(id)?.name))
      .filter(Boolean)
      .join(', ')
  );
}

/** A booth's name, else its label. */
export function boothTitle(shell: KioskShell, booth: Booth): string {
  return boothName(shell, booth) || booth.label || booth.id;
}

export function boothEntry(shell: KioskShell, booth: Booth): Entry {
  return { kind: 'booth', id: booth.id, title: boothTitle(shell, booth), detail: booth.label ?? booth.id };
}

function producerEntry(shell: KioskShell, producer: Producer): Entry {
  const booths = shell.index.boothsOfProducer.get(producer.id) ?? [];
  const where = booths.map((b) => b.label ?? b.id).join(', ');
  const region = shell.t(producer.region);
  return {
    kind: 'producer',
    id: producer.id,
    title: shell.t(producer.name),
    detail: [where, region].filter(Boolean).join(' · '),
  };
}

/**
 * Booths and producers, A–Z in the visitor's language (or only those of
 * `category`), grouped by first letter; `sort` orders the entries (a long
 * list's is the windowed list's).
 */
export function directoryGroups(
  shell: KioskShell,
  category: string | null,
  sort = (entries: Entry[], collator: Intl.Collator) => entries.sort((a, b) => collator.compare(a.title, b.title)),
): { letter: string; entries: Entry[] }[] {
  const booths = category ? (shell.index.boothsOfCategory.get(category) ?? []) : shell.feed.booths;
  const producerIds = new Set<string>();
  for (const booth of booths) for (const id of booth.producers ?? []) producerIds.add(id);
  const producers = category
    ? [...producerIds].map((id) => shell.index.producers.get(id)).filter((p): p is Producer => !!p)
    : (shell.feed.producers ?? []);
  // A booth named after its only producer would be listed twice: keep the producer.
  const entries = [
    ...booths.filter((b) => shell.t(b.name) || (b.producers ?? []).length !== 1).map((b) => boothEntry(shell, b)),
    ...producers.map((p) => producerEntry(shell, p)),
  ].filter((e) => e.title);
  const collator = intlCollator(shell.locale, { sensitivity: 'base', numeric: true });
  const groups: { letter: string; entries: Entry[] }[] = [];
  for (const entry of sort(entries, collator)) {
    const letter = [...entry.title][0].toLocaleUpperCase(shell.locale);
    const last = groups[groups.length - 1];
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

export function renderEntry(shell: KioskShell, entry: Entry): TemplateResult {
  return html`<li>
    <button class="row" part="directory-item" @click=${() => shell.open({ kind: entry.kind, id: entry.id })}>
      <span class="row-icon" aria-hidden="true">${entry.kind === 'booth' ? '▦' : '☺'}</span>
      <span class="row-text"><span class="row-title">${entry.title}</span>
        ${entry.detail ? html`<span class="row-detail">${entry.detail}</span>` : nothing}</span>
      <span class="row-chevron" aria-hidden="true">›</span>
    </button>
  </li>`;
}

function renderAz(shell: KioskShell, category: string | null): TemplateResult {
  const groups = directoryGroups(shell, category);
  if (!groups.length) return html`<p class="empty">${msg('Nothing here yet.')}</p>`;
  return html`${groups.map(
    (g) => html`<section class="dir-group" aria-label=${g.letter}>
      <div class="dir-letter" aria-hidden="true">${g.letter}</div>
      <ul class="rows" role="list">${g.entries.map((e) => renderEntry(shell, e))}</ul>
    </section>`,
  )}`;
}

function renderByCategory(shell: KioskShell): TemplateResult {
  const categories = shell.feed.categories ?? [];
  return html`${categories.map((c) => {
    const booths = shell.index.boothsOfCategory.get(c.id) ?? [];
    if (!booths.length) return nothing;
    return html`<section class="dir-group" aria-label=${shell.t(c.name)}>
      <h3 class="dir-category"><span class="dot" style="background:${c.color ?? 'currentColor'}"></span>${shell.t(c.name)}</h3>
      <ul class="rows" role="list">${booths.map((b) => renderEntry(shell, boothEntry(shell, b)))}</ul>
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
export function prepareDirectory(shellOf: () => KioskShell | undefined): void {
  const prepare = () => windowedDirectory(prepare)?.prepare(shellOf);
  if ((shellOf()?.feed.booths.length ?? 0) > WINDOW_FROM) prepare();
}

/**
 * The directory: A–Z or by category, with a two-way switch. Beyond
 * {@link WINDOW_FROM} booths `host` (the kiosk) draws only the rows in view.
 */
export function renderDirectory(
  shell: KioskShell,
  mode: DirectoryMode,
  category: string | null,
  setMode: (mode: DirectoryMode) => void,
  host?: Host,
): TemplateResult {
  const byCategory = mode === 'category' && !category && (shell.feed.categories ?? []).length > 0;
  const long =
    host && (category ? (shell.index.boothsOfCategory.get(category) ?? []) : shell.feed.booths).length > WINDOW_FROM;
  return html`
    ${
      category || !(shell.feed.categories ?? []).length
        ? nothing
        : html`<div class="segmented" role="group" aria-label=${msg('Order')}>
          <button class="seg" aria-pressed=${!byCategory} @click=${() => setMode('az')}>${msg('A–Z')}</button>
          <button class="seg" aria-pressed=${byCategory} @click=${() => setMode('category')}>${msg('By category')}</button>
        </div>`
    }
    ${long ? windowedDirectory(() => host.requestUpdate())?.render(shell, byCategory, category, host) : byCategory ? renderByCategory(shell) : renderAz(shell, category)}`;
}
