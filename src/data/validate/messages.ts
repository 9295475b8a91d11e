/**
 * Every sentence the feed checker writes, in English, one exported function
 * per message: the validator (`validate.ts` and this folder) builds no text of
 * its own, it calls these with the values the message is about (raw values,
 * not descriptions of them: `describe()` is part of the message, so another
 * language describes them in its own words).
 *
 * The visitor kit shows these to developers as they are: rollup bundles this
 * module like any other, and terser inlines a message used once where it is
 * used, so the arrangement costs the kit a few hundred bytes. The organizers'
 * `fairkit` command speaks Vietnamese too: `src/cli/validator-vi/messages.vi.ts`
 * has the same exports in Vietnamese, held to these signatures by the
 * compiler, and `scripts/build-cli.js` makes the CLI bundle import, in place
 * of this module, a generated one whose every export calls the English or the
 * Vietnamese function by `lang()` (src/cli/lang.ts). The browser build is not
 * touched by any of that.
 *
 * So a new message is an `export const name = (…): string => …` (or an
 * `export function`) here and one of the same name in `messages.vi.ts` (the
 * CLI build fails without it). A message names items by kind (`'booth'`),
 * never by an English word passed in, and text one message embeds in another
 * (a subject such as `Booth "A12"`, an outcome such as `It is removed.`) comes
 * from a function here too.
 */
import { PLACE_KINDS } from '../types.js';

/** The kinds of item the feed lists, as messages name them. */
export type ItemKind = 'level' | 'category' | 'producer' | 'product' | 'booth' | 'place' | 'path' | 'event';
/** The parts of the feed there is one of, as messages name them. */
export type Whole = 'fair' | 'organizer' | 'theme' | 'map';

const QUOTE_LIMIT = 60;

/** A value as an organizer would recognise it in a message; long strings are shortened. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const short = value.length > QUOTE_LIMIT ? value.slice(0, QUOTE_LIMIT) + '…' : value;
    return JSON.stringify(short);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `a "price"`, `an "amount"`: the article a field name needs in a sentence. */
const aField = (field: string) => `${/^[aeiou]/i.test(field) ? 'an' : 'a'} "${field}"`;

// Subjects and outcomes: the parts other messages embed.

/** `Booth "A12"`, or `The booth at /booths/3` when it has no usable id. */
export const subject = (kind: ItemKind, id: string | undefined, path: string): string =>
  id ? `${kind.charAt(0).toUpperCase() + kind.slice(1)} ${describe(id)}` : `The ${kind} at ${path}`;
export const wholeSubject = (which: Whole): string => (which === 'theme' ? 'The fair theme' : `The ${which}`);
export const leftOut = (kind: ItemKind | 'organizer'): string => `The ${kind} is left out.`;
export const ignored = (): string => 'It is ignored.';
export const removed = (): string => 'It is removed.';
export const referenceRemoved = (): string => 'The reference is removed.';
export const categoryRemoved = (): string => 'The category is removed from the product.';
export const doorOutcome = (): string => 'Routes end at the middle of the booth instead.';
export const centerOutcome = (): string => 'The map centres on its booths instead.';
export const tilesOutcome = (): string => 'The default tiles are used.';
export const fairNameOutcome = (id: string): string => `Its id ${describe(id)} is shown instead.`;
export const eventKeptWithout = (field: 'place' | 'booth'): string => `The event is kept without its ${field}.`;
/** What a thrown error without a readable message is called in {@link feedUncheckable}. */
export const unexpectedValue = (): string => 'an unexpected value';

// The feed as a whole (validate.ts).

export const feedNotObject = (json: unknown): string =>
  `The feed must be a JSON object starting with {"version": 1, …}; this one is ${describe(json)}.`;
export const feedVersion = (version: unknown): string =>
  version === undefined
    ? 'The feed has no "version"; add "version": 1 at the top. Nothing can be shown without it.'
    : `The feed has "version" ${describe(version)}, but this kit reads version 1 only. Nothing can be shown.`;
export const feedUncheckable = (reason: string): string =>
  `The feed could not be checked (${reason}). Nothing can be shown.`;

// Ids, addresses, points, colours, strings, references (values.ts).

/** Why an id cannot be one, completing `… has the id ${problem}.` */
export const idProblem = (value: unknown, folder: boolean): string =>
  folder
    ? `${describe(value)}, which a link would read as a folder`
    : `${describe(value)}, which is not valid: use 1 to 64 letters, digits, ".", "_" or "-"`;
