/**
 * The one test harness: what every browser test needs to drive the kit as a
 * person would and to wait for what they would wait for. One file (a little over
 * 400 lines) on purpose: tests import one module, and each helper is short.
 *
 * - `feedFixture` / `drawn` / `settle`: an element on a feed, rendered and settled (every Lit update in its
 *   shadow trees done, its booth maps still, its transitions over, painted).
 * - `tap`, `tapAt`, `drag`, `press`, `typeKeys`: a real finger and real keys (`sendMouse` at viewport pixels,
 *   `sendKeys`), never dispatched events.
 * - `deepQuery`, `deepQueryAll`, `deepActive`, `deepElementFromPoint`: looking across shadow roots.
 * - `seen`, `visible`, `intersects`, `inside`, `box`: what a person sees, in words that show the actual values
 *   when an assertion fails.
 * - `contrastViolations` (axe's colour rules); `expect(el).to.be.accessible()` is @open-wc/testing's.
 * - `decodeQr`: what a phone reads from a QR code on the page (jsQR).
 * - `mapSettled`, `afterMove`, `mapReady`, `boothScreenPoint`: the booth map's moves, waited for by Leaflet's own
 *   events and state (the map's test hooks are in `seams.ts`).
 *
 * The kiosk's own fixture (`kioskFixture`, `startVisit`, `sampleFeed`) is in `components/kiosk.helpers.ts`,
 * which builds on this file; importing this file defines no element.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { Map as LeafletMap } from 'leaflet';
import type { FairBoothMap } from '../src/components/booth-map/booth-map.js';
import { mapReady } from './seams.js';

type Point = { x: number; y: number };
type Updatable = Element & { updateComplete?: Promise<unknown> };

// ——— waiting ———

/** Resolves after the browser has laid out and painted twice (resize observers and frame callbacks have run). */
export const painted = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** `el` and every element in its light and shadow trees, depth first. */
function composedTree(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  out.push(el);
  if (el.shadowRoot) visit(el.shadowRoot);
  visit(el);
  return out;
}

/** Whether `node` is `root` or inside it, across shadow boundaries. */
function composedContains(root: Node, node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === root) return true;
  return false;
}

/**
 * Waits until `el` is still: every Lit element in it (shadow trees included) has no update pending, every booth
 * map in it has stopped moving with its labels laid out, its short animations and transitions are over, and
 * the result is painted.
 */
export async function settle(el: Element): Promise<void> {
  for (let pass = 0; pass < 10; pass++) {
    const tree = composedTree(el) as Updatable[];
    const done = await Promise.all(tree.map((e) => e.updateComplete ?? true));
    for (const map of tree.filter((e): e is FairBoothMap => e.localName === 'fair-booth-map' && e.isConnected))
      await mapSettled(map);
    // `updateComplete` resolves to false when another update was queued meanwhile; new elements may have come.
    if (done.every((d) => d !== false) && composedTree(el).length === tree.length) break;
  }
  await animationsOver(el);
  await painted();
}

/**
 * Waits for the transitions and short animations running in `el` (shadow trees included) to end. Endless ones
 * (a loading shimmer) and long ones (an attract screen's slow drift, over a second left) are left running.
 */
async function animationsOver(el: Element): Promise<void> {
  const ending = document.getAnimations().filter((a) => {
    const target = (a.effect as KeyframeEffect | null)?.target;
    if (!target || a.playState !== 'running' || !composedContains(el, target)) return false;
    const { endTime, localTime } = a.effect!.getComputedTiming();
    return Number.isFinite(endTime) && Number(endTime) - Number(localTime ?? 0) < 1000;
  });
  await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
}

/**
 * Waits until `read()` gives `expected` (compared as JSON); when it does not within `timeout`, fails with what
 * it gave last: `the gallery status: expected "2 of 3", still "1 of 3"`.
 */
export async function eventually<T>(read: () => T, expected: T, what: string, timeout = 3000): Promise<void> {
  const want = JSON.stringify(expected);
  let last: T | undefined;
  await waitUntil(() => JSON.stringify((last = read())) === want, what, { timeout }).catch(() => {
    throw new Error(`${what}: expected ${want}, still ${JSON.stringify(last)}`);
  });
}

/**
 * Waits until `el` has drawn its first real content (something in its shadow root, no loading skeleton), then
 * settles it.
 */
