/**
 * Shared by the screenshot tests (test/visual/): a still page, a screen drawn
 * to the last pixel before it is taken, and the theme × language matrix.
 *
 * A screenshot is only a baseline if the same screen gives the same pixels on
 * every run: the time is fixed (each kiosk gets `.now`), motion is off (the
 * page emulates `prefers-reduced-motion: reduce`, which the kit honours), the
 * caret is transparent, the mouse rests off the element (no hover), and a shot
 * waits for fonts, every image (in every shadow root), every Lit update and the
 * map to be drawn and still. QR codes are drawn from their URL, the same each time.
 */
import { waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { loadQrEncoder } from '../../src/internal/qr.js';
import type { ThemeName } from '../../src/themes/themes.js';
import { mapReady } from '../seams.js';

/** The three looks every screen is checked in. */
export const THEMES = ['light', 'dark', 'high-contrast'] as const satisfies readonly ThemeName[];
export type VisualTheme = (typeof THEMES)[number];
/** The languages every screen is checked in: the fair's own two, and two the feed has no text in (UI text only). */
export const LANGUAGES = ['vi', 'en', 'ko', 'th'] as const;
export type VisualLanguage = (typeof LANGUAGES)[number];

/**
 * The matrix: screen number `screen` in language number `lang` gets theme
 * `THEMES[(screen + lang) % 3]`. Each screen is shot once per language (4 shots),
 * which takes every theme at least once; each language meets every theme across the screens.
 */
export function themeFor(screen: number, lang: VisualLanguage): VisualTheme {
  return THEMES[(screen + LANGUAGES.indexOf(lang)) % THEMES.length];
}

/** The kiosk's clock for every shot: the Cao Bang sample's black jelly tasting (14:00–16:00 at A01) is on. */
export const NOW = new Date('2025-12-26T14:30:00+07:00');

let stilled = false;
/** No motion, no caret, no body margin (a kiosk fills the viewport exactly). Once per test file. */
export async function stillPage(): Promise<void> {
  await emulateMedia({ reducedMotion: 'reduce' });
  // QR codes: drawn from their URL at once (never the white ground shown while the encoder's chunk loads).
  await loadQrEncoder();
  if (stilled) return;
  stilled = true;
  // caret-color inherits into shadow roots (the kit does not reset it): no blinking caret in a focused search box.
  const style = Object.assign(document.createElement('style'), {
    textContent: 'html { caret-color: transparent; } body { margin: 0; }',
  });
  document.head.append(style);
}

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** `el` and every element under it, its own shadow root and every open shadow root inside included. */
function deepAll(el: Element): Element[] {
  const found: Element[] = [el];
  const walk = (node: ParentNode) => {
    for (const e of node.querySelectorAll('*')) {
      found.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return found;
}

/** Whether the Leaflet maps under `all` are at rest: their pane did not move between two checks, no zoom animating. */
function mapState(all: Element[]): string {
  return all
    .filter((e) => e.localName === 'fair-booth-map')
    .map((map) => {
      const root = map.shadowRoot!;
      const pane = root.querySelector<HTMLElement>('.leaflet-map-pane');
      const anim = root.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim') ? 'anim' : '';
      return `${pane?.style.transform}|${root.querySelectorAll('.fair-booth-label').length}|${anim}`;
    })
    .join(';');
}

/**
 * Waits until everything under `el` is drawn and still: fonts loaded, every Lit element updated, every
 * `<img>` and SVG `<image>` decoded, every map drawn (its labels laid out) and not moving, no skeleton,
 * no animation running. Then two frames, so what is on screen is what was waited for.
 */
export async function drawn(el: Element): Promise<void> {
  await document.fonts.ready;
  let last = '';
  await waitUntil(
    async () => {
      const before = deepAll(el);
      await Promise.all(before.map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
      await Promise.all(
        before.filter((e): e is FairBoothMap => e.localName === 'fair-booth-map').map((m) => mapReady(m)),
      );
      const images = (list: Element[]) =>
        list.filter(
          (e): e is HTMLImageElement | SVGImageElement =>
            (e instanceof HTMLImageElement && !!e.src) || (e instanceof SVGImageElement && !!e.href.baseVal),
        );
      // A broken image would never decode: the shot shows it broken, which is what a visitor would see.
      // (Chromium's SVGImageElement has decode() too; TypeScript's DOM types lack it.)
      await Promise.all(images(before).map((img) => (img as HTMLImageElement).decode().catch(() => undefined)));
      await document.fonts.ready;
      await frames(2);
      // What is there now (the waits above may have let more render): judged, and compared with the last check.
      const all = deepAll(el);
      const skeleton = all.some((e) => e.classList.contains('fair-skeleton') || e.getAttribute('aria-busy') === 'true');
      const loading = images(all).some((img) => img instanceof HTMLImageElement && !img.complete);
      const moving = document.getAnimations().some((a) => a.playState === 'running');
      const now = `${mapState(all)}|${all.length}|${images(all).length}|${loading}`;
      const still = now === last && !skeleton && !loading && !moving && !now.includes('anim');
      last = now;
      return still;
    },
    'the screen is drawn and still',
    { timeout: 8000, interval: 50 },
  );
  await frames(2);
}

/** Rests the mouse in the viewport's top-left corner (the kiosk's header, or the margin around a card): no hover. */
export async function restMouse(): Promise<void> {
  await sendMouse({ type: 'move', position: [0, 0] });
}

/**
 * Screenshots `el` once it is drawn and compares it with `test/visual/baselines/<name>.png`.
 * Returns the failure's message (a diff image in test/visual/failed/) instead of throwing, so one
 * test can check several screens of a visit and report every one that changed.
 */
export async function shot(el: Element, name: string): Promise<string | undefined> {
  await restMouse();
  await drawn(el);
  try {
    await visualDiff(el, name);
    return undefined;
  } catch (e) {
    return `${name}: ${(e as Error).message}`;
  }
}

/** Fails with every screen that changed. */
export function expectSame(failures: (string | undefined)[]): void {
  const failed = failures.filter(Boolean);
  if (failed.length) throw new Error(`${failed.length} screen(s) changed:\n${failed.join('\n')}`);
}
