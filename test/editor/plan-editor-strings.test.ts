/**
 * `<fair-plan-editor>`'s words come from its catalogues: a refused edit is
 * worded from the model's error code (not its English message), the scale
 * prompt's buttons and Leaflet's zoom buttons are named in the UI language.
 */
import { expect } from '@open-wc/testing';
import { PlanEditorEditEvent } from '../../src/components/plan-editor/events.js';
import { moveBooth } from '../../src/components/plan-editor/model/booths.js';
import { setLocale } from '../../src/i18n/locale.js';
import { fixture, html } from '@open-wc/testing';
import type { FairPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import { eventually, seenIn, tap, typeKeys, press } from '../harness.js';
import { clickPlan, editorFixture, emptyFeed, shadow, useTool } from './plan-editor-helpers.js';

describe('<fair-plan-editor> strings', () => {
  afterEach(async () => {
    localStorage.clear();
    await setLocale('en');
  });

  it('words a refused edit from its code, in Vietnamese and English, and changes nothing', async () => {
    await setLocale('vi');
    const feed = emptyFeed();
    feed.booths = [{ id: 'A01', label: 'A01', level: 'L1', rect: [100, 100, 30, 30] }];
    const el = await editorFixture({ feed });
    const inspector = shadow(el).querySelector('fair-plan-editor-inspector')!;
    inspector.dispatchEvent(new PlanEditorEditEvent('Di chuyển', moveBooth('Z99', 1, 0)));
    await el.updateComplete;
    const live = shadow(el).querySelector('[role="status"]')!;
    expect(seenIn(live)).to.equal('Di chuyển: không thực hiện được. Không còn gian hàng Z99.');
    expect(el.feed).to.equal(feed);
    await setLocale('en');
    inspector.dispatchEvent(new PlanEditorEditEvent('Move', moveBooth('Z99', 1, 0)));
    await el.updateComplete;
    expect(seenIn(live)).to.equal('Move: not done. There is no booth Z99 any more.');
  });

  it("names the scale prompt's buttons and the zoom buttons in the UI language", async () => {
    await setLocale('vi');
    const el = await editorFixture({ feed: emptyFeed() });
    const zoomIn = shadow(el).querySelector('.leaflet-control-zoom-in')!;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Phóng to');
    expect(shadow(el).querySelector('.leaflet-control-zoom-out')!.getAttribute('title')).to.equal('Thu nhỏ');

    await useTool(el, 'scale');
    await clickPlan(el, [100, 500], [600, 500]);
    const prompt = shadow(el).querySelector('.scale-prompt')!;
    const buttons = [...prompt.querySelectorAll('button')].map((b) => seenIn(b));
    expect(buttons).to.deep.equal(['Đặt tỉ lệ', 'Huỷ']);
    await tap(prompt.querySelectorAll('button')[1]);
    await el.updateComplete;
    expect(shadow(el).querySelector('.scale-prompt'), 'Huỷ closes the prompt').to.equal(null);
    expect(el.history!.canUndo, 'and changes nothing').to.equal(false);

    await clickPlan(el, [100, 500], [600, 500]);
    expect(shadow(el).activeElement?.getAttribute('name'), 'the length field focused').to.equal('metres');
    await typeKeys('25');
    await press('Enter');
    await el.updateComplete;
    expect(el.feed!.map.type === 'plan' && el.feed!.map.levels[0].scale, '25 m over 500 px').to.be.closeTo(0.05, 5e-4);

    await setLocale('en');
    await el.updateComplete;
    expect(zoomIn.getAttribute('aria-label')).to.equal('Zoom in');
  });

  it('says in the UI language why a feed did not load', async () => {
    await setLocale('vi');
    const el = await fixture<FairPlanEditor>(html`<fair-plan-editor src="/no/such/feed.json"></fair-plan-editor>`);
    const title = () => seenIn(shadow(el).querySelector('h1'));
    await eventually(title, 'Không tải được dữ liệu hội chợ: máy chủ trả lời mã 404.', 'the 404 worded');
    el.src = '/README.md';
    await eventually(title, 'Không tải được dữ liệu hội chợ: tệp không phải JSON.', 'not JSON worded');
  });
});
