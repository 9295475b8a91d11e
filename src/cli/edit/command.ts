/**
 * `fairkit edit <feed>`: the plan editor (`<fair-plan-editor>`) on this
 * computer, saving back to the feed. It serves the editor page at
 * http://127.0.0.1:<port>/?token=<key> (a new random key each run: only a page
 * opened from that address can save) until Ctrl+C, prints the address, and
 * opens it in the browser with `--open`.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { newCommand } from '../command-kit.js';
import { CliError } from '../errors.js';
import { readJson, shown } from '../files.js';
import { pick } from '../lang.js';
import { messages as serveMessages } from '../pack/messages.js';
import { listen, parsePort, untilStopped } from '../pack/serve.js';
import { messages } from './messages.js';
import { editServer } from './server.js';
import { isFeed } from './store.js';

/** The editor's built bundle: dist/editor/, beside dist/cli/ where this command is built. */
const EDITOR_DIR = fileURLToPath(new URL('../editor/', import.meta.url));
const EDITOR_FILE = 'fair-plan-editor.js';

export interface EditOptions {
  port: number;
  open?: boolean;
}

/** Opens `url` in the system's browser, quietly (nothing happens where there is none). */
function openBrowser(url: string): void {
  const [command, ...args] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '', url]
        : ['xdg-open', url];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

export async function runEdit(feedPath: string, options: EditOptions): Promise<void> {
  const m = pick(messages);
  const feed = resolve(feedPath);
  if (!existsSync(feed)) throw new CliError(m.feedMissing(shown(feed)));
  if (!isFeed(await readJson(feed))) throw new CliError(m.notAFeed(shown(feed)));
  if (!existsSync(resolve(EDITOR_DIR, EDITOR_FILE))) throw new CliError(m.noEditor(resolve(EDITOR_DIR, EDITOR_FILE)));
  const token = randomBytes(18).toString('base64url');
  let hosts: string[] = [];
  const server = editServer({ feed, editorDir: EDITOR_DIR, token }, () => hosts);
  const port = await listen(server, options.port, '127.0.0.1');
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  process.stdout.write(`${m.editing(shown(feed), url)}\n${m.saving(shown(feed))}\n${pick(serveMessages).stop}\n`);
  if (options.open) openBrowser(url);
  await untilStopped(server);
}

export function editCommand(): Command {
  const m = pick(messages);
  return newCommand('edit')
    .description(m.description)
    .argument('<feed>', m.feedArgument)
    .option('-p, --port <port>', m.port, parsePort, 8081)
    .option('--open', m.open)
    .action(async (feed: string, options: EditOptions) => runEdit(feed, options));
}
