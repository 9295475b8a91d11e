import type { Fair, FairMap, FairTheme, GeoLevel, GeoMap, Organizer, PlanLevel, PlanMap } from '../types.js';
import { type ValidationRun, type Rec, describe, isRecord, own, pointer, quoted, record } from './run.js';
import {
  copyExtras,
  idProblem,
  languageTag,
  numberProblem,
  parseIsoDateTime,
  readColor,
  readId,
  readPoint,
  readString,
  readText,
  readUrl,
} from './values.js';

/** Validation of `/fair` and `/map`: the parts without which there is no feed. */

const FAIR_KEYS = new Set([
  'id',
  'name',
  'venue',
  'dates',
  'timezone',
  'locales',
  'organizer',
  'theme',
  'share',
  'fallback',
]);
const THEME_KEYS = new Set(['primary', 'accent', 'logo', 'font']);
const ORGANIZER_KEYS = new Set(['name', 'url']);
/**
 * A font stack CSS accepts as a whole: families separated by commas, each a
 * quoted name or unquoted words that are CSS identifiers; letters of any
 * script, digits, spaces, quotes, commas, dots, hyphens and underscores only
 * (no `;`, braces or `url(`, which could smuggle other CSS). An unclosed
 * quote, an empty entry or an unquoted `Font 2.0` would make the browser drop
 * the whole `font-family`. `fair-feed.schema.json` has the same pattern.
 */
const FAMILY = String.raw` *(?:"[^"]*"|'[^']*'|-?[\p{L}_][\p{L}\p{N}_-]*(?: +-?[\p{L}_][\p{L}\p{N}_-]*)*) *`;
const FONT_LIST = new RegExp(String.raw`^(?=[\p{L}\p{N} ,'"._-]{1,200}$)${FAMILY}(?:,${FAMILY})*$`, 'u');

function readLocales(run: ValidationRun, value: unknown, path: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    run.warn(
      path,
      `The fair has "locales" that are ${describe(value)}, not a list of language tags such as ["vi", "en"]. They are ignored.`,
    );
    return undefined;
  }
  const out: string[] = [];
  value.forEach((tag, i) => {
    const clean = languageTag(tag);
    if (!clean) {
      run.error(
        pointer(path, i),
        `The fair lists the language ${describe(tag)}, which is not a language tag browsers accept, such as "vi", "en-US" or "zh-Hant". It is left out.`,
      );
    } else if (!out.includes(clean)) {
      out.push(clean);
    }
  });
  return out.length ? out : undefined;
}

/**
 * `fair.fallback`: the content languages to try before `fair.locales[0]`. A
 * bad entry is dropped with a warning; a list with no usable entry leaves the
 * default (English). An empty list is kept: no fallback before `locales[0]`.
 */
function readFallback(run: ValidationRun, value: unknown, path: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    run.warn(
      path,
      `The fair has a "fallback" that is ${describe(value)}, not a list of language tags such as ["en"]. English is used as the fallback.`,
    );
    return undefined;
  }
  const out: string[] = [];
  value.forEach((tag, i) => {
    const clean = languageTag(tag);
    if (!clean) {
      run.warn(
        pointer(path, i),
        `The fair's "fallback" lists ${describe(tag)}, which is not a language tag such as "en" or "zh-Hant". It is ignored.`,
      );
    } else if (!out.includes(clean)) {
      out.push(clean);
    }
  });
  return out.length || !value.length ? out : undefined;
}

function readDates(run: ValidationRun, value: unknown, path: string): Fair['dates'] {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.error(
      path,
      `The fair has "dates" that are ${describe(value)}; write {"start": "2025-12-24", "end": "2025-12-29"}. They are ignored.`,
    );
    return undefined;
  }
  const start = typeof own(value, 'start') === 'string' ? (own(value, 'start') as string).trim() : own(value, 'start');
  const end =
    own(value, 'end') === undefined
      ? start
      : typeof own(value, 'end') === 'string'
        ? (own(value, 'end') as string).trim()
        : own(value, 'end');
  const startMs = typeof start === 'string' ? parseIsoDateTime(start, true) : undefined;
  if (startMs === undefined) {
    run.error(
      pointer(path, 'start'),
      `The fair's start date ${describe(start)} is not a date written as YYYY-MM-DD. The dates are ignored.`,
    );
    return undefined;
  }
  const endMs = typeof end === 'string' ? parseIsoDateTime(end, true) : undefined;
  if (endMs === undefined) {
    run.error(
      pointer(path, 'end'),
      `The fair's end date ${describe(end)} is not a date written as YYYY-MM-DD. The dates are ignored.`,
    );
    return undefined;
  }
  if (endMs < startMs) {
    run.error(pointer(path, 'end'), `The fair ends (${end}) before it starts (${start}). The dates are ignored.`);
    return undefined;
  }
  return record({ start: start as string, end: end as string });
}

function readTimezone(run: ValidationRun, value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const zone = typeof value === 'string' ? value.trim() : '';
  try {
    if (zone) {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone;
    }
  } catch {
    /* reported below */
  }
  run.warn(
    path,
    `The fair's "timezone" ${describe(value)} is not an IANA time zone such as "Asia/Ho_Chi_Minh". The visitor's own time zone is used.`,
  );
  return undefined;
}

