// The phone guide in a fresh page: an iframe at the top-left corner of the test's window, phone-sized, holding
// test/fixtures/guide-page.html with a deep link, as a phone opens a kiosk's QR code. Taps land on it with the
// harness's finger (the iframe's pixels are the window's).
import { waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { FairGuide } from '../../src/components/guide/guide.js';

export const GUIDE_PAGE = new URL('../fixtures/guide-page.html', import.meta.url).href;

export interface GuidePage {
  frame: HTMLIFrameElement;
  win: Window;
  guide: FairGuide;
  /** The guide's shadow root. */
  root: ShadowRoot;
}

let open: HTMLIFrameElement | undefined;

/** Everything a person reads in `node`, shadow roots included, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  const parts: string[] = [];
  // Duck-typed, not `instanceof`: the guide's nodes belong to the iframe's window, whose Element is another class.
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const el = n as Element & Partial<HTMLSlotElement>;
    if (el.shadowRoot) walk(el.shadowRoot);
    if (el.localName === 'slot' && el.assignedNodes) el.assignedNodes().forEach(walk);
    if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return;
    n.childNodes.forEach(walk);
  };
  if (node) walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Waits for the guide of `win` to have drawn its page (the pages' chunk and the feed in). */
export async function guideDrawn(win: Window): Promise<FairGuide> {
  await waitUntil(
    () => {
      const el = win.document.querySelector('fair-guide');
      return el?.shadowRoot?.querySelector('.page') && !el.shadowRoot.querySelector('.page > [aria-busy=true]');
    },
    'the guide draws its page',
    { timeout: 10000 },
  );
  const guide = win.document.querySelector('fair-guide') as FairGuide;
  await guide.updateComplete;
  return guide;
}

/**
 * Opens `url` (a QR code's: the guide page with a deep link) in a fresh phone-sized iframe; with `fresh`, the
 * phone's storage for the page emptied first (a phone that never opened the guide).
 */
export async function openGuideAt(
  url: string,
  { width = 390, height = 844, fresh = false }: { width?: number; height?: number; fresh?: boolean } = {},
): Promise<GuidePage> {
  if (fresh) localStorage.clear();
  const at = new URL(url);
  return openGuide(at.hash, { width, height, search: at.search });
}

/** Opens the guide page at `hash` (`#/booth/A04`) in a fresh iframe of `width`×`height` (a phone by default). */
export async function openGuide(
  hash: string,
  { width = 390, height = 844, search = '' }: { width?: number; height?: number; search?: string } = {},
): Promise<GuidePage> {
  await setViewport({ width: Math.max(width, 400), height: Math.max(height, 860) });
  open?.remove();
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;border:0;z-index:10`;
  frame.src = `${GUIDE_PAGE}${search}${hash}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  open = frame;
  await loaded;
  const win = frame.contentWindow!;
  const guide = await guideDrawn(win);
  return { frame, win, guide, root: guide.shadowRoot! };
}

/** Reloads the guide's page and waits for it to draw again. */
export async function reload(page: GuidePage): Promise<GuidePage> {
  const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
  page.win.location.reload();
  await loaded;
  const guide = await guideDrawn(page.frame.contentWindow!);
  return { ...page, win: page.frame.contentWindow!, guide, root: guide.shadowRoot! };
}

/** Waits for the guide to show another view after an action (a tap, Back), then for it to draw. */
export async function afterNavigation(page: GuidePage, action: () => unknown): Promise<void> {
  const before = page.win.location.hash;
  await action();
  await waitUntil(() => page.win.location.hash !== before, `the guide leaves ${before}`, { timeout: 5000 });
  await page.guide.updateComplete;
}

export function closeGuide(): void {
  open?.remove();
  open = undefined;
}
