import type { FairMap, GeoLevel, GeoMap, PlanLevel, PlanMap } from '../types.js';
import { type ValidationRun, type Rec, describe, isRecord, own, pointer, quoted, record } from './run.js';
import { readText } from './text.js';
import { copyExtras, numberProblem, readId, readPoint, readString, readUrl } from './values.js';

/** Validation of `/map`: a floor plan's levels (image, size, scale) or a geo map's tiles, centre and zoom. */

const PLAN_KEYS = new Set(['type', 'levels']);
const GEO_KEYS = new Set(['type', 'tiles', 'attribution', 'levels', 'center', 'zoom']);
const LEVEL_KEYS = new Set(['id', 'name', 'image', 'size', 'scale']);

function readSize(run: ValidationRun, raw: Rec, path: string, subject: string): [number, number] | undefined {
  const value = own(raw, 'size');
  if (value === undefined) {
    run.warn(
      pointer(path, 'size'),
      `${subject} has no "size"; add the plan image's [width, height] in pixels, or the map has to guess it.`,
    );
    return undefined;
  }
  if (Array.isArray(value) && value.length === 2 && value.every((n) => !numberProblem(n) && n > 0)) {
    return [value[0], value[1]];
  }
  run.warn(
    pointer(path, 'size'),
    `${subject} has a "size" that is ${describe(value)}, not [width, height] in pixels (two positive numbers up to 10,000,000). The map has to guess it.`,
  );
  return undefined;
}

function readLevels(run: ValidationRun, value: unknown, path: string, plan: boolean): (PlanLevel | GeoLevel)[] {
  const out: (PlanLevel | GeoLevel)[] = [];
  if (value === undefined && !plan) return out;
  if (!Array.isArray(value)) {
    run.error(
      path,
      `The map's "levels" are ${describe(value)}, not a list such as [{"id": "G", "size": [1600, 1000]}].`,
    );
    return out;
  }
  value.forEach((raw, i) => {
    const at = pointer(path, i);
    if (!isRecord(raw)) {
      run.error(at, `The level at ${at} is ${describe(raw)}, not an object with an "id". It is left out.`);
      return;
    }
    const id = readId(run, raw, at, 'level', run.ids.levels);
    if (id === undefined) return;
    const subject = `Level ${quoted(id)}`;
    const level: PlanLevel = record({ id });
    const name = readText(run, own(raw, 'name'), pointer(at, 'name'), subject, 'name');
    if (name !== undefined) level.name = name;
    if (plan) {
      const image = readUrl(run, own(raw, 'image'), pointer(at, 'image'), subject, 'image', 'image');
      if (image) level.image = image;
      const size = readSize(run, raw, at, subject);
      if (size) level.size = size;
      const scale = own(raw, 'scale');
      if (typeof scale === 'number' && scale > 0 && scale <= 1000) level.scale = scale;
      else if (scale !== undefined) {
        run.warn(
          pointer(at, 'scale'),
          `${subject} has a "scale" that is ${describe(scale)}, not a positive number of metres per plan pixel (up to 1,000). 0.1 is used.`,
        );
      }
    }
    copyExtras(run, raw, level, plan ? LEVEL_KEYS : new Set(['id', 'name']), at);
    run.ids.levels.kept.add(id);
    run.levels.set(id, { id, size: level.size });
    out.push(level);
  });
  return out;
}

/** The placeholders Leaflet fills in a tile address (`{-y}`: the row counted from the south, TMS). */
const TILE_KEYS: ReadonlySet<string> = new Set(['z', 'x', 'y', '-y', 's', 'r']);

function readTiles(run: ValidationRun, value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const url = readUrl(run, value, path, 'The map', 'tiles', 'media', 'The default tiles are used.');
  if (url === undefined) return undefined;
  // Leaflet's own pattern: it throws, for every tile, on a placeholder it has no value for (`{apikey}`, even `{z }`).
  const keys = [...url.matchAll(/\{ *([\w -]+) *\}/g)].map((m) => m[1]);
  const other = keys.find((key) => !TILE_KEYS.has(key));
  if (other === undefined && keys.includes('z') && keys.includes('x') && (keys.includes('y') || keys.includes('-y')))
    return url;
  run.error(
    path,
    `The map's "tiles" template ${describe(url)} needs {z}, {x} and {y}, and no placeholder but those, {-y}, {s} and {r}${other === undefined ? '' : ` (not {${other}})`}: write it like "https://tile.example/{z}/{x}/{y}.png", with any key in the address. The default tiles are used.`,
  );
  return undefined;
}

/** Reads `/map`; `undefined` (with an error) when there is no usable map. */
export function readMap(run: ValidationRun, value: unknown): FairMap | undefined {
  const path = '/map';
  if (!isRecord(value)) {
    run.error(
      path,
      value === undefined
        ? 'The feed has no "map"; add {"type": "plan", "levels": […]} or {"type": "geo", …}. Nothing can be shown without it.'
        : `The feed's "map" is ${describe(value)}, not an object with a "type". Nothing can be shown without it.`,
    );
    return undefined;
  }
  const type = own(value, 'type');
  if (type !== 'plan' && type !== 'geo') {
    run.error(
      pointer(path, 'type'),
      `The map's "type" is ${describe(type)}; it must be "plan" (a floor plan image) or "geo" (a map of streets). Nothing can be shown without it.`,
    );
    return undefined;
  }
  run.mapType = type;
  if (type === 'plan') {
    const levels = readLevels(run, own(value, 'levels'), pointer(path, 'levels'), true) as PlanLevel[];
    if (!levels.length) {
      run.error(
        pointer(path, 'levels'),
        'The plan map has no usable level; add at least one {"id": "G", "image": "plan.svg", "size": [1600, 1000]}. Nothing can be shown without it.',
      );
      return undefined;
    }
    const plan: PlanMap = record({ type, levels });
    copyExtras(run, value, plan, PLAN_KEYS, path);
    return plan;
  }
  const geo: GeoMap = record({ type });
  const tiles = readTiles(run, own(value, 'tiles'), pointer(path, 'tiles'));
  if (tiles) geo.tiles = tiles;
  const attribution = readString(
    run,
    own(value, 'attribution'),
    pointer(path, 'attribution'),
    'The map',
    'attribution',
  );
  if (attribution) geo.attribution = attribution;
  const levels = readLevels(run, own(value, 'levels'), pointer(path, 'levels'), false);
  if (levels.length) geo.levels = levels;
  if (own(value, 'center') !== undefined) {
    const center = readPoint(
      run,
      own(value, 'center'),
      pointer(path, 'center'),
      'The map',
      'center',
      'The map centres on its booths instead.',
      'warning',
    );
    if (center) geo.center = center;
  }
  const zoom = own(value, 'zoom');
  if (typeof zoom === 'number' && Number.isFinite(zoom) && zoom >= 0 && zoom <= 24) geo.zoom = zoom;
  else if (zoom !== undefined)
    run.warn(
      pointer(path, 'zoom'),
      `The map's "zoom" ${describe(zoom)} is not a number from 0 to 24. The map fits its booths instead.`,
    );
  copyExtras(run, value, geo, GEO_KEYS, path);
  return geo;
}