export const idMissing = (kind: ItemKind, path: string): string =>
  `The ${kind} at ${path} has no "id"; give it a short unique id such as "A12". It is left out.`;
export const idBad = (kind: ItemKind, path: string, problem: string): string =>
  `The ${kind} at ${path} has the id ${problem}. It is left out.`;
export const idRepeated = (kind: ItemKind, path: string, id: string, where: string): string =>
  `The ${kind} at ${path} repeats the id ${describe(id)} of an earlier ${kind}; ids must be unique in ${where}. This one is left out.`;
export const urlNotText = (subject: string, field: string, value: unknown, outcome: string): string =>
  `${subject} has ${aField(field)} that is ${describe(value)}, not an address. ${outcome}`;
export const urlInvalid = (subject: string, field: string, url: string, outcome: string): string =>
  `${subject} has ${aField(field)} ${describe(url)} that is not a valid address. ${outcome}`;
/** `dataHint`: an image with a `data:` URL that is not a picture. */
export function urlUnsafe(subject: string, field: string, scheme: string, dataHint: boolean, outcome: string): string {
  const hint = dataHint ? ' (data: is allowed only for data:image/… pictures)' : '';
  return `${subject} has ${aField(field)} with the unsafe "${scheme}:" scheme${hint}; use an https:// address or a path relative to the feed. ${outcome}`;
}
/** Why a value cannot be a coordinate or size, completing `… that is ${problem}.` */
export function numberProblem(value: unknown, why: 'finite' | 'limit' | 'zero'): string {
  if (why === 'limit') return `${String(value)}, beyond ±10,000,000`;
  if (why === 'zero') return `${String(value)}, too close to 0 (write 0)`;
  return `${describe(value)}, not a finite number`;
}
export function pointNotPair(subject: string, field: string, value: unknown, geo: boolean, outcome: string): string {
  const shape = geo ? '[latitude, longitude]' : '[x, y]';
  return `${subject} has ${aField(field)} point that is ${describe(value)}, not two numbers ${shape}. ${outcome}`;
}
export const coordinateBad = (subject: string, field: string, problem: string, outcome: string): string =>
  `${subject} has ${aField(field)} coordinate that is ${problem}. ${outcome}`;
export const pointOffGlobe = (subject: string, field: string, a: number, b: number, outcome: string): string =>
  `${subject} has ${aField(field)} point [${a}, ${b}] that is not a latitude (−90 to 90) and longitude (−180 to 180). ${outcome}`;
export const colorBad = (subject: string, field: string, value: unknown): string =>
  `${subject} has the colour ${describe(value)} in "${field}"; write it as #rgb or #rrggbb (for example "#0b6e4f"). The default colour is used.`;
export const stringNotText = (subject: string, field: string, value: unknown): string =>
  `${subject} has ${aField(field)} that is ${describe(value)}, not text. It is ignored.`;
export const stringListNotList = (subject: string, field: string, value: unknown): string =>
  `${subject} has ${aField(field)} that is ${describe(value)}, not a list such as ["a", "b"]. It is ignored.`;
export const refNotId = (subject: string, field: string, value: unknown, kind: ItemKind, outcome: string): string =>
  `${subject} has ${aField(field)} that is ${describe(value)}, not the id of a ${kind}. ${outcome}`;
/** `earlier`: the id was there but its item was left out. */
export function refMissing(
  subject: string,
  kind: ItemKind,
  id: string,
  where: string,
  earlier: boolean,
  outcome: string,
): string {
  const why = earlier ? `which was itself left out (see the problem reported in ${where})` : `which is not in ${where}`;
  return `${subject} refers to ${kind} ${describe(id)} ${why}. ${outcome}`;
}
export const reservedField = (key: string, path: string): string =>
  `The field ${describe(key)} at ${path || 'the top of the feed'} is a reserved name. It is ignored.`;

// Text (text.ts).

export const textTooLong = (subject: string, field: string, length: number, limit: number): string =>
  `${subject} has ${aField(field)} of ${length.toLocaleString('en')} characters; it is cut to ${limit.toLocaleString('en')}.`;
export const textControls = (subject: string, field: string): string =>
  `${subject} has ${aField(field)} with invisible control characters (such as a right-to-left override); they are removed.`;
