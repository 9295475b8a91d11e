// `fairkit import`: messy spreadsheets as organizers send them (title rows, a merged title cell,
// Vietnamese headers with and without diacritics, text prices, "4 sao", a blank row, an unknown
// column, a CSV with a BOM and `;`) into a starter feed that then checks clean and routes to every
// booth; re-importing an edited sheet keeps shapes and stories; a bad cell stops the whole import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fairkit, ROOT, tempFolder } from './run.js';
import { feedErrors, readFeed, starterFeed, unreachable, writeFeed, writeXlsx } from './fixtures/sheets/helpers.js';

const TITLE = 'DANH SÁCH SẢN PHẨM THAM GIA TUẦN HÀNG CAO BẰNG 2025';

/** products.xlsx: two title rows (the first merged across), headers on row 3, data from row 4. */
function productRows(extra = []) {
  return [
    [TITLE],
    ['(Kèm theo Công văn số 123/SCT-QLTM)'],
    ['STT', 'Ten san pham', 'Tên tiếng Anh', 'Cơ sở', 'Nhóm hàng', 'Hạng OCOP', 'Giá', 'Đơn vị tính', 'Ghi chú'],
    [
      1,
      'Miến dong Nguyên Bình ',
      'Nguyen Binh arrowroot vermicelli',
      'HTX Miến dong Nguyên Bình',
      'Gạo, miến & bún',
      '4 sao',
      '55.000 đ',
      'gói 500 g',
      'hàng bán chạy',
    ],
    [
      2,
      { richText: [{ text: 'Chè ' }, { font: { bold: true }, text: 'Shan Tuyết' }] },
      'Shan Tuyet tea',
      'htx thach den thach an',
      'Chè',
      '★★★',
      '150,000',
      'hộp 200 g',
    ],
    null,
    [
      3,
      'Hộp quà  miến dong',
      '',
      'HTX Miến dong Nguyên Bình',
      'Gạo, miến & bún',
      'Chưa xếp hạng',
      { formula: '50000*3', result: 150000 },
      'hộp',
    ],
    [4, 'Thạch đen khô', 'Dried black jelly grass', 'HTX Thạch đen Thạch An', 'Đặc sản', 4, 90000, 'túi 500 g'],
    // The producer cell merged down over this row (D8:D9), as organizers group products under their maker.
    [5, 'Bánh cuốn Cao Bằng', '', '', 'Đặc sản', '4*', '280.000₫', 'suất'],
    ...extra,
  ];
}

async function messyFolder(t) {
  const dir = await tempFolder(t);
  await writeFeed(dir, starterFeed());
  await writeXlsx(join(dir, 'products.xlsx'), [{ name: 'Sản phẩm', rows: productRows(), merges: ['A1:I1', 'D8:D9'] }]);
  await writeXlsx(join(dir, 'producers.xlsx'), [
    {
      name: 'Cơ sở',
      rows: [
        ['Danh sách cơ sở'],
        ['Tên cơ sở', 'Dân tộc', 'Điện thoại', 'Câu chuyện', 'Câu chuyện (en)', 'Gian hàng', 'Website'],
        [
          'HTX Miến dong Nguyên Bình',
          'Người Dao và người Tày',
          912345678,
          'Củ dong riềng trồng trên nương.',
          'Arrowroot from the hills.',
          'A01',
          { text: 'Trang web', hyperlink: 'https://mien-dong.example.vn' },
        ],
        ['HTX Thạch đen Thạch An', 'Người Tày', '0206 3852 123', '', '', 'a02', ''],
      ],
    },
  ]);
  const csv =
    '\uFEFFMã gian hàng;Tầng;Tên gian hàng;Name (en);Danh mục\r\nA01;G;Gian Nguyên Bình;Nguyen Binh booth;Gạo, miến & bún\r\nB07;;Gian khách mời;;\r\n';
  await writeFile(join(dir, 'gian-hang.csv'), csv);
  return dir;
}

