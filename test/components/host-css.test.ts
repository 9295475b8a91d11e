/**
 * Issue 13, item 9: the host page's CSS does not reach inside. A page that
 * shrinks its root (`html { font-size: 62.5% }`), zeroes its font size, or
 * writes vertically with hostile typography (letter-spacing, uppercase,
 * `white-space: pre`, `line-height: 0` …) on an ancestor: every element reads
 * and lays out as on a clean page. What a person reads is compared text by
 * text with the same element on a clean page (size, writing mode, spacing,
 * case), and the promises hold in numbers: the search box's text and every
 * text on the kiosk at least 16 px, the map as wide as on a clean page with
 * its booths drawn, the card as wide and as tall.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ELEMENTS, FEED } from '../fixtures/every-element.js';
import { clearFeedCache } from '../../src/data/loader.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { defineElement } from '../../src/internal/define.js';
import { hostReset } from '../../src/internal/shared.styles.js';
import { FairKioskKeyboard } from '../../src/components/kiosk/keyboard.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { onScreenKeyboard } from './kiosk.helpers.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { drawn, painted, settle, tap, visible } from '../harness.js';
import { mapReady } from '../seams.js';

/** Site-wide rules a host page may have, set on the root and the body (never on the kit's tags). */
const PAGES: Record<string, string> = {
  'html { font-size: 62.5% }': 'html { font-size: 62.5%; } body { font-size: 1.4rem; }',
  'font-size: 0 on the page': 'html, body { font-size: 0; }',
  'vertical writing and hostile typography': `
    html { writing-mode: vertical-rl; text-orientation: upright; font-size: 10px; }
    body { letter-spacing: 1em; word-spacing: 2em; text-transform: uppercase; white-space: pre; line-height: 0;
      text-indent: 5em; text-align: end; font: italic 900 13px/0 serif; word-break: break-all; -webkit-text-fill-color: transparent; }`,
};

/** What is compared for each text a person reads. */
const PROPS = [
  'font-size',
  'line-height',
  'writing-mode',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'white-space',
  'font-style',
  'font-weight',
  'word-break',
  '-webkit-text-fill-color',
] as const;

interface Reading {
  key: string;
  style: Record<string, string>;
}

/** Every visible text in `root` and the shadow roots inside it (the search box's own text included), with its computed style. */
function readings(root: ShadowRoot, found: Reading[] = []): Reading[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const add = (el: Element, text: string) => {
    const style = getComputedStyle(el);
    const host = (el.getRootNode() as ShadowRoot).host.localName;
    const cls =
      typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    found.push({
      key: `${host} ${el.localName}${cls} "${text.slice(0, 24)}"`,
      style: Object.fromEntries(PROPS.map((p) => [p, style.getPropertyValue(p)])),
    });
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement;
    // Not what is inert either: the kiosk's next visit, built beneath its attract screen.
    if (!text || !parent || parent.closest('style, script, .leaflet-control-attribution, [inert]') || !visible(parent))
      continue;
    add(parent, text);
  }
  for (const input of root.querySelectorAll('input'))
    if (visible(input) && !input.closest('[inert]')) add(input, input.value || input.placeholder);
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot && !el.closest('[inert]')) readings(el.shadowRoot, found);
  return found;
}

/** The differences between two readings of the same element, one line each ("…: font-size 16px → 10px"). */
function differences(clean: Reading[], hostile: Reading[]): string[] {
  const out: string[] = [];
  const rest = [...hostile];
  for (const c of clean) {
    const i = rest.findIndex((h) => h.key === c.key);
    if (i < 0) {
      out.push(`${c.key}: not visible on the hostile page`);
      continue;
    }
    const [h] = rest.splice(i, 1);
    const changed = PROPS.filter((p) => h.style[p] !== c.style[p]).map((p) => `${p} ${c.style[p]} → ${h.style[p]}`);
    if (changed.length) out.push(`${c.key}: ${changed.join(', ')}`);
  }
  out.push(...rest.map((h) => `${h.key}: only on the hostile page`));
  return [...new Set(out)].slice(0, 12);
}

/** The elements as wide as the line wherever they are (the others, like any block, shrink to their content in an orthogonal flow). */
const FILLS_THE_LINE = ['fair-product-card', 'fair-producer-story', 'fair-booth-map', 'fair-kiosk'];