export function textUnsafeLinks(subject: string, field: string, schemes: readonly string[]): string {
  const list = schemes.map((scheme) => `"${scheme}:"`).join(', ');
  return `${subject} has ${aField(field)} linking to ${list}; only http(s) links are kept, so it shows as words.`;
}
export const textMissing = (subject: string, field: string, outcome: string): string =>
  `${subject} has no "${field}". ${outcome}`;
export const textEmpty = (subject: string, field: string, outcome: string): string =>
  `${subject} has an empty "${field}". ${outcome}`;
export const textNotText = (subject: string, field: string, value: unknown, outcome: string): string =>
  `${subject} has ${aField(field)} that is ${describe(value)}; write text, or translations such as {"vi": "…", "en": "…"}. ${outcome}`;
export const translationBadTag = (subject: string, field: string, key: string): string =>
  `${subject} has ${aField(field)} translation under ${describe(key)}, which is not a language tag such as "vi" or "zh-Hant". It is ignored.`;
export const translationNotText = (subject: string, field: string, key: string, entry: unknown): string =>
  `${subject} has ${aField(field)} whose ${describe(key)} translation is ${describe(entry)}, not text. It is ignored.`;
export const textNoLanguage = (subject: string, field: string, outcome: string): string =>
  `${subject} has ${aField(field)} with no text in any language. ${outcome}`;
export function translationsMissing(subject: string, field: string, missing: readonly string[]): string {
  const list = missing.map((m) => `"${m}"`).join(', ');
  return `${subject} has no ${list} translation of "${field}"; visitors reading ${missing.length > 1 ? 'those languages' : 'it'} see another language instead.`;
}

// Collections, levels, the plan's bounds (items.ts).

/** `key`: the collection (`booths`); only `booths` is `required`. */
export function collectionNotList(key: string, value: unknown, required: boolean): string {
  const outcome = required ? 'No booths are shown.' : 'It is ignored.';
  return value === undefined
    ? `The feed has no "${key}"; add a list of ${key} (it may be empty). ${outcome}`
    : `The feed's "${key}" is ${describe(value)}, not a list. ${outcome}`;
}
export const itemNotObject = (kind: ItemKind, at: string, raw: unknown): string =>
  `The ${kind} at ${at} is ${describe(raw)}, not an object. It is left out.`;
export const noLevel = (subject: string, first: string): string =>
  `${subject} has no "level"; it is shown on the first level, ${describe(first)}. Add "level" to place it.`;
/** `all`: every point is outside, not just some. */
export const outsidePlan = (subject: string, all: boolean, level: string, width: number, height: number): string =>
  `${subject} ${all ? 'lies outside' : 'reaches beyond'} the plan of level ${describe(level)} (${width} × ${height} px); check its coordinates. It is kept.`;
export const refListNotList = (subject: string, field: string, value: unknown, kind: ItemKind): string =>
  `${subject} has "${field}" that are ${describe(value)}, not a list of ${kind} ids such as ["${kind}-1"]. They are ignored.`;

// The fair (fair.ts).

export const languagesNotList = (value: unknown, fallback: boolean): string =>
  fallback
    ? `The fair has a "fallback" that is ${describe(value)}, not a list of language tags such as ["en"]. English is used as the fallback.`
    : `The fair has "locales" that are ${describe(value)}, not a list of language tags such as ["vi", "en"]. They are ignored.`;
export const languageBad = (tag: unknown, fallback: boolean): string =>
  fallback
    ? `The fair's "fallback" lists ${describe(tag)}, which is not a language tag such as "en" or "zh-Hant". It is ignored.`
    : `The fair lists the language ${describe(tag)}, which is not a language tag browsers accept, such as "vi", "en-US" or "zh-Hant". It is left out.`;
export const datesNotObject = (value: unknown): string =>
  `The fair has "dates" that are ${describe(value)}; write {"start": "2025-12-24", "end": "2025-12-29"}. They are ignored.`;
export const dateBad = (key: 'start' | 'end', raw: unknown): string =>
  `The fair's ${key} date ${describe(raw)} is not a date written as YYYY-MM-DD. The dates are ignored.`;
export const datesReversed = (start: string, end: string): string =>
  `The fair ends (${end}) before it starts (${start}). The dates are ignored.`;
export const timezoneBad = (value: unknown): string =>
  `The fair's "timezone" ${describe(value)} is not an IANA time zone such as "Asia/Ho_Chi_Minh". The visitor's own time zone is used.`;
