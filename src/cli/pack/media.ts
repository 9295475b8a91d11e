/**
 * The feed's media made ready for a kiosk, with sharp: photos turned upright
 * (EXIF orientation), their long edge brought down to 1600 px (never
 * enlarged), saved as WebP with their metadata (EXIF, GPS, XMP) left behind —
 * producers' photos come from their phones; raster plans to 4096 px, raster
 * logos to 512 px, the same way. SVG files and audio are copied as they are
 * (a vector needs no resizing). A file named twice, or two names for the same
 * bytes, is packed once. Nothing here writes: it returns the files to write.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CliError } from '../errors.js';
import { shown } from '../files.js';
import { pick } from '../lang.js';
import { slug } from '../sheets/ids.js';
import { isInline, isRemote, type MediaRef, type MediaRole } from '../feed-media.js';
import { messages } from './messages.js';

/** Longest edge, in pixels, of a packed raster image, by what it is for. */
export const LONG_EDGE: Record<Exclude<MediaRole, 'audio'>, number> = { photo: 1600, plan: 4096, logo: 512 };
/** WebP quality: photos as a kiosk screen shows them; plans keep their fine lines. */
const QUALITY: Record<Exclude<MediaRole, 'audio'>, number> = { photo: 80, plan: 90, logo: 90 };

/** Where packed media go, relative to the pack folder. */
export const MEDIA_DIR = 'media';

export interface PackedFile {
  /** Path in the pack folder, `/`-separated. */
  name: string;
  data: Uint8Array;
}

/** What was packed, by kind, for the report. */
export interface MediaTally {
  count: number;
  /** Bytes read. */
  from: number;
  /** Bytes written. */
  to: number;
}

export interface PackedMedia {
  files: PackedFile[];
  tally: Record<'images' | 'plans' | 'audio', MediaTally>;
  /** References left pointing at the internet. */
  remote: MediaRef[];
}

const kindOf = (role: MediaRole): keyof PackedMedia['tally'] =>
  role === 'audio' ? 'audio' : role === 'plan' ? 'plans' : 'images';

/** The local file a feed-relative URL names, or undefined for one that is not a file path. */
export function localFile(url: string, feedFile: string): string | undefined {
  try {
    const resolved = new URL(url, pathToFileURL(feedFile));
    if (resolved.protocol !== 'file:') return undefined;
    resolved.search = '';
    resolved.hash = '';
    return fileURLToPath(resolved);
  } catch {
    return undefined;
  }
}

/** A file name safe on every system and in a URL: the source's name as a slug (sheets/ids.ts), kept short. */
const stemOf = (file: string): string =>
  slug(basename(file, extname(file)))
    .slice(0, 40)
    .replace(/-+$/, '') || 'file';

const isSvg = (file: string, data: Uint8Array) =>
  extname(file).toLowerCase() === '.svg' || /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(head(data));
const head = (data: Uint8Array) => Buffer.from(data.subarray(0, 512)).toString('utf8');

/** Reads every local file the feed names; throws one message listing all that are missing. */
async function readAll(refs: MediaRef[], feedFile: string): Promise<Map<string, Uint8Array>> {
  const m = pick(messages);
  const read = new Map<string, Uint8Array>();
  const missing: string[] = [];
  for (const ref of refs) {
    const file = localFile(ref.url, feedFile);
    if (file === undefined) {
      missing.push(m.notAFile(ref.url, ref.pointer));
      continue;
    }
    if (read.has(file)) continue;
    try {
      read.set(file, await readFile(file));
    } catch {
      missing.push(m.missingFile(shown(file), ref.pointer));
    }
  }
  if (missing.length) throw new CliError(m.missingFiles(missing));
  return read;
}

/** A raster image made ready for its use: WebP bytes and the original's upright pixel size. */
async function convert(
  role: Exclude<MediaRole, 'audio'>,
  file: string,
  data: Uint8Array,
): Promise<{ data: Uint8Array; ext: string; size: [number, number] }> {
  const { default: sharp } = await import('sharp');
  try {
    const image = sharp(data, { failOn: 'error' }).rotate();
    const { width = 0, height = 0, orientation = 1 } = await sharp(data).metadata();
    const upright: [number, number] = orientation >= 5 ? [height, width] : [width, height];
    const out = await image
      .resize({ width: LONG_EDGE[role], height: LONG_EDGE[role], fit: 'inside', withoutEnlargement: true })
      .webp({ quality: QUALITY[role] })
      .toBuffer();
    return { data: out, ext: '.webp', size: upright };
  } catch (error) {
    throw new CliError(pick(messages).notAnImage(shown(file), (error as Error).message));
  }
}

/**
 * Packs every local file `refs` name and points each reference at its packed
 * file (the refs' `set`); a raster plan whose level has no `size` gets the
 * original's pixel size, which its coordinates are in. Throws a `CliError`
 * (before anything is converted) when a file is missing.
 */
export async function packMedia(refs: MediaRef[], feedFile: string): Promise<PackedMedia> {
  const local = refs.filter((ref) => !isRemote(ref.url) && !isInline(ref.url));
  const remote = refs.filter((ref) => isRemote(ref.url));
  const sources = await readAll(local, feedFile);
  const packed = new Map<string, { name: string; size?: [number, number] }>();
  const files: PackedFile[] = [];
  const tally = {
    images: { count: 0, from: 0, to: 0 },
    plans: { count: 0, from: 0, to: 0 },
    audio: { count: 0, from: 0, to: 0 },
  };
  for (const ref of local) {
    const file = localFile(ref.url, feedFile)!;
    const data = sources.get(file)!;
    // The same bytes for the same use are packed once, whatever they are called; a file copied
    // as it is (SVG, audio) once for every use.
    const asIs = ref.role === 'audio' || isSvg(file, data);
    const key = `${asIs ? 'as-is' : ref.role}:${createHash('sha256').update(data).digest('hex')}`;
    let done = packed.get(key);
    if (!done) {
      const out =
        ref.role === 'audio' || asIs
          ? { data, ext: extname(file).toLowerCase() || '.bin', size: undefined }
          : await convert(ref.role, file, data);
      const id = createHash('sha256').update(key).digest('hex').slice(0, 8);
      done = { name: `${MEDIA_DIR}/${stemOf(file)}-${id}${out.ext}`, size: out.size };
      packed.set(key, done);
      files.push({ name: done.name, data: out.data });
      const kind = tally[kindOf(ref.role)];
      kind.count++;
      kind.from += data.byteLength;
      kind.to += out.data.byteLength;
    }
    ref.set(done.name);
    if (ref.level && done.size && !Array.isArray(ref.level.size)) ref.level.size = done.size;
  }
  return { files, tally, remote };
}