test('messy spreadsheets import into a starter feed that checks clean, every booth reachable from the kiosk', async (t) => {
  const dir = await messyFolder(t);
  const run = await fairkit(['import', 'products.xlsx', 'producers.xlsx', 'gian-hang.csv', '--into', 'fair.json'], {
    cwd: dir,
  });
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  assert.deepEqual(run.stdout.split('\n'), [
    'products.xlsx, sheet Sản phẩm: fairkit does not know the columns "STT" and "Ghi chú"; they were ignored.',
    'products.xlsx, sheet Sản phẩm: 5 products — 5 new, 0 updated, 0 unchanged',
    'producers.xlsx, sheet Cơ sở: 2 producers — 2 new, 0 updated, 0 unchanged',
    'gian-hang.csv: 2 booths — 2 new, 0 updated, 0 unchanged',
    'New categories: Gạo, miến & bún, Chè and Đặc sản.',
    '3 new booths placed in rows on the plan; move them to where they really are with npx fairkit edit fair.json.',
    'Updated fair.json (the previous version is in fair.json.bak).',
    '',
  ]);
  const feed = await readFeed(join(dir, 'fair.json'));
  assert.deepEqual(feedErrors(feed), []);
  assert.deepEqual(unreachable(feed), []);
  const product = (id) => feed.products.find((p) => p.id === id);
  assert.deepEqual(
    feed.products.map((p) => p.id),
    ['mien-dong-nguyen-binh', 'che-shan-tuyet', 'hop-qua-mien-dong', 'thach-den-kho', 'banh-cuon-cao-bang'],
  );
  assert.deepEqual(product('mien-dong-nguyen-binh'), {
    id: 'mien-dong-nguyen-binh',
    name: { vi: 'Miến dong Nguyên Bình', en: 'Nguyen Binh arrowroot vermicelli' },
    producer: 'htx-mien-dong-nguyen-binh',
    category: 'gao-mien-bun',
    ocop: 4,
    price: { amount: 55000, currency: 'VND' },
    unit: 'gói 500 g',
  });
  assert.equal(product('che-shan-tuyet').name.vi, 'Chè Shan Tuyết');
  assert.equal(product('che-shan-tuyet').producer, 'htx-thach-den-thach-an');
  assert.equal(product('che-shan-tuyet').ocop, 3);
  assert.equal(product('che-shan-tuyet').price.amount, 150000);
  assert.equal(product('hop-qua-mien-dong').name, 'Hộp quà miến dong');
  assert.equal(product('hop-qua-mien-dong').ocop, undefined);
  assert.equal(product('hop-qua-mien-dong').price.amount, 150000);
  assert.equal(product('banh-cuon-cao-bang').price.amount, 280000);
  assert.equal(product('banh-cuon-cao-bang').ocop, 4);
  assert.equal(product('banh-cuon-cao-bang').producer, 'htx-thach-den-thach-an', 'from the merged cell above');
  const [mien, thach] = feed.producers;
  assert.equal(mien.contact.phone, '0912345678', 'the leading 0 Excel dropped is back');
  assert.equal(mien.contact.website, 'https://mien-dong.example.vn', 'a hyperlink cell gives its target');
  assert.deepEqual(mien.story, { vi: 'Củ dong riềng trồng trên nương.', en: 'Arrowroot from the hills.' });
  assert.equal(thach.contact.phone, '0206 3852 123');
  const booths = Object.fromEntries(feed.booths.map((b) => [b.id, b]));
  assert.deepEqual(Object.keys(booths), ['A01', 'a02', 'B07']);
  assert.deepEqual(booths.A01.producers, ['htx-mien-dong-nguyen-binh']);
  assert.deepEqual(booths.A01.name, { vi: 'Gian Nguyên Bình', en: 'Nguyen Binh booth' });
  assert.deepEqual(booths.A01.categories, ['gao-mien-bun']);
  assert.deepEqual(booths.a02.producers, ['htx-thach-den-thach-an']);
  for (const booth of feed.booths) assert.equal(booth.rect.length, 4, `${booth.id} has a place`);
});

