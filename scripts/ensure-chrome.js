#!/usr/bin/env node
// Finds Chrome/Chromium for the browser tests. Order: CHROME_PATH, then the
// usual names on PATH. Where none exists and we are root on Debian, installs
// Debian's `chromium` with apt (npm tools cannot download a browser here).
// Otherwise stops with the one command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './chrome-path.js';

const found = findChrome();
if (found) {
  if (process.argv.includes('--print')) console.log(found);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log('fairkit: no Chrome/Chromium found; installing Debian\'s "chromium" with apt-get (about a minute)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
      : update;
  if (install.status === 0 && findChrome()) {
    console.log(`fairkit: installed ${execFileSync('chromium', ['--version']).toString().trim()}`);
    process.exit(0);
  }
  console.error('fairkit: apt-get could not install chromium.');
}
console.error(
  'fairkit: the tests need Chrome or Chromium and none was found.\n' +
    'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
    'or point CHROME_PATH at an existing Chrome/Chromium binary.',
);
process.exit(1);
