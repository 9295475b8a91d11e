/**
 * What only the fair's folder can tell: does every image, plan, logo and
 * audio file the feed names exist, and is each image small enough for a
 * kiosk? Relative URLs are read from the feed file's folder, as a browser
 * reads them from the feed's URL; http(s) ones are counted, never fetched.
 *
 * The references come from `mediaRefs` (src/cli/feed-media.ts, shared with
 * `fairkit pack`).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mediaRefs, type MediaRef, type MediaRole } from '../feed-media.js';
import { isWebScheme, schemeOf } from '../../data/validate/safety.js';
import { formatBytes, formatCount, pick } from '../lang.js';
import { itemAt, shortText } from './items.js';
import { messages } from './messages.js';
import type { CheckProblem } from './problems.js';

/** What a media file is for, as `mediaRefs` (src/cli/feed-media.ts) tells it. */
export type MediaKind = MediaRole;

/** Over this many bytes an image is too heavy for a kiosk (decimal megabytes, as `formatBytes` shows them). */
export const MAX_IMAGE_BYTES = 2_000_000;
/** Over this many pixels on a side an image is too large for a kiosk. */
export const MAX_IMAGE_SIDE = 4000;
/** Files looked at together. */
const CONCURRENCY = 16;

/**
 * Where a media URL is: `'online'` for an http(s) one, `{ file }`, the absolute path of
 * a relative one (resolved against `folder` as a browser would: `%20` is a
 * space, `?` and `#` end the path), or undefined for any other scheme
 * (`data:`, `javascript:`: the feed checker's business).
 */
export function mediaFile(url: string, folder: string): 'online' | { file: string } | undefined {
  const trimmed = url.trim();
  const scheme = schemeOf(trimmed);
  if (isWebScheme(scheme) || /^[\\/]{2}/.test(trimmed)) return 'online';
  if (scheme !== undefined) return undefined;
  try {
    return { file: fileURLToPath(new URL(trimmed, pathToFileURL(folder.endsWith('/') ? folder : `${folder}/`))) };
  } catch {
    return undefined;
  }
}

export interface FilesSummary {
  /** Media references in the feed. */
  referenced: number;
  /** Distinct files looked for in the folder. */
  checked: number;
  /** References to a file that is not there. */
  missing: number;
  /** Images over the kiosk limits. */
  tooLarge: number;
  /** Images that cannot be read as images. */
  unreadable: number;
  /** References whose file is named with other capitals or accents (found only where those do not count). */
  misnamed: number;
  /** Distinct http(s) URLs, not checked. */
  online: number;
}

interface FileFacts {
  exists: boolean;
  bytes: number;
  width?: number;
  height?: number;
  unreadable?: boolean;
  /** The file's name in its folder when it differs from the written one only in capitals or accents. */
  onDisk?: string;
}

/** Names compared as a case-insensitive file system would (and macOS, which stores accents decomposed). */
const folded = (name: string) => name.normalize('NFC').toLowerCase();

/**
 * The name `file` has in its folder when it differs from the one written in
 * capitals or accents only: such a file is found on Windows and macOS but not
 * by a Linux web server, and not at all on Linux.
 */
async function nameOnDisk(file: string, listings: Map<string, Promise<string[]>>): Promise<string | undefined> {
  const dir = dirname(file);
  let listing = listings.get(dir);
  if (!listing) listings.set(dir, (listing = readdir(dir).catch(() => [])));
  const names = await listing;
  const name = basename(file);
  if (names.includes(name)) return undefined;
  return names.find((entry) => folded(entry) === folded(name));
}

type Sharp = (typeof import('sharp'))['default'];

const isSvg = (file: string) => /^\.svgz?$/i.test(extname(file));

async function factsOf(
  file: string,
  image: boolean,
  sharp: () => Promise<Sharp>,
  listings: Map<string, Promise<string[]>>,
): Promise<FileFacts> {
  let bytes: number;
  const onDisk = await nameOnDisk(file, listings);
  try {
    const info = await stat(file);
    if (!info.isFile()) return { exists: false, bytes: 0 };
    bytes = info.size;
  } catch {
    return { exists: false, bytes: 0, onDisk };
  }
  const facts: FileFacts = { exists: true, bytes, onDisk };
  if (!image || isSvg(file)) return facts;
  try {
    const meta = await (await sharp())(file).metadata();
    return meta.format === 'svg' ? facts : { ...facts, width: meta.width, height: meta.height };
  } catch {
    return { ...facts, unreadable: true };
  }
}

