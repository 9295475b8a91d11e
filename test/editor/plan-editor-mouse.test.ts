/**
 * `<fair-plan-editor>` with the mouse: a rectangle drawn with the grid on has
 * its corners on the 0.5 m grid; a booth dragged moves by the dragged
 * distance in one undo step; Duplicate and the Delete key; the door dragged.
 */
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { FairPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import type { FairFeed, Point } from '../../src/data/types.js';
import { eventually, press, tap } from '../harness.js';
import { clickPlan, editorFixture, emptyFeed, screenOf, shadow, useTool } from './plan-editor-helpers.js';

const onGrid = (v: number, step: number) => Math.abs(v / step - Math.round(v / step)) < 1e-6;

/** A real mouse drag between plan points, in small moves, then the re-render. */
async function dragPlan(el: FairPlanEditor, from: Point, to: Point): Promise<void> {
  const a = screenOf(el, from);
  const b = screenOf(el, to);
  await sendMouse({ type: 'move', position: [Math.round(a.x), Math.round(a.y)] });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 8; i++)
    await sendMouse({
      type: 'move',
      position: [Math.round(a.x + ((b.x - a.x) * i) / 8), Math.round(a.y + ((b.y - a.y) * i) / 8)],
    });
  await sendMouse({ type: 'up' });
  await el.updateComplete;
}

function oneBooth(): FairFeed {
  const feed = emptyFeed();
  feed.booths = [{ id: 'A01', label: 'A01', level: 'L1', rect: [400, 300, 100, 80], door: [450, 380] }];
  return feed;
}

describe('<fair-plan-editor> with the mouse', () => {
  afterEach(() => localStorage.clear());

  it('with the grid on, a drawn rectangle has its corners on the 0.5 m grid', async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    const grid = shadow(el).querySelector<HTMLElement>('[data-action="grid"]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Snap to grid, 0.5 m');
    expect(shadow(el).querySelector('.grid-sheet'), 'no grid drawn while off').to.equal(null);
    await tap(grid);
    expect(grid.getAttribute('aria-pressed')).to.equal('true');
    const sheet = shadow(el).querySelector('.grid-sheet');
    expect(sheet, 'the grid drawn over the plan').to.exist;
    const step = Number(shadow(el).querySelector('#fair-editor-grid')!.getAttribute('width'));
    const zoomScale = el.map!.map.getZoomScale(el.map!.map.getZoom(), 0);
    expect(step / zoomScale, 'its lines 5 px of the plan apart (or a multiple)').to.satisfy(
      (v: number) => Math.abs(v / 5 - Math.round(v / 5)) < 1e-6,
    );
    await useTool(el, 'rect');
    await clickPlan(el, [101.5, 208.5], [189, 261]);
    await eventually(() => el.feed!.booths.length, 1, 'a booth drawn');
    const [x, y, w, h] = el.feed!.booths[0].rect!;
    for (const v of [x, y, x + w, y + h]) expect(onGrid(v, 5), `${v} on the 5 px grid`).to.equal(true);
    expect([x, y, w, h]).to.deep.equal([100, 210, 90, 50]);
  });

  it('without the grid, the rectangle is where it was drawn', async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    await useTool(el, 'rect');
    await clickPlan(el, [103.3, 207.7], [188.1, 262.4]);
    await eventually(() => el.feed!.booths.length, 1, 'a booth drawn');
    const [x, y] = el.feed!.booths[0].rect!;
    expect(x).to.be.closeTo(103.3, 1.5);
    expect(y).to.be.closeTo(207.7, 1.5);
  });
});

