import { expect } from '@open-wc/testing';
import { PRODUCER_DRAG_TYPE } from '../../src/components/plan-editor/panels/index.js';
import { setLocale } from '../../src/i18n/locale.js';
import { press, seenIn, settle, tap, typeKeys } from '../harness.js';
import { field, find, panelFixture, smallTargets, sonLa } from './panels.helpers.js';

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => seenIn(li.querySelector('.who')));

describe('<fair-plan-editor-producers>', () => {
  afterEach(() => setLocale('en'));

  it("lists the feed's producers with their booths, found without diacritics", async () => {
    const host = await panelFixture('fair-plan-editor-producers', { feed: await sonLa(), selection: null });
    expect(rows(host.el)).to.have.length(18);
    expect(rows(host.el)[0]).to.equal('May 19 Agricultural Development Cooperative Booth A01, B01');
    expect(seenIn(host.el.shadowRoot)).to.include('Select a booth on the map to assign producers to it.');

    await tap(field(host.el, 'Search producers'));
    await typeKeys('tà xùa');
    expect(rows(host.el)).to.deep.equal(['Ta Xua Shan Tea Cooperative Booth A04']);
    for (let i = 0; i < 'tà xùa'.length; i++) await press('Backspace');
    await typeKeys('chieng');
    expect(rows(host.el)).to.have.length(3);
    expect(seenIn(find(host.el, '[role=status]'))).to.equal('3 of 18');
    await expect(host.el).to.be.accessible();
  });

  it('assigns a producer to the selected booth with the keyboard', async () => {
    const feed = await sonLa();
    feed.booths.push({ id: 'C01', label: 'C01', level: 'L1', rect: [100, 100, 50, 50] });
    const host = await panelFixture('fair-plan-editor-producers', { feed, selection: { kind: 'booth', id: 'C01' } });
    expect(seenIn(host.el.shadowRoot)).to.include('Drag a producer onto a booth on the map');
    const assign = find<HTMLButtonElement>(host.el, 'button', 'Assign to selected booth C01: Van Ho Tea Cooperative');
    assign.focus();
    await press('Enter');
    expect(host.history.feed.booths.at(-1)!.producers).to.deep.equal(['htx-che-van-ho']);
    expect(host.edits).to.deep.equal(['Assign to selected booth C01: Van Ho Tea Cooperative']);
    await settle(host.el);
    expect(rows(host.el)[2]).to.equal('Van Ho Tea Cooperative Booth A03, C01');
    expect(assign.disabled, 'already in the booth').to.equal(true);
    expect(smallTargets(host.el)).to.deep.equal([]);
    await expect(host.el).to.be.accessible();
  });

  it("carries the producer's id when a row is dragged", async () => {
    const host = await panelFixture('fair-plan-editor-producers', { feed: await sonLa(), selection: null });
    const row = host.el.shadowRoot!.querySelectorAll('li')[3];
    expect(row.draggable).to.equal(true);
    // Headless Chromium starts no native drag from CDP mouse events: the drag's start is given as the browser gives it.
    const transfer = new DataTransfer();
    row.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: transfer }));
    expect(transfer.getData(PRODUCER_DRAG_TYPE)).to.equal('htx-che-ta-xua');
    expect(transfer.getData('text/plain')).to.equal('Ta Xua Shan Tea Cooperative');
  });

  it('speaks Vietnamese', async () => {
    await setLocale('vi');
    const host = await panelFixture('fair-plan-editor-producers', {
      feed: await sonLa(),
      selection: { kind: 'booth', id: 'A01' },
    });
    expect(rows(host.el)[2]).to.equal('HTX Chè Vân Hồ Gian A03');
    expect(field(host.el, 'Tìm nhà sản xuất')).to.exist;
    expect(find(host.el, 'button', 'Xếp vào gian đang chọn A01: HTX Chè Vân Hồ')).to.exist;
    await expect(host.el).to.be.accessible();
  });
});
