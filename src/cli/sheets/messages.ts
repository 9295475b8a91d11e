import type { Catalogue } from '../lang.js';
import type { SheetKind } from './columns.js';

/** What `fairkit import` and `fairkit export` say. Counts come formatted (`formatCount`). */
const en = {
  importDescription: 'Import spreadsheets (.xlsx, .csv) of producers, products and booths into a fair feed.',
  importFiles: 'the spreadsheets (.xlsx or .csv)',
  into: 'the fair feed to update (made by fairkit init)',
  kind: 'what a single-sheet file holds, when its headers do not say: producers, products or booths',
  dryRun: 'show what would change, write nothing',
  exportKind: 'the one sheet to write: producers, products or booths (needed for .csv)',
  exportDescription: 'Write a fair feed out as spreadsheets: one workbook with producers, products and booths.',
  exportFeed: 'the fair feed',
  to: 'the file to write: .xlsx (all three sheets) or .csv (one sheet; give --kind)',
  kinds: { producers: 'producers', products: 'products', booths: 'booths' } as Record<SheetKind, string>,
  kindOne: { producers: 'producer', products: 'product', booths: 'booth' } as Record<SheetKind, string>,
  where: (file: string, sheet?: string, row?: number) =>
    [file, sheet !== undefined ? `sheet ${sheet}` : '', row !== undefined ? `row ${row}` : '']
      .filter(Boolean)
      .join(', '),
  cell: (where: string, column: string, value: string, what: string) =>
    `${where}, column ${column}: '${value}' ${what}`,
  expected: {
    price: 'is not a price (write it like 150.000 or 150000 đ)',
    ocop: 'is not an OCOP rating (write 3, 4 or 5 stars, like 4 sao, or leave it empty)',
    url: 'is not a link (write a web address starting with https://, or a file path such as img/photo.jpg)',
    email: 'is not an email address',
    id: "cannot be an id (use letters without diacritics, digits, '-', '_' or '.', at most 64)",
    producer: 'matches no producer, in the sheets or in the feed (or more than one: then write its id)',
    duplicate: 'is in this sheet twice (each id once)',
    boothWithoutProducer: 'cannot be set: the product has no producer to put in that booth',
  },
  level: (levels: string) => `is not a level of the map (the levels are ${levels})`,
  missingName: (where: string) => `${where}: the row has no name`,
  missingCode: (where: string) => `${where}: the row has no booth code`,
  unknownColumns: (where: string, headers: string) =>
    `${where}: fairkit does not know the columns ${headers}; they were ignored.`,
  repeatedColumns: (where: string, headers: string) =>
    `${where}: the columns ${headers} repeat earlier ones; they were ignored.`,
  noHeader: (where: string) =>
    `${where}: no header row that fairkit knows (such as "Tên sản phẩm" or "Product name"); the sheet was skipped.`,
  summary: (where: string, count: string, kind: SheetKind, fresh: string, updated: string, same: string) =>
    `${where}: ${count} ${(count === '1' ? en.kindOne : en.kinds)[kind]} — ${fresh} new, ${updated} updated, ${same} unchanged`,
  newCategories: (names: string) => `New categories: ${names}.`,
  newBooths: (count: string) =>
    `${count} new ${count === '1' ? 'booth' : 'booths'} placed in rows on the plan; move them to where they really are with npx fairkit edit fair.json.`,
  noRoom: (count: string, level: string) =>
    `There is no room for ${count} more new booths on level ${level}: make the plan larger (map.levels[].size) or draw them first.`,
  noPlan: (count: string) =>
    `${count} new booths have no place on the map: this fair's map is not a plan, so draw them first.`,
  nothingImported: (count: string) =>
    `Nothing was imported: ${count} ${count === '1' ? 'problem' : 'problems'} (listed above). Fix them in the spreadsheets and import again.`,
  feedInvalid: 'The feed after this import would have errors (below), so nothing was written:',
  dryRunDone: 'Dry run: nothing was written.',
  updated: (file: string) => `Updated ${file} (the previous version is in ${file}.bak).`,
  unchanged: (file: string) => `${file} is unchanged.`,
  intoMissing: (file: string) =>
    `${file} was not found. Make the fair first with "fairkit init <folder>", then import into its fair.json.`,
  notAFeed: (file: string) => `${file} is not a fair feed (no "version", "fair" and "map").`,
  notSpreadsheet: (file: string, reason: string) => `${file} cannot be read as a spreadsheet: ${reason}`,
  unsupportedFile: (file: string) =>
    `${file}: fairkit reads .xlsx and .csv files. Save the sheet in one of these formats.`,
  fileNotFound: (file: string) => `${file} was not found.`,
  badKind: (value: string) => `--kind must be producers, products or booths, not "${value}".`,
  csvNeedsKind: 'A .csv file holds one sheet: add --kind producers, --kind products or --kind booths.',
  badTarget: (file: string) => `${file}: fairkit writes .xlsx or .csv files.`,
};

type Messages = typeof en;

