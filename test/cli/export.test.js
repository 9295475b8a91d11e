// `fairkit export`: the sample fairs written as one workbook (three sheets, bilingual headers, a
// column per content language) read back by `fairkit import` to the same feed, into the same feed
// and into one whose producers and products were emptied; one sheet as CSV (BOM, `;`); never over a
// file fairkit did not make; the `fairkit init` templates import into a starter feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { fairkit, ROOT, tempFolder } from './run.js';
import { feedErrors, readFeed, starterFeed, writeFeed } from './fixtures/sheets/helpers.js';

const sample = (name) => join(ROOT, 'src/data/samples', name, 'feed.json');

for (const name of ['cao-bang', 'son-la']) {
  test(`${name}: export, then import into the same feed gives it back unchanged, and into an emptied one the same producers and products`, async (t) => {
    const dir = await tempFolder(t);
    await copyFile(sample(name), join(dir, 'fair.json'));
    const original = await readFeed(join(dir, 'fair.json'));
    const out = await fairkit(['export', 'fair.json', '--to', 'sheets.xlsx'], { cwd: dir });
    assert.equal(out.stderr, '');
    assert.equal(out.code, 0);
    assert.match(out.stdout, /^Wrote sheets\.xlsx \(\d/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'sheets.xlsx'));
    assert.deepEqual(
      book.worksheets.map((s) => s.name),
      ['Nhà sản xuất', 'Sản phẩm', 'Gian hàng'],
    );
    const products = book.getWorksheet('Sản phẩm');
    const headers = products.getRow(1).values.slice(1);
    assert.equal(headers[1], 'Tên sản phẩm / Product name');
    for (const locale of original.fair.locales.slice(1))
      assert.ok(headers.includes(`Tên sản phẩm (${locale}) / Product name (${locale})`), locale);
    const priceColumn = headers.indexOf('Giá bán / Price') + 1;
    assert.equal(typeof products.getRow(2).getCell(priceColumn).value, 'number');
    assert.match(products.getColumn(priceColumn).numFmt, /₫/);
    assert.equal(products.getRow(1).font.bold, true);
    assert.equal(products.views[0].state, 'frozen');

    const same = await fairkit(['import', 'sheets.xlsx', '--into', 'fair.json'], { cwd: dir });
    assert.equal(same.stderr, '');
    assert.equal(same.code, 0);
    assert.match(same.stdout, /^fair\.json is unchanged\.$/m);
    assert.match(same.stdout, new RegExp(`sheet Sản phẩm: ${original.products.length} products — 0 new, 0 updated`));
    assert.deepEqual(await readFeed(join(dir, 'fair.json')), original);

    const emptied = { ...structuredClone(original), producers: [], products: [] };
    await writeFeed(dir, emptied, 'empty.json');
    const back = await fairkit(['import', 'sheets.xlsx', '--into', 'empty.json'], { cwd: dir });
    assert.equal(back.stderr, '');
    assert.equal(back.code, 0);
    const restored = await readFeed(join(dir, 'empty.json'));
    assert.deepEqual(restored.producers, original.producers);
    assert.deepEqual(restored.products, original.products);
    assert.deepEqual(restored.booths, original.booths);
    assert.deepEqual(feedErrors(restored), []);
  });
}

test('--to x.csv --kind products writes one sheet as CSV with a BOM and ;, which imports back', async (t) => {
  const dir = await tempFolder(t);
  await copyFile(sample('cao-bang'), join(dir, 'fair.json'));
  const noKind = await fairkit(['export', 'fair.json', '--to', 'products.csv'], { cwd: dir });
  assert.equal(noKind.code, 1);
  assert.match(noKind.stderr, /add --kind producers, --kind products or --kind booths/);
  const run = await fairkit(['export', 'fair.json', '--to', 'products.csv', '--kind', 'products'], { cwd: dir });
  assert.equal(run.code, 0);
  const csv = await readFile(join(dir, 'products.csv'), 'utf8');
  assert.ok(csv.startsWith('\uFEFFMã sản phẩm / Product ID;Tên sản phẩm / Product name;'), csv.slice(0, 80));
  const original = await readFeed(join(dir, 'fair.json'));
  const again = await fairkit(['import', 'products.csv', '--into', 'fair.json'], { cwd: dir });
  assert.equal(again.stderr, '');
  assert.match(again.stdout, /^fair\.json is unchanged\.$/m);
  assert.deepEqual(await readFeed(join(dir, 'fair.json')), original);
});

test('export never replaces a file fairkit did not make, unless --force', async (t) => {
  const dir = await tempFolder(t);
  await copyFile(sample('cao-bang'), join(dir, 'fair.json'));
  await writeFile(join(dir, 'mine.xlsx'), 'the organizer’s own file');
  const refused = await fairkit(['export', 'fair.json', '--to', 'mine.xlsx'], { cwd: dir });
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /^fairkit: mine\.xlsx already exists and fairkit did not make it/);
  assert.equal(await readFile(join(dir, 'mine.xlsx'), 'utf8'), 'the organizer’s own file');
  assert.equal((await fairkit(['export', 'fair.json', '--to', 'mine.xlsx', '--force'], { cwd: dir })).code, 0);
  // A file fairkit wrote (and nobody changed) may be written again.
  assert.equal((await fairkit(['export', 'fair.json', '--to', 'mine.xlsx'], { cwd: dir })).code, 0);
});

test('the templates fairkit init writes import into a starter feed: the example rows arrive', async (t) => {
  const dir = await tempFolder(t);
  // templateWorkbook is not a command of its own: bundle it from the source for this test (inside the
  // repository, so that it finds exceljs).
  const bundle = join(ROOT, `dist/cli-templates-test-${process.pid}.mjs`);
  t.after(() => rm(bundle, { force: true }));
  await build({
    entryPoints: [join(ROOT, 'src/cli/sheets/templates.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const { templateWorkbook } = await import(bundle);
  for (const kind of ['producers', 'products', 'booths'])
    await writeFile(join(dir, `${kind}.xlsx`), await templateWorkbook(kind, ['vi', 'en']));
  await writeFeed(dir, starterFeed());
  const run = await fairkit(['import', 'products.xlsx', 'producers.xlsx', 'booths.xlsx', '--into', 'fair.json'], {
    cwd: dir,
  });
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  assert.doesNotMatch(run.stdout, /does not know the columns/);
  const feed = await readFeed(join(dir, 'fair.json'));
  assert.deepEqual(feedErrors(feed), []);
  assert.deepEqual(
    feed.products.map((p) => [p.id, p.name.vi, p.producer, p.price.amount, p.ocop]),
    [['mien-dong-500g', 'Miến dong Nguyên Bình', 'htx-mien-dong-nguyen-binh', 55000, 4]],
  );
  assert.deepEqual(feed.producers[0].name, {
    vi: 'HTX Miến dong Nguyên Bình',
    en: 'Nguyen Binh Arrowroot Vermicelli Cooperative',
  });
  assert.deepEqual(
    feed.booths.map((b) => [b.id, b.producers]),
    [['A02', ['htx-mien-dong-nguyen-binh']]],
  );
  // A template for a fair in three languages has a column for each.
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await templateWorkbook('products', ['vi', 'en', 'zh-Hans']));
  const headers = book.worksheets[0].getRow(1).values.slice(1);
  assert.ok(headers.includes('Tên sản phẩm (zh-Hans) / Product name (zh-Hans)'));
  assert.equal(book.worksheets[0].name, 'Sản phẩm');
});
