// `fairkit edit fair.json`: the plan editor served on 127.0.0.1, saving back to the feed. The Son La sample
// (two levels, two plan images) is copied into a scratch folder and edited over http as the page does it:
// the page and the editor's bundle, the feed with its tag, a save (the file and its .bak), the page's key,
// a save that would add errors, plan images uploaded into plans/, and what must never be written. Then
// Chromium opens the printed address, sees the editor with the fair's name, makes an edit and clicks Save,
// and, in Vietnamese, reads the feed checker's own messages in Vietnamese. Over 400 lines: one server's
// whole contract, over http and in a browser, kept in one file so its fixtures are shared.
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, findChrome } from '../../scripts/chrome-path.js';
import { BIN, fairkit, ROOT, tempFolder } from './run.js';

const SAMPLE = join(ROOT, 'src/data/samples/son-la');
const feedText = (feed) => `${JSON.stringify(feed, null, 2)}\n`;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The Son La sample in `dir`, its feed as `fair.json`; resolves to the feed's text. */
async function sonLa(dir) {
  await cp(SAMPLE, dir, { recursive: true });
  await rename(join(dir, 'feed.json'), join(dir, 'fair.json'));
  return readFile(join(dir, 'fair.json'), 'utf8');
}

/** Starts `fairkit edit` in `dir`; resolves once it printed its address. */
async function startEdit(t, dir, args = ['fair.json', '--port', '0'], env = {}) {
  const child = spawn(process.execPath, [BIN, 'edit', ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', ...env },
  });
  const closed = new Promise((resolve) => child.on('close', resolve));
  t.after(() => child.kill());
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const url = await new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      const found = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(stdout);
      if (found && stdout.includes('Ctrl+C')) resolve(found[1]);
    });
    child.on('close', (code) => reject(new Error(`edit ended with ${code}: ${stdout}${stderr}`)));
  });
  const address = new URL(url);
  return {
    url,
    base: address.origin,
    token: address.searchParams.get('token'),
    stdout: () => stdout,
    stderr: () => stderr,
    stop: async () => {
      child.kill('SIGTERM');
      return closed;
    },
  };
}

/** The feed as the page loads it, with its tag. */
async function loadFeed(base) {
  const response = await fetch(`${base}/.fairkit/feed`);
  assert.equal(response.status, 200);
  return { feed: await response.json(), etag: response.headers.get('etag') };
}

const save = (base, token, feed, etag) =>
  fetch(`${base}/.fairkit/save`, {
    method: 'POST',
    headers: { 'x-fairkit-token': token, 'content-type': 'application/json', 'if-match': etag },
    body: JSON.stringify(feed),
  });

const upload = (base, token, name, body) =>
  fetch(`${base}/.fairkit/upload`, {
    method: 'POST',
    headers: { 'x-fairkit-token': token, 'x-fairkit-name': encodeURIComponent(name) },
    body,
  });

