import { expect } from '@open-wc/testing';
import {
  addLevel,
  changeLevelId,
  deleteItem,
  EditHistory,
  metresPerPixel,
  moveLevel,
  removalOf,
  removeLevel,
  renameLevel,
  scaleFromLine,
  setLevelImage,
  setLevelScale,
  setLevelScaleFromLine,
  toMetres,
  toPixels,
} from '../../src/components/plan-editor/model/index.js';
import type { PlanLevel } from '../../src/data/types.js';
import { applied, expectNoErrors, smallFeed } from './model-fixtures.js';

/** Levels, scale and deletion with references (model/levels.ts, units.ts, delete.ts). */

const levels = (feed: ReturnType<typeof smallFeed>) => feed.map.levels as PlanLevel[];

describe('plan editor model: levels and scale', () => {
  it('converts metres and plan pixels with each level’s scale (0.1 by default)', () => {
    const feed = smallFeed();
    expect(metresPerPixel(feed, 'G')).to.equal(0.1);
    expect(metresPerPixel(feed, '1')).to.equal(0.05);
    expect(metresPerPixel(feed)).to.equal(0.1);
    expect(toPixels(feed, '1', 3)).to.equal(60);
    expect(toMetres(feed, 'G', 30)).to.equal(3);
  });

  it('sets a scale from a line of known length: "this wall is 24 m"', () => {
    expect(scaleFromLine([0, 0], [300, 400], 24)).to.equal(24 / 500);
    expect(() => scaleFromLine([1, 1], [1, 1], 24)).to.throw(RangeError);
    expect(() => scaleFromLine([0, 0], [1, 1], 0)).to.throw(RangeError);
    const feed = applied(smallFeed(), setLevelScaleFromLine('G', [0, 0], [480, 0], 24));
    expect(levels(feed)[0]).to.deep.equal({ id: 'G', name: 'Ground', size: [1000, 600], scale: 0.05 });
    expect(toPixels(feed, 'G', 24)).to.equal(480);
    expect(() => applied(smallFeed(), setLevelScale('G', -1))).to.throw();
    expectNoErrors(feed);
  });

  it('adds a level with a fresh id, in the contract’s key order', () => {
    const edit = addLevel({ name: { vi: 'Tầng 2', en: 'Level 2' }, image: 'plan-2.svg', size: [800, 500] });
    const feed = applied(smallFeed(), edit);
    expect(edit.result).to.equal('L3');
    expect(JSON.stringify(levels(feed)[2])).to.equal(
      JSON.stringify({ id: 'L3', name: { vi: 'Tầng 2', en: 'Level 2' }, image: 'plan-2.svg', size: [800, 500] }),
    );
    const named = applied(feed, addLevel({ id: 'G', size: [10, 10] }));
    expect(levels(named).map((l) => l.id)).to.deep.equal(['G', '1', 'L3', 'L4']);
    expectNoErrors(named);
  });

  it('renames, re-ids and sets the image of a level', () => {
    let feed = applied(smallFeed(), renameLevel('G', { vi: 'Tầng trệt', en: 'Ground floor' }));
    expect(levels(feed)[0].name).to.deep.equal({ vi: 'Tầng trệt', en: 'Ground floor' });
    feed = applied(feed, setLevelImage('1', 'first.png', [2000, 1200]));
    expect(Object.keys(levels(feed)[1])).to.deep.equal(['id', 'name', 'image', 'size', 'scale']);
    feed = applied(feed, changeLevelId('1', 'L1'));
    expect(feed.booths.find((b) => b.id === 'U01')!.level).to.equal('L1');
    expect(feed.places!.find((p) => p.id === 'stairs-1')!.level).to.equal('L1');
    expect(feed.paths![1].level).to.equal('L1');
    expect(() => applied(feed, changeLevelId('L1', 'G'))).to.throw(/exists/);
    expectNoErrors(feed);
  });

  it('reorders levels; items that left their level out stay on the floor they were on', () => {
    const start = smallFeed();
    delete start.booths[0].level;
    delete start.paths![0].level;
    const feed = applied(start, moveLevel('1', 0));
    expect(levels(feed).map((l) => l.id)).to.deep.equal(['1', 'G']);
    expect(feed.booths[0].level).to.equal('G');
    expect(Object.keys(feed.booths[0])).to.deep.equal(['id', 'label', 'level', 'rect', 'door', 'categories']);
    expect(feed.paths![0]).to.deep.equal(smallFeed().paths![0]);
    // Moving a level that does not change the first touches no item.
    const same = applied(start, moveLevel('1', 5));
    expect(same.booths[0].level).to.equal(undefined);
    expectNoErrors(feed);
  });
});

describe('plan editor model: deleting', () => {
  it('deletes a booth; the programme item at it loses its booth', () => {
    const edit = deleteItem({ kind: 'booth', id: 'A01' });
    const feed = applied(smallFeed(), edit);
    expect(feed.booths.map((b) => b.id)).to.deep.equal(['A02', 'U01']);
    expect(feed.events![0]).to.deep.equal({ id: 'tasting', title: 'Tasting', start: '2025-12-27T09:00:00+07:00' });
    expect(edit.result!.events).to.deep.equal(['tasting']);
    expectNoErrors(feed);
  });

  it('deletes a place (the event there loses it) and a path by its index', () => {
    const feed = applied(smallFeed(), deleteItem({ kind: 'place', id: 'stage' }));
    expect(feed.places!.map((p) => p.id)).to.not.include('stage');
    expect(feed.events![1].place).to.equal(undefined);
    const noPath = applied(feed, deleteItem({ kind: 'path', id: '0' }));
    expect(noPath.paths).to.deep.equal([smallFeed().paths![1]]);
    expect(() => applied(feed, deleteItem({ kind: 'path', id: '7' }))).to.throw();
    expectNoErrors(noPath);
  });

  it('deletes a level with its booths, places and aisles, and says so', () => {
    const feed = smallFeed();
    expect(removalOf(feed, { kind: 'level', id: '1' })).to.deep.equal({
      level: '1',
      booths: ['U01'],
      places: ['stairs-1'],
      paths: [1],
      events: [],
    });
    const after = applied(feed, removeLevel('1'));
    expect(levels(after).map((l) => l.id)).to.deep.equal(['G']);
    expect(after.booths.map((b) => b.id)).to.deep.equal(['A01', 'A02']);
    expect(after.places!.map((p) => p.id)).to.deep.equal(['kiosk-1', 'stairs-G', 'stage']);
    expect(after.paths).to.have.length(1);
    expectNoErrors(after);
    // The first level with items that leave their level out: they go with it, programme references too.
    delete feed.booths[0].level;
    const gone = removalOf(feed, { kind: 'level', id: 'G' });
    expect(gone.booths).to.deep.equal(['A01', 'A02']);
    expect(gone.events).to.deep.equal(['tasting', 'show']);
    const history = new EditHistory(feed);
    history.apply('Remove level', removeLevel('G'));
    expect(history.feed.booths.map((b) => b.id)).to.deep.equal(['U01']);
    expect(history.feed.events!.every((e) => e.booth === undefined && e.place === undefined)).to.equal(true);
    expectNoErrors(history.feed);
    // The last level cannot go.
    expect(() => history.apply('Remove level', removeLevel('1'))).to.throw(/at least one level/);
  });
});
