import { expect } from '@open-wc/testing';
import { EditHistory } from '../../src/components/plan-editor/model/history.js';
import { sameSelection } from '../../src/components/plan-editor/model/selection.js';
import type { FairFeed } from '../../src/data/types.js';

/** The plan editor's undo history (model/history.ts) and selection helper. */

function feed(): FairFeed {
  return {
    version: 1,
    fair: { id: 'f', name: 'F' },
    map: { type: 'plan', levels: [{ id: 'G', size: [100, 100] }] },
    booths: [{ id: 'A01', rect: [0, 0, 10, 10] }],
  };
}

describe('plan editor model: history', () => {
  it('applies an edit to a copy, leaving the earlier feed untouched', () => {
    const original = feed();
    const history = new EditHistory(original);
    history.apply('Move A01', (draft) => {
      draft.booths[0].rect = [5, 0, 10, 10];
    });
    expect(history.feed.booths[0].rect).to.deep.equal([5, 0, 10, 10]);
    expect(original.booths[0].rect).to.deep.equal([0, 0, 10, 10]);
    expect(history.feed).to.not.equal(original);
  });

  it('undoes and redoes, with labels, and fires change each time', () => {
    const history = new EditHistory(feed());
    let changes = 0;
    history.addEventListener('change', () => changes++);
    expect(history.canUndo).to.equal(false);
    expect(history.undo()).to.equal(false);
    history.apply('First', (d) => void (d.fair.id = 'one'));
    history.apply('Second', (d) => void (d.fair.id = 'two'));
    expect(history.undoLabel).to.equal('Second');
    expect(history.redoLabel).to.equal(undefined);
    expect(history.undo()).to.equal(true);
    expect(history.feed.fair.id).to.equal('one');
    expect(history.undoLabel).to.equal('First');
    expect(history.redoLabel).to.equal('Second');
    expect(history.redo()).to.equal(true);
    expect(history.feed.fair.id).to.equal('two');
    expect(history.redo()).to.equal(false);
    history.undo();
    history.undo();
    expect(history.feed.fair.id).to.equal('f');
    expect(history.canUndo).to.equal(false);
    expect(history.canRedo).to.equal(true);
    // A new edit drops what could be redone.
    history.apply('Third', (d) => void (d.fair.id = 'three'));
    expect(history.canRedo).to.equal(false);
    expect(changes).to.equal(2 + 1 + 1 + 2 + 1);
  });

  it('keeps at most `limit` steps to undo', () => {
    const history = new EditHistory(feed(), 200);
    for (let i = 1; i <= 250; i++) history.apply(`Edit ${i}`, (d) => void (d.fair.id = `v${i}`));
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).to.equal(200);
    expect(history.feed.fair.id).to.equal('v50');
    expect(history.redoLabel).to.equal('Edit 51');
  });

  it('an edit that throws changes nothing', () => {
    const history = new EditHistory(feed());
    expect(() =>
      history.apply('Broken', (d) => {
        d.fair.id = 'changed';
        throw new Error('no');
      }),
    ).to.throw('no');
    expect(history.feed.fair.id).to.equal('f');
    expect(history.canUndo).to.equal(false);
  });

  it('keeps what an edit left alone as the same objects, and no step for an edit that changed nothing', () => {
    const start = feed();
    start.booths.push({ id: 'A02', rect: [20, 0, 10, 10] });
    start.producers = [{ id: 'p', name: { vi: 'Chè', en: 'Tea' } }];
    const history = new EditHistory(start);
    history.apply('Move A02', (draft) => void (draft.booths[1].rect = [25, 0, 10, 10]));
    const after = history.feed;
    expect(after).to.not.equal(start);
    expect(after.producers).to.equal(start.producers);
    expect(after.fair).to.equal(start.fair);
    expect(after.booths).to.not.equal(start.booths);
    expect(after.booths[0]).to.equal(start.booths[0]);
    expect(after.booths[1]).to.not.equal(start.booths[1]);
    expect(after.booths[1].rect).to.deep.equal([25, 0, 10, 10]);
    // Matched by id: a booth removed before others leaves those others shared.
    history.apply('Remove A01', (draft) => void draft.booths.shift());
    expect(history.feed.booths[0]).to.equal(after.booths[1]);
    // Key order counts: the same values in another order are a change.
    history.apply('Reorder', (draft) => void (draft.fair = { name: 'F', id: 'f' }));
    expect(history.undoLabel).to.equal('Reorder');
    let changes = 0;
    history.addEventListener('change', () => changes++);
    history.apply('Nothing', (draft) => void (draft.booths[0].rect = [25, 0, 10, 10]));
    expect(changes).to.equal(0);
    expect(history.undoLabel).to.equal('Reorder');
  });

  it('reset starts over', () => {
    const history = new EditHistory(feed());
    history.apply('X', (d) => void (d.fair.id = 'x'));
    let changed = false;
    history.addEventListener('change', () => (changed = true));
    const next = feed();
    next.fair.id = 'next';
    history.reset(next);
    expect(changed).to.equal(true);
    expect(history.feed).to.equal(next);
    expect(history.canUndo).to.equal(false);
    expect(history.canRedo).to.equal(false);
  });

  it('compares selections', () => {
    expect(sameSelection({ kind: 'booth', id: 'A' }, { kind: 'booth', id: 'A' })).to.equal(true);
    expect(sameSelection({ kind: 'booth', id: 'A' }, { kind: 'place', id: 'A' })).to.equal(false);
    expect(sameSelection(null, undefined)).to.equal(true);
    expect(sameSelection(null, { kind: 'level', id: 'G' })).to.equal(false);
  });
});