export const organizerNotObject = (value: unknown): string =>
  `The fair's "organizer" is ${describe(value)}; write {"name": "…", "url": "https://…"}. It is ignored.`;
export const themeNotObject = (value: unknown): string =>
  `The fair's "theme" is ${describe(value)}; write {"primary": "#0b6e4f", …}. It is ignored.`;
export const fontBad = (subject: string, font: string): string =>
  `${subject} has a "font" ${describe(font)} that CSS would reject (check its characters and quotes; quote a name with digits); write names separated by commas, such as "Be Vietnam Pro, sans-serif". The default font is used.`;
export const shareBad = (value: unknown): string =>
  `The fair's "share" template ${describe(value)} must be an http:// or https:// address, such as "https://fair.example.vn/{kind}/{id}". QR hand-off uses the page's own address instead.`;
export const fairNotObject = (value: unknown): string =>
  value === undefined
    ? 'The feed has no "fair"; add {"id": "…", "name": "…"} describing the fair. Nothing can be shown without it.'
    : `The feed's "fair" is ${describe(value)}, not an object with the fair's "id" and "name". Nothing can be shown without it.`;
/** `problem` from {@link idProblem}; `undefined` when the fair has no id at all. */
export const fairIdBad = (problem: string | undefined): string =>
  problem === undefined
    ? 'The fair has no "id"; give it a short unique id such as "cao-bang-2025". Nothing can be shown without it.'
    : `The fair has the id ${problem}. Nothing can be shown without it.`;

// The map (map.ts).

export const sizeMissing = (subject: string): string =>
  `${subject} has no "size"; add the plan image's [width, height] in pixels, or the map has to guess it.`;
export const sizeBad = (subject: string, value: unknown): string =>
  `${subject} has a "size" that is ${describe(value)}, not [width, height] in pixels (two positive numbers up to 10,000,000). The map has to guess it.`;
export const levelsNotList = (value: unknown): string =>
  `The map's "levels" are ${describe(value)}, not a list such as [{"id": "G", "size": [1600, 1000]}].`;
export const levelNotObject = (at: string, raw: unknown): string =>
  `The level at ${at} is ${describe(raw)}, not an object with an "id". It is left out.`;
export const scaleBad = (subject: string, scale: unknown): string =>
  `${subject} has a "scale" that is ${describe(scale)}, not a positive number of metres per plan pixel (up to 1,000). 0.1 is used.`;
/** `other`: the first placeholder Leaflet has no value for, if any. */
export const tilesBad = (url: string, other: string | undefined): string =>
  `The map's "tiles" template ${describe(url)} needs {z}, {x} and {y}, and no placeholder but those, {-y}, {s} and {r}${other === undefined ? '' : ` (not {${other}})`}: write it like "https://tile.example/{z}/{x}/{y}.png", with any key in the address. The default tiles are used.`;
export const mapNotObject = (value: unknown): string =>
  value === undefined
    ? 'The feed has no "map"; add {"type": "plan", "levels": […]} or {"type": "geo", …}. Nothing can be shown without it.'
    : `The feed's "map" is ${describe(value)}, not an object with a "type". Nothing can be shown without it.`;
export const mapTypeBad = (type: unknown): string =>
  `The map's "type" is ${describe(type)}; it must be "plan" (a floor plan image) or "geo" (a map of streets). Nothing can be shown without it.`;
export const planNoLevel = (): string =>
  'The plan map has no usable level; add at least one {"id": "G", "image": "plan.svg", "size": [1600, 1000]}. Nothing can be shown without it.';
export const zoomBad = (zoom: unknown): string =>
  `The map's "zoom" ${describe(zoom)} is not a number from 0 to 24. The map fits its booths instead.`;

// Booths (booths.ts).

export const shapeNotList = (subject: string, value: unknown): string =>
  `${subject} has a "shape" that is ${describe(value)}, not a list of points such as [[100, 100], [180, 100], [180, 160]]. ${leftOut('booth')}`;
export const shapeTooFew = (subject: string, count: number): string =>
  `${subject} has a "shape" with ${count} point${count === 1 ? '' : 's'}; a polygon needs at least 3. ${leftOut('booth')}`;
export const rectNotFour = (subject: string, value: unknown): string =>
  `${subject} has a "rect" that is ${describe(value)}, not four numbers [x, y, width, height]. ${leftOut('booth')}`;
export const rectValueBad = (subject: string, problem: string): string =>
  `${subject} has a "rect" value that is ${problem}. ${leftOut('booth')}`;