export async function drawn<T extends Element>(el: T, timeout = 5000): Promise<T> {
  await waitUntil(
    () => el.shadowRoot && el.shadowRoot.children.length > 0 && !el.shadowRoot.querySelector('[aria-busy=true]'),
    `<${el.localName}> draws its content`,
    { timeout },
  );
  await settle(el);
  return el;
}

/**
 * Renders `template` and returns its fair element (the first `fair-*` tag in it other than `<fair-data>`, or
 * the one `tag` names), drawn and settled. Give the element its feed in the template (`.feed=${feed}`, or
 * `<fair-data src=…>` around it), or as `feed` (set as its `feed` property before it draws).
 */
export async function feedFixture<T extends Element = HTMLElement>(
  template: TemplateResult,
  options: { feed?: object; tag?: string; timeout?: number } = {},
): Promise<T> {
  const page = await fixture<HTMLElement>(template);
  const fair = (e: Element) => (options.tag ? e.localName === options.tag : /^fair-(?!data$)/.test(e.localName));
  const el = (fair(page) ? page : [...page.querySelectorAll('*')].find(fair)) as (T & { feed?: object }) | undefined;
  if (!el) throw new Error(`feedFixture: no ${options.tag ?? 'fair element'} in the template`);
  if (options.feed) {
    el.feed = options.feed;
    // Past the render that still shows "no fair data yet": the loading state, then the feed.
    await (el as Updatable).updateComplete;
  }
  return drawn(el, options.timeout);
}

// ——— a finger and keys ———

/** The middle of `el` in viewport pixels, rounded (where a finger taps it). */
export function centreOf(el: Element): Point {
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}

/** The Lit hosts `node` is drawn in, innermost first (a tap on a kiosk's row: the kiosk). */
function hostsOf(node: Node): Updatable[] {
  const hosts: Updatable[] = [];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) hosts.push(root.host);
  return hosts;
}

/**
 * A real tap on the middle of `target` (a mouse click at viewport pixels), then the re-render of the elements
 * it is drawn in. A target that is off screen or under something else is first scrolled to the middle of its
 * scroll container, as a person would scroll to it; one that shows is tapped where it is.
 */
export async function tap(target: Element): Promise<void> {
  let { x, y } = centreOf(target);
  const hit = deepElementFromPoint(x, y);
  if (!hit || !composedContains(target, hit)) {
    target.scrollIntoView({ block: 'center' });
    ({ x, y } = centreOf(target));
  }
  await sendMouse({ type: 'click', position: [x, y] });
  for (const host of hostsOf(target)) await host.updateComplete;
}

/** A real tap at viewport pixels. */
export async function tapAt(x: number, y: number): Promise<void>;
export async function tapAt(point: Point | undefined): Promise<void>;
export async function tapAt(xOrPoint: number | Point | undefined, y?: number): Promise<void> {
  const p = typeof xOrPoint === 'number' ? { x: xOrPoint, y: y! } : xOrPoint;
  if (!p) throw new Error('tapAt: the point is not on screen');
  await sendMouse({ type: 'click', position: [Math.round(p.x), Math.round(p.y)] });
}

/** A real mouse drag from `from` to `to` (viewport pixels), through `steps` moves. */
export async function drag(from: Point, to: Point, steps = [0.1, 0.3, 0.6, 0.9, 1]): Promise<void> {
  await sendMouse({ type: 'move', position: [Math.round(from.x), Math.round(from.y)] });
  await sendMouse({ type: 'down' });
  for (const t of steps)
    await sendMouse({
      type: 'move',
      position: [Math.round(from.x + (to.x - from.x) * t), Math.round(from.y + (to.y - from.y) * t)],
    });
  await sendMouse({ type: 'up' });
}

/** Real key presses (`'Enter'`, `'ArrowDown'`, `'Shift+Tab'`), one after the other, then the re-render of the focused element's hosts. */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
  const active = deepActive();
  if (active) for (const host of hostsOf(active)) await host.updateComplete;
}

/** Types `text` with real keys into whatever has focus, then the re-render of the focused element's hosts. */
export async function typeKeys(text: string): Promise<void> {
  await sendKeys({ type: text });
  const active = deepActive();
  if (active) for (const host of hostsOf(active)) await host.updateComplete;
}

