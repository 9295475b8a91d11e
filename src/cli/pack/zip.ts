/**
 * `--zip`: the packed folder as one file to copy to the kiosk, its entries the
 * folder's files at their paths (unzip it into an empty folder). Images and
 * audio are stored as they are (already compressed); text is deflated.
 */
import { zipSync, type Zippable } from 'fflate';
import type { PackedFile } from './media.js';

const STORED = /\.(webp|png|jpe?g|gif|avif|mp3|m4a|ogg|opus|wav|zip)$/i;

export function zipFiles(files: readonly PackedFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const { name, data } of files) entries[name] = [data, { level: STORED.test(name) ? 0 : 6 }];
  return zipSync(entries);
}
