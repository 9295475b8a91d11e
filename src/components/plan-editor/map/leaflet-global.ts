/**
 * The Leaflet the plan editor draws with, published as the global `L` that
 * Geoman needs: Geoman's build is a script that patches `globalThis.L` when it
 * runs (and reads `L` again at run time), so `L` must exist before it
 * evaluates — this module is imported just before it (see leaflet.ts).
 *
 * Leaflet's full ES build (every layer, handler and control: the editor uses
 * markers, drag, tooltips…), as a mutable copy, because Geoman adds `L.PM`
 * to it and a module namespace is frozen.
 *
 * A page that already has its own Leaflet 1.x as `L` keeps it, and the
 * editor uses that one (one Leaflet on the page, which Geoman joins; Geoman
 * runs opted in, see leaflet.ts, so the page's own maps are left alone).
 * Anything else already called `L` is overwritten only when it is not an
 * object with Leaflet's `version` (a page's unrelated global would break
 * Geoman either way); that case is warned about.
 */
import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';

type LeafletNamespace = typeof import('leaflet');
const scope = globalThis as { L?: unknown };
const existing = scope.L as { version?: unknown; Map?: unknown } | undefined;

function isLeaflet1(value: typeof existing): value is LeafletNamespace & { version: string } {
  return !!value && typeof value.version === 'string' && value.version.startsWith('1.') && !!value.Map;
}

if (existing !== undefined && !isLeaflet1(existing)) {
  console.warn('Fairkit plan editor: replacing a global `L` that is not Leaflet 1.x (Geoman needs Leaflet as `L`).');
}

/** The editor's Leaflet: the page's own Leaflet 1.x when it has one, else the editor's copy (now `globalThis.L`). */
export const L: LeafletNamespace = isLeaflet1(existing) ? existing : (scope.L = { ...Leaflet });
