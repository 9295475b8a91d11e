/**
 * `fairkit init <folder>`: a new fair's folder — the starter feed and its
 * placeholder plan (starter.ts), the three spreadsheet templates (from the
 * sheets module, the same columns `fairkit import` reads), the kiosk page with
 * the kit beside it in `kit/` (the page and the kit as `fairkit pack` makes
 * them, without the service worker: the folder is being edited), and the
 * next steps in Vietnamese and English (guide.ts). It never replaces a file
 * fairkit did not make, nor a feed that already holds a fair, without --force.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { text } from '../../data/text.js';
import { validateFeed } from '../../data/validate.js';
import { forceOption, newCommand } from '../command-kit.js';
import { CliError } from '../errors.js';
import { FilePlan, feedText, shown } from '../files.js';
import { formatDateRange } from '../../data/format.js';
import { formatList, intlLocale, pick } from '../lang.js';
import { kitFiles } from '../pack/kit.js';
import type { PackedFile } from '../pack/media.js';
import { FEED_NAME, kioskPage } from '../pack/page.js';
import { SHEET_KINDS } from '../sheets/columns.js';
import { templateWorkbook } from '../sheets/templates.js';
import { gatherFacts, type FactOptions } from './facts.js';
import { GUIDE_NAMES, guideEn, guideVi } from './guide.js';
import { messages } from './messages.js';
import { PLAN_NAME, starterFeed, starterPlan } from './starter.js';

interface InitOptions extends FactOptions {
  force?: boolean;
}

const SHEET_FILES = SHEET_KINDS.map((kind) => `${kind}.xlsx`);

/** Does the feed already in the folder hold a fair (anything imported or written into it)? */
async function holdsFair(file: string): Promise<boolean> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return false;
  }
  const feed = json as Record<string, unknown> | null;
  return ['booths', 'producers', 'products'].some((key) => Array.isArray(feed?.[key]) && feed[key].length > 0);
}

/** Refuses, before any question is asked, when the folder holds files fairkit may not replace. */
async function checkFolder(dir: string, names: readonly string[], force: boolean): Promise<void> {
  const probe = new FilePlan(force);
  for (const name of names) probe.add(join(dir, name), '');
  await probe.check();
  const feedFile = join(dir, FEED_NAME);
  if (!force && (await holdsFair(feedFile))) throw new CliError(pick(messages).holdsFair(shown(feedFile)));
}

async function init(folder: string, options: InitOptions): Promise<void> {
  const m = pick(messages);
  const force = options.force ?? false;
  const dir = resolve(folder);
  const kit = await kitFiles();
  const guides = Object.values(GUIDE_NAMES);
  const names = [FEED_NAME, PLAN_NAME, ...SHEET_FILES, 'index.html', ...guides, ...kit.map((f) => f.name)];
  await checkFolder(dir, names, force);

  const facts = await gatherFacts(options);
  const feed = starterFeed(facts);
  const { feed: checked, problems } = validateFeed(structuredClone(feed));
  const errors = problems.filter((problem) => problem.severity === 'error');
  // The starter is fairkit's own: an error in it is a bug, not the organizer's to fix.
  if (!checked || errors.length) throw new Error(`starter feed: ${JSON.stringify(errors)}`);
  const locales = feed.fair.locales ?? ['vi'];
  const name = text(feed.fair.name, 'vi');

  const files: PackedFile[] = [
    { name: FEED_NAME, data: Buffer.from(feedText(feed)) },
    { name: PLAN_NAME, data: Buffer.from(starterPlan()) },
    ...(await Promise.all(
      SHEET_KINDS.map(async (kind, i) => ({ name: SHEET_FILES[i], data: await templateWorkbook(kind, locales) })),
    )),
    { name: 'index.html', data: Buffer.from(kioskPage(checked, { serviceWorker: false })) },
    ...kit,
    { name: GUIDE_NAMES.vi, data: Buffer.from(guideVi(name)) },
    { name: GUIDE_NAMES.en, data: Buffer.from(guideEn(text(feed.fair.name, 'en'))) },
  ];
  const plan = new FilePlan(force);
  for (const file of files) plan.add(join(dir, file.name), file.data);
  await plan.write();

  const where = shown(dir);
  const quoted = /\s/.test(where) ? `"${where}"` : where;
  process.stdout.write(
    [
      m.made(`${where}/`),
      `  ${m.feedLine(name, formatDateRange(facts.start, facts.end, intlLocale()))}`,
      `  ${m.planLine(PLAN_NAME)}`,
      `  ${m.sheetsLine(formatList(SHEET_FILES))}`,
      `  ${m.pageLine(kit.length)}`,
      `  ${m.guideLine(formatList(guides))}`,
      '',
      m.look,
      `  npx fairkit serve ${quoted}`,
      m.next,
      `  cd ${quoted}`,
      `  npx fairkit import ${SHEET_FILES.join(' ')} --into ${FEED_NAME}`,
      '',
    ].join('\n'),
  );
}

export function initCommand(): Command {
  const m = pick(messages);
  return newCommand('init')
    .description(m.description)
    .argument('<folder>', m.folderArgument)
    .option('--name <name>', m.name)
    .option('--start <date>', m.start)
    .option('--end <date>', m.end)
    .option('--venue <venue>', m.venue)
    .addOption(forceOption())
    .action(async (folder: string, options: InitOptions) => init(folder, options));
}
