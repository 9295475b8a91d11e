import { expect } from '@open-wc/testing';
import { boothRow, planBoothRow, type RowOptions } from '../../src/components/plan-editor/model/row.js';
import { convexOverlap, outlineOf, pointInPolygon } from '../../src/components/plan-editor/model/geometry.js';
import type { Booth, Point } from '../../src/data/types.js';
import { applied, expectNoErrors, near, smallFeed } from './model-fixtures.js';

/** The row tool (model/row.ts): N booths along a line, numbered, facing the aisle. */

const base: RowOptions = {
  level: 'G',
  from: [100, 450],
  to: [500, 450],
  count: 10,
  width: 3,
  depth: 2.5,
  gap: 0.5,
  prefix: 'C',
};

function noOverlaps(booths: Booth[]): void {
  for (let i = 0; i < booths.length; i++)
    for (let j = i + 1; j < booths.length; j++)
      expect(
        convexOverlap(outlineOf(booths[i]), outlineOf(booths[j]), 0.01),
        `${booths[i].id}/${booths[j].id}`,
      ).to.equal(false);
}

/** Distance from p to the infinite line through a and b. */
function lineDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / Math.hypot(dx, dy);
}

describe('plan editor model: the row tool', () => {
  it('lays 10 booths along a horizontal line: rects of 3 × 2.5 m, numbered C01…C10, doors on the aisle', () => {
    const feed = applied(smallFeed(), boothRow(base));
    const made = feed.booths.slice(3);
    expect(made.map((b) => b.id)).to.deep.equal(['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10']);
    expect(made.map((b) => b.label)).to.deep.equal(made.map((b) => b.id));
    // Scale 0.1 m per pixel: 3 m = 30 px along the line, 2.5 m = 25 px deep, 0.5 m gap = 5 px; above the line
    // (left, walking left to right), 1.5 m (half the default 3 m aisle) away from it.
    made.forEach((b, i) => {
      expect(b.shape).to.equal(undefined);
      expect(b.rect).to.deep.equal([100 + i * 35, 410, 30, 25]);
      expect(b.door).to.deep.equal([115 + i * 35, 435]);
      expect(b.level).to.equal('G');
    });
    noOverlaps(made);
    // The aisle along the line, so routes reach the row.
    expect(feed.paths!.at(-1)).to.deep.equal({
      level: 'G',
      points: [
        [100, 450],
        [500, 450],
      ],
    });
    expectNoErrors(feed);
  });

  it('lays 10 booths along a 30° line: polygons turned to the line, sizes in metres, doors facing it', () => {
    const from: Point = [100, 60];
    const angle = Math.PI / 6;
    const to: Point = [from[0] + 400 * Math.cos(angle), from[1] + 400 * Math.sin(angle)];
    const plan = planBoothRow(smallFeed(), { ...base, from, to, side: 'right' });
    expect(plan.ids).to.have.length(10);
    noOverlaps(plan.booths);
    for (const b of plan.booths) {
      expect(b.rect).to.equal(undefined);
      const s = b.shape!;
      expect(s).to.have.length(4);
      const metres = (p: Point, q: Point) => Math.hypot(q[0] - p[0], q[1] - p[1]) * 0.1;
      expect(near(metres(s[0], s[1]), 3, 0.01), 'width').to.equal(true);
      expect(near(metres(s[1], s[2]), 2.5, 0.01), 'depth').to.equal(true);
      const heading = (Math.atan2(s[1][1] - s[0][1], s[1][0] - s[0][0]) * 180) / Math.PI;
      expect(near(heading, 30, 0.05), `heading ${heading}`).to.equal(true);
      // The door: the middle of the side on the aisle, 1.5 m from the line; the far side 4 m away.
      const door = b.door!;
      expect(near(door[0], (s[0][0] + s[1][0]) / 2, 0.02) && near(door[1], (s[0][1] + s[1][1]) / 2, 0.02)).to.equal(
        true,
      );
      expect(near(lineDistance(door, from, to) * 0.1, 1.5, 0.01)).to.equal(true);
      expect(near(lineDistance(s[2], from, to) * 0.1, 4, 0.01)).to.equal(true);
      // Right of the line walking down it (y down): below it, on the side of increasing y.
      const centre: Point = [(s[0][0] + s[2][0]) / 2, (s[0][1] + s[2][1]) / 2];
      const cross = (to[0] - from[0]) * (centre[1] - from[1]) - (to[1] - from[1]) * (centre[0] - from[0]);
      expect(cross).to.be.greaterThan(0);
      expect(pointInPolygon(centre, s)).to.equal(true);
    }
    expectNoErrors(applied(smallFeed(), boothRow({ ...base, from, to, side: 'right' })));
  });

  it('both sides: C01–C10 on one side, C11–C20 facing them across the aisle', () => {
    const plan = planBoothRow(smallFeed(), { ...base, bothSides: true, aisleWidth: 4 });
    expect(plan.ids).to.have.length(20);
    expect(plan.ids[0]).to.equal('C01');
    expect(plan.ids[19]).to.equal('C20');
    noOverlaps(plan.booths);
    const byId = new Map(plan.booths.map((b) => [b.id, b]));
    // Above the line: C01…C10, 2 m away; below: C11…C20, from the same end.
    expect(byId.get('C01')!.rect).to.deep.equal([100, 405, 30, 25]);
    expect(byId.get('C01')!.door).to.deep.equal([115, 430]);
    expect(byId.get('C11')!.rect).to.deep.equal([100, 470, 30, 25]);
    expect(byId.get('C11')!.door).to.deep.equal([115, 470]);
    expect(byId.get('C20')!.rect).to.deep.equal([415, 470, 30, 25]);
    expectNoErrors(applied(smallFeed(), boothRow({ ...base, bothSides: true })));
  });

  it('odd-even numbering alternates across the aisle', () => {
    const plan = planBoothRow(smallFeed(), { ...base, count: 3, bothSides: true, numbering: 'odd-even' });
    const above = plan.booths.filter((b) => b.rect![1] < 450).map((b) => b.id);
    const below = plan.booths.filter((b) => b.rect![1] > 450).map((b) => b.id);
    expect(above).to.deep.equal(['C01', 'C03', 'C05']);
    expect(below).to.deep.equal(['C02', 'C04', 'C06']);
  });

  it('numbers from a pattern (prefix, start, step, digits) and passes over codes already in use', () => {
    const plan = planBoothRow(smallFeed(), { ...base, prefix: 'A', count: 4 });
    expect(plan.skipped).to.deep.equal(['A01', 'A02']);
    expect(plan.ids).to.deep.equal(['A03', 'A04', 'A05', 'A06']);
    const stepped = planBoothRow(smallFeed(), { ...base, prefix: 'K-', start: 10, step: 10, digits: 3, count: 3 });
    expect(stepped.ids).to.deep.equal(['K-010', 'K-020', 'K-030']);
  });

  it('uses the level’s own scale, fills the line when no count is given, and reports overlapped booths', () => {
    // Level 1 is 0.05 m per pixel: 3 m is 60 px.
    const plan = planBoothRow(smallFeed(), { ...base, level: '1', count: 2, aisle: false });
    expect(plan.booths[0].rect).to.deep.equal([100, 370, 60, 50]);
    expect(plan.aisle).to.equal(undefined);
    // 400 px at 0.1 m/px is 40 m: ten 3.5 m places fit in 40.5 m (the last needs no gap after it).
    expect(planBoothRow(smallFeed(), { ...base, count: undefined }).ids).to.have.length(11);
    // Over A01 and A02 (rects at y 250–280): a row just above the main aisle.
    const over = planBoothRow(smallFeed(), { ...base, from: [90, 300], to: [300, 300], aisleWidth: 0 });
    expect(over.overlaps).to.deep.equal(['A01', 'A02']);
  });

  it('takes a line within half a degree of an axis as on it, and refuses a line of no length', () => {
    const plan = planBoothRow(smallFeed(), { ...base, to: [500, 452], count: 2 });
    expect(plan.booths[0].rect).to.deep.equal([100, 410, 30, 25]);
    const vertical = planBoothRow(smallFeed(), { ...base, from: [700, 50], to: [700, 500], count: 2 });
    // Down the page the left side is to the east (x larger).
    expect(vertical.booths[0].rect).to.deep.equal([715, 50, 25, 30]);
    expect(vertical.booths[0].door).to.deep.equal([715, 65]);
    expect(() => planBoothRow(smallFeed(), { ...base, to: base.from })).to.throw();
  });

  it('reports the ids it made through the edit’s result', () => {
    const edit = boothRow({ ...base, count: 2 });
    applied(smallFeed(), edit);
    expect(edit.result!.ids).to.deep.equal(['C01', 'C02']);
  });
});