test('fairkit edit prints its address and serves the page with its key, the editor bundle, the feed and the plans', async (t) => {
  const dir = await tempFolder(t);
  const original = await sonLa(dir);
  const edit = await startEdit(t, dir);
  assert.equal(
    edit.stdout(),
    `Editing fair.json: open ${edit.url} in your browser (Chrome, Edge or Firefox).\n` +
      'Save in the page writes fair.json and keeps the version before it in fair.json.bak. Only this computer can open the address.\n' +
      'Press Ctrl+C to stop.\n',
  );
  assert.match(edit.token, /^[\w-]{24}$/);

  const page = await fetch(edit.url);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  const html = await page.text();
  assert.match(html, /<html lang="en">/);
  assert.match(html, /<script type="module" src="\/\.fairkit\/editor\/fair-plan-editor\.js"><\/script>/);
  assert.match(html, /<fair-plan-editor><\/fair-plan-editor>/);
  assert.doesNotMatch(html, new RegExp(edit.token), 'the key is in the address only, not in the page');

  const keyless = await fetch(`${edit.base}/`);
  assert.equal(keyless.status, 403);
  assert.match(await keyless.text(), /Open the address &quot;fairkit edit&quot; printed in the terminal/);
  assert.equal((await fetch(`${edit.base}/?token=${edit.token.slice(1)}x`)).status, 403);

  const bundle = await fetch(`${edit.base}/.fairkit/editor/fair-plan-editor.js`);
  assert.equal(bundle.status, 200);
  assert.equal(bundle.headers.get('content-type'), 'text/javascript; charset=utf-8');
  const code = await bundle.text();
  assert.equal(code, await readFile(join(ROOT, 'dist/editor/fair-plan-editor.js'), 'utf8'));
  for (const [, chunk] of code.matchAll(/["'](\.\/chunks\/[^"']+\.js)["']/g))
    assert.equal((await fetch(`${edit.base}/.fairkit/editor/${chunk.slice(2)}`)).status, 200, chunk);

  const { feed, etag } = await loadFeed(edit.base);
  assert.deepEqual(feed, JSON.parse(original));
  assert.match(etag, /^"[\w-]+"$/);

  const plan = await fetch(`${edit.base}/plan-l1.svg`);
  assert.equal(plan.status, 200);
  assert.equal(plan.headers.get('content-type'), 'image/svg+xml');
  assert.equal(plan.headers.get('content-security-policy'), 'sandbox', 'an SVG opened alone runs no script here');
  assert.equal(await plan.text(), await readFile(join(dir, 'plan-l1.svg'), 'utf8'));
  assert.equal((await fetch(`${edit.base}/img/..%2f..%2fetc/passwd`)).status, 404);
  assert.equal((await fetch(`${edit.base}/.fairkit/editor/..%2f..%2fpackage.json`)).status, 404);

  // A page on another name for this address (DNS rebinding) gets nothing.
  const rebound = await new Promise((resolve, reject) =>
    request(`${edit.base}/.fairkit/feed`, { headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode))
      .on('error', reject)
      .end(),
  );
  assert.equal(rebound, 421);
  assert.equal(await edit.stop(), 0);
});

test('a save writes the feed and keeps the version before it in fair.json.bak; a stale one is refused', async (t) => {
  const dir = await tempFolder(t);
  const original = await sonLa(dir);
  const edit = await startEdit(t, dir);
  const { feed, etag } = await loadFeed(edit.base);
  feed.booths[0].rect = [10, 20, 40, 30];
  const response = await save(edit.base, edit.token, feed, etag);
  const answer = await response.json();
  assert.equal(response.status, 200, answer.message);
  assert.equal(answer.message, 'Saved fair.json.');
  assert.equal(await readFile(join(dir, 'fair.json'), 'utf8'), feedText(feed));
  assert.equal(await readFile(join(dir, 'fair.json.bak'), 'utf8'), original);
  assert.match(edit.stdout(), /^Saved fair\.json \(the previous version is in fair\.json\.bak\)\.$/m);

  // The page's tag is the old file's: another save with it would overwrite the save just made.
  feed.booths[1].rect = [60, 20, 40, 30];
  const stale = await save(edit.base, edit.token, feed, etag);
  assert.equal(stale.status, 409);
  assert.match((await stale.json()).message, /^Nothing was saved: fair\.json was changed by another program/);
  const again = await save(edit.base, edit.token, feed, answer.etag);
  assert.equal(again.status, 200);
  assert.equal(await readFile(join(dir, 'fair.json'), 'utf8'), feedText(feed));

  // Another program changes the file: the page's next save is refused.
  await writeFile(join(dir, 'fair.json'), original);
  const afterImport = await save(edit.base, edit.token, feed, (await again.json()).etag);
  assert.equal(afterImport.status, 409);
  assert.equal(await readFile(join(dir, 'fair.json'), 'utf8'), original);
});