type Rendered = { wrapper: HTMLElement; el: HTMLElement & { updateComplete: Promise<unknown> }; root: ShadowRoot };

/** The element inside <fair-data>, in a box of a fixed physical size (the same on a vertical page). */
async function render(tag: string, wrapperStyle = ''): Promise<Rendered> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 1000px; height: 900px; ${wrapperStyle}">
    <fair-data src=${FEED}>${ELEMENTS[tag]}</fair-data>
  </div>`);
  const el = await drawn(wrapper.querySelector(tag) as Rendered['el']);
  if (tag === 'fair-booth-map') {
    await mapReady(el as unknown as FairBoothMap);
    await waitUntil(() => boothsDrawn(el) > 0, 'the booths show', { timeout: 3000 });
  }
  if (tag === 'fair-kiosk') {
    (el as unknown as FairKiosk).now = new Date('2025-12-26T10:15:00+07:00');
    // The attract screen speaks the fair's first language (Vietnamese), whatever the last visit chose.
    await waitUntil(
      () => getLocale() === 'vi' && el.shadowRoot!.querySelector('.attract'),
      "the attract screen in the fair's language",
    );
  }
  await settle(el);
  return { wrapper, el, root: el.shadowRoot! };
}

/** What a visitor meets on each element: its text, and for the kiosk the visit and its keyboard too. */
async function walkThrough(tag: string, r: Rendered): Promise<Record<string, Reading[]>> {
  const screens: Record<string, Reading[]> = { first: readings(r.root) };
  if (tag === 'fair-kiosk') {
    const kiosk = r.el as unknown as FairKiosk;
    await tap(r.root.querySelector('.attract-start')!);
    await waitUntil(() => r.root.querySelector('.main:not(.waiting)'), 'the visit starts');
    await setLocale('en');
    await mapReady(r.root.querySelector('fair-booth-map')!);
    await kiosk.updateComplete;
    await painted();
    screens.home = readings(r.root);
    await tap(r.root.querySelector('fair-search')!);
    await onScreenKeyboard(kiosk);
    await painted();
    screens.keyboard = readings(r.root);
  }
  if (tag === 'fair-search') {
    r.root.querySelector('input')!.focus();
    await sendKeys({ type: 'mien' });
    await waitUntil(() => r.root.querySelector('[role="option"]'), 'results show');
    await painted();
    screens.results = readings(r.root);
  }
  return screens;
}

/** The booths drawn on the map, within its box and big enough to see and tap. */
function boothsDrawn(el: HTMLElement): number {
  const map = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('.fair-booth')].filter((b) => {
    const r = b.getBoundingClientRect();
    return (
      r.width > 4 &&
      r.height > 4 &&
      r.right > map.left &&
      r.left < map.right &&
      r.bottom > map.top &&
      r.top < map.bottom
    );
  }).length;
}

function addPageStyle(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.hostCss = '';
  style.textContent = cssText;
  document.head.append(style);
  return style;
}

afterEach(async () => {
  document.querySelectorAll('style[data-host-css]').forEach((s) => s.remove());
  clearFeedCache();
  await setLocale('en');
});

describe("a host page's CSS does not reach inside", () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  for (const tag of Object.keys(ELEMENTS)) {
    describe(`<${tag}>`, () => {
      let clean: Record<string, Reading[]>;
      let cleanBox: DOMRect;
      let cleanBooths = 0;
      before(async () => {
        await setLocale('en');
        const r = await render(tag);
        cleanBox = r.el.getBoundingClientRect();
        if (tag === 'fair-booth-map') cleanBooths = boothsDrawn(r.el);
        clean = await walkThrough(tag, r);
        r.wrapper.remove();
        clearFeedCache();
      });

      for (const [page, cssText] of Object.entries(PAGES)) {
        it(`reads and lays out as on a clean page under ${page}`, async () => {
          addPageStyle(cssText);
          const r = await render(tag);
          const box = r.el.getBoundingClientRect();
          if (FILLS_THE_LINE.includes(tag) || !page.startsWith('vertical')) {
            expect(Math.round(box.width), 'width').to.equal(Math.round(cleanBox.width));
          } else {
            // Where a horizontal box in a vertical page does not fill the line (an orthogonal flow), the search
            // and the language choices take their content's width, as a float or a flex item does: never less.
            expect(box.width, 'width').to.be.within(200, cleanBox.width);
            const base = r.root.querySelector('.base')!;
            expect(base.scrollWidth, 'nothing overflows').to.be.at.most(base.clientWidth + 1);
          }
          if (tag === 'fair-booth-map') {
            expect(cleanBooths, 'booths drawn on a clean page').to.be.greaterThan(0);
            expect(boothsDrawn(r.el), 'booths drawn').to.equal(cleanBooths);
          }
          if (tag === 'fair-product-card' || tag === 'fair-producer-story')
            expect(Math.round(box.height), 'height').to.equal(Math.round(cleanBox.height));
          if (tag === 'fair-search') {
            const input = r.root.querySelector('input')!;
            expect(parseFloat(getComputedStyle(input).fontSize), "the search box's text").to.be.at.least(16);
            expect(input.getBoundingClientRect().height, "the search box's height").to.be.at.least(44);
          }
          const hostile = await walkThrough(tag, r);
          for (const [screen, list] of Object.entries(hostile)) {
            expect(list.length, `texts on ${screen}`).to.be.greaterThan(0);
            expect(differences(clean[screen], list), `${screen}: what changed`).to.deep.equal([]);
            expect(
              list.filter((t) => t.style['writing-mode'] !== 'horizontal-tb').map((t) => t.key),
              `${screen}: sideways`,
            ).to.deep.equal([]);
            if (tag === 'fair-kiosk') {
              const small = list
                .filter((t) => parseFloat(t.style['font-size']) < 16)
                .map((t) => `${t.key} ${t.style['font-size']}`);
              expect(small, `${screen}: kiosk text under 16 px`).to.deep.equal([]);
            }
          }
        });
      }
    });
  }
});

describe('what a page sets on the tag itself, or hides, still counts', () => {
  before(() => setViewport({ width: 1000, height: 900 }));

  for (const tag of ['fair-product-card', 'fair-search', 'fair-kiosk']) {
    it(`<${tag}>: visibility: hidden on the tag hides it, on a page that sets visibility: visible on the body`, async () => {
      addPageStyle(`body { visibility: visible; } ${tag} { visibility: hidden; }`);
      const { root } = await render(tag);
      expect(readings(root).length, 'visible texts').to.equal(0);
    });

    it(`<${tag}>: a closed panel of the page (visibility: hidden, like an off-canvas menu) hides it, and it takes no focus`, async () => {
      const { root, el, wrapper } = await render(tag, 'visibility: hidden');
      expect(readings(root).length, 'visible texts').to.equal(0);
      // The page's own button just before the panel, then Tab, as a keyboard user goes on.
      const before = document.createElement('button');
      before.textContent = 'Menu';
      wrapper.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el, 'Tab went inside the hidden panel').not.to.match(':focus-within');
      before.remove();
    });

    it(`<${tag}>: the hidden attribute hides it`, async () => {
      const { root, el } = await render(tag);
      el.hidden = true;
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(readings(root).length, 'visible texts').to.equal(0);
    });
  }

  it("<fair-data> is a wrapper only: the page's own text inside it keeps the page's typography", async () => {
    addPageStyle(
      '#own-page { font-size: 13px; text-transform: uppercase; letter-spacing: 2px; writing-mode: vertical-rl; font-family: serif; }',
    );
    const page = await fixture<HTMLElement>(
      html`<div id="own-page"><fair-data src=${FEED}><p>The fair's own words</p></fair-data></div>`,
    );
    const style = getComputedStyle(page.querySelector('p')!);
    expect([
      style.fontSize,
      style.textTransform,
      style.letterSpacing,
      style.writingMode,
      style.fontFamily,
    ]).to.deep.equal(['13px', 'uppercase', '2px', 'vertical-rl', 'serif']);
  });
});

describe('every element carries the host reset', () => {
  it("the elements and the kiosk's keyboard list hostReset first among their styles", () => {
    defineElement('fair-kiosk-keyboard', FairKioskKeyboard);
    for (const tag of [...Object.keys(ELEMENTS), 'fair-data', 'fair-kiosk-keyboard']) {
      const styles = (customElements.get(tag) as unknown as { elementStyles: unknown[] }).elementStyles;
      expect(styles.indexOf(hostReset), `<${tag}>`).to.equal(0);
    }
  });
});
