/**
 * The map's keyboard: on the items list (the map's one tab stop) Tab and
 * Shift+Tab move through the level's items (and leave the map past the
 * last or first), arrows nudge the selected item 0.1 m (Shift: 1 m),
 * Delete/Backspace removes it, Escape cancels a drawing or clears the
 * selection, Enter adds the drawing tool's item at the map's centre. Undo/redo keys work anywhere in the editor except in a text
 * field, which keeps its own (see {@link undoKey}).
 */
import type { Selection } from '../model/selection.js';

export interface ItemKeyActions {
  /** The level's items in order and the index of the selected one (-1 for none). */
  items(): Selection[];
  current(): number;
  select(selection: Selection): void;
  nudge(dxMetres: number, dyMetres: number): void;
  remove(): void;
  escape(): boolean;
  /** Enter: the drawing tool's item at the centre of the map; `false` when no tool adds one. */
  enter(): boolean;
}

/** Handles a key on the items list; returns whether it was used (and prevented). */
export function itemKey(e: KeyboardEvent, actions: ItemKeyActions): boolean {
  const step = e.shiftKey ? 1 : 0.1;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, -step],
    ArrowDown: [0, step],
  };
  if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
    const items = actions.items();
    const next = actions.current() + (e.shiftKey ? -1 : 1);
    // Past either end (or no item at all) Tab leaves the map as usual.
    if (next < 0 || next >= items.length || (e.shiftKey && actions.current() < 0)) return false;
    actions.select(items[next]);
  } else if (moves[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey) {
    if (actions.current() < 0) return false;
    actions.nudge(...moves[e.key]);
  } else if (e.key === 'Delete' || e.key === 'Backspace') {
    if (actions.current() < 0) return false;
    actions.remove();
  } else if (e.key === 'Escape') {
    return actions.escape();
  } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    if (!actions.enter()) return false;
  } else return false;
  e.preventDefault();
  return true;
}

/** `undo` / `redo` for Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y (⌘ on a Mac); nothing in a text field. */
export function undoKey(e: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const target = e.composedPath()[0] as HTMLElement | undefined;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}