test('re-importing an edited products sheet changes the prices and keeps booth shapes, stories and other languages', async (t) => {
  const dir = await messyFolder(t);
  assert.equal(
    (await fairkit(['import', 'products.xlsx', 'producers.xlsx', 'gian-hang.csv', '--into', 'fair.json'], { cwd: dir }))
      .code,
    0,
  );
  // The organizer draws the booths and writes stories in the feed (the plan editor, by hand).
  const feed = await readFeed(join(dir, 'fair.json'));
  const shape = [
    [300, 300],
    [420, 300],
    [420, 380],
    [300, 380],
  ];
  Object.assign(feed.booths[0], { shape, door: [360, 380] });
  delete feed.booths[0].rect;
  feed.producers[1].story = { vi: 'Cây thạch đen mọc trên đồi đá vôi.', en: 'Jelly grass grows on limestone hills.' };
  feed.producers[1].images = ['img/thach-den.jpg'];
  feed.products[0].images = ['img/mien.jpg'];
  feed.products[0].name.fr = 'Vermicelles de Nguyen Binh';
  await writeFeed(dir, feed);
  // The edited sheet: new prices, the same names; no title rows this time, and no OCOP column.
  await writeXlsx(join(dir, 'products.xlsx'), [
    {
      name: 'Sản phẩm',
      rows: [
        ['Tên sản phẩm', 'Giá bán'],
        ['Miến dong Nguyên Bình', '60.000 đ'],
        ['Thạch đen khô', '95000 VND'],
        ['Bánh cuốn Cao Bằng', ''],
      ],
    },
  ]);
  const run = await fairkit(['import', 'products.xlsx', '--into', 'fair.json'], { cwd: dir });
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^products\.xlsx, sheet Sản phẩm: 3 products — 0 new, 2 updated, 1 unchanged$/m);
  const after = await readFeed(join(dir, 'fair.json'));
  assert.deepEqual(after.booths, feed.booths, 'booth shapes, doors and everything else as they were');
  assert.deepEqual(after.producers, feed.producers, 'stories and images as they were');
  const byId = Object.fromEntries(after.products.map((p) => [p.id, p]));
  assert.deepEqual(byId['mien-dong-nguyen-binh'], { ...feed.products[0], price: { amount: 60000, currency: 'VND' } });
  assert.equal(byId['thach-den-kho'].price.amount, 95000);
  assert.equal(byId['thach-den-kho'].ocop, 4, 'a column the sheet lacks is left alone');
  assert.equal(byId['banh-cuon-cao-bang'].price.amount, 280000, 'a blank cell is left alone');
  assert.equal(after.products.length, 5, 'products not in the sheet stay');
  assert.deepEqual(feedErrors(after), []);
});

