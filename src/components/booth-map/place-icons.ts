/**
 * Icons for the feed's places (entrances, restrooms, stairs…), drawn as
 * inline SVG so they work inside a shadow root (Leaflet's default marker
 * images look for CSS on the page) and scale crisply on kiosk screens. Built
 * with DOM calls: a place's name is only ever set as text.
 */
import type { PlaceKind } from '../../data/types.js';

const SVG = 'http://www.w3.org/2000/svg';

/** 24×24 glyphs, stroked in currentColor. */
const GLYPHS: Record<PlaceKind, string> = {
  kiosk: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8',
  entrance: 'M14 4h5v16h-5M4 12h10M10 8l4 4l-4 4',
  exit: 'M10 4H5v16h5M10 12h10M16 8l4 4l-4 4',
  info: 'M12 10v7M12 6.5v.5',
  restroom: 'M7 6.5v.5M5 10h4l-.5 9h-3zM17 6.5v.5M15 10h4l1.5 6h-7zM16 16v3M18 16v3',
  stage: 'M4 18h16M6 18V11h12v7M9 11V8a3 3 0 0 1 6 0v3',
  food: 'M7 3v8M5 3v5a2 2 0 0 0 4 0V3M7 11v10M16 3c-2 2-2 6 0 8v10',
  'first-aid': 'M12 6v12M6 12h12',
  parking: 'M8 20V4h5a4 4 0 0 1 0 8H8',
  atm: 'M3 7h18v11H3zM3 11h18M7 15h3',
  stairs: 'M4 20h5v-5h5v-5h5V5',
  elevator: 'M5 3h14v18H5zM9 10l3-3l3 3M9 14l3 3l3-3',
  escalator: 'M3 19h5l8-12h5M6 19l0 0M12 13v2',
  other: 'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6',
};

function glyph(kind: PlaceKind): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', GLYPHS[kind] ?? GLYPHS.other);
  svg.append(path);
  return svg;
}

/** A place's marker: a round badge with the glyph, and its name beside it when it has one. */
export function placeIconElement(kind: PlaceKind, name: string): HTMLElement {
  const root = document.createElement('div');
  root.className = `fair-place fair-place--${GLYPHS[kind] ? kind : 'other'}`;
  const badge = document.createElement('span');
  badge.className = 'fair-place-badge';
  badge.append(glyph(kind));
  root.append(badge);
  if (name) {
    const label = document.createElement('span');
    label.className = 'fair-place-name';
    label.textContent = name;
    root.append(label);
  }
  return root;
}

/** The "you are here" marker: a dot with a ring (pulsing unless reduced motion) and a label. */
export function hereIconElement(label: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'fair-here';
  const dot = document.createElement('span');
  dot.className = 'fair-here-dot';
  const text = document.createElement('span');
  text.className = 'fair-here-label';
  text.textContent = label;
  root.append(dot, text);
  return root;
}

/** The pin on the route's destination; a stop of a walk through several booths shows its number (`stop` > 0). */
export function destinationIconElement(stop = 0): HTMLElement {
  const root = document.createElement('div');
  root.className = 'fair-destination';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 32 40');
  svg.setAttribute('aria-hidden', 'true');
  const pin = document.createElementNS(SVG, 'path');
  pin.setAttribute('d', 'M16 39C16 39 3 24.5 3 15.5a13 13 0 0 1 26 0C29 24.5 16 39 16 39z');
  pin.setAttribute('class', 'fair-destination-pin');
  const hole = document.createElementNS(SVG, 'circle');
  hole.setAttribute('cx', '16');
  hole.setAttribute('cy', '15.5');
  hole.setAttribute('r', stop ? '10' : '5');
  hole.setAttribute('class', 'fair-destination-hole');
  svg.append(pin, hole);
  if (stop) {
    const number = document.createElementNS(SVG, 'text');
    number.setAttribute('x', '16');
    number.setAttribute('y', '20');
    number.textContent = String(stop);
    svg.append(number);
  }
  root.append(svg);
  return root;
}
