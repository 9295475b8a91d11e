import { expect } from '@open-wc/testing';
import {
  addBooth,
  addPath,
  addPlace,
  boothRow,
  EditHistory,
  reachability,
} from '../../src/components/plan-editor/model/index.js';
import { findRoute } from '../../src/data/routing/routing.js';
import { boothEnd, placeEnd } from '../../src/data/venue.js';
import type { FairFeed } from '../../src/data/types.js';
import { sample, smallFeed } from './model-fixtures.js';

/** The live reachability report (model/reachability.ts, src/data/routing/reachability.ts). */

/** The same report the slow way: one findRoute per kiosk and booth. */
function slowUnreachable(feed: FairFeed, maxMetres = 10): string[] {
  const out = new Set<string>();
  for (const kiosk of (feed.places ?? []).filter((p) => p.kind === 'kiosk'))
    for (const booth of feed.booths) {
      const route = findRoute(feed, placeEnd(feed, kiosk), boothEnd(feed, booth)!);
      const legs = route.legs.at(-1)!.points;
      const last = legs.at(-2);
      const door = legs.at(-1)!;
      // The last stretch of a route is from the aisle to the door.
      const scale = booth.level === '1' ? 0.05 : 0.1;
      const offset = last ? Math.hypot(door[0] - last[0], door[1] - last[1]) * scale : Infinity;
      if (route.straight || offset > maxMetres + 1e-6) out.add(booth.id);
    }
  return feed.booths.map((b) => b.id).filter((id) => out.has(id));
}

describe('plan editor model: reachability', () => {
  it('reaches every booth of the small fair on foot; the upstairs booth only by the stairs', () => {
    const report = reachability(smallFeed());
    expect(report.unreachable).to.deep.equal([]);
    expect(report.offAisle).to.deep.equal([]);
    expect(report.kiosks).to.have.length(1);
    expect(report.kiosks[0]).to.deep.include({ kiosk: 'kiosk-1', level: 'G', offAisle: false });
    expect(report.noStepFree).to.deep.equal(['U01']);
  });

  it('a lift gives the upstairs booth a step-free way', () => {
    const history = new EditHistory(smallFeed());
    history.apply('Lift', addPlace({ kind: 'elevator', level: 'G', at: [920, 300], connects: 'lift' }));
    history.apply('Lift', addPlace({ kind: 'elevator', level: '1', at: [920, 300], connects: 'lift' }));
    expect(reachability(history.feed).noStepFree).to.deep.equal([]);
  });

  it('a booth cut off from the aisles is reported; after an aisle to it, it is not', () => {
    const history = new EditHistory(smallFeed());
    // 20 m below the aisle: further than 10 m from it.
    history.apply('Add booth', addBooth({ id: 'far', level: 'G', rect: [300, 500, 30, 30] }));
    let report = reachability(history.feed);
    expect(report.offAisle).to.deep.equal(['far']);
    expect(report.unreachable).to.deep.equal(['far']);
    expect(report.kiosks[0].unreachable).to.deep.equal(['far']);
    history.apply(
      'Add aisle',
      addPath('G', [
        [315, 300],
        [315, 495],
      ]),
    );
    report = reachability(history.feed);
    expect(report.unreachable).to.deep.equal([]);
    expect(report.offAisle).to.deep.equal([]);
    history.undo();
    expect(reachability(history.feed).unreachable).to.deep.equal(['far']);
  });

  it('a row on an aisle of its own is unreachable until that aisle joins the others', () => {
    const history = new EditHistory(smallFeed());
    history.apply(
      'Row',
      boothRow({ level: 'G', from: [100, 450], to: [400, 450], count: 5, width: 3, depth: 2, prefix: 'R' }),
    );
    const report = reachability(history.feed);
    expect(report.offAisle).to.deep.equal([]);
    expect(report.unreachable).to.deep.equal(['R01', 'R02', 'R03', 'R04', 'R05']);
    expect(report.unreachable).to.deep.equal(slowUnreachable(history.feed));
    history.apply(
      'Join',
      addPath('G', [
        [250, 300],
        [250, 450],
      ]),
    );
    expect(reachability(history.feed).unreachable).to.deep.equal([]);
  });

  it('a kiosk far from every aisle reaches nothing; a feed without kiosks reports none', () => {
    const feed = smallFeed();
    feed.places![0].at = [500, 500];
    const report = reachability(feed);
    expect(report.kiosks[0].offAisle).to.equal(true);
    expect(report.unreachable).to.deep.equal(['A01', 'A02', 'U01']);
    feed.places = feed.places!.filter((p) => p.kind !== 'kiosk');
    const { kiosks, offAisle, unreachable, noStepFree } = reachability(feed);
    expect({ kiosks, offAisle, unreachable, noStepFree }).to.deep.equal({
      kiosks: [],
      offAisle: [],
      unreachable: [],
      noStepFree: [],
    });
  });

  it('agrees with findRoute on the national sample, and runs after an edit well within a frame budget', async function () {
    this.timeout(30000);
    const { json } = await sample('national');
    expect(json.booths.length).to.be.greaterThan(200);
    const history = new EditHistory(json);
    const first = reachability(history.feed);
    expect(first.unreachable).to.deep.equal(slowUnreachable(history.feed));
    // Each edit makes a new feed, so each report builds its walking graph afresh.
    const edits: number[] = [];
    const reports: number[] = [];
    for (let i = 0; i < 21; i++) {
      let start = performance.now();
      history.apply('Move', (draft) => void (draft.booths[i].rect![0] += 1));
      edits.push(performance.now() - start);
      start = performance.now();
      reachability(history.feed);
      reports.push(performance.now() - start);
    }
    const median = (list: number[]) => list.sort((a, b) => a - b)[10];
    console.log(
      `reachability on ${json.booths.length} booths, ${json.paths!.length} aisles: median ${median(reports).toFixed(1)} ms, ` +
        `worst ${reports.at(-1)!.toFixed(1)} ms (the edit itself, structuredClone of the feed: median ${median(edits).toFixed(1)} ms)`,
    );
    // About 5 ms on a quiet machine; generous for a loaded one.
    expect(median(reports)).to.be.lessThan(50);
  });
});
