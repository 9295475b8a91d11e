/**
 * The element's keyboard: undo/redo anywhere in the editor (not in a text
 * field), Escape to cancel a drawing, and on the map's items list the keys of
 * keyboard.ts, turned into selections and edits.
 */
import { deleteItem } from '../model/delete.js';
import { nudge } from '../model/nudge.js';
import type { Selection } from '../model/selection.js';
import type { FairPlanEditor } from '../plan-editor.js';
import { itemKey, undoKey } from './keyboard.js';
import { levelItems } from './layers.js';

export class EditorKeys {
  constructor(private readonly host: FairPlanEditor) {}

  /** The items of the level shown, in keyboard order. */
  items() {
    const feed = this.host.history?.feed;
    return feed ? levelItems(feed, this.host.level) : [];
  }

  /** A key anywhere in the editor (listened on the host). */
  onKey(e: KeyboardEvent): void {
    const undo = undoKey(e);
    if (undo) {
      e.preventDefault();
      if (undo === 'undo') this.host.undo();
      else this.host.redo();
      return;
    }
    if (e.key === 'Escape' && this.host.tool !== 'select') {
      e.preventDefault();
      this.cancelDrawing();
    }
  }

  /** A key on the map's items list. */
  onItemsKey(e: KeyboardEvent): void {
    const host = this.host;
    itemKey(e, {
      items: () => this.items().map((i) => i.selection),
      current: () => this.index(host.selection),
      select: (selection) => host.select(selection),
      nudge: (dx, dy) => host.selection && host.edit(host.strings.editMove, nudge(host.selection, dx, dy)),
      remove: () => {
        if (!host.selection) return;
        const selection = host.selection;
        host.select(null);
        host.edit(host.strings.editDelete, deleteItem(selection));
      },
      enter: () => this.addAtCentre(),
      escape: () => {
        if (host.tool !== 'select') return this.cancelDrawing();
        if (!host.selection) return false;
        host.select(null);
        return true;
      },
    });
  }

  /** The drawing tool's item at the centre of the map, selected (the tool goes back to Select). */
  addAtCentre(): boolean {
    const host = this.host;
    if (!host.map?.tools.addAtCentre()) return false;
    host.tool = 'select';
    return true;
  }

  private cancelDrawing(): boolean {
    this.host.map?.tools.cancel();
    this.host.tool = 'select';
    this.host.announce(this.host.strings.drawingCancelled);
    return true;
  }

  private index(selection: Selection | null): number {
    if (!selection) return -1;
    return this.items().findIndex((i) => i.selection.kind === selection.kind && i.selection.id === selection.id);
  }
}