/** Runs `job` over `items`, `CONCURRENCY` at a time. */
async function eachLimited<T>(items: readonly T[], job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}

/** The warning for an image too large or unreadable, or undefined when it is fine. */
function sizeMessage(ref: MediaRef, facts: FileFacts, written: string): string | undefined {
  const m = pick(messages);
  const what = m.media[ref.role];
  if (facts.unreadable) return m.unreadable(what, written);
  const { width, height, bytes } = facts;
  const tooWide = (width ?? 0) > MAX_IMAGE_SIDE || (height ?? 0) > MAX_IMAGE_SIDE;
  if (width === undefined || height === undefined) {
    // An SVG (or a plan), where pixels do not apply: only an image's weight counts.
    return bytes > MAX_IMAGE_BYTES && ref.role !== 'plan'
      ? m.tooLargeBytes(what, written, formatBytes(bytes), formatBytes(MAX_IMAGE_BYTES))
      : undefined;
  }
  if (!tooWide && bytes <= MAX_IMAGE_BYTES) return undefined;
  return m.tooLarge(
    what,
    written,
    formatCount(width),
    formatCount(height),
    formatBytes(bytes),
    formatCount(MAX_IMAGE_SIDE),
    formatBytes(MAX_IMAGE_BYTES),
  );
}

/**
 * Checks the files the raw feed `json` names against `folder`: an error per
 * reference to a missing file (naming the file that differs only in capitals
 * or accents, if there is one); a warning per reference to a file found under
 * a name that differs so; a warning per image (once, at its first reference)
 * over the kiosk limits or unreadable. `fallbacks`: the languages
 * to name items in (`nameFallbacks` in items.ts).
 */
export async function checkFiles(
  json: unknown,
  folder: string,
  fallbacks: readonly string[],
): Promise<{ problems: CheckProblem[]; summary: FilesSummary }> {
  const m = pick(messages);
  const refs = mediaRefs(json);
  const online = new Set<string>();
  const local: Array<{ ref: MediaRef; file: string }> = [];
  const imageFiles = new Map<string, boolean>();
  for (const ref of refs) {
    const place = mediaFile(ref.url, folder);
    if (place === 'online') online.add(ref.url.trim());
    else if (place !== undefined) {
      local.push({ ref, file: place.file });
      imageFiles.set(place.file, (imageFiles.get(place.file) ?? false) || ref.role !== 'audio');
    }
  }
  let loaded: Promise<Sharp> | undefined;
  const sharp = () => (loaded ??= import('sharp').then((module) => module.default));
  const facts = new Map<string, FileFacts>();
  const listings = new Map<string, Promise<string[]>>();
  await eachLimited([...imageFiles], async ([file, image]) => {
    facts.set(file, await factsOf(file, image, sharp, listings));
  });

  const problems: CheckProblem[] = [];
  const summary: FilesSummary = {
    referenced: refs.length,
    checked: imageFiles.size,
    missing: 0,
    tooLarge: 0,
    unreadable: 0,
    misnamed: 0,
    online: online.size,
  };
  const sized = new Set<string>();
  for (const { ref, file } of local) {
    const found = facts.get(file);
    if (!found) continue;
    const written = shortText(ref.url, 120);
    const item = itemAt(json, ref.pointer, fallbacks);
    const what = m.media[ref.role];
    const onDisk = found.onDisk && shortText(found.onDisk, 120);
    if (!found.exists) {
      summary.missing++;
      const message = onDisk ? m.missingNear(what, written, onDisk) : m.missingFile(what, written);
      problems.push({ severity: 'error', path: ref.pointer, message, item, source: 'files' });
      continue;
    }
    if (onDisk) {
      summary.misnamed++;
      const message = m.misnamed(what, written, onDisk);
      problems.push({ severity: 'warning', path: ref.pointer, message, item, source: 'files' });
    }
    if (ref.role === 'audio' || sized.has(file)) continue;
    const message = sizeMessage(ref, found, written);
    if (!message) continue;
    sized.add(file);
    if (found.unreadable) summary.unreadable++;
    else summary.tooLarge++;
    problems.push({ severity: 'warning', path: ref.pointer, message, item, source: 'files' });
  }
  return { problems, summary };
}
