/**
 * The place marks' layout at one view of the map: badges pushed apart off
 * each other, "you are here", the route's end and the map's controls, then
 * each place's name on the first free side of its badge, most needed first.
 * Measured with the canvas ({@link TextWidths}) and Leaflet's numbers: it
 * reads no layout, and writes only the marks' offsets and classes.
 */
import { around, grow, inside, overlaps, type Box } from './boxes.js';
import type { LatLngTuple, LeafletMap } from './leaflet-adapter.js';
import type { TextWidths } from './text-widths.js';
import type { PlaceKind } from '../../data/types.js';

/** A place's pin as the declutter step moves and names it. */
export interface PlacePin {
  at: LatLngTuple;
  /** The `.fair-place` element (badge and name), offset by the declutter step. */
  root: HTMLElement;
  name?: HTMLElement;
  rank: number;
}

/** Place kinds whose names stay when two would touch, most needed first; other kinds follow. */
export const NAME_PRIORITY = [
  'first-aid',
  'info',
  'entrance',
  'exit',
  'restroom',
  'elevator',
  'stairs',
  'escalator',
  'stage',
  'food',
];

/** The first kinds of {@link NAME_PRIORITY} (first aid, information, entrances, exits): their names may cover other badges. */
const PRIORITY_KINDS = 4;

/** Half a place badge's size with its white ring (26 px and 2 px), and the gap to its name. */
const BADGE_R = 15;
const NAME_GAP = 2;
/** "You are here" (its dot and ring) as a fixed round obstacle. */
const HERE_R = 14;

/** The rank of the `i`-th of `count` places, of `kind`: by {@link NAME_PRIORITY}, the feed's order breaking ties. */
export function placeRank(kind: PlaceKind, i: number, count: number): number {
  const priority = NAME_PRIORITY.indexOf(kind);
  // Fractions below 1 keep the kinds apart.
  return (priority < 0 ? NAME_PRIORITY.length : priority) + i / (count + 1);
}

/**
 * Keeps the place marks readable at the current view, most needed first:
 *  1. badges that would sit on each other, on "you are here" or under the
 *     map's controls move apart just enough (zooming in brings each back
 *     to its point), so a lift beside the stairs stays its own badge;
 *  2. each name, in {@link NAME_PRIORITY} order then the feed's, takes the
 *     first spot around its badge (below, above, beside, off a corner; on
 *     two lines if one is too long) where it touches no other badge, no
 *     name kept before it, no control and not the map's edge, preferring
 *     one off the booths' codes; with none, it is hidden (the badge stays,
 *     and the list view names every place) until a zoom gives it room.
 *     First aid, information, entrances and exits may instead make a less
 *     needed place give way (its badge and name hidden at this zoom).
 * So those keep their names in every language, however wide the words.
 * Returns the badges and names shown, in container pixels: the booth labels
 * keep off them.
 *
 * @param map - The map, with a size.
 * @param places - The level's place pins; `here` and `destination`, "you are here" and the route's end, if shown.
 * @param controls - The map's buttons and their groups, in container pixels.
 * @param text - Widths in the map's font, synced; `em`, its size in px.
 * @param boothCodeSpots - Where booth codes may show at this view (a name rather goes elsewhere).
 */
