import type { FairMap, GeoLevel, GeoMap, PlanLevel, PlanMap } from '../types.js';
import * as m from './messages.js';
import {
  type ValidationRun,
  type Rec,
  isRecord,
  own,
  pointer,
  record,
  type Where,
  type Who,
  Named,
  say,
  written,
} from './run.js';
import { readText } from './text.js';
import { copyExtras, numberProblem, readId, readPoint, readString, readUrl } from './values.js';

/** Validation of `/map`: a floor plan's levels (image, size, scale) or a geo map's tiles, centre and zoom. */

const PLAN_KEYS = new Set(['type', 'levels']);
const GEO_KEYS = new Set(['type', 'tiles', 'attribution', 'levels', 'center', 'zoom']);
const LEVEL_KEYS = new Set(['id', 'name', 'image', 'size', 'scale']);

function readSize(run: ValidationRun, raw: Rec, path: Where, subject: Who): [number, number] | undefined {
  const value = own(raw, 'size');
  if (value === undefined) {
    run.warn(pointer(path, 'size'), m.sizeMissing(say(subject)));
    return undefined;
  }
  if (Array.isArray(value) && value.length === 2 && value.every((n) => !numberProblem(n) && n > 0)) {
    return [value[0], value[1]];
  }
  run.warn(pointer(path, 'size'), m.sizeBad(say(subject), value));
  return undefined;
}

function readLevels(run: ValidationRun, value: unknown, path: Where, plan: boolean): (PlanLevel | GeoLevel)[] {
  const out: (PlanLevel | GeoLevel)[] = [];
  if (value === undefined && !plan) return out;
  if (!Array.isArray(value)) {
    run.error(path, m.levelsNotList(value));
    return out;
  }
  value.forEach((raw, i) => {
    const at = pointer(path, i);
    if (!isRecord(raw)) {
      run.error(at, m.levelNotObject(written(at), raw));
      return;
    }
    const id = readId(run, raw, at, run.ids.levels);
    if (id === undefined) return;
    const subject: Named = ['level', id, at];
    const level: PlanLevel = record({ id });
    const name = readText(run, raw, at, subject, 'name');
    if (name !== undefined) level.name = name;
    if (plan) {
      const image = readUrl(run, own(raw, 'image'), pointer(at, 'image'), subject, 'image', 'image');
      if (image) level.image = image;
      const size = readSize(run, raw, at, subject);
      if (size) level.size = size;
      const scale = own(raw, 'scale');
      if (typeof scale === 'number' && scale > 0 && scale <= 1000) level.scale = scale;
      else if (scale !== undefined) {
        run.warn(pointer(at, 'scale'), m.scaleBad(say(subject), scale));
      }
    }
    copyExtras(run, raw, level, plan ? LEVEL_KEYS : new Set(['id', 'name']), at);
    run.ids.levels.kept?.add(id);
    run.levels.set(id, { id, size: level.size });
    out.push(level);
  });
  return out;
}

/** The placeholders Leaflet fills in a tile address (`{-y}`: the row counted from the south, TMS). */
const TILE_KEYS: ReadonlySet<string> = new Set(['z', 'x', 'y', '-y', 's', 'r']);

function readTiles(run: ValidationRun, value: unknown, path: Where): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const url = readUrl(run, value, path, m.wholeSubject('map'), 'tiles', 'media', m.tilesOutcome());
  if (url === undefined) return undefined;
  // Leaflet's own pattern: it throws, for every tile, on a placeholder it has no value for (`{apikey}`, even `{z }`).
  const keys = [...url.matchAll(/\{ *([\w -]+) *\}/g)].map((m) => m[1]);
  const other = keys.find((key) => !TILE_KEYS.has(key));
  if (other === undefined && keys.includes('z') && keys.includes('x') && (keys.includes('y') || keys.includes('-y')))
    return url;
  run.error(path, m.tilesBad(url, other));
  return undefined;
}

/** Reads `/map`; `undefined` (with an error) when there is no usable map. */
export function readMap(run: ValidationRun, value: unknown): FairMap | undefined {
  const path = '/map';
  if (!isRecord(value)) {
    run.error(path, m.mapNotObject(value));
    return undefined;
  }
  const type = own(value, 'type');
  if (type !== 'plan' && type !== 'geo') {
    run.error(pointer(path, 'type'), m.mapTypeBad(type));
    return undefined;
  }
  run.mapType = type;
  if (type === 'plan') {
    const levels = readLevels(run, own(value, 'levels'), pointer(path, 'levels'), true) as PlanLevel[];
    if (!levels.length) {
      run.error(pointer(path, 'levels'), m.planNoLevel());
      return undefined;
    }
    const plan: PlanMap = record({ type, levels });
    copyExtras(run, value, plan, PLAN_KEYS, path);
    return plan;
  }
  const geo: GeoMap = record({ type });
  const tiles = readTiles(run, own(value, 'tiles'), pointer(path, 'tiles'));
  if (tiles) geo.tiles = tiles;
  const subject = m.wholeSubject('map');
  const attribution = readString(run, own(value, 'attribution'), pointer(path, 'attribution'), subject, 'attribution');
  if (attribution) geo.attribution = attribution;
  const levels = readLevels(run, own(value, 'levels'), pointer(path, 'levels'), false);
  if (levels.length) geo.levels = levels;
  if (own(value, 'center') !== undefined) {
    const center = readPoint(
      run,
      own(value, 'center'),
      pointer(path, 'center'),
      subject,
      'center',
      m.centerOutcome(),
      'warning',
    );
    if (center) geo.center = center;
  }
  const zoom = own(value, 'zoom');
  if (typeof zoom === 'number' && Number.isFinite(zoom) && zoom >= 0 && zoom <= 24) geo.zoom = zoom;
  else if (zoom !== undefined) run.warn(pointer(path, 'zoom'), m.zoomBad(zoom));
  copyExtras(run, value, geo, GEO_KEYS, path);
  return geo;
}
