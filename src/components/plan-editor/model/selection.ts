/**
 * What the plan editor has selected: one booth, place, path or level. Shared by
 * the element, the map and the panels.
 */

/**
 * A selected item. `id` is the booth's, place's or level's id; for a path it is
 * the path's index in `feed.paths`, as a string.
 */
export type Selection = { kind: 'booth' | 'place' | 'path' | 'level'; id: string };

/** Whether two selections name the same item (`null` for nothing selected). */
export function sameSelection(a: Selection | null | undefined, b: Selection | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.kind === b.kind && a.id === b.id;
}