export function layOutPlaces(
  map: LeafletMap,
  places: readonly PlacePin[],
  here: { at: LatLngTuple; root: HTMLElement } | undefined,
  destination: LatLngTuple | undefined,
  controls: { buttons: Box[]; groups: Box[] },
  text: TextWidths,
  em: number,
  boothCodeSpots: () => Box[],
): Box[] {
  const size = map.getSize();
  const [width, height] = [size.x, size.y];
  const buttons = controls.buttons;
  const fixed: Box[] = [...buttons];
  // Badges keep off the controls' groups as a whole (off one button, a badge could land on the next).
  const groups = controls.groups.map((g) => grow(g, 2));
  const point = (at: LatLngTuple) => map.latLngToContainerPoint(at);
  // "You are here" and the route's end never move: the badges make way for them.
  const anchors: { x: number; y: number }[] = [];
  if (here) {
    const p = point(here.at);
    anchors.push(p);
    fixed.push(around(p, HERE_R));
    // Its label above the dot (20 px off its middle, as the styles place it); below when a control or the
    // map's edge is in the way, hidden when both are.
    const label = here.root.querySelector<HTMLElement>('.fair-here-label');
    if (label) {
      const w = text.width(label.textContent ?? '', 700) + 1.1 * em + 2;
      const h = 1.7 * em + 2;
      const above = { x0: p.x - w / 2, y0: p.y - 20 - h, x1: p.x + w / 2, y1: p.y - 20 };
      const below = { x0: p.x - w / 2, y0: p.y + 20, x1: p.x + w / 2, y1: p.y + 20 + h };
      const blocked = (r: Box) => !inside(r, width, height) || buttons.some((c) => overlaps(c, r));
      const box = !blocked(above) ? above : !blocked(below) ? below : undefined;
      label.classList.toggle('below', box === below);
      label.classList.toggle('hidden', !box);
      if (box) fixed.push(box);
    }
  }
  if (destination) {
    const p = point(destination);
    fixed.push({ x0: p.x - 16, y0: p.y - 40, x1: p.x + 16, y1: p.y });
  }

  // 1. Badges apart: the ones on screen push each other (and are pushed off the fixed marks) until none overlap.
  const nodes = places.map((place) => {
    const p = point(place.at);
    // A badge at least partly in view makes way and is made way for; it keeps a name with its middle in view.
    const inView = p.x > -BADGE_R && p.y > -BADGE_R && p.x < width + BADGE_R && p.y < height + BADGE_R;
    const onScreen = p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
    return { place, x: p.x, y: p.y, x0: p.x, y0: p.y, inView, onScreen };
  });
  const moving = nodes.filter((n) => n.inView);
  for (let round = 0; round < 40; round++) {
    let moved = false;
    for (let i = 0; i < moving.length; i++) {
      const a = moving[i];
      for (let j = i + 1; j < moving.length; j++) {
        const b = moving[j];
        let vx = b.x - a.x;
        let vy = b.y - a.y;
        let d = Math.hypot(vx, vy);
        if (d >= 2 * BADGE_R) continue;
        // On one point: apart along a direction of their own (the golden angle, so three fan out).
        if (d < 0.01) [vx, vy, d] = [Math.cos(j * 2.4), Math.sin(j * 2.4), 1];
        const push = (2 * BADGE_R - d) / 2 + 0.25;
        a.x -= (vx / d) * push;
        a.y -= (vy / d) * push;
        b.x += (vx / d) * push;
        b.y += (vy / d) * push;
        moved = true;
      }
      for (const anchor of anchors) moved = pushOffCircle(a, anchor, BADGE_R + HERE_R) || moved;
      for (const box of [...groups, ...fixed]) moved = pushOffBox(a, box, BADGE_R, width, height) || moved;
    }
    if (!moved) break;
  }
  // The controls win over a neighbour: a badge may end up touching another, never under a button.
  for (const a of moving) for (const box of groups) pushOffBox(a, box, BADGE_R, width, height);
  for (const n of nodes) {
    const dx = Math.round(n.x - n.x0);
    const dy = Math.round(n.y - n.y0);
    n.place.root.style.translate = dx || dy ? `${dx}px ${dy}px` : '';
    n.place.root.classList.toggle('moved', !!(dx || dy));
  }

  // 2. Names, most needed first, each on the first free side of its badge.
  const badges = nodes.map((n) => around(n, BADGE_R));
  const kept: Box[] = [...fixed];
  const yielded = new Set<number>();
  /** The other badges a name's box would touch, or undefined when it touches a fixed mark or a kept name. */
  const hits = (r: Box, own: number): number[] | undefined => {
    if (!inside(r, width, height) || kept.some((k) => overlaps(r, k, 2))) return undefined;
    return badges.flatMap((b, i) => (i !== own && !yielded.has(i) && overlaps(r, b, 2) ? [i] : []));
  };
  // Where booth codes may show at this zoom: a name rather goes elsewhere.
  const booths = nodes.some((n) => n.place.name) ? boothCodeSpots() : [];
  // A name's box: its text in the name font (600), 0.3em padding each side, one line of 1.35em.
  const pad = 0.6 * em + 2;
  const lineHeight = 1.35 * em;
  for (const { place } of nodes) place.root.classList.remove('yielded');
  const named = nodes
    .map((n, i) => ({
      ...n,
      i,
      w: n.place.name ? text.width(n.place.name.textContent, 600) + pad : 0,
      h: lineHeight,
    }))
    .filter((n) => n.place.name)
    .sort((a, b) => a.place.rank - b.place.rank);
  for (const { place, x, y, onScreen, i, w: lineWidth, h: lineHeight } of named) {
    const name = place.name!;
    let box: Box | undefined;
    if (onScreen && !yielded.has(i)) {
      const attempt = (w: number, h: number, mayCover: boolean): Box | undefined => {
        // Each spot, and each one past the map's edge pushed back in (if it then stays off its own badge).
        const spots = nameSpots(x, y, w, h);
        for (const b of nameSpots(x, y, w, h)) {
          const dx = Math.max(0, -b.x0) - Math.max(0, b.x1 - width);
          const dy = Math.max(0, -b.y0) - Math.max(0, b.y1 - height);
          const moved = { x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };
          if ((dx || dy) && !overlaps(moved, badges[i])) spots.push(moved);
        }
        const scored = spots.flatMap((b) => {
          const hit = hits(b, i);
          // Only what is needed less gives way: first aid, information, entrances and exits may cover other badges.
          if (!hit || (hit.length && (!mayCover || hit.some((j) => nodes[j].place.rank < PRIORITY_KINDS)))) return [];
          return [{ b, hit }];
        });
        const fewest = Math.min(...scored.map((s) => s.hit.length));
        const best = scored.filter((s) => s.hit.length === fewest);
        // Of the free sides, one that leaves the booths' codes uncovered if there is one.
        const chosen = best.find((s) => !booths.some((k) => overlaps(k, s.b))) ?? best[0];
        if (chosen) for (const j of chosen.hit) yielded.add(j);
        return chosen?.b;
      };
      // On two lines, split where the longer line is shortest.
      const words = name.textContent.trim().split(/\s+/);
      let wrapWidth = Infinity;
      for (let cut = 1; cut < words.length; cut++) {
        const longer = Math.max(
          text.width(words.slice(0, cut).join(' '), 600),
          text.width(words.slice(cut).join(' '), 600),
        );
        wrapWidth = Math.min(wrapWidth, longer + pad);
      }
      const canWrap = words.length > 1;
      box = attempt(lineWidth, lineHeight, false);
      let wrap = false;
      if (!box && canWrap) wrap = !!(box = attempt(wrapWidth, 2 * lineHeight, false));
      if (!box && place.rank < PRIORITY_KINDS) {
        box = attempt(lineWidth, lineHeight, true);
        if (!box && canWrap) wrap = !!(box = attempt(wrapWidth, 2 * lineHeight, true));
      }
      name.classList.toggle('wrap', wrap);
      if (wrap) name.style.width = `${Math.ceil(wrapWidth)}px`;
      else name.style.removeProperty('width');
    }
    name.classList.toggle('hidden', !box);
    // Placed from the badge's middle, which is the middle of the 26 px .fair-place box.
    const at = box ?? { x0: x - lineWidth / 2, y0: y + BADGE_R + NAME_GAP };
    name.style.left = `${Math.round(at.x0 - x + 13)}px`;
    name.style.top = `${Math.round(at.y0 - y + 13)}px`;
    if (box) kept.push(box);
  }
  for (const i of yielded) {
    nodes[i].place.root.classList.add('yielded');
    nodes[i].place.name?.classList.add('hidden');
  }
  return [...badges.filter((_, i) => !yielded.has(i)), ...kept.slice(fixed.length)];
}

