/**
 * Keyboard moves: the selected booth, place or aisle moved by a distance in
 * metres, turned into plan pixels with the scale of the item's own level (the
 * element maps the arrow keys to 0.1 m, with Shift to 1 m). A level does not
 * move.
 */
import { moveBooth } from './booths.js';
import { findBooth, findPlace, pathIndex } from './edit.js';
import type { Edit } from './history.js';
import type { Selection } from './selection.js';
import { levelOf, toPixels } from './units.js';
import { movePath, movePlaceBy } from './venue.js';

/** Moves the selected item by (dxMetres, dyMetres), x to the right and y down the plan. */
export function nudge(selection: Selection, dxMetres: number, dyMetres: number): Edit {
  return (draft) => {
    const px = (level: string) => [toPixels(draft, level, dxMetres), toPixels(draft, level, dyMetres)] as const;
    switch (selection.kind) {
      case 'booth': {
        const [dx, dy] = px(levelOf(draft, findBooth(draft, selection.id)));
        return moveBooth(selection.id, dx, dy)(draft);
      }
      case 'place': {
        const [dx, dy] = px(levelOf(draft, findPlace(draft, selection.id)));
        return movePlaceBy(selection.id, dx, dy)(draft);
      }
      case 'path': {
        const [dx, dy] = px(levelOf(draft, draft.paths![pathIndex(draft, selection.id)]));
        return movePath(selection.id, dx, dy)(draft);
      }
      case 'level':
        return;
    }
  };
}
