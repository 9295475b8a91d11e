import { expect } from '@open-wc/testing';
import {
  addBooth,
  addLevel,
  addPath,
  addPlace,
  assignProducer,
  boothRow,
  changeLevelId,
  deleteItem,
  duplicateBooth,
  EditHistory,
  exportFeed,
  inOrderOf,
  moveBooth,
  moveLevel,
  movePlace,
  nudge,
  renameLevel,
  resizeBooth,
  rotateBooth,
  setBoothFields,
  setDoor,
  setLevelImage,
  setLevelScale,
  setPlaceFields,
  updatePath,
  type Edit,
} from '../../src/components/plan-editor/model/index.js';
import type { FairFeed } from '../../src/data/types.js';
import { expectNoErrors, sample, smallFeed } from './model-fixtures.js';

/** Export (model/export.ts), places and aisles (model/venue.ts), and every edit checked by the feed checker. */

describe('plan editor model: export', () => {
  it('Son La loaded and exported unchanged is the same feed, byte for byte as the file', async () => {
    const { text, json } = await sample('son-la');
    const history = new EditHistory(json);
    const { feed, problems } = exportFeed(history.feed);
    expect(problems).to.deep.equal([]);
    expect(feed).to.deep.equal(JSON.parse(text));
    expect(JSON.stringify(feed, null, 2) + '\n').to.equal(text);
  });

  it('Cao Bang and the national sample come back the same too', async () => {
    for (const name of ['cao-bang', 'national'] as const) {
      const { text } = await sample(name);
      const { feed } = exportFeed(new EditHistory(JSON.parse(text) as FairFeed).feed);
      expect(JSON.stringify(feed), name).to.equal(JSON.stringify(JSON.parse(text)));
    }
  });

  it('edits and their undoing give back the original; an edit changes only what it edits', async () => {
    const { text, json } = await sample('son-la');
    const history = new EditHistory(json);
    history.apply('Move', moveBooth('A01', 10, 0));
    history.apply(
      'Row',
      boothRow({ level: 'L2', from: [300, 600], to: [700, 600], count: 4, width: 4, depth: 3, prefix: 'Z' }),
    );
    history.apply('Lift', addPlace({ kind: 'kiosk', level: 'L2', at: [500, 650] }));
    const edited = exportFeed(history.feed);
    expect(edited.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    const original = JSON.parse(text) as FairFeed;
    const a01 = edited.feed!.booths.find((b) => b.id === 'A01')!;
    expect(a01.rect).to.deep.equal([380, 380, 100, 80]);
    expect(JSON.stringify({ ...a01, rect: undefined, door: undefined })).to.equal(
      JSON.stringify({ ...original.booths[0], rect: undefined, door: undefined }),
    );
    expect(JSON.stringify(edited.feed!.booths.slice(1, 20))).to.equal(JSON.stringify(original.booths.slice(1)));
    expect(JSON.stringify(edited.feed!.products)).to.equal(JSON.stringify(original.products));
    while (history.undo());
    expect(JSON.stringify(exportFeed(history.feed).feed, null, 2) + '\n').to.equal(text);
  });

  it('inOrderOf keeps the first object’s values in the second’s key order, matching items by id', () => {
    const out = inOrderOf(
      {
        b: 1,
        a: [
          { id: 'y', q: 1, p: 2 },
          { id: 'x', p: 3 },
        ],
        c: 4,
      },
      {
        a: [
          { id: 'x', p: 0 },
          { id: 'y', p: 0, q: 0 },
        ],
        b: 0,
      },
    );
    expect(JSON.stringify(out)).to.equal('{"a":[{"id":"y","p":2,"q":1},{"id":"x","p":3}],"b":1,"c":4}');
  });
});

describe('plan editor model: places and aisles', () => {
  it('adds places with a fresh id per kind, in the contract’s key order', () => {
    const history = new EditHistory(smallFeed());
    const kiosk = addPlace({ kind: 'kiosk', level: 'G', at: [100.004, 320], name: 'You are here' });
    history.apply('Kiosk', kiosk);
    expect(kiosk.result).to.equal('kiosk-2');
    const entrance = addPlace({ kind: 'entrance', level: '1', at: [10, 10] });
    history.apply('Entrance', entrance);
    expect(entrance.result).to.equal('entrance-1');
    const made = history.feed.places!.find((p) => p.id === 'kiosk-2')!;
    expect(JSON.stringify(made)).to.equal(
      '{"id":"kiosk-2","kind":"kiosk","level":"G","at":[100,320],"name":"You are here"}',
    );
    expect(() => history.apply('Bad', addPlace({ kind: 'nope' as 'kiosk', level: 'G', at: [0, 0] }))).to.throw();
    expectNoErrors(history.feed);
  });

  it('adds places and aisles to a feed that had none, where the contract puts them', () => {
    const feed = smallFeed();
    delete feed.places;
    delete feed.paths;
    const history = new EditHistory(feed);
    history.apply(
      'Aisle',
      addPath('G', [
        [0, 10],
        [100, 10],
        [100, 90],
      ]),
    );
    history.apply('Kiosk', addPlace({ kind: 'kiosk', level: 'G', at: [50, 12] }));
    expect(Object.keys(history.feed)).to.deep.equal([
      'version',
      'fair',
      'map',
      'categories',
      'booths',
      'producers',
      'places',
      'paths',
      'events',
    ]);
    history.apply(
      'Edit aisle',
      updatePath('0', [
        [0, 20],
        [100, 20],
      ]),
    );
    expect(history.feed.paths![0].points).to.deep.equal([
      [0, 20],
      [100, 20],
    ]);
    expect(() => history.apply('Edit aisle', updatePath(0, [[0, 20]]))).to.throw();
  });

  it('moves a place and edits its fields; a new id is carried to the events at it', () => {
    const history = new EditHistory(smallFeed());
    history.apply('Move', movePlace('stage', [810.5, 99]));
    history.apply('Fields', setPlaceFields('stage', { id: 'main-stage', name: { vi: 'Sân khấu', en: 'Stage' } }));
    expect(history.feed.events![1].place).to.equal('main-stage');
    const stage = history.feed.places!.find((p) => p.id === 'main-stage')!;
    expect(JSON.stringify(stage)).to.equal(
      '{"id":"main-stage","kind":"stage","level":"G","at":[810.5,99],"name":{"vi":"Sân khấu","en":"Stage"}}',
    );
    history.apply('Lift', setPlaceFields('stairs-1', { kind: 'elevator', connects: 'lift-core' }));
    expect(history.feed.places!.find((p) => p.id === 'stairs-1')).to.deep.include({
      kind: 'elevator',
      connects: 'lift-core',
    });
    history.apply('No name', setPlaceFields('main-stage', { name: null }));
    expect(history.feed.places!.find((p) => p.id === 'main-stage')!.name).to.equal(undefined);
    expect(() => history.apply('Clash', setPlaceFields('main-stage', { id: 'kiosk-1' }))).to.throw(/exists/);
    expectNoErrors(history.feed);
  });
});

describe('plan editor model: every edit checks clean', () => {
  const edits: [string, Edit][] = [
    ['add level', addLevel({ name: 'Mezzanine', image: 'm.svg', size: [500, 400] })],
    ['rename level', renameLevel('G', 'Hall')],
    ['level id', changeLevelId('1', 'F1')],
    ['move level', moveLevel('1', 0)],
    ['level image', setLevelImage('G', 'g.png', [1200, 700])],
    ['level scale', setLevelScale('1', 0.02)],
    ['delete level', deleteItem({ kind: 'level', id: '1' })],
    ['add booth', addBooth({ level: 'G', rect: [400, 320, 30, 20] })],
    [
      'add polygon',
      addBooth({
        level: '1',
        shape: [
          [10, 10],
          [60, 10],
          [35, 50],
        ],
      }),
    ],
    ['move booth', moveBooth('A01', -5, 5)],
    ['resize booth', resizeBooth('A02', [140, 240, 50, 40])],
    ['rotate booth', rotateBooth('U01', 30)],
    ['duplicate booth', duplicateBooth('A01')],
    ['booth fields', setBoothFields('A02', { id: 'B-2', categories: ['tea'], producers: ['p2'] })],
    ['assign producer', assignProducer('U01', 'p1')],
    ['door', setDoor('A01', [100, 265])],
    ['delete booth', deleteItem({ kind: 'booth', id: 'A01' })],
    ['row', boothRow({ level: 'G', from: [100, 520], to: [600, 520], count: 8, width: 3, depth: 2, bothSides: true })],
    [
      'aisle',
      addPath('G', [
        [500, 300],
        [500, 500],
      ]),
    ],
    [
      'edit aisle',
      updatePath(0, [
        [40, 300],
        [960, 300],
      ]),
    ],
    ['delete aisle', deleteItem({ kind: 'path', id: '1' })],
    ['place', addPlace({ kind: 'restroom', level: '1', at: [100, 100], name: 'WC' })],
    ['move place', movePlace('kiosk-1', [510, 310])],
    ['place fields', setPlaceFields('stairs-G', { connects: 'core-2' })],
    ['delete place', deleteItem({ kind: 'place', id: 'stage' })],
    ['nudge', nudge({ kind: 'booth', id: 'U01' }, 1, -1)],
  ];
  for (const [name, edit] of edits)
    it(`${name}: the feed checker finds no errors`, () => {
      const history = new EditHistory(smallFeed());
      history.apply(name, edit);
      expectNoErrors(history.feed);
      expect(history.feed).to.not.deep.equal(smallFeed());
    });

  it('all of them one after the other, and undone', () => {
    const history = new EditHistory(smallFeed());
    const safe = edits.filter(
      ([name]) =>
        !['delete level', 'level id', 'delete booth', 'booth fields', 'delete aisle', 'delete place'].includes(name),
    );
    for (const [name, edit] of safe) history.apply(name, edit);
    expectNoErrors(history.feed);
    while (history.undo());
    expect(JSON.stringify(history.feed)).to.equal(JSON.stringify(smallFeed()));
  });
});
