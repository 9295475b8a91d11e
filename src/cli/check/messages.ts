import type { Catalogue } from '../lang.js';
import type { ItemKind } from './items.js';
import type { MediaKind } from './files.js';

/** What `fairkit check` says, apart from the feed checker's own messages (those come from `validateFeed`). */
const en = {
  description:
    'Check a fair feed and its folder: the feed, its images and files, routes from the kiosks, translations.',
  feedArgument: 'the fair feed to check, e.g. fair.json',
  jsonOption: 'print the result as JSON on standard output (see below)',
  jsonHelp: `
With --json, standard output is one JSON object:
  errors, warnings   counts
  problems           [{ severity: "error"|"warning", path: JSON Pointer into the feed,
                        message, item: { kind, id, name } or null,
                        source: "schema"|"files"|"routes" }]
  files              { referenced, checked, missing, tooLarge, unreadable, misnamed, online }
  routes             { kiosks, booths, unreachable, noStepFree, farFromAisle, checked }
  coverage           { locales: [tag…], families: [{ family, total, have: { tag: count } }] }
Item kinds: fair, map, level, category, booth, producer, product, place, aisle, programmeItem.
Exit code: 1 when there are errors, else 0 (warnings alone exit 0).`,
  nouns: {
    fair: 'Fair',
    map: 'Map',
    level: 'Level',
    category: 'Category',
    booth: 'Booth',
    producer: 'Producer',
    product: 'Product',
    place: 'Place',
    aisle: 'Aisle',
    programmeItem: 'Programme item',
  } satisfies Record<ItemKind, string>,
  /** An item known only by its place in its list (1-based): `Aisle no. 4`. */
  numbered: (noun: string, n: number) => `${noun} no. ${n}`,
  media: {
    photo: 'The image',
    plan: 'The plan',
    logo: 'The logo',
    audio: 'The audio file',
  } satisfies Record<MediaKind, string>,
  heading: (file: string) => `Checking ${file}`,
  errorsHeading: (n: string) => `Errors (${n})`,
  warningsHeading: (n: string) => `Warnings (${n})`,
  missingFile: (what: string, file: string) => `${what} ${file} was not found.`,
  missingNear: (what: string, file: string, actual: string) =>
    `${what} ${file} was not found; its folder has ${actual}, which differs in capital letters or accents. Write the name exactly as the file is named.`,
  misnamed: (what: string, file: string, actual: string) =>
    `${what} ${file} is named ${actual} in its folder (capital letters or accents differ). It is found on this computer, but not by a web server or kiosk that tells them apart: write the name exactly as the file is named.`,
  tooLarge: (
    what: string,
    file: string,
    width: string,
    height: string,
    size: string,
    maxSide: string,
    maxSize: string,
  ) =>
    `${what} ${file} is ${width} × ${height} px and ${size}: too large for a kiosk (at most ${maxSide} px a side and ${maxSize}). "fairkit pack" resizes it.`,
  tooLargeBytes: (what: string, file: string, size: string, maxSize: string) =>
    `${what} ${file} is ${size}: too large for a kiosk (at most ${maxSize}). "fairkit pack" resizes it.`,
  unreadable: (what: string, file: string) =>
    `${what} ${file} cannot be read as an image; a kiosk may not show it either. Save it as JPEG or PNG.`,
  filesLine: (checked: string) => `Files: ${checked} in the folder checked.`,
  filesOnline: (checked: string, online: string) =>
    `Files: ${checked} in the folder checked; ${online} online (http/https) not checked.`,
  noKiosk:
    'The feed has no place of kind "kiosk", so the routes to the booths cannot be checked. Add the kiosk\'s place to "places".',
  unreachable: (kiosk: string, n: number, count: string, booths: string) =>
    `From this kiosk (${kiosk}), ${n === 1 ? 'one booth cannot' : `${count} booths cannot`} be reached along the aisles: ${booths}. The kiosk draws a straight line instead; add aisles ("paths") that join ${n === 1 ? 'it' : 'them'}.`,
  noStepFree: (kiosk: string, n: number, count: string, booths: string) =>
    `From this kiosk (${kiosk}), ${n === 1 ? 'one booth has' : `${count} booths have`} no step-free way (only stairs or escalators): ${booths}. Add an elevator ("kind": "elevator") joining the levels.`,
  farFromAisle: (metres: string, door: boolean) =>
    door
      ? `Its door is ${metres} m from the nearest aisle, so a route to it ends with a walk across the plan. Put the door on an aisle, or add an aisle to it.`
      : `Its middle is ${metres} m from the nearest aisle and it has no "door", so a route to it ends with a walk across the plan. Give it a door on an aisle.`,
  more: (n: string) => `${n} more`,
  routesLine: (booths: string, kiosks: number, k: string) =>
    `Routes: ${booths === '1' ? 'the one booth' : `${booths} booths`} checked from ${kiosks === 1 ? 'the kiosk' : `${k} kiosk places`}.`,
  coverageHeading: (locales: string) => `Translations (${locales}):`,
  coverageNoLocales: 'Translations: the feed names no content languages ("fair.locales"), so none were counted.',
  complete: 'every text translated',
  family: {
    productNames: 'product names',
    productDescriptions: 'product descriptions',
    producerNames: 'producer names',
    producerStories: 'producer stories',
    boothNames: 'booth names',
    categoryNames: 'category names',
    eventTitles: 'programme titles',
  } as Record<string, string>,
  coverageOf: (have: string, total: string, family: string) => `${have} of ${total} ${family}`,
  summary: (errors: number, warnings: number, e: string, w: string) =>
    `${errors === 1 ? '1 error' : `${e} errors`}, ${warnings === 1 ? '1 warning' : `${w} warnings`}`,
  clean: 'No problems found',
  notChecked: 'The feed could not be read far enough to check its routes and translations.',
};

