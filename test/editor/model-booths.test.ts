import { expect } from '@open-wc/testing';
import {
  addBooth,
  assignProducer,
  defaultDoor,
  duplicateBooth,
  EditHistory,
  moveBooth,
  nudge,
  resizeBooth,
  rotateBooth,
  setBoothFields,
  setBoothGeometry,
  setDoor,
  unassignProducer,
} from '../../src/components/plan-editor/model/index.js';
import { applied, expectNoErrors, near, smallFeed } from './model-fixtures.js';

/** Booth edits (model/booths.ts, door.ts, nudge.ts). */

const booth = (feed: ReturnType<typeof smallFeed>, id: string) => feed.booths.find((b) => b.id === id)!;

describe('plan editor model: booths', () => {
  it('moves a booth by 0.1 m with the keyboard nudge: 1 px at 0.1 m/px, 2 px at 0.05 m/px, door along', () => {
    const feed = applied(smallFeed(), nudge({ kind: 'booth', id: 'A01' }, 0.1, 0));
    expect(booth(feed, 'A01').rect).to.deep.equal([101, 250, 30, 30]);
    expect(booth(feed, 'A01').door).to.deep.equal([116, 280]);
    const upstairs = applied(smallFeed(), nudge({ kind: 'booth', id: 'U01' }, 0, -1));
    expect(booth(upstairs, 'U01').rect).to.deep.equal([600, 230, 40, 40]);
    expect(booth(upstairs, 'U01').door).to.deep.equal([620, 270]);
    // The other booths and keys are untouched, key order too.
    expect(JSON.stringify(booth(feed, 'A02'))).to.equal(JSON.stringify(booth(smallFeed(), 'A02')));
    expect(Object.keys(booth(feed, 'A01'))).to.deep.equal(Object.keys(booth(smallFeed(), 'A01')));
    expectNoErrors(feed);
  });

  it('nudges places and aisles in metres too', () => {
    const feed = applied(smallFeed(), nudge({ kind: 'place', id: 'stage' }, 1, 0.5));
    expect(feed.places!.find((p) => p.id === 'stage')!.at).to.deep.equal([810, 105]);
    const moved = applied(smallFeed(), nudge({ kind: 'path', id: '1' }, 0, 0.1));
    expect(moved.paths![1].points).to.deep.equal([
      [500, 302],
      [950, 302],
    ]);
  });

  it('moves a polygon booth and its door together', () => {
    const feed = smallFeed();
    feed.booths[0] = {
      id: 'A01',
      shape: [
        [0, 0],
        [10, 0],
        [5, 8],
      ],
      door: [5, 0],
    };
    const moved = applied(feed, moveBooth('A01', 3, -2));
    expect(moved.booths[0].shape).to.deep.equal([
      [3, -2],
      [13, -2],
      [8, 6],
    ]);
    expect(moved.booths[0].door).to.deep.equal([8, -2]);
  });

  it('rotates: a quarter turn keeps a rect, 45° makes a shape in its place, the door turns too', () => {
    const quarter = applied(smallFeed(), rotateBooth('A01', 90));
    // 30 × 30 about its middle (115, 265): the same square; the door on the bottom side goes to the left side.
    expect(booth(quarter, 'A01').rect).to.deep.equal([100, 250, 30, 30]);
    expect(booth(quarter, 'A01').door).to.deep.equal([100, 265]);
    const turned = applied(smallFeed(), rotateBooth('A01', 45));
    const b = booth(turned, 'A01');
    expect(b.rect).to.equal(undefined);
    expect(Object.keys(b)).to.deep.equal(['id', 'label', 'level', 'shape', 'door', 'categories']);
    expect(b.shape).to.have.length(4);
    const half = 15 * Math.SQRT2;
    expect(near(b.shape![0][0], 115, 0.01) && near(b.shape![0][1], 265 - half, 0.01)).to.equal(true);
    // The door (115, 280) is 15 px below the middle; turned 45° clockwise it is down and to the left.
    expect(near(b.door![0], 115 - 15 / Math.SQRT2, 0.01) && near(b.door![1], 265 + 15 / Math.SQRT2, 0.01)).to.equal(
      true,
    );
    expectNoErrors(turned);
    // A rect 60 × 20 turned a quarter: 20 × 60 about the same middle.
    const wide = smallFeed();
    wide.booths[0].rect = [100, 250, 60, 20];
    expect(booth(applied(wide, rotateBooth('A01', -90)), 'A01').rect).to.deep.equal([120, 230, 20, 60]);
  });

  it('resizes a rect and stretches a polygon, the door staying on its side', () => {
    const feed = applied(smallFeed(), resizeBooth('A01', [100, 250, 60, 40]));
    expect(booth(feed, 'A01').rect).to.deep.equal([100, 250, 60, 40]);
    expect(booth(feed, 'A01').door).to.deep.equal([130, 290]);
    expect(() => applied(smallFeed(), resizeBooth('A01', [0, 0, 0, 10]))).to.throw();
  });

  it('reshapes after a vertex edit, the door moved onto the new outline', () => {
    const feed = applied(
      smallFeed(),
      setBoothGeometry('A01', {
        shape: [
          [100, 250],
          [130, 250],
          [130, 270],
          [100, 270],
        ],
      }),
    );
    const b = booth(feed, 'A01');
    expect(Object.keys(b)).to.deep.equal(['id', 'label', 'level', 'shape', 'door', 'categories']);
    expect(b.door).to.deep.equal([115, 270]);
  });

  it('duplicates with the next free id of the same numbering, offset 2 m, without producers or name', () => {
    const edit = duplicateBooth('A02');
    const feed = applied(smallFeed(), edit);
    expect(edit.result).to.equal('A03');
    const copy = booth(feed, 'A03');
    expect(copy).to.deep.equal({ id: 'A03', label: 'A03', level: 'G', rect: [160, 270, 30, 30], door: [175, 300] });
    const again = applied(feed, duplicateBooth('A01', [0, 40]));
    expect(again.booths.at(-1)!.id).to.equal('A04');
    expect(again.booths.at(-1)!.categories).to.deep.equal(['tea']);
    expectNoErrors(again);
  });

  it('adds a booth with the next free code and the door facing the nearest aisle', () => {
    const edit = addBooth({ level: 'G', rect: [300, 320, 40, 30] });
    const feed = applied(smallFeed(), edit);
    // After the last numbered booth, U01, comes U02; the aisle runs along y = 300, above the booth.
    expect(edit.result).to.equal('U02');
    expect(booth(feed, 'U02')).to.deep.equal({ id: 'U02', level: 'G', rect: [300, 320, 40, 30], door: [320, 320] });
    const polygon = applied(
      smallFeed(),
      addBooth({
        id: 'P1',
        level: 'G',
        shape: [
          [400, 100],
          [440, 100],
          [420, 140],
        ],
      }),
    );
    // Two sides' middles, (430, 120) and (410, 120), are equally near y = 300: the first side in order wins.
    expect(booth(polygon, 'P1').door).to.deep.equal([430, 120]);
    expect(() => applied(smallFeed(), addBooth({ id: 'A01', level: 'G', rect: [0, 0, 5, 5] }))).to.throw(/exists/);
    expectNoErrors(feed);
  });

  it('defaultDoor: the side facing the nearest aisle; with no aisle, the nearest place; else none', () => {
    const feed = smallFeed();
    expect(defaultDoor(feed, { id: 'x', level: 'G', rect: [700, 310, 20, 20] })).to.deep.equal([710, 310]);
    expect(defaultDoor(feed, { id: 'x', level: 'G', rect: [960, 290, 20, 20] })).to.deep.equal([960, 300]);
    feed.paths = [];
    expect(defaultDoor(feed, { id: 'x', level: 'G', rect: [780, 120, 40, 40] })).to.deep.equal([800, 120]);
    feed.places = [];
    expect(defaultDoor(feed, { id: 'x', level: 'G', rect: [780, 120, 40, 40] })).to.equal(undefined);
  });

  it('sets the door where it is dragged', () => {
    const feed = applied(smallFeed(), setDoor('U01', [640, 270.123]));
    expect(booth(feed, 'U01').door).to.deep.equal([640, 270.12]);
  });

  it('renaming a booth carries the new id to the programme items at it', () => {
    const feed = applied(smallFeed(), setBoothFields('A01', { id: 'T-1', label: 'T1' }));
    expect(booth(feed, 'T-1').label).to.equal('T1');
    expect(feed.events![0].booth).to.equal('T-1');
    expect(() => applied(smallFeed(), setBoothFields('A01', { id: 'A02' }))).to.throw(/exists/);
    expectNoErrors(feed);
  });

  it('sets fields in the contract’s key order and removes emptied ones', () => {
    const feed = applied(
      smallFeed(),
      setBoothFields('U01', { label: 'U1', name: { vi: 'Gian trà', en: 'Tea stall' }, categories: ['tea', 'tea'] }),
    );
    expect(Object.keys(booth(feed, 'U01'))).to.deep.equal([
      'id',
      'label',
      'level',
      'rect',
      'door',
      'categories',
      'name',
    ]);
    expect(booth(feed, 'U01').categories).to.deep.equal(['tea']);
    const cleared = applied(feed, setBoothFields('U01', { label: '', categories: [], name: null }));
    expect(booth(cleared, 'U01')).to.deep.equal(smallFeed().booths[2]);
    expectNoErrors(feed);
  });

  it('puts a dragged producer in a booth once, and takes it out', () => {
    const history = new EditHistory(smallFeed());
    history.apply('Assign', assignProducer('A01', 'p2'));
    history.apply('Assign', assignProducer('A01', 'p2'));
    expect(Object.keys(booth(history.feed, 'A01'))).to.deep.equal([
      'id',
      'label',
      'level',
      'rect',
      'door',
      'producers',
      'categories',
    ]);
    expect(booth(history.feed, 'A01').producers).to.deep.equal(['p2']);
    history.apply('Assign', assignProducer('A02', 'p2'));
    expect(booth(history.feed, 'A02').producers).to.deep.equal(['p1', 'p2']);
    expectNoErrors(history.feed);
    history.apply('Unassign', unassignProducer('A01', 'p2'));
    expect(booth(history.feed, 'A01').producers).to.equal(undefined);
    history.undo();
    expect(booth(history.feed, 'A01').producers).to.deep.equal(['p2']);
  });

  it('an unknown booth throws and leaves the history as it was', () => {
    const history = new EditHistory(smallFeed());
    expect(() => history.apply('Move', moveBooth('nope', 1, 1))).to.throw(/nope/);
    expect(history.canUndo).to.equal(false);
  });
});
