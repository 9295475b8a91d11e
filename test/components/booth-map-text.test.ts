// The booth map's words and controls on kiosk and phone sizes (issue 12): text of
// 16 px and more that grows with --fair-font-scale, labels never under the map's
// own buttons, controls="bottom" for reach, the place-name priority in every
// language, the national fair's start view, and badges that do not pile up.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/booth-map/define.js';
import '../../src/components/fair-data/define.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import {
  afterMove,
  boothScreenPoint,
  box,
  drag,
  expectApart,
  expectPointIn,
  expectWithin,
  intersects,
  mapReady,
  mapSettled,
  tap,
  visibility,
  visible,
} from '../harness.js';
import { setLocale } from '../../src/i18n/locale.js';

const SAMPLE = (name: string) => `/src/data/samples/${name}/feed.json`;
const root = (el: FairBoothMap) => el.shadowRoot!;
/** The booths whose labels show, by id (ids, not Leaflet's nodes: a failing assertion prints what it compares). */
const labelIds = (el: FairBoothMap) =>
  [...root(el).querySelectorAll('.fair-booth-label')].map((l) => l.getAttribute('data-booth-id'));

/**
 * A map of `size` on a sample fair, fed by a <fair-data> as a page or the kiosk
 * does (which also gives it the fair's own font and colours).
 */
async function mount(
  sample: string,
  size: { width: number; height: number },
  options: { here?: string; controls?: 'top' | 'bottom'; scale?: number } = {},
) {
  await setViewport({ width: Math.max(size.width + 40, 500), height: Math.max(size.height + 80, 400) });
  const data = document.createElement('fair-data');
  const el = document.createElement('fair-booth-map');
  el.style.cssText = `display:block; width:${size.width}px; --fair-booth-map-height:${size.height}px${options.scale ? `; --fair-font-scale:${options.scale}` : ''}`;
  if (options.here) el.here = options.here;
  if (options.controls) el.controls = options.controls;
  data.append(el);
  const loaded = oneEvent(data, 'fair-load');
  data.src = SAMPLE(sample);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(data);
  await loaded;
  await mapReady(el);
  await waitUntil(() => root(el).querySelector('.leaflet-container'), 'the map is drawn');
  await mapSettled(el);
  return el;
}

const control = (el: FairBoothMap, name: string) =>
  root(el).querySelector<HTMLElement>(`[part=control][aria-label="${name}"]`)!;

/** Every word on the map a visitor can see: booth codes and names, place names, "you are here". */
function mapWords(el: FairBoothMap): HTMLElement[] {
  const map = root(el).querySelector('.map')!.getBoundingClientRect();
  return [...root(el).querySelectorAll<HTMLElement>('.fair-booth-label, .fair-place-name, .fair-here-label')]
    .filter(visible)
    .filter((e) => intersects(e.getBoundingClientRect(), map));
}
const controlRects = (el: FairBoothMap) =>
  [...root(el).querySelectorAll('[part=control], [part=level]')].filter(visible).map((c) => c.getBoundingClientRect());
/** The place badges a visitor sees (a place that gave way to a more needed name is not shown). */
const badges = (el: FairBoothMap) => {
  const map = root(el).querySelector('.map')!.getBoundingClientRect();
  return [...root(el).querySelectorAll('.fair-place-badge')]
    .filter(visible)
    .map((b) => Object.assign(b.getBoundingClientRect(), { kind: b.parentElement!.className }))
    .filter((r) => intersects(r, map));
};

/** No word and no badge of the map lies under one of its controls. */
function expectClearOfControls(el: FairBoothMap, when: string) {
  const controls = controlRects(el);
  expect(controls.length, 'controls shown').to.be.greaterThan(0);
  for (const word of mapWords(el))
    for (const c of controls)
      expectApart(word.getBoundingClientRect(), c, `${when}: "${word.textContent}" and a control`);
  for (const b of badges(el)) for (const c of controls) expectApart(b, c, `${when}: a badge (${b.kind}) and a control`);
}

/** Every text a visitor can see in the map's shadow root, with its computed size (Leaflet's attribution aside). */
function visibleTextSizes(el: FairBoothMap): { text: string; px: number }[] {
  const found: { text: string; px: number }[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('.fair-visually-hidden, .leaflet-control-attribution, style'))
      continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || !visible(parent)) continue;
    // Clipped to nothing (a word kept for screen readers, as the phone's "List").
    if (getComputedStyle(parent).clip === 'rect(0px, 0px, 0px, 0px)') continue;
    found.push({ text: node.textContent!.trim(), px: parseFloat(getComputedStyle(parent).fontSize) });
  }
  return found;
}

