/**
 * How one sheet names items of another: a producer by its id or its name, a
 * category by id or name, a booth by its code ("a01" is A01), a level by id
 * or name. Names are compared folded (case, diacritics, `đ`), in any of the
 * item's languages. Exports write the name when it names one item only, else
 * the id, so that what they write reads back to the same item.
 */
import { fold } from '../../data/search/fold.js';
import type { Text } from '../../data/types.js';

export interface Named {
  id: string;
  name?: Text;
}

const names = (value: Text | undefined): string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value);

const key = (value: string) => fold(value).replace(/\s+/g, ' ').trim();

/** The item `ref` names: an id (exact, then any case), else a folded name. Undefined when none or ambiguous. */
export function resolveRef<T extends Named>(items: readonly T[], ref: string): T | undefined {
  const exact = items.find((item) => item.id === ref);
  if (exact) return exact;
  const lower = ref.toLowerCase();
  const byId = items.filter((item) => item.id.toLowerCase() === lower);
  if (byId.length === 1) return byId[0];
  const wanted = key(ref);
  const byName = items.filter((item) => names(item.name).some((name) => key(name) === wanted));
  return byName.length === 1 ? byName[0] : undefined;
}

/** The base-language name of a Text (its `base` entry, else a plain string), or ''. */
export function baseText(value: Text | undefined, base: string): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[base] ?? '');
}

/** How an export names `id` among `items`: its base-language name if that reads back to it, else the id. */
export function refName(items: readonly Named[], id: string, base: string): string {
  const item = items.find((i) => i.id === id);
  const name = item && baseText(item.name, base);
  return name && resolveRef(items, name) === item ? name : id;
}

/**
 * Splits a cell naming several items: by `;` and new lines, and by commas
 * only when each piece then names an item ("Gạo, miến & bún" may be one
 * category, "HTX A, B" one producer).
 */
export function splitRefs(cell: string, isName: (part: string) => boolean): string[] {
  const out: string[] = [];
  for (const part of cell.split(/\s*[;\n]\s*/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const pieces = trimmed.split(/\s*,\s*/).filter(Boolean);
    if (pieces.length > 1 && !isName(trimmed) && pieces.every(isName)) out.push(...pieces);
    else out.push(trimmed);
  }
  return out;
}

/** Joins names for a cell: ", " unless a name holds a comma, then "; ". */
export function joinRefs(names: readonly string[]): string {
  return names.join(names.some((n) => n.includes(',')) ? '; ' : ', ');
}
