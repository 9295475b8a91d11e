/**
 * `<fair-plan-editor>` end to end, in Chromium at 1920×1080, with the mouse
 * and keys as an organizer would: the "Done when".
 */
import { expect } from '@open-wc/testing';
import type { FairPlanEditor } from '../../src/components/plan-editor/plan-editor.js';
import { boothEnd, findRoute, placeEnd } from '../../src/data/routing/routing.js';
import type { FairFeed } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';
import { eventually, press, tap } from '../harness.js';
import {
  answerRowDialog,
  chord,
  clickPlan,
  cutOffFeed,
  editorFixture,
  emptyFeed,
  shadow,
  useTool,
} from './plan-editor-helpers.js';

const boothRects = (el: FairPlanEditor) => el.feed!.booths.map((b) => b.rect);

describe('<fair-plan-editor> end to end', () => {
  afterEach(() => localStorage.clear());

  it('draws a row of 10 booths, moves one by keyboard, undoes, draws an aisle to them, places a kiosk; the export checks and routes to every booth', async () => {
    const el = await editorFixture({ feed: emptyFeed() });
    const changes: FairFeed[] = [];
    el.addEventListener('fair-feed-change', (e) => changes.push(e.detail.feed));

    // The row tool: the line the row follows, then the dialog's count.
    await useTool(el, 'row');
    await clickPlan(el, [300, 400], [1300, 400]);
    await answerRowDialog(el, 10);
    expect(el.feed!.booths.length, 'booths after the row').to.equal(10);
    expect(changes.length, 'fair-feed-change after the row').to.equal(1);
    const drawn = shadow(el).querySelectorAll('path.booth');
    expect(drawn.length, 'booths drawn on the map').to.equal(10);

    // Keyboard: from the Select tool, Tab to the map's items, Tab to the first booth, → moves it 0.1 m.
    await useTool(el, 'select');
    await press('Tab');
    const items = shadow(el).querySelector('.items')!;
    expect(shadow(el).activeElement, 'the map items list has focus').to.equal(items);
    await press('Tab');
    const first = el.feed!.booths.find((b) => b.id === el['selection']?.id)!;
    expect(first, 'a booth selected by Tab').to.exist;
    const before = boothRects(el);
    await press('ArrowRight');
    const moved = el.feed!.booths.find((b) => b.id === first.id)!;
    expect(moved.rect![0] - first.rect![0], 'moved 0.1 m = 1 px right').to.be.closeTo(1, 1e-9);
    await chord('Control', 'z');
    await el.updateComplete;
    expect(boothRects(el), 'undo puts it back').to.deep.equal(before);
    expect(changes.length, 'fair-feed-change after the move and the undo').to.equal(3);

    // An aisle from the row's line down to where the kiosk goes (click the last point again to finish).
    await useTool(el, 'aisle');
    await clickPlan(el, [800, 400], [800, 700], [800, 700]);
    await eventually(() => el.feed!.paths?.length ?? 0, 2, 'the row aisle and the drawn one');

    // A kiosk at the aisle's end.
    await useTool(el, 'place');
    await clickPlan(el, [800, 700]);
    const kiosk = el.feed!.places?.find((p) => p.kind === 'kiosk');
    expect(kiosk, 'a kiosk placed').to.exist;
    await press('Escape');

    const exported = el.exportFeed()!;
    const { problems } = validateFeed(exported);
    expect(
      problems.filter((p) => p.severity === 'error'),
      'feed checker errors',
    ).to.deep.equal([]);
    for (const booth of exported.booths) {
      const route = findRoute(exported, placeEnd(exported, kiosk!), boothEnd(exported, booth)!);
      expect(route.straight, `route kiosk → ${booth.id}`).to.equal(false);
    }
    expect(shadow(el).querySelectorAll('path.booth.unreachable').length, 'no booth marked unreachable').to.equal(0);
  });

  it('gives the Son La sample back unchanged when nothing was edited', async () => {
    const src = '/src/data/samples/son-la/feed.json';
    const original = (await (await fetch(src)).json()) as FairFeed;
    const el = await editorFixture({ src });
    expect(JSON.parse(JSON.stringify(el.exportFeed()))).to.deep.equal(original);
    expect(
      shadow(el).querySelector('.leaflet-image-layer')?.getAttribute('src'),
      'the plan shown from beside the feed',
    ).to.match(/\/src\/data\/samples\/son-la\/plan-l1\.svg$/);
  });

  it('shows a booth cut off from the aisles as unreachable, on the map and in text', async () => {
    const feed = cutOffFeed();
    const el = await editorFixture({ feed });
    const marked = [...shadow(el).querySelectorAll('path.booth.unreachable')];
    expect(marked.length, 'one booth hatched as unreachable').to.equal(1);
    expect(shadow(el).querySelector('.unreachable-list')?.textContent).to.contain('Z99');
    const options = [...shadow(el).querySelectorAll('[role="option"]')].map((o) =>
      o.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(options.find((o) => o.includes('Z99'))).to.contain('cannot be reached');
    expect(options.find((o) => o.includes('A01'))).not.to.contain('cannot be reached');
  });

  it('offers to restore an autosave of the same fair, and restores it', async () => {
    const feed = emptyFeed();
    const first = await editorFixture({ feed });
    await useTool(first, 'place');
    await clickPlan(first, [500, 500]);
    expect(first.feed!.places?.length).to.equal(1);
    first.remove();
    const el = await editorFixture({ feed });
    const restore = shadow(el).querySelector<HTMLElement>('[data-action="restore"]');
    expect(restore, 'the restore banner').to.exist;
    await tap(restore!);
    expect(el.feed!.places?.length, 'the autosaved place is back').to.equal(1);
    await tap(shadow(el).querySelector('[data-action="undo"]')!);
    expect(el.feed!.places, 'undo takes the restore back').to.equal(undefined);
  });

  it('is accessible', async () => {
    const feed = emptyFeed();
    feed.booths = [{ id: 'A01', label: 'A01', level: 'L1', rect: [100, 360, 30, 30] }];
    feed.places = [{ id: 'kiosk-1', kind: 'kiosk', level: 'L1', at: [600, 390] }];
    const el = await editorFixture({ feed });
    await expect(el).to.be.accessible();
  });
});
