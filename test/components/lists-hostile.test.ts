// Issue 13, item 4: a fair of 100,000 booths. The map's list view and the kiosk's directory drew every row
// (24 s and 32 s in this browser); they now draw a window of the rows in view, so they open in well under the
// 2 s the issue allows, and a visitor still scrolls to the end, taps a row, and finds a booth by keyboard.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/booth-map/define.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { mapReady } from '../seams.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import type { FairFeed } from '../../src/data/types.js';
import { setLocale } from '../../src/i18n/locale.js';
import { centreOf, deepActive, tapAt } from '../harness.js';
import { $, painted, tap } from './kiosk.helpers.js';

const BOOTHS = 100_000;
const COLS = 320;
const ROWS = Math.ceil(BOOTHS / COLS);
/** The budget of the issue: from the tap to the first rows on screen. */
const BUDGET_MS = 2000;
const WORDS = [
  'Hoang Ha',
  'Anh Duong',
  'Binh Minh',
  'Che Shan',
  'Dong Tam',
  'Gia Bao',
  'Kim Long',
  'Lua Vang',
  'May Tre',
  'Phu Quy',
  'Son Tra',
  'Tho Cam',
  'Van Ho',
  'Xuan Mai',
  'Yen Binh',
];

/**
 * 100,000 booths on a grid (booth `R{row}-{col}`), each in one of eight categories, named in no order (the
 * directory and the list sort them), with the kiosk at the bottom.
 */
function hugeFeed(): FairFeed {
  const W = 40;
  const H = 30;
  const A = 24;
  const booths: FairFeed['booths'] = [];
  for (let i = 0; i < BOOTHS; i++) {
    const r = Math.floor(i / COLS);
    const c = i % COLS;
    const x = A + c * (W + 4);
    const y = A + r * (H + A);
    // Names in no order: a shuffled number (i × a prime, modulo the count), so sorting them is real work.
    const n = (i * 7919) % BOOTHS;
    booths.push({
      id: `B${i}`,
      label: `R${r + 1}-${c + 1}`,
      level: 'G',
      rect: [x, y, W, H],
      door: [x + W / 2, y + H],
      categories: [`cat-${i % 8}`],
      name: `${WORDS[n % WORDS.length]} ${n}`,
    });
  }
  const width = 2 * A + COLS * (W + 4);
  const height = 2 * A + ROWS * (H + A);
  return {
    version: 1,
    fair: { id: 'hostile-100k', name: 'A fair of 100,000 booths', locales: ['en'] },
    map: { type: 'plan', levels: [{ id: 'G', name: 'Ground', size: [width, height] }] },
    categories: Array.from({ length: 8 }, (_, i) => ({ id: `cat-${i}`, name: `Category ${i}` })),
    booths,
    places: [{ id: 'kiosk-1', kind: 'kiosk', level: 'G', at: [width / 2, height - 4], name: 'Kiosk' }],
  };
}

/** A real tap at the middle of `target`. */
/** The rows of `rows` a person sees inside `view` (at least half of each). */
function onScreen(rows: Iterable<Element>, view: Element): Element[] {
  const v = view.getBoundingClientRect();
  return [...rows].filter((r) => {
    const b = r.getBoundingClientRect();
    return b.height > 0 && Math.min(b.bottom, v.bottom) - Math.max(b.top, v.top) >= b.height / 2;
  });
}

/**
 * The time of the first animation frame in which `ready()` holds: that frame is then painted (a check in a
 * task would also wait for whatever the page does after the paint, such as a kiosk drawing its map).
 */
