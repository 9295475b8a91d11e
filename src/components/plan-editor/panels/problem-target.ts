/**
 * Which item of the feed a checker problem is about: its JSON Pointer
 * (`/booths/3/rect`, `/places/0`, `/paths/2/points/1`, `/map/levels/1/scale`)
 * read back into the editor's selection, so clicking a problem selects the
 * booth, place, aisle or level it names (and shows that item's level).
 * Pointers into the organizer's file: indexes are those of the feed as
 * loaded, which is the feed the checker was given.
 */
import type { FairFeed } from '../../../data/types.js';
import type { Selection } from '../model/selection.js';

/** The selection (and level to show) a problem at `pointer` is about, or undefined when it names no drawable item. */
export function problemTarget(feed: FairFeed, pointer: string): { selection: Selection; level?: string } | undefined {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const index = (at: number) => (/^\d+$/.test(parts[at] ?? '') ? Number(parts[at]) : -1);
  const levels = feed.map.levels ?? [];
  const levelOf = (id: unknown) => (typeof id === 'string' && id ? id : levels[0]?.id);
  if (parts[0] === 'booths') {
    const booth = feed.booths[index(1)];
    if (booth && typeof booth.id === 'string')
      return { selection: { kind: 'booth', id: booth.id }, level: levelOf(booth.level) };
  } else if (parts[0] === 'places') {
    const place = feed.places?.[index(1)];
    if (place && typeof place.id === 'string')
      return { selection: { kind: 'place', id: place.id }, level: levelOf(place.level) };
  } else if (parts[0] === 'paths') {
    const i = index(1);
    const path = feed.paths?.[i];
    if (path) return { selection: { kind: 'path', id: String(i) }, level: levelOf(path.level) };
  } else if (parts[0] === 'map' && parts[1] === 'levels') {
    const level = levels[index(2)];
    if (level && typeof level.id === 'string') return { selection: { kind: 'level', id: level.id }, level: level.id };
  }
  return undefined;
}