describe('<fair-plan-editor> moving and editing booths with the mouse', () => {
  afterEach(() => localStorage.clear());

  it('drags a selected booth by the dragged distance, in one undo step', async () => {
    const el = await editorFixture({ feed: oneBooth() });
    await clickPlan(el, [450, 340]);
    expect(el.selection).to.deep.equal({ kind: 'booth', id: 'A01' });
    await dragPlan(el, [450, 340], [510, 380]);
    await eventually(() => el.feed!.booths[0].rect![0] !== 400, true, 'the booth moved');
    const [x, y, w, h] = el.feed!.booths[0].rect!;
    expect(x - 400, 'moved right by the drag').to.be.closeTo(60, 2);
    expect(y - 300, 'moved down by the drag').to.be.closeTo(40, 2);
    expect([w, h], 'same size').to.deep.equal([100, 80]);
    expect(el.history!.undoLabel).to.equal('Move');
    el.undo();
    expect(el.feed!.booths[0].rect, 'one undo puts it back').to.deep.equal([400, 300, 100, 80]);
    expect(el.history!.canUndo, 'one step only').to.equal(false);
  });

  it('resizes a selected booth by its corner handle (and does not move it)', async () => {
    const el = await editorFixture({ feed: oneBooth() });
    await clickPlan(el, [450, 340]);
    await dragPlan(el, [500, 380], [540, 410]);
    await eventually(() => el.history!.undoLabel, 'Resize', 'a resize');
    const [x, y, w, h] = el.feed!.booths[0].rect!;
    expect([x, y], 'the opposite corner stays').to.deep.equal([400, 300]);
    expect(w).to.be.closeTo(140, 2);
    expect(h).to.be.closeTo(110, 2);
  });

  it('with the grid on, a dragged booth lands on the grid', async () => {
    const el = await editorFixture({ feed: oneBooth() });
    await tap(shadow(el).querySelector('[data-action="grid"]')!);
    await clickPlan(el, [450, 340]);
    await dragPlan(el, [450, 340], [510, 375]);
    await eventually(() => el.feed!.booths[0].rect![0] !== 400, true, 'the booth moved');
    const [x, y] = el.feed!.booths[0].rect!;
    expect([x, y], 'the corner on the 5 px grid').to.deep.equal([460, 335]);
  });

  it('duplicates by the button, deletes by the Delete key after a click', async () => {
    const el = await editorFixture({ feed: oneBooth() });
    await clickPlan(el, [450, 340]);
    await tap(shadow(el).querySelector('[data-action="duplicate"]')!);
    expect(el.feed!.booths.length, 'a copy').to.equal(2);
    const copy = el.feed!.booths[1];
    expect(copy.id).not.to.equal('A01');
    expect(copy.rect![2], 'the same size').to.equal(100);

    // The copy lies 2 m down and right, over A01's middle: A01's top-left corner is A01's alone.
    await clickPlan(el, [406, 306]);
    expect(el.selection).to.deep.equal({ kind: 'booth', id: 'A01' });
    await press('Delete');
    await el.updateComplete;
    expect(el.feed!.booths.map((b) => b.id)).to.deep.equal([copy.id]);
    expect(el.selection).to.equal(null);
  });

  it("drags the selected booth's door along its outline", async () => {
    const el = await editorFixture({ feed: oneBooth() });
    await clickPlan(el, [450, 340]);
    expect(shadow(el).querySelector('.door-marker'), 'the door shown').to.exist;
    await dragPlan(el, [450, 380], [503, 342]);
    await eventually(() => el.feed!.booths[0].door![0] !== 450, true, 'the door moved');
    const [dx, dy] = el.feed!.booths[0].door!;
    expect(dx, 'on the right side').to.be.closeTo(500, 0.5);
    expect(dy).to.be.closeTo(342, 2);
    expect(el.history!.undoLabel).to.equal('Move the door');
  });

  it('rotates a selected booth by its corner after Rotate', async () => {
    const el = await editorFixture({ feed: oneBooth() });
    await clickPlan(el, [450, 340]);
    await tap(shadow(el).querySelector('[data-action="rotate"]')!);
    await dragPlan(el, [500, 300], [530, 345]);
    await eventually(() => el.history!.undoLabel, 'Rotate', 'a rotation');
    const booth = el.feed!.booths[0];
    expect(booth.rect, 'no longer an upright rectangle').to.equal(undefined);
    expect(booth.shape!.length).to.equal(4);
    const shape = booth.shape!;
    const [a, b] = shape;
    expect(Math.abs(b[0] - a[0]) > 5 && Math.abs(b[1] - a[1]) > 5, 'its sides tilted').to.equal(true);
    const sides = shape.map((p, i) => Math.hypot(shape[(i + 1) % 4][0] - p[0], shape[(i + 1) % 4][1] - p[1]));
    expect(sides.map(Math.round).sort(), 'the same size').to.deep.equal([100, 100, 80, 80].sort());
  });
});
