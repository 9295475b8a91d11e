import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Category } from '../../data/types.js';
import { sortLong, windowed, type Host } from '../../internal/windowed-list.js';
import { boothEntry, directoryGroups, renderEntry, type Entry } from './directory.js';
import type { KioskShell } from './kiosk-shell.js';
import { windowedDirectoryStyles } from './windowed-directory.styles.js';

/**
 * The directory of a fair longer than any real one (100,000 booths), loaded
 * on demand: its groups are sorted once per language and category (and the
 * whole A–Z list when the browser is idle, before a visit starts), and only
 * the rows in view of the panel are drawn (see `windowed-list.ts`), each
 * telling a screen reader its place in its group.
 */

interface Group {
  label: string;
  heading: () => TemplateResult;
  entries: Entry[];
}

const built = new WeakMap<object, Map<string, Group[]>>();
function once(shell: KioskShell, key: string, make: () => Group[]): Group[] {
  let byKey = built.get(shell.feed);
  if (!byKey) built.set(shell.feed, (byKey = new Map<string, Group[]>()));
  let groups = byKey.get(key);
  if (!groups) byKey.set(key, (groups = make()));
  return groups;
}

/** A–Z (of `category`), the entries sorted in two passes (see `sortLong`). */
const azGroups = (shell: KioskShell, category: string | null) =>
  once(shell, `az|${shell.locale}|${category}`, () =>
    directoryGroups(shell, category, (entries, collator) => sortLong(entries, (e) => e.title, collator)).map(
      ({ letter, entries }) => ({
        label: letter,
        heading: () => html`<div class="dir-letter" aria-hidden="true" data-wh>${letter}</div>`,
        entries,
      }),
    ),
  );

/** The booths of each category that has any. */
const categoryGroups = (shell: KioskShell) =>
  once(shell, `category|${shell.locale}`, () =>
    (shell.feed.categories ?? [])
      .map((c: Category) => ({
        label: shell.t(c.name),
        heading: () =>
          html`<h3 class="dir-category" data-wh><span class="dot" style="background:${c.color ?? 'currentColor'}"></span>${shell.t(c.name)}</h3>`,
        entries: (shell.index.boothsOfCategory.get(c.id) ?? []).map((b) => boothEntry(shell, b)),
      }))
      .filter((g) => g.entries.length),
  );

/** The directory's sections (A–Z, or by category), only the rows in view of the panel drawn. */
export function render(shell: KioskShell, byCategory: boolean, category: string | null, host: Host): TemplateResult {
  const groups = byCategory ? categoryGroups(shell) : azGroups(shell, category);
  if (!groups.length) return html`<p class="empty">${msg('Nothing here yet.')}</p>`;
  return html`<div class="dir-window">${windowed(host, {
    groups: groups.map((g) => g.entries),
    headed: true,
    styles: windowedDirectoryStyles,
    row: (entry) => renderEntry(shell, entry),
    group: (group, headed, rows) => html`<section class="dir-group" aria-label=${groups[group].label}>
      ${headed ? groups[group].heading() : nothing}
      <ul class="rows" role="list">${rows}</ul>
    </section>`,
  })}</div>`;
}

/** Sorts the A–Z directory in the language then shown, when the browser is idle (the attract screen is up). */
export function prepare(shellOf: () => KioskShell | undefined): void {
  const sort = () => {
    const shell = shellOf();
    if (shell) azGroups(shell, null);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(sort, { timeout: 3000 });
  else setTimeout(sort, 200);
}