test('a POST without the page key, or with another one, is refused and writes nothing', async (t) => {
  const dir = await tempFolder(t);
  const original = await sonLa(dir);
  const edit = await startEdit(t, dir);
  const { feed, etag } = await loadFeed(edit.base);
  feed.fair.name = 'Hijacked';
  for (const headers of [{}, { 'x-fairkit-token': 'x'.repeat(24) }, { 'x-fairkit-token': '' }]) {
    const refused = await fetch(`${edit.base}/.fairkit/save`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-match': etag, ...headers },
      body: JSON.stringify(feed),
    });
    assert.equal(refused.status, 403);
    assert.match((await refused.json()).message, /^Refused: this page does not have the key/);
  }
  // A form on another site posts without the header; an upload the same.
  const form = await fetch(`${edit.base}/.fairkit/upload`, { method: 'POST', body: PNG });
  assert.equal(form.status, 403);
  assert.equal(await readFile(join(dir, 'fair.json'), 'utf8'), original);
  await assert.rejects(stat(join(dir, 'fair.json.bak')));
  await assert.rejects(stat(join(dir, 'plans')));
});

test('a save that brings new feed-check errors is refused with them listed; errors the feed had do not stop it', async (t) => {
  const dir = await tempFolder(t);
  const sample = JSON.parse(await sonLa(dir));
  // The file already has an error of its own (a booth on a level that does not exist).
  sample.booths[0].level = 'L9';
  await writeFile(join(dir, 'fair.json'), feedText(sample));
  const edit = await startEdit(t, dir);
  const { feed, etag } = await loadFeed(edit.base);
  const broken = structuredClone(feed);
  broken.booths[1].id = broken.booths[2].id;
  const refused = await save(edit.base, edit.token, broken, etag);
  assert.equal(refused.status, 422);
  const answer = await refused.json();
  assert.match(answer.message, /^Nothing was saved: the feed would have an error it did not have\./);
  assert.equal(answer.problems.length, 1);
  assert.match(answer.problems[0], /^\/booths\/\d+\/id: /);
  assert.equal(await readFile(join(dir, 'fair.json'), 'utf8'), feedText(sample));

  feed.booths[3].rect = [5, 5, 30, 30];
  const saved = await save(edit.base, edit.token, feed, etag);
  assert.equal(saved.status, 200, (await saved.clone().json()).message);
  assert.equal(JSON.parse(await readFile(join(dir, 'fair.json'), 'utf8')).booths[0].level, 'L9');

  const notJson = await fetch(`${edit.base}/.fairkit/save`, {
    method: 'POST',
    headers: { 'x-fairkit-token': edit.token },
    body: '{"fair": ',
  });
  assert.equal(notJson.status, 400);
  assert.match((await notJson.json()).message, /^Nothing was saved: what the page sent is not JSON/);
  const notFeed = await save(edit.base, edit.token, { hello: 1 }, (await saved.json()).etag);
  assert.equal(notFeed.status, 400);
});

