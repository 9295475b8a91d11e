import { expect, waitUntil } from '@open-wc/testing';
import { boothRow } from '../../src/components/plan-editor/model/row.js';
import type { FairPlanEditorRowDialog } from '../../src/components/plan-editor/panels/row-dialog.js';
import { SAMPLE_FEEDS } from '../../src/data/samples/index.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { deepActive, eventually, press, seenIn, settle, tap, typeKeys } from '../harness.js';
import { field, find, panelFixture, smallTargets, sonLa } from './panels.helpers.js';

/** Empties the focused field with real keys and types `text`. */
async function retype(input: HTMLInputElement, text: string): Promise<void> {
  await tap(input);
  for (let i = input.value.length; i > 0; i--) await press('Backspace');
  await typeKeys(text);
}

const LINE = { level: 'L1', from: [100, 600] as [number, number], to: [700, 600] as [number, number] };
const numbering = (el: FairPlanEditorRowDialog) => seenIn(el.shadowRoot!.querySelector('output'));

describe('<fair-plan-editor-row-dialog>', () => {
  afterEach(() => setLocale('en'));

  it("asks the row's parameters, previews the numbering and gives boothRow's options", async () => {
    const host = await panelFixture('fair-plan-editor-row-dialog', { feed: await sonLa() });
    const el = host.el;
    const answer = el.ask(LINE);
    await settle(el);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    // 60 m of line at 0.1 m a pixel: twenty 3 m booths fit; A01…A12 are taken, so the numbering passes over them.
    expect(field(el, 'Number of booths').value).to.equal('20');
    expect(numbering(el)).to.equal('A13 … A32');
    expect(seenIn(el.shadowRoot)).to.include('Already used, passed over: A01, A02');
    expect(deepActive(), 'focus is in the dialog').to.equal(field(el, 'Number of booths'));

    await retype(field(el, 'Number of booths'), '10');
    await retype(field(el, 'Prefix'), 'C');
    expect(numbering(el)).to.equal('C01 … C10');
    await tap(find(el, 'label.check'));
    expect(numbering(el)).to.equal('C01 … C20');
    await retype(field(el, 'Aisle width (m)'), '4');
    expect(smallTargets(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    await press('Enter');
    const options = await answer;
    expect(options).to.deep.include({
      ...LINE,
      count: 10,
      prefix: 'C',
      width: 3,
      depth: 3,
      bothSides: true,
      aisleWidth: 4,
    });

    host.history.apply('Row', boothRow(options!));
    const made = host.history.feed.booths.filter((b) => b.id.startsWith('C'));
    expect(made.map((b) => b.id)).to.deep.equal(
      Array.from({ length: 20 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`),
    );
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('refuses values out of range, and gives nothing on Cancel or Escape', async () => {
    const { el } = await panelFixture('fair-plan-editor-row-dialog', { feed: await sonLa() });
    let answer = el.ask({ ...LINE, count: 4 });
    await settle(el);
    await retype(field(el, 'Booth width (m)'), '0');
    expect(field(el, 'Booth width (m)').getAttribute('aria-invalid')).to.equal('true');
    expect(seenIn(find(el, '[role=alert]'))).to.equal('Check the highlighted values.');
    expect(find<HTMLButtonElement>(el, 'button[type=submit]').disabled).to.equal(true);
    await tap(find(el, 'button', 'Cancel'));
    expect(await answer).to.equal(undefined);

    answer = el.ask(LINE);
    await settle(el);
    expect(field(el, 'Booth width (m)').value, 'a new question starts from its defaults').to.equal('3');
    await press('Escape');
    expect(await answer).to.equal(undefined);
  });

  it('speaks Vietnamese', async () => {
    await setLocale('vi');
    const { el } = await panelFixture('fair-plan-editor-row-dialog', { feed: await sonLa() });
    const answer = el.ask({ ...LINE, prefix: 'C', count: 5 });
    await settle(el);
    expect(seenIn(el.shadowRoot!.querySelector('h2'))).to.equal('Dãy gian hàng');
    expect(field(el, 'Số gian hàng').value).to.equal('5');
    expect(numbering(el)).to.equal('C01 … C05');
    expect(find(el, 'button[type=submit]').textContent.trim()).to.equal('Tạo gian hàng');
    await expect(el).to.be.accessible();
    await press('Escape');
    await answer;
  });
});

describe('<fair-plan-editor-preview>', () => {
  afterEach(() => setLocale('en'));

  it('opens the kiosk on the current feed in a modal dialog, and closes it', async function () {
    // The first open fetches the whole kiosk (on demand): under the full suite on a 2-core machine, seconds.
    this.timeout(30000);
    const feed = await sonLa();
    feed.fair.name = { vi: 'Hội chợ đã sửa', en: 'The edited fair' };
    const { el } = await panelFixture('fair-plan-editor-preview', { feed, base: SAMPLE_FEEDS.sonLa });
    expect(el.shadowRoot!.querySelector('fair-kiosk'), 'no kiosk before the preview opens').to.equal(null);
    expect(customElements.get('fair-kiosk'), 'the kiosk is not loaded before it is needed').to.equal(undefined);

    await el.show();
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const kiosk = el.shadowRoot!.querySelector('fair-kiosk')!;
    expect(kiosk.getAttribute('here')).to.equal('kiosk-1');
    // The kiosk starts in the fair's first language (Son La: Vietnamese), as at the fair.
    await waitUntil(() => seenIn(kiosk.shadowRoot).includes('Hội chợ đã sửa'), 'the kiosk shows the fair', {
      timeout: 25000,
    });
    expect(getLocale()).to.equal('vi');
    const box = dialog.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([innerWidth, innerHeight]);
    await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });

    await tap(find(el, 'button', 'Đóng bản xem thử'));
    await settle(el);
    expect(dialog.open).to.equal(false);
    // Closed: the editor has its language back.
    await eventually(() => getLocale(), 'en', 'the language before the preview');
    expect(el.shadowRoot!.querySelector('fair-kiosk'), 'the kiosk leaves the page').to.equal(null);
  });
});
