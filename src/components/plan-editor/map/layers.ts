/**
 * Draws one level of the feed on the editor's map: the plan image, the
 * booths (with their labels and, for the selected one, its door), the aisles
 * and the places. Everything is drawn anew from the feed after each change
 * (the feed is the one truth); each layer knows the item it stands for, so a
 * click selects it. Booths no kiosk reaches, and booths with no step-free
 * way, are drawn distinctly (a hatch and colour, a dashed outline).
 */
import type { Layer, LayerGroup, Map as LeafletMap, Marker, Path as LeafletPath } from 'leaflet';
import type { Booth, FairFeed, PlanLevel } from '../../../data/types.js';
import { placeIconElement } from '../../booth-map/place-icons.js';
import type { Selection } from '../model/selection.js';
import { L, toLatLng, toLatLngs } from './leaflet.js';

/** What the map marks on booths: from the reachability report. */
export interface BoothMarks {
  unreachable: ReadonlySet<string>;
  noStepFree: ReadonlySet<string>;
}

/** The item a drawn layer stands for. */
export const ITEM = Symbol('plan-editor-item');
export type ItemLayer = Layer & { [ITEM]?: Selection };

/** The level's items in keyboard order: booths (by label), then places, then aisles. */
export function levelItems(feed: FairFeed, level: string): { selection: Selection; name: (s: ItemNames) => string }[] {
  const on = (l: string | undefined) => (l ?? defaultLevel(feed)) === level;
  const booths = feed.booths
    .filter((b) => on(b.level))
    .sort((a, b) => (a.label ?? a.id).localeCompare(b.label ?? b.id, undefined, { numeric: true }));
  const items: { selection: Selection; name: (s: ItemNames) => string }[] = booths.map((b) => ({
    selection: { kind: 'booth', id: b.id },
    name: (s) => s.booth(b.label ?? b.id),
  }));
  for (const p of feed.places ?? []) {
    if (!on(p.level)) continue;
    const name = typeof p.name === 'string' ? p.name : (Object.values(p.name ?? {})[0] ?? p.id);
    items.push({ selection: { kind: 'place', id: p.id }, name: (s) => s.place(s.kinds[p.kind] ?? p.kind, name) });
  }
  (feed.paths ?? []).forEach((p, i) => {
    if (on(p.level)) items.push({ selection: { kind: 'path', id: String(i) }, name: (s) => s.aisle(i + 1) });
  });
  return items;
}

export interface ItemNames {
  booth(label: string): string;
  place(kind: string, name: string): string;
  aisle(n: number): string;
  kinds: Record<string, string>;
}

export function defaultLevel(feed: FairFeed): string {
  return feed.map.levels?.[0]?.id ?? '';
}

export function planLevel(feed: FairFeed, level: string): PlanLevel | undefined {
  return feed.map.type === 'plan' ? feed.map.levels.find((l) => l.id === level) : undefined;
}

/** The booth's layer: a rectangle for `rect`, a polygon for `shape`. */
export function boothLayer(booth: Booth, options: L.PolylineOptions): LeafletPath {
  if (booth.rect) {
    const [x, y, w, h] = booth.rect;
    return L.rectangle([toLatLng([x, y]), toLatLng([x + w, y + h])], options);
  }
  return L.polygon(toLatLngs(booth.shape ?? []), options);
}

export interface DrawnLevel {
  /** Each selectable item's layer, by `kind:id`. */
  layers: Map<string, ItemLayer>;
}

export const keyOf = (s: Selection) => `${s.kind}:${s.id}`;

/** Draws `level` of `feed` into `group` (emptied first). */
export function drawLevel(
  group: LayerGroup,
  feed: FairFeed,
  level: string,
  selection: Selection | null,
  marks: BoothMarks,
  kindName: (kind: string) => string,
): DrawnLevel {
  group.clearLayers();
  const layers = new Map<string, ItemLayer>();
  const fallback = defaultLevel(feed);
  const on = (l: string | undefined) => (l ?? fallback) === level;
  const selectedKey = selection ? keyOf(selection) : '';
  const add = (layer: ItemLayer, item: Selection) => {
    layer[ITEM] = item;
    layers.set(keyOf(item), layer);
    layer.addTo(group);
  };

  (feed.paths ?? []).forEach((path, i) => {
    if (!on(path.level)) return;
    const item: Selection = { kind: 'path', id: String(i) };
    const selected = keyOf(item) === selectedKey;
    add(
      L.polyline(toLatLngs(path.points), {
        className: `aisle${selected ? ' selected' : ''}`,
        weight: selected ? 8 : 6,
        pmIgnore: false,
      }),
      item,
    );
  });

  for (const booth of feed.booths) {
    if (!on(booth.level) || (!booth.rect && !booth.shape)) continue;
    const item: Selection = { kind: 'booth', id: booth.id };
    const classes = ['booth'];
    if (marks.unreachable.has(booth.id)) classes.push('unreachable');
    else if (marks.noStepFree.has(booth.id)) classes.push('no-step-free');
    if (keyOf(item) === selectedKey) classes.push('selected');
    const layer = boothLayer(booth, {
      className: classes.join(' '),
      weight: 1.5,
      pmIgnore: false,
    });
    const label = document.createElement('span');
    label.textContent = booth.label ?? booth.id;
    layer.bindTooltip(label, {
      permanent: true,
      direction: 'center',
      className: `booth-label${marks.unreachable.has(booth.id) ? ' unreachable' : ''}`,
      interactive: false,
    });
    add(layer, item);
  }

  for (const place of feed.places ?? []) {
    if (!on(place.level)) continue;
    const item: Selection = { kind: 'place', id: place.id };
    const selected = keyOf(item) === selectedKey;
    const icon = placeIconElement(place.kind, kindName(place.kind));
    icon.classList.toggle('selected', selected);
    const marker = L.marker(toLatLng(place.at), {
      icon: L.divIcon({ html: icon, className: 'place-marker', iconSize: [32, 32], iconAnchor: [16, 16] }),
      keyboard: false,
      draggable: selected,
      pmIgnore: true,
    }) as Marker & ItemLayer;
    add(marker, item);
  }
  return { layers };
}

/**
 * The plan image of `level`, stretched over its size, in the `plan` pane under
 * the booths (or, with no image, a blank sheet of that size).
 */
export function planOverlay(map: LeafletMap, level: PlanLevel | undefined, imageUrl: string | undefined): Layer[] {
  const [w, h] = level?.size ?? [1000, 700];
  const bounds = L.latLngBounds(toLatLng([0, 0]), toLatLng([w, h]));
  if (!map.getPane('plan')) map.createPane('plan').style.zIndex = '300';
  const layer = imageUrl
    ? L.imageOverlay(imageUrl, bounds, { alt: '', interactive: false, pane: 'plan', className: 'plan-image' })
    : L.rectangle(bounds, { className: 'sheet', interactive: false, weight: 0, pmIgnore: true });
  layer.addTo(map);
  return [layer];
}
