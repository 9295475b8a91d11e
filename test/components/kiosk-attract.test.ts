/**
 * The attract screen puts the fair to work in its upper part: a glimpse of the
 * plan, what is on now, the categories; and a tap anywhere still starts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import { clearFeedCache } from '../../src/data/loader.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { box, expectWithin } from '../harness.js';
import { $, kioskFixture, tap, tapAt } from './kiosk.helpers.js';

const SAMPLE = '/src/data/samples/cao-bang/feed.json';

/** The Cao Bang sample kiosk filling a `width`×`height` viewport, on the attract screen, at `now`. */
async function sampleKiosk(width: number, height: number, now: Date, accessible = false): Promise<FairKiosk> {
  await setViewport({ width, height });
  const el =
    await fixture<FairKiosk>(html`<fair-kiosk style="--fair-kiosk-height:${height}px" src=${SAMPLE} here="kiosk-1"
    ?accessible=${accessible} .now=${now}></fair-kiosk>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.attract-showcase'), 'the attract screen shows the fair', {
    timeout: 5000,
  });
  await inVietnamese(el);
  return el;
}

/** Waits for the attract screen in the fair's own language (its name, and the kit's Vietnamese catalogue). */
async function inVietnamese(el: FairKiosk): Promise<void> {
  await waitUntil(
    () =>
      getLocale() === 'vi' &&
      el.shadowRoot!.querySelector('.attract-plan')?.getAttribute('aria-label') === 'Sơ đồ hội chợ' &&
      el.shadowRoot!.querySelector('.attract-title')?.textContent === 'Tuần hàng Cao Bằng tại Hà Nội',
    "the fair's own language",
  );
  await el.updateComplete;
}

/** What a person sees of `target`: `'seen'` (on screen, and what is drawn at its middle is it), or why not. */
function sight(el: FairKiosk, target: Element): string {
  const box = target.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return `nothing: ${box.width}×${box.height} px`;
  const hit = el.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  if (hit && (hit === target || target.contains(hit))) return 'seen';
  return `covered by <${hit?.localName ?? 'nothing'}${hit?.className ? ` class="${String(hit.className)}"` : ''}>`;
}

/** Asserts that a person sees `target` in the upper third of the kiosk (its bottom there). */
function expectSeenUp(el: FairKiosk, target: Element, what: string): void {
  expect(sight(el, target), what).to.equal('seen');
  const kiosk = el.getBoundingClientRect();
  const third = kiosk.top + kiosk.height / 3;
  expect(
    target.getBoundingClientRect().bottom,
    `${what}: its bottom, in the upper third (above ${third})`,
  ).to.be.at.most(third);
}

/** Text in `root` smaller than 16 px (each element that holds text of its own). */
function smallText(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')]
    .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
    .filter((e) => e.getBoundingClientRect().height > 0 && parseFloat(getComputedStyle(e).fontSize) < 16)
    .map((e) => `${e.textContent.trim().slice(0, 30)} (${getComputedStyle(e).fontSize})`);
}

const attractParts = (el: FairKiosk) => ({
  plan: $(el, '.attract-plan'),
  events: $(el, '.attract-events'),
  chips: [...el.shadowRoot!.querySelectorAll<HTMLElement>('.attract-categories .chip')],
});

describe('<fair-kiosk> attract screen', () => {
  afterEach(() => {
    clearFeedCache();
    return setLocale('en');
  });

  it('shows the test fair at work in the upper third: its plan, what is on now, its categories; a tap there starts', async () => {
    const el = await kioskFixture();
    el.now = new Date('2025-12-26T10:15:00+07:00'); // the Shan Tuyet tea tasting, 10:00–11:00 at A01
    await inVietnamese(el);
    const { plan, events, chips } = attractParts(el);

    // The plan: every booth drawn, in its category's colour (one shape per colour).
    expectSeenUp(el, plan, 'the plan, in the upper third');
    expect(plan.getAttribute('aria-label')).to.equal('Sơ đồ hội chợ');
    const fills = [...plan.querySelectorAll('path.booths')].map((p) => p.getAttribute('fill'));
    expect(fills).to.have.members(['#3a7d44', '#c0392b', '#6c3fa0']);
    expect(plan.querySelector('.here-spot'), 'you are here').to.exist;
    expect(plan.querySelector('.live-spot'), 'where the live event is').to.exist;

    // What is on now.
    expectSeenUp(el, events, 'what is on, in the upper third');
    expect($(el, '.attract-events-heading').textContent).to.equal('Đang diễn ra');
    const live = $(el, '.attract-event.live');
    expect(live.textContent).to.include('Thưởng trà Shan Tuyết');
    expect(live.textContent).to.match(/10:00.*11:00/);
    expect(sight(el, live)).to.equal('seen');

    // The categories, in the fair's language.
    expect(chips.map((c) => c.textContent.trim())).to.deep.equal(['Chè', 'Đặc sản', 'Thủ công']);
    for (const chip of chips) {
      expectSeenUp(el, chip, `${chip.textContent.trim()}, in the upper third`);
      expect(chip.getBoundingClientRect().height, 'touch target').to.be.at.least(64);
    }
    expect(smallText($(el, '.attract'))).to.deep.equal([]);
    await expect(el).to.be.accessible();

    // A tap on the plan, as anywhere else on the screen, starts the visit.
    const box = plan.getBoundingClientRect();
    await tapAt(Math.round(box.x + box.width * 0.3), Math.round(box.y + box.height * 0.5));
    await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the visit starts');
    expect(getLocale()).to.equal('vi');
    const pressed = [...el.shadowRoot!.querySelectorAll('.finder .chip[aria-pressed="true"]')].map((c) =>
      c.textContent.trim(),
    );
    expect(pressed, 'no category chosen').to.deep.equal(['Tất cả']);
  });

  it('a tap on a category starts the visit with that category shown, and Back goes to all of them', async () => {
    const el = await kioskFixture();
    await inVietnamese(el);
    await tap(el, $(el, '.attract-categories .chip', 'Thủ công'));
    await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the visit starts');
    await el.updateComplete;
    const pressed = () =>
      [...el.shadowRoot!.querySelectorAll('.finder .chip[aria-pressed="true"]')].map((c) => c.textContent.trim());
    expect(pressed()).to.deep.equal(['Thủ công']);
    expect($(el, 'fair-booth-map').getAttribute('category')).to.equal('craft');
    await tap(el, $(el, '[part~="back"]'));
    expect(pressed()).to.deep.equal(['Tất cả']);
  });

  it('says what is next when nothing is on, and shows the plan and categories after the fair is over', async () => {
    const el = await kioskFixture();
    await inVietnamese(el);
    el.now = new Date('2025-12-26T12:00:00+07:00');
    await el.updateComplete;
    expect($(el, '.attract-events-heading').textContent).to.equal('Tiếp theo trong hôm nay');
    expect($(el, '.attract-event').textContent).to.include('Trình diễn dệt thổ cẩm');
    expect(el.shadowRoot!.querySelector('.attract-event.live')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.live-spot')).to.equal(null);

    el.now = new Date('2026-03-01T10:00:00+07:00');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.attract-events'), 'nothing left to announce').to.equal(null);
    const plan = $(el, '.attract-plan');
    expectSeenUp(el, plan, 'plan');
    expect(el.shadowRoot!.querySelectorAll('.attract-categories .chip')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('shows the Cao Bang sample at work: its plan image under the booths, the tasting on now, its six categories', async () => {
    const el = await sampleKiosk(1080, 1920, new Date('2025-12-26T14:30:00+07:00'));
    const { plan, events, chips } = attractParts(el);
    expect(plan.querySelector('image')!.getAttribute('href')).to.match(/cao-bang\/plan\.svg$/);
    expect(plan.querySelectorAll('path.booths').length).to.equal(6); // one shape per category colour, whatever the number of booths
    expectSeenUp(el, plan, 'plan');
    expectSeenUp(el, events, 'events');
    expect($(el, '.attract-event.live').textContent).to.include('Nếm thử thạch đen Thạch An');
    expect(chips.map((c) => c.textContent.trim())).to.deep.equal([
      'Chè & trà thảo mộc',
      'Gạo, miến & bún',
      'Bánh truyền thống',
      'Đặc sản & thực phẩm',
      'Dược liệu',
      'Thủ công & thổ cẩm',
    ]);
    for (const chip of chips) expectSeenUp(el, chip, chip.textContent.trim());
    // The name and "touch to start" still below, whole.
    expect(sight(el, $(el, '.attract-title'))).to.equal('seen');
    expect(sight(el, $(el, '.attract-start'))).to.equal('seen');
    await expect(el).to.be.accessible();

    const box = events.getBoundingClientRect();
    await tapAt(Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2));
    await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'a tap on what is on starts the visit');
  });

  const sizes: [number, number, boolean][] = [
    [1920, 1080, false],
    [390, 844, false],
    [960, 540, false],
    [540, 960, false],
    [1920, 1080, true],
    [1080, 1920, true],
  ];
  for (const [width, height, accessible] of sizes) {
    it(`fits at ${width}×${height}${accessible ? ' in accessibility mode' : ''}: plan, what is on, categories, name, "touch to start" and languages all in view, nothing overlapping, text ≥ 16 px`, async () => {
      const el = await sampleKiosk(width, height, new Date('2025-12-26T14:30:00+07:00'), accessible);
      const { plan, events } = attractParts(el);
      const logo = $(el, '.attract-logo');
      const pieces = [
        plan,
        events,
        $(el, '.attract-categories .chip'),
        $(el, '.attract-title'),
        $(el, '.attract-start'),
        $(el, '.attract-languages'),
      ];
      if (getComputedStyle(logo).display !== 'none') pieces.push(logo);
      for (const piece of pieces) expect(sight(el, piece), piece.className).to.equal('seen');
      const kiosk = el.getBoundingClientRect();
      for (const piece of pieces)
        expectWithin(piece.getBoundingClientRect(), kiosk, `${piece.className} whole on screen`);
      const start = $(el, '.attract-start').getBoundingClientRect();
      const languages = $(el, '.lang').getBoundingClientRect();
      expect(
        start.bottom <= languages.top || start.right <= languages.left,
        `"touch to start" (${box(start)}) above or before the languages (${box(languages)})`,
      ).to.equal(true);
      expect(smallText($(el, '.attract'))).to.deep.equal([]);
      if (width > height)
        expect(plan.getBoundingClientRect().right, 'landscape: the plan beside the name').to.be.at.most(
          $(el, '.attract-title').getBoundingClientRect().left,
        );
      else
        expect(plan.getBoundingClientRect().bottom, 'portrait: the plan above the name').to.be.at.most(
          $(el, '.attract-title').getBoundingClientRect().top,
        );
    });
  }

  it("in accessibility mode the categories come down within a seated visitor's reach; the picture stays on top", async () => {
    const el = await sampleKiosk(1080, 1920, new Date('2025-12-26T14:30:00+07:00'), true);
    const reach = 1920 * 0.45;
    const controls = [...el.shadowRoot!.querySelectorAll('.attract button')].filter(
      (c) => c.getBoundingClientRect().height > 0,
    );
    const tooHigh = controls.filter((c) => c.getBoundingClientRect().top < reach).map((c) => c.textContent.trim());
    expect(tooHigh).to.deep.equal([]);
    const { plan, events } = attractParts(el);
    expectSeenUp(el, plan, 'plan');
    expect(sight(el, events)).to.equal('seen');
    expect(smallText($(el, '.attract'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('comes back after a visit, drawn the same', async () => {
    const el = await kioskFixture();
    el.now = new Date('2025-12-26T10:15:00+07:00');
    await inVietnamese(el);
    const before = $(el, '.attract-plan').outerHTML;
    await tap(el, $(el, '.attract-start'));
    await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the visit starts');
    await el.reset();
    await waitUntil(() => el.shadowRoot!.querySelector('.attract-plan'), 'the attract screen is back');
    expect($(el, '.attract-plan').outerHTML).to.equal(before);
    expect($(el, '.attract-event.live').textContent).to.include('Thưởng trà Shan Tuyết');
  });

  it('builds the visit while it waits, out of sight and reach; a tap on Start shows that very screen', async () => {
    const el = await kioskFixture();
    await inVietnamese(el);
    // Once the attract screen is painted and the page idle, the visit's screen is built beneath it, its map drawn.
    // In steps, each in an idle moment of its own: the frame, the map, the directory under it.
    await waitUntil(
      () =>
        el.shadowRoot!.querySelector('.main.waiting fair-booth-map')?.shadowRoot?.querySelector('.fair-booth') &&
        el.shadowRoot!.querySelector('.main.waiting .panel-area .row'),
      "the visit's screen is built",
      { timeout: 5000 },
    );
    const waiting = $(el, '.main.waiting');
    expect(waiting.inert, 'inert').to.equal(true);
    expect(waiting.getAttribute('aria-hidden')).to.equal('true');
    // What a finger finds where the hidden screen has its search box and its Home button is the attract screen,
    // which covers it.
    for (const hidden of [$(el, '.main.waiting fair-search'), $(el, '.main.waiting [part~="home"]')]) {
      const b = hidden.getBoundingClientRect();
      expect(b.width, 'laid out at its real size').to.be.above(0);
      expect(el.shadowRoot!.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2)?.closest('.attract')).to.exist;
    }
    // Keyboard alone cannot reach into it either: Tab goes round the attract screen's own controls.
    $(el, '.attract-start').focus();
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.closest('.main') ?? null, `Tab ${i + 1}`).to.equal(null);
    }
    await expect(el).to.be.accessible();

    const map = $(el, 'fair-booth-map');
    await tap(el, $(el, '.attract-start'));
    expect(el.shadowRoot!.querySelector('.attract')).to.equal(null);
    const main = $(el, '.main');
    expect(main).to.equal(waiting);
    expect(main.inert).to.equal(false);
    expect(main).not.to.have.attribute('aria-hidden');
    const home = $(el, '[part~="home"]').getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(home.x + home.width / 2, home.y + home.height / 2)?.closest('.nav')).to
      .exist;
    expect($(el, 'fair-booth-map'), 'the same map, drawn already').to.equal(map);
    await expect(el).to.be.accessible();
  });
});
