// The `fairkit` command as a whole: help, language, exit codes, Commander's errors translated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fairkit, ROOT } from './run.js';

const { version, bin } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

test('package.json puts a fairkit command on the path', () => {
  assert.equal(bin.fairkit, './bin/fairkit.js');
});

test('--help lists every command, in English by default', async () => {
  const { code, stdout } = await fairkit(['--help']);
  assert.equal(code, 0);
  assert.match(stdout, /^Usage: fairkit \[options\] \[command\]/);
  for (const name of ['init', 'import', 'export', 'check', 'pack'])
    assert.match(stdout, new RegExp(`^  ${name}\\b`, 'm'));
});

test('--lang vi speaks Vietnamese, and so does a Vietnamese system locale', async () => {
  const asked = await fairkit(['--help', '--lang', 'vi']);
  assert.match(asked.stdout, /^Cách dùng: fairkit \[tùy chọn\] \[lệnh\]/);
  assert.match(asked.stdout, /^Các lệnh:/m);
  const system = await fairkit(['--help'], { env: { LANG: 'vi_VN.UTF-8' } });
  assert.match(system.stdout, /^Cách dùng:/);
  const overridden = await fairkit(['--help', '--lang=en'], { env: { LANG: 'vi_VN.UTF-8' } });
  assert.match(overridden.stdout, /^Usage:/);
});

test('--version prints the package version', async () => {
  const { code, stdout } = await fairkit(['--version']);
  assert.equal(code, 0);
  assert.equal(stdout.trim(), version);
});

test('an unknown command or option fails with a translated message and no stack trace', async () => {
  const command = await fairkit(['frob', '--lang', 'vi']);
  assert.equal(command.code, 2);
  assert.equal(command.stderr, 'fairkit: Không có lệnh "frob". Chạy "fairkit --help" để xem các lệnh.\n');
  const option = await fairkit(['check', '--frob']);
  assert.equal(option.code, 2);
  assert.match(option.stderr, /^fairkit: There is no option "--frob" here\./);
  const lang = await fairkit(['--lang', 'fr', '--help']);
  assert.equal(lang.code, 2);
  assert.match(lang.stderr, /--lang must be "vi" or "en", not "fr"/);
});