/** Moves a badge's middle `n` out of a circle (around `c`, radius `r`); whether it moved. */
function pushOffCircle(n: { x: number; y: number }, c: { x: number; y: number }, r: number): boolean {
  let [vx, vy] = [n.x - c.x, n.y - c.y];
  let d = Math.hypot(vx, vy);
  if (d >= r) return false;
  if (d < 0.01) [vx, vy, d] = [0, 1, 1];
  n.x = c.x + (vx / d) * (r + 0.25);
  n.y = c.y + (vy / d) * (r + 0.25);
  return true;
}

/**
 * Moves a badge (middle `n`, radius `r`) out of a box by the shortest way
 * that keeps it inside a `width` × `height` map (any way, if none does);
 * whether it moved.
 */
function pushOffBox(n: { x: number; y: number }, b: Box, r: number, width: number, height: number): boolean {
  if (n.x <= b.x0 - r || n.x >= b.x1 + r || n.y <= b.y0 - r || n.y >= b.y1 + r) return false;
  const ways: [number, number][] = [
    [b.x0 - r - n.x, 0],
    [b.x1 + r - n.x, 0],
    [0, b.y0 - r - n.y],
    [0, b.y1 + r - n.y],
  ];
  const inside = ways.filter(
    ([dx, dy]) => n.x + dx >= r && n.x + dx <= width - r && n.y + dy >= r && n.y + dy <= height - r,
  );
  const [dx, dy] = (inside.length ? inside : ways).reduce((a, w) =>
    Math.abs(w[0] + w[1]) < Math.abs(a[0] + a[1]) ? w : a,
  );
  n.x += dx + Math.sign(dx) * 0.25;
  n.y += dy + Math.sign(dy) * 0.25;
  return true;
}

/**
 * Where a place's name of `w` × `h` may go around its badge (middle `x`, `y`):
 * below first (where a visitor looks for it), then above, beside, and off the
 * corners (still touching the badge's square, then clear of it).
 */
function nameSpots(x: number, y: number, w: number, h: number): Box[] {
  const gap = BADGE_R + NAME_GAP;
  const [below, above, midY] = [y + gap, y - gap - h, y - h / 2];
  const [centred, right, left] = [x - w / 2, x + gap, x - gap - w];
  const [startAtBadge, endAtBadge] = [x - BADGE_R, x + BADGE_R - w];
  const [lowCorner, highCorner] = [y + BADGE_R - 2, y - BADGE_R + 2 - h];
  return [
    [centred, below],
    [centred, above],
    [right, midY],
    [left, midY],
    [startAtBadge, below],
    [endAtBadge, below],
    [startAtBadge, above],
    [endAtBadge, above],
    [x + BADGE_R, lowCorner],
    [x - BADGE_R - w, lowCorner],
    [x + BADGE_R, highCorner],
    [x - BADGE_R - w, highCorner],
    // A little further off (past "you are here" just beside the badge, say).
    [centred, below + 6],
    [centred, above - 6],
  ].map(([x0, y0]) => ({ x0, y0, x1: x0 + w, y1: y0 + h }));
}
