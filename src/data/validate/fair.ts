import type { Fair, FairTheme, Organizer } from '../types.js';
import * as m from './messages.js';
import { type ValidationRun, isRecord, own, pointer, record, type Where, say } from './run.js';
import { languageTag, readText } from './text.js';
import { copyExtras, idProblem, parseIsoDateTime, readColor, readList, readString, readUrl } from './values.js';

/** Validation of `/fair`: the fair's id, names, languages, dates, organizer, theme and share link. */

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
  'guide',
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

/**
 * `fair.locales`, or with `fallback` `fair.fallback` (the content languages to
 * try before `fair.locales[0]`): language tags, canonical and each once. A bad
 * entry is left out, with an error in `locales` and a warning in `fallback`.
 * A `fallback` with no usable entry leaves the default (English); an empty
 * one is kept: no fallback before `locales[0]`.
 */
function readLanguages(run: ValidationRun, value: unknown, path: Where, fallback: boolean): string[] | undefined {
  const tags = readList(
    value,
    () => run.warn(path, m.languagesNotList(value, fallback)),
    (tag, i) => {
      const clean = languageTag(tag);
      if (clean) return clean;
      if (fallback) run.warn(pointer(path, i), m.languageBad(tag, true));
      else run.error(pointer(path, i), m.languageBad(tag, false));
      return undefined;
    },
  );
  const unique = tags && [...new Set(tags)];
  // An empty fallback list is kept; a list with nothing usable is not.
  return unique?.length || (fallback && unique && !(value as unknown[]).length) ? unique : undefined;
}

function readDates(run: ValidationRun, value: unknown, path: Where): Fair['dates'] {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.error(path, m.datesNotObject(value));
    return undefined;
  }
  const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
  const start = trimmed(own(value, 'start'));
  const end = own(value, 'end') === undefined ? start : trimmed(own(value, 'end'));
  /** The day `raw` (at `key`) in epoch ms, reported when it is not one. */
  const day = (key: 'start' | 'end', raw: unknown) => {
    const ms = typeof raw === 'string' ? parseIsoDateTime(raw, true) : undefined;
    if (ms === undefined) run.error(pointer(path, key), m.dateBad(key, raw));
    return ms;
  };
  const startMs = day('start', start);
  if (startMs === undefined) return undefined;
  const endMs = day('end', end);
  if (endMs === undefined) return undefined;
  if (endMs < startMs) {
    run.error(pointer(path, 'end'), m.datesReversed(String(start), String(end)));
    return undefined;
  }
  return record({ start: start as string, end: end as string });
}

function readTimezone(run: ValidationRun, value: unknown, path: Where): string | undefined {
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
  run.warn(path, m.timezoneBad(value));
  return undefined;
}

function readOrganizer(run: ValidationRun, value: unknown, path: Where): Organizer | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.error(path, m.organizerNotObject(value));
    return undefined;
  }
  const subject = m.wholeSubject('organizer');
  const name = readText(run, value, path, subject, 'name', m.leftOut('organizer'));
  if (name === undefined) return undefined;
  const out: Organizer = record({ name });
  const url = readUrl(run, own(value, 'url'), pointer(path, 'url'), subject, 'url', 'link');
  if (url) out.url = url;
  copyExtras(run, value, out, ORGANIZER_KEYS, path);
  return out;
}

function readTheme(run: ValidationRun, value: unknown, path: Where): FairTheme | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) {
    run.warn(path, m.themeNotObject(value));
    return undefined;
  }
  const subject = m.wholeSubject('theme');
  const out: FairTheme = record({});
  const primary = readColor(run, value, path, subject, 'primary');
  if (primary) out.primary = primary;
  const accent = readColor(run, value, path, subject, 'accent');
  if (accent) out.accent = accent;
  const logo = readUrl(run, own(value, 'logo'), pointer(path, 'logo'), subject, 'logo', 'image');
  if (logo) out.logo = logo;
  const font = readString(run, own(value, 'font'), pointer(path, 'font'), subject, 'font');
  if (font && FONT_LIST.test(font)) out.font = font;
  else if (font) run.warn(pointer(path, 'font'), m.fontBad(say(subject), font));
  copyExtras(run, value, out, THEME_KEYS, path);
  return out;
}

function readShare(run: ValidationRun, value: unknown, path: Where): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const template = typeof value === 'string' ? value.trim() : '';
  const filled = template.replace(/\{(kind|id)\}/g, 'x');
  if (/^https?:\/\//i.test(template) && URL.canParse?.(filled) !== false) return template;
  run.error(path, m.shareBad(value));
  return undefined;
}

/** Reads `/fair`; `undefined` (with an error) when the fair has no object or no usable id. */
export function readFair(run: ValidationRun, value: unknown): Fair | undefined {
  const path = '/fair';
  if (!isRecord(value)) {
    run.error(path, m.fairNotObject(value));
    return undefined;
  }
  const rawId = own(value, 'id');
  const id = typeof rawId === 'string' ? rawId.trim() : '';
  const idIssue = idProblem(rawId);
  if (idIssue) {
    run.error(pointer(path, 'id'), m.fairIdBad(rawId === undefined ? undefined : idIssue));
    return undefined;
  }
  // Languages first: every Text below is checked against them.
  const locales = readLanguages(run, own(value, 'locales'), pointer(path, 'locales'), false);
  run.locales = locales ?? [];
  const subject = m.wholeSubject('fair');
  const name = readText(run, value, path, subject, 'name', m.fairNameOutcome(id));
  const fair: Fair = record({ id, name: name ?? id });
  const venue = readText(run, value, path, subject, 'venue');
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
  const guide = readUrl(run, own(value, 'guide'), pointer(path, 'guide'), subject, 'guide', 'link');
  if (guide) fair.guide = guide;
  const fallback = readLanguages(run, own(value, 'fallback'), pointer(path, 'fallback'), true);
  if (fallback) fair.fallback = fallback;
  copyExtras(run, value, fair, FAIR_KEYS, path);
  return fair;
}
