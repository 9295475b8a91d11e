/**
 * `<fair-plan-editor>`'s drawing tools from the keyboard: with a tool chosen
 * and the map focused, Enter (or the hint bar's button) adds the tool's item
 * at the centre of the visible map and selects it, so the arrow keys then
 * move it; the row tool opens its dialog, the scale tool asks the plan's width.
 */
import { expect } from '@open-wc/testing';
import type { FairPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import type { Point } from '../../src/data/types.js';
import { eventually, press, tap, typeKeys } from '../harness.js';
import { answerRowDialog, chord, editorFixture, emptyFeed, shadow, useTool } from './plan-editor-helpers.js';

/** Tab from the tool bar until the map's items list has focus. */
async function focusMap(el: FairPlanEditor): Promise<void> {
  const items = shadow(el).querySelector('.items')!;
  for (let i = 0; i < 6 && shadow(el).activeElement !== items; i++) await press('Tab');
  expect(shadow(el).activeElement, 'the map has focus').to.equal(items);
}

/** The centre of the visible map, plan px. */
function centre(el: FairPlanEditor): Point {
  const c = el.map!.map.getCenter();
  return [c.lng, -c.lat];
}

const near = (a: number, b: number, what: string) => expect(a, what).to.be.closeTo(b, 1);

describe('<fair-plan-editor> keyboard drawing', () => {
  afterEach(() => localStorage.clear());

  it('Rectangle, then Enter on the map: a 3 × 3 m booth at the centre, selected; an arrow moves it', async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    await useTool(el, 'rect');
    await focusMap(el);
    const [cx, cy] = centre(el);
    await press('Enter');
    const booth = el.feed!.booths[0];
    expect(booth, 'a booth added').to.exist;
    const [x, y, w, h] = booth.rect!;
    expect([w, h], '3 m at 0.1 m a pixel').to.deep.equal([30, 30]);
    near(x + w / 2, cx, 'centred across');
    near(y + h / 2, cy, 'centred down');
    expect(el.selection).to.deep.equal({ kind: 'booth', id: booth.id });
    expect(el.tool, 'back to Select').to.equal('select');
    await press('ArrowRight');
    expect(el.feed!.booths[0].rect![0] - x, '0.1 m right').to.be.closeTo(1, 1e-9);
  });

  it('Polygon, Aisle and Place by Enter: a 3 m square shape, a 10 m aisle, the chosen kind', async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    await useTool(el, 'polygon');
    await focusMap(el);
    await press('Enter');
    const shape = el.feed!.booths[0].shape!;
    expect(shape.length, 'four corners').to.equal(4);
    expect(shape[1][0] - shape[0][0]).to.equal(30);
    expect(shape[2][1] - shape[1][1]).to.equal(30);
    expect(el.selection?.kind).to.equal('booth');

    await useTool(el, 'aisle');
    await focusMap(el);
    await press('Enter');
    const aisle = el.feed!.paths![0].points;
    expect(aisle[1][0] - aisle[0][0], '10 m').to.be.closeTo(100, 1e-6);
    expect(aisle[1][1]).to.equal(aisle[0][1]);
    expect(el.selection).to.deep.equal({ kind: 'path', id: '0' });

    await useTool(el, 'place');
    const picker = shadow(el).querySelector<HTMLSelectElement>('.kind-picker select')!;
    picker.focus();
    await press('ArrowDown'); // kiosk → entrance
    await el.updateComplete;
    await focusMap(el);
    await press('Enter');
    const place = el.feed!.places![0];
    expect(place.kind).to.equal('entrance');
    expect(el.selection).to.deep.equal({ kind: 'place', id: place.id });
    await press('ArrowDown');
    expect(el.feed!.places![0].at[1] - place.at[1], '0.1 m down').to.be.closeTo(1, 1e-9);
  });

  it("the hint bar's button adds at the centre and hands the map the focus", async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    await useTool(el, 'rect');
    const button = shadow(el).querySelector<HTMLElement>('[data-action="add-at-centre"]')!;
    expect(button.textContent.trim()).to.equal('Add at the centre');
    await tap(button);
    await eventually(() => shadow(el).activeElement?.classList.contains('items'), true, 'the map focused');
    const x = el.feed!.booths[0].rect![0];
    await chord('Shift', 'ArrowLeft');
    expect(el.feed!.booths[0].rect![0] - x, '1 m left').to.be.closeTo(-10, 1e-9);
  });

  it('Row by Enter opens the row dialog on a line through the centre; Scale by Enter asks the plan width', async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    await useTool(el, 'row');
    await focusMap(el);
    await press('Enter');
    const dialog = shadow(el).querySelector('fair-plan-editor-row-dialog')!;
    await eventually(() => !!dialog.shadowRoot?.querySelector('dialog[open]'), true, 'the row dialog opened');
    const proposed = Number(dialog.shadowRoot!.querySelector<HTMLInputElement>('#count')!.value);
    expect(proposed, 'a count that fits the line proposed').to.be.greaterThan(1);
    await answerRowDialog(el, 6);
    expect(el.feed!.booths.length).to.equal(6);

    await useTool(el, 'scale');
    await focusMap(el);
    await press('Enter');
    const prompt = shadow(el).querySelector('.scale-prompt')!;
    expect(prompt.textContent).to.contain('How wide is the whole plan');
    expect(shadow(el).activeElement?.getAttribute('name')).to.equal('metres');
    await typeKeys('80');
    await press('Enter');
    await el.updateComplete;
    const level = el.feed!.map.type === 'plan' ? el.feed!.map.levels[0] : undefined;
    expect(level?.scale, '80 m over 1600 px').to.be.closeTo(0.05, 1e-9);
  });

  it('reaches the grid toggle in the tool bar with the arrow keys; Space turns it on, and Enter then adds on the grid', async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    await useTool(el, 'rect');
    await press('End');
    const grid = shadow(el).querySelector<HTMLElement>('[data-action="grid"]')!;
    expect(shadow(el).activeElement, 'End: the last button of the tool bar').to.equal(grid);
    await press('Space');
    expect(el.grid).to.equal(true);
    expect(grid.getAttribute('aria-pressed')).to.equal('true');
    await focusMap(el);
    await press('Enter');
    const [x, y, w, h] = el.feed!.booths[0].rect!;
    for (const v of [x, y, x + w, y + h])
      expect(Math.abs(v / 5 - Math.round(v / 5)), `${v} on the grid`).to.be.below(1e-6);
  });
});