test("a bad cell ('15O.000') lists every problem, in the organizer's language, and leaves the feed untouched", async (t) => {
  const dir = await messyFolder(t);
  const rows = productRows([
    [6, 'Gạo nếp Pì Pất', '', 'HTX Miến dong Nguyên Bình', 'Gạo, miến & bún', '', '45000', 'kg'],
    [7, 'Gạo nếp cẩm', '', 'HTX Miến dong Nguyên Bình', 'Gạo, miến & bún', '', '50.000 VND', 'kg'],
    [8, 'Lạp sườn hun khói', '', 'HTX Thạch đen Thạch An', 'Đặc sản', '', '220.000', 'kg'],
    [9, 'Bánh khảo', '', 'HTX Thạch đen Thạch An', 'Bánh', '', '40.000', 'hộp'],
    [10, 'Trà giảo cổ lam', '', 'Cơ sở Không Có', 'Chè', '7 sao', '15O.000', 'hộp'],
    [11, '', '', 'HTX Thạch đen Thạch An', '', '', '10.000', 'gói'],
  ]);
  await writeXlsx(join(dir, 'products.xlsx'), [{ name: 'Sản phẩm', rows, merges: ['A1:I1'] }]);
  const before = await readFile(join(dir, 'fair.json'), 'utf8');
  const args = ['import', 'products.xlsx', 'producers.xlsx', '--into', 'fair.json'];
  const en = await fairkit(args, { cwd: dir });
  assert.equal(en.code, 1);
  assert.deepEqual(en.stderr.split('\n'), [
    "products.xlsx, sheet Sản phẩm, row 14, column Cơ sở: 'Cơ sở Không Có' matches no producer, in the sheets or in the feed (or more than one: then write its id)",
    "products.xlsx, sheet Sản phẩm, row 14, column Hạng OCOP: '7 sao' is not an OCOP rating (write 3, 4 or 5 stars, like 4 sao, or leave it empty)",
    "products.xlsx, sheet Sản phẩm, row 14, column Giá: '15O.000' is not a price (write it like 150.000 or 150000 đ)",
    'products.xlsx, sheet Sản phẩm, row 15: the row has no name',
    'fairkit: Nothing was imported: 4 problems (listed above). Fix them in the spreadsheets and import again.',
    '',
  ]);
  const vi = await fairkit([...args, '--lang', 'vi'], { cwd: dir });
  assert.equal(vi.code, 1);
  const lines = vi.stderr.split('\n');
  assert.equal(
    lines[2],
    "products.xlsx, trang tính Sản phẩm, dòng 14, cột Giá: '15O.000' không phải là giá tiền (viết như 150.000 hoặc 150000 đ)",
  );
  assert.equal(lines[3], 'products.xlsx, trang tính Sản phẩm, dòng 15: dòng này chưa có tên');
  assert.equal(lines[4], 'fairkit: Chưa nhập gì: có 4 lỗi (liệt kê ở trên). Hãy sửa trong bảng tính rồi nhập lại.');
  assert.equal(await readFile(join(dir, 'fair.json'), 'utf8'), before, 'the feed is untouched');
  assert.equal(existsSync(join(dir, 'fair.json.bak')), false);
});

test('a CSV has no sheet in its messages; a duplicated id is reported; --kind decides a sheet the headers do not', async (t) => {
  const dir = await tempFolder(t);
  await writeFeed(dir, starterFeed());
  await writeFile(join(dir, 'list.csv'), '\uFEFFMã;Tên\r\nA01;Gian một\r\nA01;Gian hai\r\n');
  const dup = await fairkit(['import', 'list.csv', '--kind', 'booths', '--into', 'fair.json'], { cwd: dir });
  assert.equal(dup.code, 1);
  assert.match(dup.stderr, /^list\.csv, row 3, column Mã: 'A01' is in this sheet twice \(each id once\)$/m);
  const bad = await fairkit(['import', 'list.csv', '--kind', 'stands', '--into', 'fair.json'], { cwd: dir });
  assert.equal(bad.stderr, 'fairkit: --kind must be producers, products or booths, not "stands".\n');
});

