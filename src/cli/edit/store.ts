/**
 * What `fairkit edit` writes into the organizer's fair folder, and nothing
 * else: the feed the page saves (checked, then written with `updateFile`, so
 * the version before it stays in `<feed>.bak`), and the plan images the page
 * uploads (into `plans/` beside the feed, under a name of their own, never
 * over a file already there). Each answer is `{ status, message, … }` for the
 * server to send as JSON; a refusal writes nothing.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { validateFeed } from '../../data/validate.js';
import type { FairFeed } from '../../data/types.js';
import { CliError } from '../errors.js';
import { feedText, shown, updateFile, writeOwnedFile } from '../files.js';
import { pick } from '../lang.js';
import { slug } from '../sheets/ids.js';
import { messages } from './messages.js';

/** The folder, beside the feed, that uploaded plan images go into. */
export const PLANS_DIR = 'plans';

export interface Answer {
  status: number;
  message: string;
  /** The feed's tag after a save (the page sends it back with the next one). */
  etag?: string;
  /** An uploaded image's address, relative to the feed. */
  url?: string;
  /** The new errors that refused a save: `path: message`. */
  problems?: string[];
}

/** The tag of a file's bytes: what the page loaded, to tell a change made by another program. */
export const etagOf = (data: string | Uint8Array): string =>
  `"${createHash('sha256').update(data).digest('base64url').slice(0, 27)}"`;

/** Is `value` shaped like a feed (the same test `fairkit import` makes)? */
export const isFeed = (value: unknown): value is FairFeed =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  'fair' in value &&
  'map' in value &&
  'version' in value;

/** The feed's errors as a multiset of messages (not paths: deleting a booth moves every later one's path). */
function errorCounts(feed: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of validateFeed(feed).problems)
    if (p.severity === 'error') counts.set(p.message, (counts.get(p.message) ?? 0) + 1);
  return counts;
}

/**
 * Saves `body` (the JSON the page sent) as the feed `file`, when the file is
 * still the version the page loaded (`ifMatch`) and the new feed brings no
 * feed-check error the file did not have already.
 */
export async function saveFeed(file: string, body: string, ifMatch: string | undefined): Promise<Answer> {
  const m = pick(messages);
  let feed: unknown;
  try {
    feed = JSON.parse(body);
  } catch (error) {
    return { status: 400, message: m.notJson((error as Error).message) };
  }
  if (!isFeed(feed)) return { status: 400, message: m.notAFeedSent };
  const current = await readFile(file);
  if (ifMatch !== etagOf(current)) return { status: 409, message: m.changedOnDisk(basename(file)) };
  let before: Map<string, number>;
  try {
    before = errorCounts(JSON.parse(current.toString('utf8').replace(/^\uFEFF/, '')));
  } catch {
    before = new Map();
  }
  const problems = validateFeed(feed).problems.filter((p) => {
    if (p.severity !== 'error') return false;
    const left = before.get(p.message) ?? 0;
    before.set(p.message, left - 1);
    return left <= 0;
  });
  if (problems.length)
    return {
      status: 422,
      message: m.newErrors(problems.length),
      problems: problems.map((p) => `${p.path || '/'}: ${p.message}`),
    };
  const text = feedText(feed);
  if (text === current.toString('utf8'))
    return { status: 200, message: m.unchangedAnswer(basename(file)), etag: etagOf(text) };
  try {
    await updateFile(file, text);
  } catch (error) {
    if (error instanceof CliError) return { status: 409, message: error.message };
    throw error;
  }
  process.stdout.write(`${m.saved(shown(file))}\n`);
  return { status: 200, message: m.savedAnswer(basename(file)), etag: etagOf(text) };
}

/** The plan image types, by the extension a name must have, with a test of the content. */
const IMAGE_TYPES: Record<string, (data: Buffer) => boolean> = {
  '.svg': (data) => /<svg[\s>]/i.test(data.subarray(0, 4096).toString('utf8')),
  '.png': (data) => data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (data) => data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff,
  '.jpeg': (data) => data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff,
  '.webp': (data) =>
    data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP',
};

async function sameBytes(file: string, data: Buffer): Promise<boolean | undefined> {
  try {
    return (await readFile(file)).equals(data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes an uploaded image named `name` (the browser's file name) into
 * `plans/` in `root`: a name made safe (`Sơ đồ tầng 1.PNG` → `so-do-tang-1.png`),
 * `-2`, `-3` … when another file has it; the same image uploaded again is the
 * file already there. Answers its address relative to the feed.
 */
export async function saveImage(root: string, name: string, data: Buffer): Promise<Answer> {
  const m = pick(messages);
  if (!name) return { status: 400, message: m.noName };
  if (/[/\\\0]/.test(name) || name === '.' || name === '..') return { status: 400, message: m.badName(name) };
  const ext = extname(name).toLowerCase();
  const looksRight = IMAGE_TYPES[ext];
  if (!looksRight) return { status: 415, message: m.badType(name) };
  if (!looksRight(data)) return { status: 415, message: m.notAnImage(name) };
  const stem = slug(basename(name, extname(name))) || 'plan';
  const folder = resolve(root, PLANS_DIR);
  for (let n = 1; n < 1000; n++) {
    const fileName = `${stem}${n > 1 ? `-${n}` : ''}${ext === '.jpeg' ? '.jpg' : ext}`;
    const file = join(folder, fileName);
    const same = await sameBytes(file, data);
    if (same === false) continue;
    if (same === undefined) {
      try {
        await writeOwnedFile(file, data);
      } catch (error) {
        // Another file took the name since it was looked at: the next name.
        if (error instanceof CliError) continue;
        throw error;
      }
      process.stdout.write(`${m.uploaded(shown(file))}\n`);
    }
    return {
      status: same ? 200 : 201,
      message: m.uploaded(`${PLANS_DIR}/${fileName}`),
      url: `${PLANS_DIR}/${fileName}`,
    };
  }
  return { status: 409, message: m.badName(name) };
}