test('an uploaded plan image lands in plans/ under a safe name of its own; a name with a folder is refused', async (t) => {
  const dir = await tempFolder(t);
  await sonLa(dir);
  const edit = await startEdit(t, dir);
  const svg = await readFile(join(dir, 'plan-l2.svg'));

  const first = await upload(edit.base, edit.token, 'Sơ đồ tầng 3.SVG', svg);
  assert.equal(first.status, 201);
  assert.equal((await first.json()).url, 'plans/so-do-tang-3.svg');
  assert.deepEqual(await readFile(join(dir, 'plans/so-do-tang-3.svg')), svg);
  assert.match(edit.stdout(), /^Added the plan image plans\/so-do-tang-3\.svg\.$/m);
  const served = await fetch(`${edit.base}/plans/so-do-tang-3.svg`);
  assert.equal(served.status, 200, 'the editor shows it from the address it was given');

  const same = await upload(edit.base, edit.token, 'Sơ đồ tầng 3.svg', svg);
  assert.equal(same.status, 200);
  assert.equal((await same.json()).url, 'plans/so-do-tang-3.svg', 'the same image again is the same file');

  // A file the organizer put there is never replaced: the upload takes another name.
  await writeFile(join(dir, 'plans/hall.png'), 'mine');
  const other = await upload(edit.base, edit.token, 'hall.png', PNG);
  assert.equal((await other.json()).url, 'plans/hall-2.png');
  assert.equal(await readFile(join(dir, 'plans/hall.png'), 'utf8'), 'mine');
  assert.deepEqual(await readFile(join(dir, 'plans/hall-2.png')), PNG);

  for (const [name, status, message] of [
    ['../../outside.png', 400, /^Refused: "\.\.\/\.\.\/outside\.png" is not a file name/],
    ['..\\outside.png', 400, /is not a file name/],
    ['notes.txt', 415, /is not a plan image: send an SVG, PNG, JPG or WebP file\.$/],
    ['plan.png', 415, /is not the image its name says/],
  ]) {
    const refused = await upload(edit.base, edit.token, name, name === 'plan.png' ? svg : PNG);
    assert.equal(refused.status, status, name);
    assert.match((await refused.json()).message, message);
  }
  assert.deepEqual((await readdir(join(dir, 'plans'))).sort(), [
    '.fairkit-files.json',
    'hall-2.png',
    'hall.png',
    'so-do-tang-3.svg',
  ]);
  await assert.rejects(stat(join(dir, '..', 'outside.png')));
  await assert.rejects(stat(join(dir, 'outside.png')));
});

test('fairkit edit speaks Vietnamese, and stops on a missing feed or a used port', async (t) => {
  const dir = await tempFolder(t);
  await sonLa(dir);
  const edit = await startEdit(t, dir, ['fair.json', '--port', '0', '--lang', 'vi']);
  assert.match(edit.stdout(), /^Đang sửa fair\.json: mở http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+ trong trình duyệt/);
  assert.match(edit.stdout(), /\nNhấn Ctrl\+C để dừng\.\n$/);
  const page = await (await fetch(edit.url)).text();
  assert.match(page, /<html lang="vi">/);
  assert.match(page, />Lưu<\/button>/);
  const refused = await fetch(`${edit.base}/.fairkit/save`, { method: 'POST', body: '{}' });
  assert.match((await refused.json()).message, /^Bị từ chối: trang này không có mã khóa/);

  const port = new URL(edit.base).port;
  const busy = await fairkit(['edit', 'fair.json', '--port', port], { cwd: dir });
  assert.equal(busy.code, 1);
  assert.equal(busy.stderr, `fairkit: Port ${port} is already in use. Choose another with --port, e.g. --port 8081.\n`);
  const missing = await fairkit(['edit', 'nothing.json', '--lang', 'vi'], { cwd: dir });
  assert.deepEqual(
    [missing.code, missing.stderr],
    [
      1,
      'fairkit: Không tìm thấy nothing.json. Hãy tạo hội chợ bằng "fairkit init <thư mục>", rồi sửa tệp fair.json trong đó.\n',
    ],
  );
  await writeFile(join(dir, 'list.json'), '[]');
  assert.equal(
    (await fairkit(['edit', 'list.json'], { cwd: dir })).stderr,
    'fairkit: list.json is not a fair feed (no "version", "fair" and "map").\n',
  );
});