test('a CSV with commas, a Windows-1258 file and one with a "Tên (en)" column read the same', async (t) => {
  const dir = await tempFolder(t);
  await writeFeed(dir, starterFeed());
  await writeFile(
    join(dir, 'nha-san-xuat.csv'),
    'Tên,Name (en),Địa phương\nHTX Chè Hoàng Hà,Hoang Ha Tea Cooperative,Cao Bằng\n',
  );
  // "Tên;Dân tộc" / "Đồng Khê;Tày" in Windows-1258 (Vietnamese Excel on Windows, saved as "CSV").
  const cp1258 = Buffer.from([
    0x54, 0xea, 0x6e, 0x3b, 0x44, 0xe2, 0x6e, 0x20, 0x74, 0xf4, 0xf2, 0x63, 0x0a, 0xd0, 0xf4, 0x6e, 0x67, 0x20, 0x4b,
    0x68, 0xea, 0x3b, 0x54, 0xe0, 0x79, 0x0a,
  ]);
  await writeFile(join(dir, 'producers-1258.csv'), cp1258);
  const run = await fairkit(['import', 'nha-san-xuat.csv', 'producers-1258.csv', '--into', 'fair.json', '--dry-run'], {
    cwd: dir,
  });
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^nha-san-xuat\.csv: 1 producer — 1 new/m);
  assert.match(run.stdout, /^producers-1258\.csv: 1 producer — 1 new/m);
  assert.match(run.stdout, /^Dry run: nothing was written\.$/m);
  assert.deepEqual((await readFeed(join(dir, 'fair.json'))).producers, undefined, '--dry-run writes nothing');
  const real = await fairkit(['import', 'nha-san-xuat.csv', 'producers-1258.csv', '--into', 'fair.json'], { cwd: dir });
  assert.equal(real.code, 0);
  const feed = await readFeed(join(dir, 'fair.json'));
  assert.deepEqual(feed.producers, [
    { id: 'htx-che-hoang-ha', name: { vi: 'HTX Chè Hoàng Hà', en: 'Hoang Ha Tea Cooperative' }, region: 'Cao Bằng' },
    { id: 'dong-khe', name: 'Đông Khê', community: 'Tày' },
  ]);
});

test('--into must name an existing feed, and --lang vi says so in Vietnamese', async (t) => {
  const dir = await tempFolder(t);
  await writeFile(join(dir, 'a.csv'), 'Tên;Giá\nChè;10000\n');
  const run = await fairkit(['import', 'a.csv', '--into', 'fair.json', '--lang', 'vi'], { cwd: dir });
  assert.equal(run.code, 1);
  assert.equal(
    run.stderr,
    'fairkit: Không tìm thấy fair.json. Hãy tạo hội chợ trước bằng "fairkit init <thư mục>", rồi nhập vào tệp fair.json của nó.\n',
  );
  const en = await fairkit(['import', 'a.csv', '--into', 'fair.json'], { cwd: dir });
  assert.match(en.stderr, /^fairkit: fair\.json was not found\. Make the fair first with "fairkit init <folder>"/);
});

test('--lang vi: the summary in Vietnamese', async (t) => {
  const dir = await messyFolder(t);
  const run = await fairkit(
    ['import', 'products.xlsx', 'producers.xlsx', 'gian-hang.csv', '--into', 'fair.json', '--lang', 'vi'],
    { cwd: dir },
  );
  assert.equal(run.code, 0);
  assert.deepEqual(run.stdout.split('\n'), [
    'products.xlsx, trang tính Sản phẩm: fairkit không biết các cột "STT" và "Ghi chú"; đã bỏ qua các cột này.',
    'products.xlsx, trang tính Sản phẩm: 5 sản phẩm — 5 mới, 0 cập nhật, 0 không đổi',
    'producers.xlsx, trang tính Cơ sở: 2 nhà sản xuất — 2 mới, 0 cập nhật, 0 không đổi',
    'gian-hang.csv: 2 gian hàng — 2 mới, 0 cập nhật, 0 không đổi',
    'Danh mục mới: Gạo, miến & bún, Chè và Đặc sản.',
    'Đã xếp 3 gian hàng mới thành các dãy trên sơ đồ; hãy kéo chúng tới đúng chỗ thật bằng npx fairkit edit fair.json.',
    'Đã cập nhật fair.json (bản trước được giữ ở fair.json.bak).',
    '',
  ]);
});

const boxOf = (b) => [b.rect[0], b.rect[1], b.rect[0] + b.rect[2], b.rect[1] + b.rect[3]];
const overlap = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