function frameWhen(ready: () => unknown, what: string): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (ready()) resolve(performance.now());
      else if (performance.now() - start > 30000) reject(new Error(`${what}: not within 30 s`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

describe('lists of 100,000 booths', function () {
  // Building a feed of 100,000 booths, checking it and drawing its map come before each timed tap.
  this.timeout(30000);

  describe('<fair-booth-map> list view', () => {
    let el: FairBoothMap;
    const root = () => el.shadowRoot!;
    const list = () => root().querySelector<HTMLElement>('[part=list]')!;
    const bodyRows = () => root().querySelectorAll('[part=list] tbody tr[data-wi]');

    before(async () => {
      await setViewport({ width: 1000, height: 800 });
      // One map for these tests (a fixture would be removed after the first).
      el = document.createElement('fair-booth-map');
      el.here = 'kiosk-1';
      el.style.cssText = 'display: block; width: 800px; --fair-booth-map-height: 600px';
      el.feed = hugeFeed();
      document.body.append(el);
      await waitUntil(() => root().querySelector('.leaflet-container'), 'the map is drawn', { timeout: 20000 });
      await mapReady(el);
    });
    after(() => el.remove());

    it('opens in under 2 s from the tap on "List", with only a window of rows in the DOM', async () => {
      await painted();
      const t0 = performance.now();
      const shown = frameWhen(
        () => root().querySelector('[part=list]') && onScreen(bodyRows(), list()).length >= 5,
        'the first rows show',
      );
      await tapAt(centreOf(root().querySelector('.toggle')!));
      const took = (await shown) - t0;
      expect(took, `the list opened in ${took.toFixed(0)} ms`).to.be.below(BUDGET_MS);
      expect(el.view).to.equal('list');
      const table = root().querySelector('[part=list] table')!;
      expect(table.querySelector('caption')!.textContent).to.equal(`Booths (${BOOTHS})`);
      // A screen reader is told the whole table's size, and each row's place in it.
      expect(table.getAttribute('aria-rowcount')).to.equal(String(BOOTHS + 1));
      const rows = [...bodyRows()];
      expect(rows.length, 'rows in the DOM').to.be.within(10, 150);
      expect(rows[0].getAttribute('aria-rowindex')).to.equal('2');
      expect(rows[0].querySelector('th')!.textContent.trim()).to.equal('R1-1');
      expect(rows[1].querySelector('th')!.textContent.trim()).to.equal('R1-2');
      // Each row is as before: the booth's code (a button), its exhibitor and its category.
      expect([...rows[0].children].map((c) => c.textContent.trim())).to.deep.equal([
        'R1-1',
        'Hoang Ha 0',
        'Category 0',
      ]);
    });

    it('passes axe with the windowed list', async () => {
      await expect(el).to.be.accessible();
    });

    it('End on a focused row goes to the last booth, arrows and Tab go on from there, and a tap selects a booth', async () => {
      const first = bodyRows()[2].querySelector('button')!;
      await tapAt(centreOf(first));
      expect(deepActive()).to.equal(first);
      await sendKeys({ press: 'End' });
      const last = `R${ROWS}-${BOOTHS - (ROWS - 1) * COLS}`;
      await waitUntil(() => deepActive()?.textContent?.trim() === last, `focus on the last booth, ${last}`, {
        timeout: 5000,
      });
      await painted();
      const focusedRow = deepActive()!.closest('tr')!;
      expect(onScreen([focusedRow], list()).length, 'the last booth is on screen').to.equal(1);
      expect(focusedRow.getAttribute('aria-rowindex')).to.equal(String(BOOTHS + 1));
      expect(bodyRows().length, 'still only a window of rows').to.be.below(150);
      // Up one row, then Tab to the next row's button: the last booth again.
      await sendKeys({ press: 'ArrowUp' });
      await waitUntil(
        () => deepActive()?.textContent?.trim() === `R${ROWS}-${BOOTHS - (ROWS - 1) * COLS - 1}`,
        'ArrowUp moves up a row',
      );
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.textContent?.trim()).to.equal(last);
      // A tap on a row down here selects its booth, as on the map.
      const target = onScreen(bodyRows(), list()).at(-3)!;
      const label = target.querySelector('th')!.textContent.trim();
      const selected = oneEvent(el, 'fair-booth-select');
      await tapAt(centreOf(target.querySelector('button')!));
      const id = (await selected).detail.boothId;
      expect(el.shadowRoot!.querySelector(`[part=list] tr.selected th`)?.textContent?.trim()).to.equal(label);
      expect(id).to.equal(`B${(ROWS - 1) * COLS + Number(label.split('-')[1]) - 1}`);
      expect(el.selected).to.equal(id);
      // Home goes back to the first booth.
      await sendKeys({ press: 'Home' });
      await waitUntil(() => deepActive()?.textContent?.trim() === 'R1-1', 'Home goes to the first booth', {
        timeout: 5000,
      });
    });

    it('scrolled by a finger (the panel scrolled), shows the rows there; focus stays in the list, on a row on screen', async () => {
      const view = list();
      const first = onScreen(bodyRows(), view)[0].querySelector('button')!;
      first.focus();
      view.scrollTop = view.scrollHeight / 2;
      // Half-way down the list (booth 50,000 of 100,000, in code order) is row R157.
      const codes = () => onScreen(bodyRows(), view).map((r) => r.querySelector('th')!.textContent.trim());
      await waitUntil(() => codes().some((c) => c.startsWith('R157-')), 'the rows half-way down show');
      // The focused row went out of the window: a row on screen has focus now, not the page.
      const focused = deepActive()!.closest('tr');
      expect(focused && onScreen([focused], view).length, 'focus on a row on screen').to.equal(1);
      expect(focused!.querySelector('th')!.textContent.trim()).to.match(/^R15[67]-/);
      view.scrollTop = view.scrollHeight;
      const last = `R${ROWS}-${BOOTHS - (ROWS - 1) * COLS}`;
      await waitUntil(() => codes().includes(last), 'the last booth shows at the end');
    });
  });

  describe('<fair-kiosk> directory', () => {
    let el: FairKiosk;
    const rows = () => el.shadowRoot!.querySelectorAll('.list [data-wi]');
    /** Focuses the first row drawn and presses End: resolves with the row that then has focus. */
    async function endFromFirstRow(what: string, done: () => boolean): Promise<HTMLElement> {
      rows()[0].querySelector('button')!.focus();
      await sendKeys({ press: 'End' });
      await waitUntil(done, what, { timeout: 5000 });
      await painted();
      return deepActive()!.closest('li')!;
    }

    before(async () => {
      await setViewport({ width: 1080, height: 1920 });
      // One kiosk for these tests (a fixture would be removed after the first), as kioskFixture makes it.
      el = document.createElement('fair-kiosk');
      el.here = 'kiosk-1';
      el.style.cssText = '--fair-kiosk-height: 1920px';
      el.feed = hugeFeed();
      document.body.append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.attract'), 'the attract screen shows', { timeout: 20000 });
      await el.updateComplete;
      // The attract screen is up a moment before a visitor taps: what the kiosk prepares when idle (the search
      // index, the directory's order) is done.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }));
    });
    after(async () => {
      el.remove();
      await setLocale('en');
    });

    it('opens in under 2 s from the tap on "Touch to start", with only a window of rows in the DOM', async () => {
      await painted();
      const t0 = performance.now();
      const shown = frameWhen(
        () => el.shadowRoot!.querySelector('.list') && onScreen(rows(), $(el, '.list')).length >= 3,
        'the directory shows its first rows',
      );
      await tapAt(centreOf($(el, '.attract-start')));
      const took = (await shown) - t0;
      expect(took, `the directory opened in ${took.toFixed(0)} ms`).to.be.below(BUDGET_MS);
      await setLocale('en');
      await el.updateComplete;
      expect(rows().length, 'rows in the DOM').to.be.within(5, 150);
      // A–Z ("Anh Duong …" first), each row a button, its place in its letter's group told to a screen reader.
      const firstRow = rows()[0];
      expect(firstRow.querySelector('.row-title')!.textContent).to.match(/^Anh Duong \d+$/);
      expect(firstRow.getAttribute('aria-posinset')).to.equal('1');
      // Names end in each number below 100,000 once; "Anh Duong" is the second word: numbers n with n % 15 = 1.
      expect(firstRow.getAttribute('aria-setsize')).to.equal(String(Math.floor((BOOTHS - 2) / WORDS.length) + 1));
      expect(firstRow.closest('section')!.getAttribute('aria-label')).to.equal('A');
      await expect(el).to.be.accessible();
    });

    it('End on a focused row goes to the last entry', async () => {
      const last = await endFromFirstRow('End focuses the last entry', () =>
        /^Yen Binh \d+$/.test(deepActive()?.querySelector('.row-title')?.textContent ?? ''),
      );
      expect(onScreen([last], $(el, '.list')).length, 'the last entry is on screen').to.equal(1);
      expect(last.getAttribute('aria-posinset')).to.equal(last.getAttribute('aria-setsize'));
      expect(last.closest('section')!.getAttribute('aria-label')).to.equal('Y');
    });

    it('a tapped category lists its 12,500 booths; the last opens with a tap', async () => {
      await tap(el, $(el, '.chip', 'Category 3'));
      await waitUntil(
        () => $(el, '.list-title').textContent.includes('Category 3') && rows().length,
        "the directory is the category's",
      );
      for (const detail of el.shadowRoot!.querySelectorAll('.list [data-wi] .row-detail')) {
        const [r, c] = detail.textContent.trim().slice(1).split('-').map(Number);
        expect(((r - 1) * COLS + c - 1) % 8, `${detail.textContent} is in category 3`).to.equal(3);
      }
      const found = await endFromFirstRow("End focuses the category's last entry", () =>
        /^Yen Binh \d+$/.test(deepActive()?.querySelector('.row-title')?.textContent ?? ''),
      );
      const code = found.querySelector('.row-detail')!.textContent.trim();
      await tap(el, found.querySelector('button')!);
      await waitUntil(() => el.shadowRoot!.querySelector('.detail'), 'the booth opens');
      expect($(el, '.detail').textContent).to.include(code);
    });

    it('a typed search finds one booth among the 100,000, and a tap on it opens its booth', async () => {
      await tap(el, $(el, '[part~=home]'));
      const search = $(el, 'fair-search');
      await tap(el, search);
      await sendKeys({ type: 'yen binh 99989' });
      const option = () =>
        [...search.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')].find((o) =>
          o.textContent.includes('Yen Binh 99989'),
        );
      await waitUntil(option, 'the search finds the booth', { timeout: 5000 });
      await tap(el, option()!);
      await waitUntil(
        () => el.shadowRoot!.querySelector('.detail')?.textContent?.includes('Yen Binh 99989'),
        'its booth opens',
      );
    });

    it('"By category" lists each category\'s booths under its heading, 12,500 each', async () => {
      await tap(el, $(el, '[part~=home]'));
      await tap(el, $(el, '.seg', 'By category'));
      await waitUntil(() => el.shadowRoot!.querySelector('.list .dir-category'), 'the categories show');
      const heading = $(el, '.list .dir-category');
      expect(heading.textContent.trim()).to.equal('Category 0');
      // A heading a screen reader reads (the A–Z letters are hidden from it; their sections are labelled).
      expect(heading).not.to.have.attribute('aria-hidden');
      expect(rows()[0].getAttribute('aria-setsize')).to.equal(String(BOOTHS / 8));
      const end = await endFromFirstRow(
        'End goes to the last category',
        () => deepActive()?.closest('section')?.getAttribute('aria-label') === 'Category 7',
      );
      expect(onScreen([end], $(el, '.list')).length, 'its last booth on screen').to.equal(1);
      expect(end.getAttribute('aria-posinset')).to.equal(String(BOOTHS / 8));
    });
  });
});
