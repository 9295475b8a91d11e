// The kiosk tests' fixture, on the shared harness (../harness.ts): a kiosk on the test fair or a sample fair,
// a visit started, and the harness's finger (tap, tapAt) and screen helpers for the tests written against them.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/kiosk/define.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { SAMPLE_FEEDS, type SampleName } from '../../src/data/samples/index.js';
import { tap as tapTarget } from '../harness.js';

export { deepElementFromPoint, painted, tapAt } from '../harness.js';

export const FEED_URL = new URL('../fixtures/kiosk-feed.json', import.meta.url).href;

let feedJson: object | undefined;
/** The test fair as a fresh object (each kiosk validates its own copy). */
export async function testFeed(): Promise<object> {
  feedJson ??= await (await fetch(FEED_URL)).json();
  return structuredClone(feedJson!);
}

/** A kiosk filling a viewport of `width`×`height`, on the attract screen (on the test fair, or on `feed`). */
export async function kioskFixture(
  options: {
    width?: number;
    height?: number;
    idle?: number;
    countdown?: number;
    accessible?: boolean;
    staff?: boolean;
    feed?: object;
  } = {},
): Promise<FairKiosk> {
  const { width = 1080, height = 1920 } = options;
  await setViewport({ width, height });
  const feed = options.feed ?? (await testFeed());
  const el = await fixture<FairKiosk>(html`<fair-kiosk
    style="--fair-kiosk-height:${height}px"
    here="kiosk-1"
    idle=${options.idle ?? 60}
    countdown=${options.countdown ?? 10}
    ?accessible=${options.accessible}
    ?staff-reload=${options.staff}
    .feed=${feed}
  ></fair-kiosk>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the attract screen shows', { timeout: 5000 });
  return el;
}

/** The first element in the kiosk's shadow root matching `selector` (optionally whose text includes `text`). */
export function $(el: FairKiosk, selector: string, text?: string): HTMLElement {
  const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
  const found = text === undefined ? all[0] : all.find((e) => e.textContent.replace(/\s+/g, ' ').includes(text));
  if (!found) throw new Error(`No ${selector}${text ? ` with "${text}"` : ''} in the kiosk`);
  return found;
}

/** A real tap on `target`'s middle (see the harness's `tap`), then the kiosk's re-render. */
export async function tap(el: FairKiosk, target: Element): Promise<void> {
  await tapTarget(target);
  await el.updateComplete;
}

/** Starts a visit by tapping "Touch to start". */
export async function startVisit(el: FairKiosk): Promise<void> {
  await tap(el, $(el, '.attract-start'));
  await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the main screen shows');
}

/** The kiosk's on-screen keyboard once its keys show (it opens on a tap on the search box), else it waits. */
export async function onScreenKeyboard(el: FairKiosk): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  await waitUntil(
    () => el.shadowRoot!.querySelector('fair-kiosk-keyboard')?.shadowRoot?.querySelector('[data-key]'),
    'the on-screen keyboard opens',
    // Its chunk is fetched as a visit starts; on a busy machine it can take a while.
    { timeout: 5000 },
  );
  const keyboard = el.shadowRoot!.querySelector('fair-kiosk-keyboard') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await keyboard.updateComplete;
  return keyboard;
}

/** Taps `keys` one by one on the kiosk's open on-screen keyboard (a space taps the space bar). */
export async function tapKeys(el: FairKiosk, keys: string): Promise<void> {
  const keyboard = await onScreenKeyboard(el);
  for (const k of keys) {
    const key = keyboard.shadowRoot!.querySelector(`[data-key="${k}"]`);
    if (!key) throw new Error(`No key "${k}" on the on-screen keyboard`);
    await tap(el, key);
  }
}

/**
 * A sample fair as a fresh object, to change in a test (`caoBang`: a park; `sonLa`: two mall levels joined by
 * stairs, an elevator and an escalator), its relative media paths made absolute as loading it by URL would.
 */
export async function sampleFeed(name: SampleName): Promise<Record<string, unknown>> {
  const url = SAMPLE_FEEDS[name];
  const json = await (await fetch(url)).json();
  const absolute = (value: unknown): unknown => {
    if (typeof value === 'string')
      return /^[\w./-]+\.(svg|png|jpe?g|webp|mp3|ogg|m4a)$/i.test(value) ? new URL(value, url).href : value;
    if (Array.isArray(value)) return value.map(absolute);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, absolute(v)]));
    return value;
  };
  return absolute(json) as Record<string, unknown>;
}
