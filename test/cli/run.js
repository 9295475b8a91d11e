// Runs the built `fairkit` command as an organizer would (a child process, in a
// folder of their own) and gives back what it printed and its exit code.
// `npm run build:cli` (part of `npm run build`) makes dist/cli/fairkit.js first.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The command run: bin/fairkit.js, or the built file `FAIRKIT_CLI` names (a build of one's own, `build-cli.js --out`). */
export const BIN = process.env.FAIRKIT_CLI
  ? resolve(process.env.FAIRKIT_CLI)
  : fileURLToPath(new URL('../../bin/fairkit.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `fairkit(['check', 'fair.json', '--lang', 'en'], { cwd })` → `{ code, stdout, stderr }`.
 * The environment has no locale unless `env` gives one, so the language is English unless asked.
 */
export function fairkit(args, { cwd = process.cwd(), env = {}, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** A fresh empty folder for one test; `t.after` removes it. */
export async function tempFolder(t, prefix = 'fairkit-') {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