test('Chromium: the printed address shows the editor with the fair name; an edit and Save write fair.json', async (t) => {
  const dir = await tempFolder(t);
  const original = await sonLa(dir);
  const edit = await startEdit(t, dir);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(edit.url);
  const name = await page.waitForFunction(
    () => document.querySelector('fair-plan-editor')?.shadowRoot?.querySelector('h1')?.textContent.trim() || false,
    { timeout: 20000 },
  );
  assert.equal(await name.jsonValue(), JSON.parse(original).fair.name.en);
  assert.equal(await page.$eval('#save', (button) => button.disabled), true, 'nothing to save yet');

  // An edit as the editor's panels send it; the page sees fair-feed-change and offers Save.
  await page.evaluate(() => {
    const editor = document.querySelector('fair-plan-editor');
    const edit = (draft) => (draft.booths[0].rect = [12, 34, 40, 30]);
    editor.dispatchEvent(new CustomEvent('plan-editor-edit', { detail: { label: 'Move', edit }, bubbles: true }));
  });
  await page.waitForFunction(() => !document.querySelector('#save').disabled);
  assert.equal(await page.$eval('#status', (s) => s.textContent), 'Changes not saved yet.');
  await page.click('#save');
  await page.waitForFunction(() => /^Saved at /.test(document.querySelector('#status').textContent), {
    timeout: 10000,
  });
  const saved = JSON.parse(await readFile(join(dir, 'fair.json'), 'utf8'));
  assert.deepEqual(saved.booths[0].rect, [12, 34, 40, 30]);
  assert.deepEqual(
    { ...saved, booths: saved.booths.slice(1) },
    { ...JSON.parse(original), booths: JSON.parse(original).booths.slice(1) },
  );
  assert.equal(await readFile(join(dir, 'fair.json.bak'), 'utf8'), original);

  // A new plan for the level shown, chosen in the editor's levels panel: the page's uploadImage hook sends it,
  // the server writes it into plans/, the level takes its address, and Save writes that.
  const plan = join(await tempFolder(t), 'Sơ đồ mới.svg');
  await writeFile(
    plan,
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#eee"/></svg>',
  );
  const input = await page.evaluateHandle(function find(root = document) {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('input[type="file"]')) return el;
      const inner = el.shadowRoot && find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  });
  await input.asElement().uploadFile(plan);
  await page.waitForFunction(() => !document.querySelector('#save').disabled, { timeout: 10000 });
  const stored = 'plans/so-do-moi.svg';
  assert.equal(await readFile(join(dir, stored), 'utf8'), await readFile(plan, 'utf8'));
  await page.keyboard.down('Control');
  await page.keyboard.press('s');
  await page.keyboard.up('Control');
  await page.waitForFunction(() => /^Saved at /.test(document.querySelector('#status').textContent), {
    timeout: 10000,
  });
  const withPlan = JSON.parse(await readFile(join(dir, 'fair.json'), 'utf8'));
  assert.deepEqual(withPlan.map.levels[0].image, stored);
  assert.deepEqual(withPlan.map.levels[0].size, [1200, 800]);
  assert.deepEqual(errors, []);
});

test('Chromium, in Vietnamese: the problems panel gives the feed checker’s own message in Vietnamese', async (t) => {
  const dir = await tempFolder(t);
  const feed = JSON.parse(await sonLa(dir));
  feed.products[0].ocop = 7;
  await writeFile(join(dir, 'fair.json'), JSON.stringify(feed, null, 2));
  const edit = await startEdit(t, dir, ['fair.json', '--port', '0', '--lang', 'vi']);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 900 });
  await page.goto(edit.url);
  // The panel's text, searched through the editor's shadow roots, once the checker's warning is in it.
  const shown = await page.waitForFunction(
    () => {
      const panel = (function find(root) {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'fair-plan-editor-problems') return el;
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      })(document);
      const text = panel?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      return /OCOP/.test(text) && text;
    },
    { timeout: 20000 },
  );
  const text = await shown.jsonValue();
  assert.match(
    text,
    /có hạng OCOP là 7; sản phẩm OCOP được xếp hạng 3, 4 hoặc 5 sao\. Hạng sao sẽ không được hiển thị\./,
  );
  assert.doesNotMatch(text, /OCOP ratings are 3, 4 or 5 stars/);
});