/** Each shown booth label holds its code (not clipped: the layout measured the real font) and touches no other. */
function expectLabelsFit(el: FairBoothMap) {
  const labels = [...root(el).querySelectorAll<HTMLElement>('.fair-booth-label')];
  for (const label of labels) {
    const code = label.querySelector('.code')!.getBoundingClientRect();
    const chip = label.getBoundingClientRect();
    expect(code.width, `"${label.textContent}": its code's width in a ${chip.width} px chip`).to.be.at.most(
      chip.width + 0.5,
    );
    expect(label.scrollWidth, `"${label.textContent}": its content's width in its box`).to.be.at.most(
      label.clientWidth + 1,
    );
  }
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      expectApart(
        a.getBoundingClientRect(),
        b.getBoundingClientRect(),
        `labels "${a.textContent}" and "${b.textContent}"`,
      );
}

describe('<fair-booth-map> text and controls on kiosk and phone sizes', () => {
  afterEach(() => setLocale('en'));

  it('shows every word at 16 px or more and 1.3× that with --fair-font-scale: 1.3, each label holding its code', async () => {
    for (const locale of ['vi', 'en']) {
      await setLocale(locale);
      const el = await mount('cao-bang', { width: 1080, height: 694 }, { here: 'kiosk-1' });
      const sizes = visibleTextSizes(el);
      expect(sizes.length, 'words on the map').to.be.greaterThan(20);
      for (const { text, px } of sizes) expect(px, `"${text}" (${locale})`).to.be.at.least(16);
      const codes = [...root(el).querySelectorAll('.fair-booth-label .code')];
      expect(codes.length, 'booth codes shown').to.equal(14);
      expectLabelsFit(el);

      // And the list view's words.
      await tap(root(el).querySelector('.toggle')!);
      await el.updateComplete;
      expect(el.view).to.equal('list');
      for (const { text, px } of visibleTextSizes(el))
        expect(px, `"${text}" in the list (${locale})`).to.be.at.least(16);
      const word = (m: FairBoothMap, selector: string) =>
        parseFloat(getComputedStyle(root(m).querySelector(selector)!).fontSize);
      const sizes1 = ['.fair-booth-label .code', '.fair-place-name', '.fair-here-label'].map((selector) =>
        word(el, selector),
      );
      el.closest('div')!.remove();

      const large = await mount('cao-bang', { width: 1080, height: 694 }, { here: 'kiosk-1', scale: 1.3 });
      for (const [i, selector] of ['.fair-booth-label .code', '.fair-place-name', '.fair-here-label'].entries()) {
        expect(word(large, selector), selector).to.be.closeTo(sizes1[i] * 1.3, 0.05);
      }
      expectLabelsFit(large);
      large.closest('div')!.remove();
    }
  });

  for (const controls of ['top', 'bottom'] as const) {
    it(`keeps every label, name and badge off its own controls (controls="${controls}"): at the start, after a pan, a zoom, a level change`, async function () {
      this.timeout(30000);
      // Son La: two levels, booths under the level buttons' corner and places along the right side.
      for (const size of [
        { width: 1080, height: 694 },
        { width: 390, height: 263 },
      ]) {
        const el = await mount('son-la', size, { here: 'kiosk-1', controls });
        expectClearOfControls(el, `${size.width}: start`);
        await afterMove(el, () => tap(control(el, 'Show the whole plan')));
        expectClearOfControls(el, `${size.width}: whole plan`);
        // A drag that carries booths and places under the buttons.
        const map = root(el).querySelector('.map')!.getBoundingClientRect();
        const from = { x: Math.round(map.left + map.width * 0.4), y: Math.round(map.top + map.height * 0.55) };
        await afterMove(el, () =>
          drag(from, { x: from.x + Math.round(map.width * 0.3), y: from.y - Math.round(map.height * 0.3) }),
        );
        expectClearOfControls(el, `${size.width}: after a drag`);
        await afterMove(el, () => tap(control(el, 'Zoom in')));
        expectClearOfControls(el, `${size.width}: zoomed in`);
        const upper = [...root(el).querySelectorAll('[part=level]')].find(
          (b) => b.getAttribute('aria-pressed') === 'false',
        )!;
        await tap(upper);
        await mapSettled(el);
        expectClearOfControls(el, `${size.width}: the other level`);
        el.closest('div')!.remove();
      }
    });
  }

  it('controls="bottom" puts the level switcher, zoom, whole-plan and list buttons in the lower part, and they work', async function () {
    this.timeout(30000);
    const top = await mount('son-la', { width: 1080, height: 1200 }, { here: 'kiosk-1' });
    const topMap = root(top).querySelector('.map')!.getBoundingClientRect();
    expect(Math.min(...controlRects(top).map((r) => r.top)) - topMap.top, 'default: at the top').to.be.below(20);
    top.closest('div')!.remove();
    const el = await mount('son-la', { width: 1080, height: 1200 }, { here: 'kiosk-1', controls: 'bottom' });
    const map = root(el).querySelector('.map')!.getBoundingClientRect();
    const rects = controlRects(el);
    expect(rects.length, 'two levels, four buttons').to.equal(6);
    // One row each, along the bottom edge: every control's top in the lowest tenth of the map.
    for (const r of rects) expect(r.top, 'control top').to.be.at.least(map.bottom - map.height * 0.1);
    for (const r of rects) expect(r.bottom, 'inside the map').to.be.at.most(map.bottom);
    // Lowest level first (left to right, and for a screen reader); taps: the upper level, zoom in, the list.
    const levels = [...root(el).querySelectorAll('[part=level]')];
    expect(levels[0].getBoundingClientRect().right).to.be.at.most(levels[1].getBoundingClientRect().left + 1);
    const changed = oneEvent(el, 'fair-level-change');
    await tap(levels[1]);
    expect((await changed).detail.level).to.equal('L2');
    await mapReady(el);
    const spread = () => boothScreenPoint(el, 'B01')!.x - boothScreenPoint(el, 'B02')!.x;
    const before = Math.abs(spread());
    await afterMove(el, () => tap(control(el, 'Zoom in')));
    expect(Math.abs(spread()), 'zoomed in').to.be.above(before * 1.5);
    await tap(root(el).querySelector('.toggle')!);
    await el.updateComplete;
    expect(el.view).to.equal('list');
    const toggle = root(el).querySelector('.toggle')!.getBoundingClientRect();
    expect(toggle.top, 'the list button stays low in the list view').to.be.at.least(map.bottom - map.height * 0.1);
    await expect(el).to.be.accessible();
  });

  // The README's promise: first aid, information and the entrances keep their names (place names are the feed's,
  // in Korean and Japanese they fall back to the fair's first language; the words around them are the kit's).
  for (const locale of ['vi', 'en', 'ko', 'ja', 'zh-Hans']) {
    it(`keeps the names of first aid, information and the entrances in ${locale}`, async function () {
      this.timeout(60000);
      await setLocale(locale);
      for (const sample of ['cao-bang', 'son-la', 'national']) {
        // The kiosk's map at 1080×1920 (and its accessibility mode's 1.3× text), at 1920×1080, on a phone.
        for (const [width, height, scale] of [
          [1080, 694, 1],
          [1080, 694, 1.3],
          [1152, 911, 1],
          [390, 263, 1],
        ]) {
          const size = { width, height };
          {
            const el = await mount(sample, size, { here: 'kiosk-1', scale });
            // A phone's whole-plan view can be too crowded for every name (see the README); it starts zoomed in.
            for (const view of width < 500 ? ['start'] : ['start', 'whole plan']) {
              if (view === 'whole plan') {
                await afterMove(el, () =>
                  tap(control(el, 'Show the whole plan') ?? root(el).querySelectorAll('[part=control]')[2]),
                );
              }
              const map = root(el).querySelector('.map')!.getBoundingClientRect();
              const needed = [
                ...root(el).querySelectorAll(
                  '.fair-place--first-aid, .fair-place--info, .fair-place--entrance, .fair-place--exit',
                ),
              ].filter((p) => {
                const b = p.querySelector('.fair-place-badge')!.getBoundingClientRect();
                return b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom;
              });
              for (const place of needed) {
                const name = place.querySelector('.fair-place-name')!;
                expect(
                  visibility(name),
                  `${sample} ${size.width}×${size.height} ×${scale} ${view}: "${name.textContent}" keeps its name`,
                ).to.equal('visible');
              }
              // Shown names touch no badge but their own, and no other name.
              const names = [...root(el).querySelectorAll('.fair-place-name')].filter(visible);
              for (const [i, a] of names.entries()) {
                for (const b of names.slice(i + 1))
                  expectApart(
                    a.getBoundingClientRect(),
                    b.getBoundingClientRect(),
                    `"${a.textContent}" and "${b.textContent}"`,
                  );
                for (const badge of root(el).querySelectorAll('.fair-place-badge')) {
                  if (badge.parentElement === a.parentElement || !visible(badge)) continue;
                  expectApart(
                    a.getBoundingClientRect(),
                    badge.getBoundingClientRect(),
                    `"${a.textContent}" and a badge`,
                  );
                }
              }
            }
            el.closest('div')!.remove();
          }
        }
      }
    });
  }

  it('starts the national fair where the booth codes around "you are here" read at 16 px, the whole hall one tap away', async function () {
    this.timeout(20000);
    const el = await mount('national', { width: 1080, height: 694 }, { here: 'kiosk-1' });
    const map = root(el).querySelector('.map')!.getBoundingClientRect();
    const here = root(el).querySelector('.fair-here-dot')!.getBoundingClientRect();
    expect(intersects(here, map), `"you are here" (${box(here)}) in the map (${box(map)})`).to.equal(true);
    // The booths nearest "you are here" show their codes, inside the map, at 16 px or more.
    const feed = await (await fetch(SAMPLE('national'))).json();
    const kiosk = feed.places.find((p: { id: string }) => p.id === 'kiosk-1').at as [number, number];
    const nearest = (feed.booths as { id: string; rect: [number, number, number, number] }[])
      .map((b) => ({
        id: b.id,
        d: Math.hypot(b.rect[0] + b.rect[2] / 2 - kiosk[0], b.rect[1] + b.rect[3] / 2 - kiosk[1]),
      }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 8);
    for (const { id } of nearest) {
      expect(labelIds(el), `booth ${id} near "you are here" shows its code`).to.include(id);
      const label = root(el).querySelector<HTMLElement>(`.fair-booth-label[data-booth-id="${id}"]`)!;
      expectWithin(label.getBoundingClientRect(), map, `${id}'s label in the map`, 0);
      expect(parseFloat(getComputedStyle(label.querySelector('.code')!).fontSize), `${id}: px`).to.be.at.least(16);
    }
    expectLabelsFit(el);
    // One tap: the whole hall, every booth inside the map.
    await afterMove(el, () => tap(control(el, 'Show the whole plan')));
    for (const booth of feed.booths as { id: string }[]) {
      expectPointIn(boothScreenPoint(el, booth.id), map, `${booth.id} in the whole-hall view`);
    }
    // And back to the start view (what a kiosk does for its next visitor).
    await afterMove(el, () => el.startView());
    expect(labelIds(el), 'the start view again: labels shown').to.include(nearest[0].id);
  });

  it('keeps the whole plan as the start on a fair whose codes read at the whole-plan view', async () => {
    const el = await mount('cao-bang', { width: 1080, height: 694 }, { here: 'kiosk-1' });
    const map = root(el).querySelector('.map')!.getBoundingClientRect();
    const feed = await (await fetch(SAMPLE('cao-bang'))).json();
    for (const booth of feed.booths as { id: string }[]) {
      expectPointIn(boothScreenPoint(el, booth.id), map, `${booth.id} in view`);
    }
  });

  it('on a phone: one compact row of level buttons, and no badge on another or under a control, on both levels', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mount('son-la', { width: 390, height: 263 }, { here: 'kiosk-1' });
    const levels = root(el).querySelector('[part=levels]')!.getBoundingClientRect();
    const buttons = [...root(el).querySelectorAll('[part=level]')].map((b) => b.getBoundingClientRect());
    expect(levels.height, 'one row').to.be.at.most(46);
    for (const b of buttons) expect(b.height, 'still a finger-sized target').to.be.at.least(44);
    for (const b of buttons) expect(b.width).to.be.at.least(44);
    const map = root(el).querySelector('.map')!.getBoundingClientRect();
    expect((levels.width * levels.height) / (map.width * map.height), 'share of the map').to.be.below(0.075);
    const noPileUp = (when: string) => {
      const marks = badges(el);
      expect(marks.length, `${when}: badges in view`).to.be.greaterThan(1);
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) expectApart(a, b, `${when}: two badges`);
      }
      expectClearOfControls(el, when);
    };
    noPileUp('start');
    await afterMove(el, () => tap(control(el, 'Show the whole plan')));
    // The whole plan: the stairs, lift and escalator (60 plan px apart, ~14 px here) are three badges side by side.
    noPileUp('whole plan');
    const connectors = ['stairs', 'elevator', 'escalator'].map((k) =>
      root(el).querySelector(`.fair-place--${k} .fair-place-badge`)!.getBoundingClientRect(),
    );
    for (const r of connectors)
      expect(intersects(r, map), `a connector's badge (${box(r)}) in the map (${box(map)})`).to.equal(true);
    await tap([...root(el).querySelectorAll('[part=level]')].find((b) => b.getAttribute('aria-pressed') === 'false')!);
    await mapSettled(el);
    noPileUp('level 2');
    // Zoomed in, each badge is back on its own point.
    for (let i = 0; i < 3; i++) await afterMove(el, () => tap(control(el, 'Zoom in')));
    for (const place of root(el).querySelectorAll<HTMLElement>('.fair-place')) {
      const b = place.querySelector('.fair-place-badge')!.getBoundingClientRect();
      if (!intersects(b, map)) continue;
      const crowded = controlRects(el).some((c) => intersects(c, b));
      if (!crowded) expect(place.style.translate || '', 'on its point when zoomed in').to.equal('');
    }
  });
});