test('new booths on a fair with a plan already drawn: on their level ("L2", "l2", "Tầng 2", "2"), clear of the booths there, reachable from the kiosk', async (t) => {
  const dir = await tempFolder(t);
  await copyFile(join(ROOT, 'src/data/samples/son-la/feed.json'), join(dir, 'fair.json'));
  const original = await readFeed(join(dir, 'fair.json'));
  await writeFile(join(dir, 'booths.csv'), 'Mã gian hàng;Tầng\nX01;L2\nX02;l2\nX03;\nX04;Tầng 2\nX05;2\n');
  const run = await fairkit(['import', 'booths.csv', '--into', 'fair.json'], { cwd: dir });
  assert.equal(run.stderr, '');
  assert.equal(run.code, 0);
  assert.match(
    run.stdout,
    /^5 new booths placed in rows on the plan; move them to where they really are with npx fairkit edit fair\.json\.$/m,
  );
  const feed = await readFeed(join(dir, 'fair.json'));
  assert.deepEqual(feedErrors(feed), []);
  assert.deepEqual(unreachable(feed), []);
  const added = feed.booths.filter((b) => b.id.startsWith('X'));
  assert.deepEqual(
    added.map((b) => b.level),
    ['L2', 'L2', 'L1', 'L2', 'L2'],
  );
  for (const booth of added) {
    for (const other of feed.booths)
      if (other !== booth && (other.level ?? 'L1') === booth.level)
        assert.ok(!overlap(boxOf(booth), boxOf(other)), `${booth.id} clear of ${other.id}`);
  }
  assert.deepEqual(
    feed.booths.slice(0, original.booths.length),
    original.booths,
    'the booths already there are untouched',
  );
  assert.deepEqual(feed.paths.slice(0, original.paths.length), original.paths, 'and so are the aisles');
});

test('forty new booths on an empty plan go in rows inside the plan, none overlapping, each reachable', async (t) => {
  const dir = await tempFolder(t);
  await writeFeed(dir, starterFeed());
  const codes = Array.from({ length: 40 }, (_, i) => `B${String(i + 1).padStart(2, '0')}`);
  await writeFile(join(dir, 'gian-hang.csv'), `Gian;Tên\n${codes.map((c) => `${c};Gian ${c}`).join('\n')}\n`);
  const run = await fairkit(['import', 'gian-hang.csv', '--into', 'fair.json'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const feed = await readFeed(join(dir, 'fair.json'));
  assert.deepEqual(feedErrors(feed), []);
  assert.deepEqual(unreachable(feed), []);
  const boxes = feed.booths.map(boxOf);
  assert.ok(new Set(boxes.map((b) => b[1])).size >= 3, 'several rows');
  boxes.forEach((a, i) => {
    assert.ok(a[0] >= 0 && a[1] >= 0 && a[2] <= 1600 && a[3] <= 1000, `${codes[i]} inside the plan`);
    boxes.forEach((b, j) => assert.ok(i === j || !overlap(a, b), `${codes[i]} and ${codes[j]}`));
  });
});

test('a plan with no room left says so and writes nothing; a javascript: link is refused', async (t) => {
  const dir = await tempFolder(t);
  const feed = starterFeed();
  feed.map.levels[0].size = [300, 200];
  await writeFeed(dir, feed);
  await writeFile(join(dir, 'b.csv'), 'Gian;Tên\nA1;Một\nA2;Hai\nA3;Ba\n');
  const full = await fairkit(['import', 'b.csv', '--into', 'fair.json'], { cwd: dir });
  assert.equal(full.code, 1);
  assert.match(full.stderr, /^fairkit: There is no room for 3 more new booths on level G/);
  await writeFile(join(dir, 'p.csv'), 'Tên sản phẩm;Link truy xuất\nChè;javascript:alert(1)\n');
  const link = await fairkit(['import', 'p.csv', '--into', 'fair.json'], { cwd: dir });
  assert.equal(link.code, 1);
  assert.match(link.stderr, /^p\.csv, row 2, column Link truy xuất: 'javascript:alert\(1\)' is not a link/m);
  assert.equal((await readFeed(join(dir, 'fair.json'))).products, undefined);
});