export const rectEmpty = (subject: string, width: number, height: number): string =>
  `${subject} has a "rect" of ${width} × ${height}; its width and height must be more than 0. ${leftOut('booth')}`;
export const noGeometry = (subject: string): string =>
  `${subject} has neither a "shape" (a polygon) nor a "rect" ([x, y, width, height]), so it cannot be drawn. ${leftOut('booth')}`;
export const shapeAndRect = (subject: string): string =>
  `${subject} has both a "shape" and a "rect"; give only one. The "rect" is ignored.`;

// Categories, producers, products (catalog.ts).

export const urlListNotList = (subject: string, field: string, value: unknown): string =>
  `${subject} has "${field}" that are ${describe(value)}, not a list of addresses such as ["img/photo.jpg"]. They are ignored.`;
export const audioNotObject = (subject: string, value: unknown): string =>
  `${subject} has an "audio" that is ${describe(value)}, not recordings per language such as {"vi": "audio/story-vi.mp3"}. It is ignored.`;
export const audioBadLanguage = (subject: string, key: string): string =>
  `${subject} has an "audio" recording under ${describe(key)}, which is not a language tag such as "vi". It is ignored.`;
export const contactNotObject = (subject: string, value: unknown): string =>
  `${subject} has a "contact" that is ${describe(value)}, not {"phone": …, "website": …, "email": …}. It is ignored.`;
export const emailBad = (subject: string, email: string): string =>
  `${subject} has a "contact.email" ${describe(email)} that is not an address such as "name@example.vn". It is ignored.`;
const noPrice = 'The price is not shown.';
export const priceNotObject = (subject: string, value: unknown): string =>
  `${subject} has a "price" that is ${describe(value)}; write {"amount": 150000, "currency": "VND"}. ${noPrice}`;
export const priceAmountBad = (subject: string, amount: unknown): string =>
  `${subject} has a price "amount" of ${describe(amount)}; it must be a number of 0 or more, such as 150000. ${noPrice}`;
export const priceCurrencyBad = (subject: string, currency: unknown): string =>
  `${subject} has a price "currency" of ${describe(currency)}; it must be a three-letter ISO 4217 code such as "VND". ${noPrice}`;
export const ocopBad = (subject: string, ocop: unknown): string =>
  `${subject} has an OCOP rating of ${describe(ocop)}; OCOP ratings are 3, 4 or 5 stars. The rating is not shown.`;

// Places, paths, programme items (venue.ts).

export function kindBad(subject: string, kind: unknown): string {
  const found = kind === undefined ? 'no "kind"' : `the kind ${describe(kind)}`;
  return `${subject} has ${found}; use one of ${PLACE_KINDS.join(', ')}. It is shown as "other".`;
}
export const connectsMissing = (subject: string, kind: 'stairs' | 'elevator' | 'escalator'): string =>
  `${subject} is ${kind === 'stairs' ? 'a staircase' : `an ${kind}`} without "connects"; give it the same "connects" value as its counterparts on the other levels, or routes cannot use it.`;
export function pointsTooFew(subject: string, value: unknown): string {
  const found = Array.isArray(value) ? `${value.length} point${value.length === 1 ? '' : 's'}` : describe(value);
  return `${subject} has "points" with ${found}; a walkable path needs a list of at least 2 points. ${leftOut('path')}`;
}
/** `meetings`: the limit of crossings exceeded, or `undefined` when the segments alone are too many. */
export function pathsTooMany(level: string | undefined, segments: number, meetings: number | undefined): string {
  const n = (v: number) => v.toLocaleString('en');
  return `The paths${level ? ` of level ${describe(level)}` : ''} make ${n(segments)} segments${meetings === undefined ? '' : ` meeting in over ${n(meetings)} places`} (a hall has a few hundred): routes there are searched near their ends only. Remove needless paths.`;
}
export const eventTimeBad = (subject: string, key: 'start' | 'end', raw: unknown): string =>
  key === 'start'
    ? `${subject} has a "start" of ${describe(raw)}; write a date and time such as "2025-12-26T08:30:00+07:00". The event is left out.`
    : `${subject} has an "end" of ${describe(raw)}; write a date and time such as "2025-12-26T09:30:00+07:00". The end time is not shown.`;
export const eventReversed = (subject: string, start: string, end: string): string =>
  `${subject} ends (${end}) before it starts (${start}). The end time is not shown.`;
