#!/usr/bin/env node
// Finds Chrome/Chromium for the browser tests. Order: CHROME_PATH, then the
// usual names on PATH. Where none exists and we are root on Debian, installs
// Debian's `chromium` with apt (npm tools cannot download a browser here).
// Otherwise stops with the one command to run.
// Also the fonts the screenshot baselines were drawn with: Chinese, Japanese and Korean text needs
// Noto CJK (Debian's fonts-noto-cjk), without which it shows as boxes and those screens differ. Where
// it is missing and we can, it is installed the same way; where we cannot, a warning says so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './chrome-path.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

/** Installs Debian packages: first from what apt already knows, then after an update. */
function aptInstall(packages) {
  const quiet = { stdio: 'inherit', env };
  if (spawnSync('apt-get', ['install', '-y', '-qq', ...packages], quiet).status === 0) return true;
  return (
    spawnSync('apt-get', ['update', '-qq'], quiet).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', ...packages], quiet).status === 0
  );
}

function hasCjkFont() {
  try {
    return /Noto Sans CJK/i.test(execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' }));
  } catch {
    return true; // no fontconfig to ask: nothing to do here
  }
}

if (!hasCjkFont()) {
  if (isRoot && hasApt) {
    console.log('fairkit: installing Noto CJK fonts (fonts-noto-cjk) for the screenshot tests...');
    if (!aptInstall(['fonts-noto-cjk'])) console.error('fairkit: apt-get could not install fonts-noto-cjk.');
  } else
    console.warn(
      'fairkit: no Noto CJK font: the Chinese, Japanese and Korean screenshot tests will differ.\n' +
        'Install it with:  sudo apt-get install -y fonts-noto-cjk',
    );
}

const found = findChrome();
if (found) {
  if (process.argv.includes('--print')) console.log(found);
  process.exit(0);
}

if (isRoot && hasApt) {
  console.log('fairkit: no Chrome/Chromium found; installing Debian\'s "chromium" with apt-get (about a minute)...');
  if (aptInstall(['chromium']) && findChrome()) {
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