// ——— across shadow roots ———

/** The element with focus, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element matching `selector` in `root` and in the shadow roots inside it (document order, light first). */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll<T>(root.shadowRoot, selector));
  return found;
}

/** The first element matching `selector` in `root` or any shadow root inside it, or null. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  return deepQueryAll<T>(root, selector)[0] ?? null;
}

/** The topmost element at viewport point (x, y), looking into open shadow roots: what a finger there would touch. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

// ——— what a person sees ———

/** The first element of `el`'s shadow root with part `name` (`part~=name`), or null. */
export const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** Text as a person reads it: runs of white space (no-break and narrow no-break spaces too) as one space, trimmed. */
export const seen = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of `node` as a person reads it (see `seen`). */
export const seenIn = (node: Node | null | undefined): string => seen(node?.textContent);

/** Whether `el` is inside an inert subtree, across shadow roots (no one sees or reaches it). */
export function inert(el: Element): boolean {
  for (let at: Element | null = el; at;) {
    if (at.closest('[inert]')) return true;
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/** Whether a person can see `el`: it has a size, is not visually hidden, transparent or invisible. */
export function visible(el: Element): boolean {
  if (el.closest('.fair-visually-hidden, [hidden]') || inert(el)) return false;
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
}

/** Why a person cannot see `el`, or `'visible'`: for an assertion that says what is wrong when it fails. */
export function visibility(el: Element): string {
  if (el.closest('.fair-visually-hidden')) return 'visually hidden';
  if (el.closest('[hidden]')) return 'hidden';
  if (inert(el)) return 'inert (beneath another screen: the kiosk builds its next visit under the attract screen)';
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return `${Math.round(r.width)}×${Math.round(r.height)} px`;
  if (!el.checkVisibility({ visibilityProperty: true })) return 'not rendered or visibility: hidden';
  if (!el.checkVisibility({ opacityProperty: true })) return 'opacity 0';
  return 'visible';
}

type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

/** Whether two boxes overlap (touching edges do not). */
export const intersects = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether `inner` lies within `outer` (1 px of rounding allowed). */
export const inside = (inner: Box, outer: Box, slack = 1): boolean =>
  inner.left >= outer.left - slack &&
  inner.right <= outer.right + slack &&
  inner.top >= outer.top - slack &&
  inner.bottom <= outer.bottom + slack;

/** A box in words for a failure message: `120,40 300×44`. */
export const box = (r: Box): string =>
  `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.right - r.left)}×${Math.round(r.bottom - r.top)}`;

/** Asserts that `inner` lies within `outer` (1 px of rounding allowed); a failure names both boxes. */
export function expectWithin(inner: Box, outer: Box, what: string, slack = 1): void {
  expect(inside(inner, outer, slack), `${what}: ${box(inner)} is not within ${box(outer)}`).to.equal(true);
}

/** Asserts that point `p` lies inside `area` (edges excluded); a failure gives the point and the area. */
export function expectPointIn(p: Point | undefined, area: Box, what: string): void {
  expect(p, `${what}: on screen`).to.exist;
  expect(p!.x, `${what}: x (in ${box(area)})`)
    .to.be.above(area.left)
    .and.below(area.right);
  expect(p!.y, `${what}: y (in ${box(area)})`)
    .to.be.above(area.top)
    .and.below(area.bottom);
}

/** Asserts that two boxes do not overlap; a failure names both. */
export function expectApart(a: Box, b: Box, what: string): void {
  expect(intersects(a, b), `${what} overlap: ${box(a)} and ${box(b)}`).to.equal(false);
}

declare global {
  interface Window {
    axe: {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{ violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] }>;
    };
  }
}

/**
 * axe-core's colour-contrast findings in `el`, one line each (`rule: target, what fails`): compare with `[]`,
 * and a failure lists them.
 */
export async function contrastViolations(el: Element, rules: string[] = ['color-contrast']): Promise<string[]> {
  // @ts-expect-error: axe-core's browser build has no module types; it sets window.axe
  if (!window.axe) await import('axe-core/axe.min.js');
  const result = await window.axe.run(el, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`,
    ),
  );
}

type JsQr = typeof import('jsqr').default;
let jsQr: Promise<JsQr> | undefined;

/** ECI assignment numbers → the character set of the byte segments after them (ISO/IEC 18004, AIM ECI). */
const ECI_CHARSETS: Record<number, string> = {
  1: 'iso-8859-1',
  3: 'iso-8859-1',
  4: 'iso-8859-2',
  20: 'shift_jis',
  26: 'utf-8',
};

/**
 * The text of a decoded code, segment by segment as a phone's reader joins them. jsQR 1.4 reads the segments
 * but its `data` drops an ECI's character set (a Latin-1 segment reads as nothing): the bytes are decoded here
 * in the set the last ECI named (UTF-8 before any, as phones assume).
 */
function textOf(chunks: import('jsqr').QRCode['chunks']): string {
  let charset = 'utf-8';
  let out = '';
  for (const chunk of chunks) {
    if ('assignmentNumber' in chunk) {
      charset = ECI_CHARSETS[chunk.assignmentNumber] ?? '';
      if (!charset) throw new Error(`decodeQr: ECI ${chunk.assignmentNumber} is not a character set it knows`);
    } else if (String(chunk.type) === 'byte' && 'bytes' in chunk) {
      out += new TextDecoder(charset).decode(new Uint8Array(chunk.bytes));
    } else out += (chunk as { text?: string }).text ?? '';
  }
  return out;
}

/**
 * What a phone reads from a QR code drawn on the page: the `<svg>` drawn, in the colour the page gives it, onto
 * a canvas at `scale` pixels a module, and decoded by jsQR. Null when nothing can be read.
 */
export async function decodeQr(svg: SVGSVGElement, scale = 8): Promise<string | null> {
  // jsQR is UMD: the test server serves it bundled as an ES module (test/fixtures/bundled-deps.js).
  const url = '/__bundled/jsqr.js';
  jsQr ??= import(/* the test server's bundle */ url).then((m: { default: JsQr }) => m.default);
  const decode = await jsQr;
  const size = Math.ceil(svg.viewBox.baseVal.width * scale);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(size));
  clone.setAttribute('height', String(size));
  // The modules are `currentColor`: the colour the page draws them in.
  clone.style.color = getComputedStyle(svg).color;
  const src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    const pixels = context.getImageData(0, 0, size, size);
    const read = decode(pixels.data, size, size);
    return read ? textOf(read.chunks) : null;
  } finally {
    URL.revokeObjectURL(src);
  }
}

// ——— the booth map ———

/** Whether a Leaflet map is in a zoom or pan animation (Leaflet 1.9's own state). */
function moving(map: object): boolean {
  const state = map as { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } };
  return !!state._animatingZoom || !!state._panAnim?._inProgress;
}

/** The Leaflet map inside a `<fair-booth-map>` (undefined before it has a view), through its private view. */
export function leafletOf(el: FairBoothMap): LeafletMap | undefined {
  return el['mapView']?.map;
}

// The map's own test hooks (its "drawn" promise, a booth's point on screen), from the tests' seam.
export { boothScreenPoint, mapReady } from './seams.js';

/** Waits until the map has stopped moving (no zoom or pan animation under way) and has laid its labels out. */
export async function mapSettled(el: FairBoothMap, timeout = 5000): Promise<void> {
  // The drawn hook first: a zoom asked for a moment ago starts its animation in the next frame.
  await mapReady(el);
  const map = leafletOf(el);
  if (map) {
    await waitUntil(() => !moving(map), 'the map stops moving', { timeout });
    // Labels follow the move's end (moveend) in the next frame.
    await mapReady(el);
  }
}

/**
 * Does `action` (a pan, a zoom, a tap on a map control) and waits for the move it causes to end: Leaflet's
 * `moveend` (fired at the end of an animated move, at once for one that is not), then the labels' layout.
 */
export async function afterMove(el: FairBoothMap, action: () => unknown, timeout = 5000): Promise<void> {
  const map = leafletOf(el);
  if (!map) throw new Error('afterMove: the map has no view yet');
  let done: () => void = () => undefined;
  const moved = new Promise<void>((resolve) => (done = resolve));
  map.once('moveend', done);
  try {
    await action();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error(`the map did not move within ${timeout} ms`)), timeout)),
    );
    await Promise.race([moved, late]).finally(() => clearTimeout(timer));
  } finally {
    map.off('moveend', done);
  }
  await mapSettled(el, timeout);
}
