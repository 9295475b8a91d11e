import { expect } from '@open-wc/testing';
import {
  code,
  nextBoothId,
  nextLevelId,
  nextPlaceId,
  parseCode,
  snapToGrid,
  snapToNeighbours,
} from '../../src/components/plan-editor/model/index.js';
import { smallFeed } from './model-fixtures.js';

/** Snapping (model/snap.ts) and fresh ids (model/ids.ts). */

describe('plan editor model: snapping', () => {
  it('snaps a point to a grid', () => {
    expect(snapToGrid([12.4, 17.6], 5)).to.deep.equal([10, 20]);
    expect(snapToGrid([0.31, -0.29], 0.1)).to.deep.equal([0.3, -0.3]);
    expect(snapToGrid([3, 4], 0)).to.deep.equal([3, 4]);
  });

  it('snaps a corner onto a neighbour’s corner within the tolerance', () => {
    // A02 is [140, 250, 30, 30]: a booth dragged to 172, 248 meets its top-right corner at (170, 250).
    const snap = snapToNeighbours({ rect: [172, 248, 30, 30] }, smallFeed(), 'G', 5);
    expect(snap).to.deep.equal({ dx: -2, dy: 2, to: ['A02'], kind: 'corner' });
  });

  it('lines edges up on each axis when no corner is near', () => {
    // 3 px right of A02 and 12 px lower: x lines up with A02's right edge (170); no y is within 4 px.
    const snap = snapToNeighbours({ rect: [173, 262, 30, 30] }, smallFeed(), 'G', 4);
    expect(snap).to.deep.equal({ dx: -3, dy: 0, to: ['A02'], kind: 'edge' });
  });

  it('puts a corner onto a turned neighbour’s side', () => {
    const feed = smallFeed();
    feed.booths.push({
      id: 'D',
      level: 'G',
      shape: [
        [400, 100],
        [440, 140],
        [400, 180],
        [360, 140],
      ],
    });
    const snap = snapToNeighbours(
      [
        [423, 118],
        [450, 118],
        [450, 90],
      ],
      feed,
      'G',
      4,
    );
    expect(snap.kind).to.equal('side');
    expect(snap.to).to.deep.equal(['D']);
    // The nearest point of the side from (400, 100) to (440, 140) to (423, 118) is (420.5, 120.5), 3.5 px away.
    expect(snap.dx).to.be.closeTo(-2.5, 1e-9);
    expect(snap.dy).to.be.closeTo(2.5, 1e-9);
  });

  it('leaves out the dragged booth itself, other levels, and far booths', () => {
    const feed = smallFeed();
    // Dragging A02 a little: with itself left out, A01 (8 px to the left) lines up on y only.
    expect(snapToNeighbours({ rect: [138, 251, 30, 30] }, feed, 'G', 5)).to.deep.equal({
      dx: 2,
      dy: -1,
      to: ['A02'],
      kind: 'corner',
    });
    expect(snapToNeighbours({ rect: [138, 251, 30, 30] }, feed, 'G', 5, { exclude: 'A02' })).to.deep.equal({
      dx: 0,
      dy: -1,
      to: ['A01'],
      kind: 'edge',
    });
    expect(snapToNeighbours({ rect: [138, 251, 30, 30] }, feed, '1', 5).kind).to.equal('none');
    expect(snapToNeighbours({ rect: [500, 500, 10, 10] }, feed, 'G', 5)).to.deep.equal({
      dx: 0,
      dy: 0,
      to: [],
      kind: 'none',
    });
  });
});

describe('plan editor model: fresh ids', () => {
  it('codes from a pattern', () => {
    expect(code('A', 7, 2)).to.equal('A07');
    expect(code('B-', 123, 2)).to.equal('B-123');
    expect(parseCode('HALL-A09')).to.deep.equal({ prefix: 'HALL-A', digits: 2, n: 9 });
    expect(parseCode('stage')).to.equal(undefined);
  });

  it('the next booth id follows the last numbered booth, or a given pattern, or B01', () => {
    const feed = smallFeed();
    expect(nextBoothId(feed)).to.equal('U02');
    expect(nextBoothId(feed, { prefix: 'A', digits: 2 })).to.equal('A03');
    expect(nextBoothId(feed, { prefix: 'Q', digits: 3 })).to.equal('Q001');
    feed.booths = [];
    expect(nextBoothId(feed)).to.equal('B01');
  });

  it('place ids per kind and level ids', () => {
    const feed = smallFeed();
    expect(nextPlaceId(feed, 'kiosk')).to.equal('kiosk-2');
    expect(nextPlaceId(feed, 'entrance')).to.equal('entrance-1');
    expect(nextLevelId(feed)).to.equal('L3');
  });
});