type Messages = typeof en;

const vi: Messages = {
  description: 'Kiểm tra dữ liệu hội chợ và thư mục của nó: dữ liệu, ảnh và tệp đi kèm, đường đi từ ki-ốt, bản dịch.',
  feedArgument: 'tệp dữ liệu hội chợ cần kiểm tra, ví dụ fair.json',
  jsonOption: 'in kết quả dạng JSON ra đầu ra chuẩn (xem bên dưới)',
  jsonHelp: `
Với --json, đầu ra chuẩn là một đối tượng JSON:
  errors, warnings   số lỗi, số cảnh báo
  problems           [{ severity: "error"|"warning", path: JSON Pointer trong tệp dữ liệu,
                        message, item: { kind, id, name } hoặc null,
                        source: "schema"|"files"|"routes" }]
  files              { referenced, checked, missing, tooLarge, unreadable, misnamed, online }
  routes             { kiosks, booths, unreachable, noStepFree, farFromAisle, checked }
  coverage           { locales: [mã ngôn ngữ…], families: [{ family, total, have: { mã: số } }] }
Loại mục (kind): fair, map, level, category, booth, producer, product, place, aisle, programmeItem.
Mã thoát: 1 khi có lỗi, còn lại là 0 (chỉ có cảnh báo thì vẫn là 0).`,
  nouns: {
    fair: 'Hội chợ',
    map: 'Bản đồ',
    level: 'Tầng',
    category: 'Ngành hàng',
    booth: 'Gian hàng',
    producer: 'Nhà sản xuất',
    product: 'Sản phẩm',
    place: 'Địa điểm',
    aisle: 'Lối đi',
    programmeItem: 'Sự kiện',
  },
  numbered: (noun, n) => `${noun} thứ ${n}`,
  media: {
    photo: 'Ảnh',
    plan: 'Sơ đồ',
    logo: 'Logo',
    audio: 'Tệp âm thanh',
  },
  heading: (file) => `Đang kiểm tra ${file}`,
  errorsHeading: (n) => `Lỗi (${n})`,
  warningsHeading: (n) => `Cảnh báo (${n})`,
  missingFile: (what, file) => `Không tìm thấy ${what.toLowerCase()} ${file}.`,
  missingNear: (what, file, actual) =>
    `Không tìm thấy ${what.toLowerCase()} ${file}; trong thư mục đó có ${actual}, chỉ khác ở chữ hoa/chữ thường hoặc dấu. Hãy viết tên đúng y như tên tệp.`,
  misnamed: (what, file, actual) =>
    `${what} ${file} trong thư mục có tên là ${actual} (khác ở chữ hoa/chữ thường hoặc dấu). Máy này vẫn tìm thấy, nhưng máy chủ web hoặc ki-ốt phân biệt chữ hoa/thường thì không: hãy viết tên đúng y như tên tệp.`,
  tooLarge: (what, file, width, height, size, maxSide, maxSize) =>
    `${what} ${file} có kích thước ${width} × ${height} px, nặng ${size}: quá lớn cho ki-ốt (tối đa ${maxSide} px mỗi cạnh và ${maxSize}). Lệnh "fairkit pack" sẽ thu nhỏ lại.`,
  tooLargeBytes: (what, file, size, maxSize) =>
    `${what} ${file} nặng ${size}: quá lớn cho ki-ốt (tối đa ${maxSize}). Lệnh "fairkit pack" sẽ thu nhỏ lại.`,
  unreadable: (what, file) =>
    `Không đọc được ${what.toLowerCase()} ${file} như một tệp ảnh; ki-ốt có thể cũng không hiển thị được. Hãy lưu lại dưới dạng JPEG hoặc PNG.`,
  filesLine: (checked) => `Tệp: đã kiểm tra ${checked} tệp trong thư mục.`,
  filesOnline: (checked, online) =>
    `Tệp: đã kiểm tra ${checked} tệp trong thư mục; ${online} tệp trực tuyến (http/https) chưa được kiểm tra.`,
  noKiosk:
    'Dữ liệu không có địa điểm nào thuộc loại "kiosk", nên chưa kiểm tra được đường đi đến các gian hàng. Hãy thêm vị trí đặt ki-ốt vào "places".',
  unreachable: (kiosk, _n, count, booths) =>
    `Từ ki-ốt này (${kiosk}), có ${count} gian hàng không đi tới được theo lối đi: ${booths}. Ki-ốt sẽ chỉ vẽ một đường thẳng; hãy thêm lối đi ("paths") nối tới các gian này.`,
  noStepFree: (kiosk, _n, count, booths) =>
    `Từ ki-ốt này (${kiosk}), có ${count} gian hàng không có đường đi không bậc thang (chỉ đi được bằng cầu thang bộ hoặc thang cuốn): ${booths}. Hãy thêm thang máy ("kind": "elevator") nối các tầng.`,
  farFromAisle: (metres, door) =>
    door
      ? `Cửa gian cách lối đi gần nhất ${metres} m, nên đoạn cuối của đường chỉ dẫn phải cắt ngang sơ đồ. Hãy đặt cửa sát lối đi, hoặc thêm một lối đi tới gian.`
      : `Giữa gian cách lối đi gần nhất ${metres} m và gian chưa có cửa ("door"), nên đoạn cuối của đường chỉ dẫn phải cắt ngang sơ đồ. Hãy thêm cửa cho gian, đặt sát lối đi.`,
  more: (n) => `${n} gian khác`,
  routesLine: (booths, kiosks, k) =>
    `Đường đi: đã kiểm tra đường tới ${booths} gian hàng từ ${kiosks === 1 ? 'ki-ốt' : `${k} vị trí ki-ốt`}.`,
  coverageHeading: (locales) => `Bản dịch (${locales}):`,
  coverageNoLocales: 'Bản dịch: dữ liệu không khai báo ngôn ngữ nội dung ("fair.locales"), nên chưa đếm bản dịch.',
  complete: 'đã dịch đủ',
  family: {
    productNames: 'tên sản phẩm',
    productDescriptions: 'mô tả sản phẩm',
    producerNames: 'tên nhà sản xuất',
    producerStories: 'câu chuyện nhà sản xuất',
    boothNames: 'tên gian hàng',
    categoryNames: 'tên ngành hàng',
    eventTitles: 'tên sự kiện',
  },
  coverageOf: (have, total, family) => `${have} trên ${total} ${family}`,
  summary: (_errors, _warnings, e, w) => `${e} lỗi, ${w} cảnh báo`,
  clean: 'Không có vấn đề nào',
  notChecked: 'Dữ liệu hỏng tới mức chưa kiểm tra được đường đi và bản dịch.',
};

export const messages: Catalogue<Messages> = { en, vi };
