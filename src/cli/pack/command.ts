/**
 * `fairkit pack fair.json --out kiosk [--zip]`: a folder that runs the fair on
 * a kiosk with no build step and no network — the kit, the feed pointed at its
 * packed media, the media made ready for a screen (media.ts), `index.html`
 * for the kiosk and `guide.html` for phones (page.ts), and `sw.js`, which
 * precaches all of it (service-worker.ts). Every file is made in memory and
 * the folder checked before anything is written: a missing image or a
 * foreign file in the folder leaves it as it was.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { validateFeed } from '../../data/validate.js';
import { forceOption, newCommand } from '../command-kit.js';
import { CliError } from '../errors.js';
import { FilePlan, feedText, readJson, shown } from '../files.js';
import { formatBytes, formatCount, pick } from '../lang.js';
import { mediaRefs } from '../feed-media.js';
import { leftovers, removeLeftovers } from './folder.js';
import { kitFiles, staticChunks } from './kit.js';
import { packMedia, type PackedFile, type PackedMedia } from './media.js';
import { messages } from './messages.js';
import { FEED_NAME, GUIDE_NAME, WORKER_NAME, guidePage, kioskPage } from './page.js';
import { serviceWorker } from './service-worker.js';
import { zipFiles } from './zip.js';

interface PackOptions {
  out: string;
  zip?: boolean;
  force?: boolean;
}

const sizeOf = (files: readonly PackedFile[]) => files.reduce((sum, file) => sum + file.data.byteLength, 0);

/** Is `file` inside `dir` (or `dir` itself)? */
const within = (dir: string, file: string) => {
  const rel = relative(dir, file);
  return !rel.startsWith('..') && !isAbsolute(rel);
};

/** The feed, checked: the usable part for the page, the document as written for packing. */
async function readFeed(feedFile: string) {
  const m = pick(messages);
  const raw = await readJson(feedFile);
  const { feed, problems } = validateFeed(raw);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!feed) throw new CliError(m.notAFeed(shown(feedFile), errors[0]?.message ?? ''));
  if (errors.length) process.stderr.write(`${m.feedHasErrors(shown(feedFile), errors.length)}\n`);
  return { raw, feed };
}

function report(out: string, kit: PackedFile[], media: PackedMedia, written: PackedFile[], zip?: PackedFile) {
  const m = pick(messages);
  const size = (files: readonly PackedFile[]) => formatBytes(sizeOf(files));
  const { images, plans, audio } = media.tally;
  const lines = [m.kit(formatCount(kit.length), size(kit))];
  if (images.count) lines.push(m.images(formatCount(images.count), formatBytes(images.from), formatBytes(images.to)));
  if (plans.count) lines.push(m.plans(formatCount(plans.count), formatBytes(plans.to)));
  if (audio.count) lines.push(m.audio(formatCount(audio.count), formatBytes(audio.to)));
  for (const file of written.filter((f) => !f.name.includes('/'))) {
    const bytes = formatBytes(file.data.byteLength);
    lines.push(file.name === FEED_NAME ? m.feed(file.name, bytes) : m.file(file.name, bytes));
  }
  lines.push(m.total(size(written), `${shown(out)}/`, formatCount(written.length)));
  if (zip) lines.push(m.zipped(shown(zip.name), size([zip])));
  return lines;
}

async function pack(feedPath: string, options: PackOptions): Promise<void> {
  const m = pick(messages);
  const force = options.force ?? false;
  const feedFile = resolve(feedPath);
  const out = resolve(options.out);
  if (within(out, feedFile)) throw new CliError(m.outHoldsFeed(shown(out)));
  const { raw, feed } = await readFeed(feedFile);

  // Everything in memory first: the media (sharp), the kit, the feed pointing at them, the page.
  const packed = structuredClone(raw);
  const media = await packMedia(mediaRefs(packed), feedFile);
  for (const ref of media.remote) process.stderr.write(`${m.remote(ref.url, ref.pointer)}\n`);
  if (feed.map.type === 'geo' && feed.map.tiles) process.stderr.write(`${m.remoteTiles(feed.map.tiles)}\n`);
  const kit = await kitFiles();
  const files: PackedFile[] = [
    ...kit,
    ...media.files,
    { name: FEED_NAME, data: Buffer.from(feedText(packed)) },
    { name: 'index.html', data: Buffer.from(kioskPage(feed, { serviceWorker: true })) },
    // The phone guide (<fair-guide>) on the same kit, feed and worker: a QR code's deep link lands here.
    { name: GUIDE_NAME, data: Buffer.from(guidePage(feed, { serviceWorker: true, preload: staticChunks(kit) })) },
  ];
  files.push({ name: WORKER_NAME, data: Buffer.from(serviceWorker(files)) });
  const zip = options.zip ? { name: `${out}.zip`, data: zipFiles(files) } : undefined;

  // Then the folder: refuse on a foreign file before writing anything.
  const old = await leftovers(out, new Set(files.map((file) => file.name)), force);
  const plan = new FilePlan(force);
  for (const file of files) plan.add(join(out, file.name), file.data);
  if (zip) plan.add(zip.name, zip.data);
  await plan.write();
  await removeLeftovers(old);

  const lines = report(out, kit, media, files, zip);
  if (old.length) lines.push(m.removed(old.length));
  lines.push('', m.tryIt(shown(out)));
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function packCommand(): Command {
  const m = pick(messages);
  return newCommand('pack')
    .description(m.description)
    .argument('<feed>', m.feedArgument)
    .option('-o, --out <folder>', m.out, 'kiosk')
    .option('--zip', m.zip)
    .addOption(forceOption())
    .action(async (feedPath: string, options: PackOptions) => pack(feedPath, options));
}