function readOrganizer(run: ValidationRun, value: unknown, path: string): Organizer | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.error(
      path,
      `The fair's "organizer" is ${describe(value)}; write {"name": "…", "url": "https://…"}. It is ignored.`,
    );
    return undefined;
  }
  const name = readText(
    run,
    own(value, 'name'),
    pointer(path, 'name'),
    'The organizer',
    'name',
    'The organizer is left out.',
  );
  if (name === undefined) return undefined;
  const out: Organizer = record({ name });
  const url = readUrl(run, own(value, 'url'), pointer(path, 'url'), 'The organizer', 'url', 'link');
  if (url) out.url = url;
  copyExtras(run, value, out, ORGANIZER_KEYS, path);
  return out;
}

function readTheme(run: ValidationRun, value: unknown, path: string): FairTheme | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.warn(path, `The fair's "theme" is ${describe(value)}; write {"primary": "#0b6e4f", …}. It is ignored.`);
    return undefined;
  }
  const subject = 'The fair theme';
  const out: FairTheme = record({});
  const primary = readColor(run, own(value, 'primary'), pointer(path, 'primary'), subject, 'primary');
  if (primary) out.primary = primary;
  const accent = readColor(run, own(value, 'accent'), pointer(path, 'accent'), subject, 'accent');
  if (accent) out.accent = accent;
  const logo = readUrl(run, own(value, 'logo'), pointer(path, 'logo'), subject, 'logo', 'image');
  if (logo) out.logo = logo;
  const font = readString(run, own(value, 'font'), pointer(path, 'font'), subject, 'font');
  if (font && FONT_LIST.test(font)) out.font = font;
  else if (font)
    run.warn(
      pointer(path, 'font'),
      `${subject} has a "font" ${describe(font)} that CSS would reject (check its characters and quotes; quote a name with digits); write names separated by commas, such as "Be Vietnam Pro, sans-serif". The default font is used.`,
    );
  copyExtras(run, value, out, THEME_KEYS, path);
  return out;
}

function readShare(run: ValidationRun, value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const template = typeof value === 'string' ? value.trim() : '';
  const filled = template.replace(/\{(kind|id)\}/g, 'x');
  if (/^https?:\/\//i.test(template) && URL.canParse?.(filled) !== false) return template;
  run.error(
    path,
    `The fair's "share" template ${describe(value)} must be an http:// or https:// address, such as "https://fair.example.vn/{kind}/{id}". QR hand-off uses the page's own address instead.`,
  );
  return undefined;
}

/** Reads `/fair`; `undefined` (with an error) when the fair has no object or no usable id. */
export function readFair(run: ValidationRun, value: unknown): Fair | undefined {
  const path = '/fair';
  if (!isRecord(value)) {
    run.error(
      path,
      value === undefined
        ? 'The feed has no "fair"; add {"id": "…", "name": "…"} describing the fair. Nothing can be shown without it.'
        : `The feed's "fair" is ${describe(value)}, not an object with the fair's "id" and "name". Nothing can be shown without it.`,
    );
    return undefined;
  }
  const rawId = own(value, 'id');
  const id = typeof rawId === 'string' ? rawId.trim() : '';
  const idIssue = idProblem(rawId);
  if (idIssue) {
    run.error(
      pointer(path, 'id'),
      rawId === undefined
        ? 'The fair has no "id"; give it a short unique id such as "cao-bang-2025". Nothing can be shown without it.'
        : `The fair has the id ${idIssue}. Nothing can be shown without it.`,
    );
    return undefined;
  }
  // Languages first: every Text below is checked against them.
  const locales = readLocales(run, own(value, 'locales'), pointer(path, 'locales'));
  run.locales = locales ?? [];
  const name = readText(
    run,
    own(value, 'name'),
    pointer(path, 'name'),
    'The fair',
    'name',
    `Its id ${quoted(id)} is shown instead.`,
  );
  const fair: Fair = record({ id, name: name ?? id });
  const venue = readText(run, own(value, 'venue'), pointer(path, 'venue'), 'The fair', 'venue');
  if (venue !== undefined) fair.venue = venue;
  const dates = readDates(run, own(value, 'dates'), pointer(path, 'dates'));
  if (dates) fair.dates = dates;
  const timezone = readTimezone(run, own(value, 'timezone'), pointer(path, 'timezone'));
  if (timezone) fair.timezone = timezone;
  if (locales) fair.locales = locales;
  const organizer = readOrganizer(run, own(value, 'organizer'), pointer(path, 'organizer'));
  if (organizer) fair.organizer = organizer;
  const theme = readTheme(run, own(value, 'theme'), pointer(path, 'theme'));
  if (theme) fair.theme = theme;
  const share = readShare(run, own(value, 'share'), pointer(path, 'share'));
  if (share) fair.share = share;
  const fallback = readFallback(run, own(value, 'fallback'), pointer(path, 'fallback'));
  if (fallback) fair.fallback = fallback;
  copyExtras(run, value, fair, FAIR_KEYS, path);
  return fair;
}

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
