/** Shared feeds and checks for the plan editor's model tests (test/editor/model-*.test.ts). */
import { expect } from '@open-wc/testing';
import type { Edit } from '../../src/components/plan-editor/model/history.js';
import { EditHistory } from '../../src/components/plan-editor/model/history.js';
import type { FairFeed } from '../../src/data/types.js';
import { validateFeed } from '../../src/data/validate.js';

/**
 * A small two-level fair: an aisle along y = 300 on G (x 50…950), a kiosk and
 * stairs and a lift on it, two booths facing the aisle, one aisle on level 1
 * joined by the stairs and the lift, a booth there, and programme items at a
 * booth and a place.
 */
export function smallFeed(): FairFeed {
  return {
    version: 1,
    fair: { id: 'small', name: 'Small fair' },
    map: {
      type: 'plan',
      levels: [
        { id: 'G', name: 'Ground', size: [1000, 600] },
        { id: '1', name: 'First', size: [1000, 600], scale: 0.05 },
      ],
    },
    categories: [{ id: 'tea', name: 'Tea' }],
    booths: [
      { id: 'A01', label: 'A01', level: 'G', rect: [100, 250, 30, 30], door: [115, 280], categories: ['tea'] },
      { id: 'A02', label: 'A02', level: 'G', rect: [140, 250, 30, 30], door: [155, 280], producers: ['p1'] },
      { id: 'U01', level: '1', rect: [600, 250, 40, 40], door: [620, 290] },
    ],
    producers: [
      { id: 'p1', name: 'Producer one' },
      { id: 'p2', name: 'Producer two' },
    ],
    places: [
      { id: 'kiosk-1', kind: 'kiosk', level: 'G', at: [500, 320] },
      { id: 'stairs-G', kind: 'stairs', level: 'G', at: [900, 300], connects: 'core' },
      { id: 'stairs-1', kind: 'stairs', level: '1', at: [900, 300], connects: 'core' },
      { id: 'stage', kind: 'stage', level: 'G', at: [800, 100] },
    ],
    paths: [
      {
        level: 'G',
        points: [
          [50, 300],
          [950, 300],
        ],
      },
      {
        level: '1',
        points: [
          [500, 300],
          [950, 300],
        ],
      },
    ],
    events: [
      { id: 'tasting', title: 'Tasting', start: '2025-12-27T09:00:00+07:00', booth: 'A01' },
      { id: 'show', title: 'Show', start: '2025-12-27T10:00:00+07:00', place: 'stage' },
    ],
  };
}

/** The feed after `edit`, through a history (as the element applies it). */
export function applied(feed: FairFeed, edit: Edit, label = 'edit'): FairFeed {
  const history = new EditHistory(feed);
  history.apply(label, edit);
  return history.feed;
}

/** Asserts the feed checker finds no errors (warnings listed in the failure for a wrong guess). */
export function expectNoErrors(feed: FairFeed): void {
  const errors = validateFeed(feed).problems.filter((p) => p.severity === 'error');
  expect(errors, JSON.stringify(errors)).to.deep.equal([]);
}

/** Whether two numbers are within 1e-6. */
export function near(a: number, b: number, tolerance = 1e-6): boolean {
  return Math.abs(a - b) <= tolerance;
}

/** The raw text and parsed JSON of a sample feed, fetched as the dev server serves it. */
export async function sample(name: 'son-la' | 'national' | 'cao-bang'): Promise<{ text: string; json: FairFeed }> {
  const text = await (await fetch(`/src/data/samples/${name}/feed.json`)).text();
  return { text, json: JSON.parse(text) as FairFeed };
}