const vi: Messages = {
  importDescription: 'Nhập bảng tính (.xlsx, .csv) về nhà sản xuất, sản phẩm và gian hàng vào tệp dữ liệu hội chợ.',
  importFiles: 'các bảng tính (.xlsx hoặc .csv)',
  into: 'tệp dữ liệu hội chợ cần cập nhật (do fairkit init tạo ra)',
  kind: 'nội dung của tệp một trang khi tiêu đề cột chưa đủ rõ: producers (nhà sản xuất), products (sản phẩm) hoặc booths (gian hàng)',
  dryRun: 'chỉ cho xem những gì sẽ thay đổi, không ghi gì',
  exportKind:
    'chỉ ghi một trang: producers (nhà sản xuất), products (sản phẩm) hoặc booths (gian hàng) (bắt buộc với .csv)',
  exportDescription: 'Xuất dữ liệu hội chợ ra bảng tính: một tệp gồm nhà sản xuất, sản phẩm và gian hàng.',
  exportFeed: 'tệp dữ liệu hội chợ',
  to: 'tệp cần ghi: .xlsx (cả ba trang) hoặc .csv (một trang; thêm --kind)',
  kinds: { producers: 'nhà sản xuất', products: 'sản phẩm', booths: 'gian hàng' },
  kindOne: { producers: 'nhà sản xuất', products: 'sản phẩm', booths: 'gian hàng' },
  where: (file, sheet, row) =>
    [file, sheet !== undefined ? `trang tính ${sheet}` : '', row !== undefined ? `dòng ${row}` : '']
      .filter(Boolean)
      .join(', '),
  cell: (where, column, value, what) => `${where}, cột ${column}: '${value}' ${what}`,
  expected: {
    price: 'không phải là giá tiền (viết như 150.000 hoặc 150000 đ)',
    ocop: 'không phải là hạng OCOP (ghi 3, 4 hoặc 5 sao, ví dụ 4 sao, hoặc để trống)',
    url: 'không phải là đường liên kết (ghi địa chỉ web bắt đầu bằng https://, hoặc đường dẫn tệp như img/anh.jpg)',
    email: 'không phải là địa chỉ email',
    id: "không dùng làm mã được (chỉ gồm chữ không dấu, chữ số, '-', '_' hoặc '.', tối đa 64 ký tự)",
    producer:
      'không khớp với nhà sản xuất nào trong bảng tính hay trong dữ liệu (hoặc khớp với nhiều nhà sản xuất: khi đó hãy ghi mã)',
    duplicate: 'xuất hiện hai lần trong trang này (mỗi mã chỉ được một lần)',
    boothWithoutProducer: 'không gán được: sản phẩm chưa có nhà sản xuất để xếp vào gian hàng đó',
  },
  level: (levels) => `không phải là tầng nào trên sơ đồ (các tầng: ${levels})`,
  missingName: (where) => `${where}: dòng này chưa có tên`,
  missingCode: (where) => `${where}: dòng này chưa có mã gian hàng`,
  unknownColumns: (where, headers) => `${where}: fairkit không biết các cột ${headers}; đã bỏ qua các cột này.`,
  repeatedColumns: (where, headers) => `${where}: các cột ${headers} trùng với cột đứng trước; đã bỏ qua.`,
  noHeader: (where) =>
    `${where}: không tìm thấy dòng tiêu đề mà fairkit hiểu được (như "Tên sản phẩm" hoặc "Product name"); đã bỏ qua trang này.`,
  summary: (where, count, kind, fresh, updated, same) =>
    `${where}: ${count} ${vi.kinds[kind]} — ${fresh} mới, ${updated} cập nhật, ${same} không đổi`,
  newCategories: (names) => `Danh mục mới: ${names}.`,
  newBooths: (count) =>
    `Đã xếp ${count} gian hàng mới thành các dãy trên sơ đồ; hãy kéo chúng tới đúng chỗ thật bằng npx fairkit edit fair.json.`,
  noRoom: (count, level) =>
    `Tầng ${level} không còn chỗ cho ${count} gian hàng mới nữa: hãy mở rộng sơ đồ (map.levels[].size) hoặc vẽ các gian này trước.`,
  noPlan: (count) =>
    `${count} gian hàng mới chưa có vị trí: bản đồ của hội chợ này không phải sơ đồ mặt bằng, hãy vẽ các gian này trước.`,
  nothingImported: (count) => `Chưa nhập gì: có ${count} lỗi (liệt kê ở trên). Hãy sửa trong bảng tính rồi nhập lại.`,
  feedInvalid: 'Sau khi nhập, dữ liệu sẽ có lỗi (dưới đây), nên chưa ghi gì:',
  dryRunDone: 'Chạy thử: chưa ghi gì.',
  updated: (file) => `Đã cập nhật ${file} (bản trước được giữ ở ${file}.bak).`,
  unchanged: (file) => `${file} không thay đổi.`,
  intoMissing: (file) =>
    `Không tìm thấy ${file}. Hãy tạo hội chợ trước bằng "fairkit init <thư mục>", rồi nhập vào tệp fair.json của nó.`,
  notAFeed: (file) => `${file} không phải là tệp dữ liệu hội chợ (thiếu "version", "fair" và "map").`,
  notSpreadsheet: (file, reason) => `Không đọc được ${file} dưới dạng bảng tính: ${reason}`,
  unsupportedFile: (file) => `${file}: fairkit đọc được tệp .xlsx và .csv. Hãy lưu bảng tính ở một trong hai dạng này.`,
  fileNotFound: (file) => `Không tìm thấy ${file}.`,
  badKind: (value) => `--kind phải là producers, products hoặc booths, không phải "${value}".`,
  csvNeedsKind: 'Tệp .csv chỉ chứa một trang: hãy thêm --kind producers, --kind products hoặc --kind booths.',
  badTarget: (file) => `${file}: fairkit ghi được tệp .xlsx hoặc .csv.`,
};

export const messages: Catalogue<Messages> = { en, vi };
