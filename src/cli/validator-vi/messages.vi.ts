/**
 * The feed checker's messages in Vietnamese, for the organizers' `fairkit`
 * command: the exports of `src/data/validate/messages.ts`, one for one, each
 * typed as its English counterpart (`typeof En.name`), so a message added
 * there, or given another argument, does not compile here until it is
 * translated. `scripts/build-cli.js` makes the CLI bundle call these when the
 * language is Vietnamese; the visitor kit never sees this file.
 *
 * Field names and values the organizer types (`"id"`, `"price"`, `"VND"`) stay
 * as they are in the feed, in quotes.
 */
import type * as En from '../../data/validate/messages.js';
import type * as Vi from './messages.vi.js';
import { PLACE_KINDS } from '../../data/types.js';

const NOUNS: Record<En.ItemKind | 'organizer', string> = {
  level: 'tầng',
  category: 'danh mục',
  producer: 'nhà sản xuất',
  product: 'sản phẩm',
  booth: 'gian hàng',
  place: 'điểm',
  path: 'lối đi',
  event: 'chương trình',
  organizer: 'ban tổ chức',
};
const noun = (kind: En.ItemKind | 'organizer') => NOUNS[kind];
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** `trường "price"`: a field named in a sentence. */
const field = (name: string) => `trường "${name}"`;
const count = (n: number) => n.toLocaleString('vi');
const NOTHING = 'Thiếu phần này thì không hiển thị được gì.';
const IGNORED = 'Giá trị này bị bỏ qua.';
const LIST_IGNORED = 'Danh sách này bị bỏ qua.';
const QUOTE_LIMIT = 60;

export const describe: typeof En.describe = (value) => {
  if (value === undefined) return '(trống)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > QUOTE_LIMIT ? value.slice(0, QUOTE_LIMIT) + '…' : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'object') return 'một đối tượng';
  return `một giá trị kiểu ${typeof value}`;
};
const d = describe;

// Subjects and outcomes.

export const subject: typeof En.subject = (kind, id, path) =>
  id ? `${capital(noun(kind))} ${d(id)}` : `${capital(noun(kind))} tại ${path}`;
export const wholeSubject: typeof En.wholeSubject = (which) =>
  ({ fair: 'Hội chợ', organizer: 'Ban tổ chức', theme: 'Giao diện của hội chợ', map: 'Bản đồ' })[which];
export const leftOut: typeof En.leftOut = (kind) => `${capital(noun(kind))} này sẽ không được hiển thị.`;
export const ignored: typeof En.ignored = () => IGNORED;
export const removed: typeof En.removed = () => 'Địa chỉ này bị loại bỏ.';
export const referenceRemoved: typeof En.referenceRemoved = () => 'Tham chiếu này bị loại bỏ.';
export const categoryRemoved: typeof En.categoryRemoved = () => 'Sản phẩm vẫn được giữ nhưng không có danh mục này.';
export const doorOutcome: typeof En.doorOutcome = () => 'Chỉ đường sẽ dẫn tới giữa gian hàng.';
export const centerOutcome: typeof En.centerOutcome = () => 'Bản đồ sẽ lấy các gian hàng làm tâm.';
export const tilesOutcome: typeof En.tilesOutcome = () => 'Lớp bản đồ nền mặc định được dùng.';
export const fairNameOutcome: typeof En.fairNameOutcome = (id) => `Mã ${d(id)} được hiển thị thay cho tên.`;
export const eventKeptWithout: typeof En.eventKeptWithout = (what) =>
  `Chương trình vẫn được giữ nhưng không gắn với ${what === 'place' ? 'điểm' : 'gian hàng'} này.`;
export const unexpectedValue: typeof En.unexpectedValue = () => 'một giá trị bất thường';

// The feed as a whole.

export const feedNotObject: typeof En.feedNotObject = (json) =>
  `Tệp dữ liệu phải là một đối tượng JSON bắt đầu bằng {"version": 1, …}; tệp này lại là ${d(json)}.`;
export const feedVersion: typeof En.feedVersion = (version) =>
  version === undefined
    ? `Tệp dữ liệu không có "version"; hãy thêm "version": 1 ở đầu tệp. ${NOTHING}`
    : `Tệp dữ liệu có "version" là ${d(version)}, nhưng bộ công cụ này chỉ đọc được phiên bản 1. Không hiển thị được gì.`;
export const feedUncheckable: typeof En.feedUncheckable = (reason) =>
  `Không kiểm tra được tệp dữ liệu (${reason}). Không hiển thị được gì.`;

// Ids, addresses, points, colours, strings, references.

export const idProblem: typeof En.idProblem = (value, folder) =>
  folder
    ? `${d(value)}, mà đường liên kết sẽ hiểu là một thư mục`
    : `${d(value)}, không hợp lệ: hãy dùng từ 1 đến 64 chữ cái, chữ số, ".", "_" hoặc "-"`;
export const idMissing: typeof En.idMissing = (kind, path) =>
  `${capital(noun(kind))} tại ${path} không có "id"; hãy đặt một mã ngắn không trùng lặp, ví dụ "A12". ${leftOut(kind)}`;
export const idBad: typeof En.idBad = (kind, path, problem) =>
  `${capital(noun(kind))} tại ${path} có mã ${problem}. ${leftOut(kind)}`;
export const idRepeated: typeof En.idRepeated = (kind, path, id, where) =>
  `${capital(noun(kind))} tại ${path} trùng mã ${d(id)} với một ${noun(kind)} phía trước; mỗi mã trong ${where} chỉ được dùng một lần. ${leftOut(kind)}`;
export const urlNotText: typeof En.urlNotText = (who, name, value, outcome) =>
  `${who} có ${field(name)} là ${d(value)}, không phải một địa chỉ. ${outcome}`;
export const urlInvalid: typeof En.urlInvalid = (who, name, url, outcome) =>
  `${who} có ${field(name)} là ${d(url)}, không phải một địa chỉ hợp lệ. ${outcome}`;
export const urlUnsafe: typeof En.urlUnsafe = (who, name, scheme, dataHint, outcome) =>
  `${who} có ${field(name)} dùng giao thức "${scheme}:" không an toàn${dataHint ? ' (data: chỉ được dùng cho ảnh data:image/…)' : ''}; hãy dùng địa chỉ https:// hoặc đường dẫn tương đối tính từ tệp dữ liệu. ${outcome}`;
export const numberProblem: typeof En.numberProblem = (value, why) => {
  if (why === 'limit') return `${count(value as number)}, vượt quá ±10.000.000`;
  if (why === 'zero') return `${String(value)}, quá gần 0 (hãy ghi 0)`;
  return `${d(value)}, không phải một số hữu hạn`;
};
export const pointNotPair: typeof En.pointNotPair = (who, name, value, geo, outcome) =>
  `${who} có ${field(name)} với một điểm là ${d(value)}, không phải hai số ${geo ? '[vĩ độ, kinh độ]' : '[x, y]'}. ${outcome}`;
export const coordinateBad: typeof En.coordinateBad = (who, name, problem, outcome) =>
  `${who} có ${field(name)} với một tọa độ là ${problem}. ${outcome}`;
export const pointOffGlobe: typeof En.pointOffGlobe = (who, name, a, b, outcome) =>
  `${who} có ${field(name)} với điểm [${a}, ${b}] không phải vĩ độ (−90 đến 90) và kinh độ (−180 đến 180). ${outcome}`;
export const colorBad: typeof En.colorBad = (who, name, value) =>
  `${who} có màu ${d(value)} ở "${name}"; hãy viết theo dạng #rgb hoặc #rrggbb (ví dụ "#0b6e4f"). Màu mặc định được dùng.`;
export const stringNotText: typeof En.stringNotText = (who, name, value) =>
  `${who} có ${field(name)} là ${d(value)}, không phải văn bản. ${IGNORED}`;
export const stringListNotList: typeof En.stringListNotList = (who, name, value) =>
  `${who} có ${field(name)} là ${d(value)}, không phải một danh sách như ["a", "b"]. ${IGNORED}`;
export const refNotId: typeof En.refNotId = (who, name, value, kind, outcome) =>
  `${who} có ${field(name)} là ${d(value)}, không phải mã của một ${noun(kind)}. ${outcome}`;
export const refMissing: typeof En.refMissing = (who, kind, id, where, earlier, outcome) =>
  `${who} tham chiếu tới ${noun(kind)} ${d(id)}, ${earlier ? `nhưng ${noun(kind)} đó đã bị loại (xem lỗi được báo ở ${where})` : `nhưng mã này không có trong ${where}`}. ${outcome}`;
export const reservedField: typeof En.reservedField = (key, path) =>
  `Trường ${d(key)} ở ${path || 'đầu tệp dữ liệu'} là một tên dành riêng. ${IGNORED}`;

// Text.

export const textTooLong: typeof En.textTooLong = (who, name, length, limit) =>
  `${who} có ${field(name)} dài ${count(length)} ký tự; nội dung bị cắt còn ${count(limit)} ký tự.`;
export const textControls: typeof En.textControls = (who, name) =>
  `${who} có ${field(name)} chứa ký tự điều khiển ẩn (như ký tự đảo chiều viết từ phải sang trái); các ký tự đó bị xóa.`;
export const textUnsafeLinks: typeof En.textUnsafeLinks = (who, name, schemes) =>
  `${who} có ${field(name)} chứa liên kết tới ${schemes.map((scheme) => `"${scheme}:"`).join(', ')}; chỉ liên kết http(s) được giữ, nên các liên kết đó hiện thành chữ thường.`;
export const textMissing: typeof En.textMissing = (who, name, outcome) => `${who} không có "${name}". ${outcome}`;
export const textEmpty: typeof En.textEmpty = (who, name, outcome) => `${who} có "${name}" để trống. ${outcome}`;
export const textNotText: typeof En.textNotText = (who, name, value, outcome) =>
  `${who} có ${field(name)} là ${d(value)}; hãy viết văn bản, hoặc các bản dịch như {"vi": "…", "en": "…"}. ${outcome}`;
export const translationBadTag: typeof En.translationBadTag = (who, name, key) =>
  `${who} có ${field(name)} với một bản dịch đặt dưới ${d(key)}, không phải mã ngôn ngữ như "vi" hoặc "zh-Hant". Bản dịch này bị bỏ qua.`;
export const translationNotText: typeof En.translationNotText = (who, name, key, entry) =>
  `${who} có ${field(name)} với bản dịch ${d(key)} là ${d(entry)}, không phải văn bản. Bản dịch này bị bỏ qua.`;
export const textNoLanguage: typeof En.textNoLanguage = (who, name, outcome) =>
  `${who} có ${field(name)} không có nội dung ở ngôn ngữ nào. ${outcome}`;
export const translationsMissing: typeof En.translationsMissing = (who, name, missing) =>
  `${who} thiếu bản dịch ${missing.map((tag) => `"${tag}"`).join(', ')} của "${name}"; khách đọc ${missing.length > 1 ? 'các ngôn ngữ đó' : 'ngôn ngữ đó'} sẽ thấy nội dung bằng ngôn ngữ khác.`;

// Collections, levels, the plan's bounds.

export const collectionNotList: typeof En.collectionNotList = (key, value, required) => {
  const outcome = required ? 'Không gian hàng nào được hiển thị.' : IGNORED;
  return value === undefined
    ? `Tệp dữ liệu không có "${key}"; hãy thêm danh sách "${key}" (có thể để trống). ${outcome}`
    : `Trường "${key}" của tệp dữ liệu là ${d(value)}, không phải một danh sách. ${outcome}`;
};
export const itemNotObject: typeof En.itemNotObject = (kind, at, raw) =>
  `${capital(noun(kind))} tại ${at} là ${d(raw)}, không phải một đối tượng. ${leftOut(kind)}`;
export const noLevel: typeof En.noLevel = (who, first) =>
  `${who} không có "level" nên được hiển thị ở tầng đầu tiên, ${d(first)}. Hãy thêm "level" để đặt đúng tầng.`;
export const outsidePlan: typeof En.outsidePlan = (who, all, level, width, height) =>
  `${who} ${all ? 'nằm hẳn ngoài' : 'lấn ra ngoài'} sơ đồ của tầng ${d(level)} (${width} × ${height} px); hãy kiểm tra tọa độ. Vẫn được giữ lại.`;
export const refListNotList: typeof En.refListNotList = (who, name, value, kind) =>
  `${who} có "${name}" là ${d(value)}, không phải danh sách mã ${noun(kind)} như ["${kind}-1"]. ${LIST_IGNORED}`;

// The fair.

export const languagesNotList: typeof En.languagesNotList = (value, fallback) =>
  fallback
    ? `Hội chợ có "fallback" là ${d(value)}, không phải danh sách mã ngôn ngữ như ["en"]. Tiếng Anh được dùng làm ngôn ngữ dự phòng.`
    : `Hội chợ có "locales" là ${d(value)}, không phải danh sách mã ngôn ngữ như ["vi", "en"]. ${LIST_IGNORED}`;
export const languageBad: typeof En.languageBad = (tag, fallback) =>
  fallback
    ? `Trường "fallback" của hội chợ có ${d(tag)}, không phải mã ngôn ngữ như "en" hoặc "zh-Hant". ${IGNORED}`
    : `Hội chợ khai báo ngôn ngữ ${d(tag)}, không phải mã ngôn ngữ mà trình duyệt chấp nhận, như "vi", "en-US" hoặc "zh-Hant". Ngôn ngữ này bị loại.`;
export const datesNotObject: typeof En.datesNotObject = (value) =>
  `Hội chợ có "dates" là ${d(value)}; hãy viết {"start": "2025-12-24", "end": "2025-12-29"}. Ngày tổ chức bị bỏ qua.`;
export const dateBad: typeof En.dateBad = (key, raw) =>
  `${key === 'start' ? 'Ngày bắt đầu' : 'Ngày kết thúc'} của hội chợ, ${d(raw)}, không phải ngày viết theo dạng YYYY-MM-DD. Ngày tổ chức bị bỏ qua.`;
export const datesReversed: typeof En.datesReversed = (start, end) =>
  `Hội chợ kết thúc (${end}) trước khi bắt đầu (${start}). Ngày tổ chức bị bỏ qua.`;
export const timezoneBad: typeof En.timezoneBad = (value) =>
  `Trường "timezone" của hội chợ, ${d(value)}, không phải múi giờ IANA như "Asia/Ho_Chi_Minh". Múi giờ trên máy của khách được dùng.`;
export const organizerNotObject: typeof En.organizerNotObject = (value) =>
  `Trường "organizer" của hội chợ là ${d(value)}; hãy viết {"name": "…", "url": "https://…"}. ${IGNORED}`;
export const themeNotObject: typeof En.themeNotObject = (value) =>
  `Trường "theme" của hội chợ là ${d(value)}; hãy viết {"primary": "#0b6e4f", …}. ${IGNORED}`;
export const fontBad: typeof En.fontBad = (who, font) =>
  `${who} có "font" ${d(font)} mà CSS sẽ không nhận (hãy kiểm tra các ký tự và dấu ngoặc kép; tên có chữ số phải đặt trong ngoặc kép); hãy viết các tên phông chữ cách nhau bằng dấu phẩy, như "Be Vietnam Pro, sans-serif". Phông chữ mặc định được dùng.`;
export const shareBad: typeof En.shareBad = (value) =>
  `Mẫu "share" của hội chợ, ${d(value)}, phải là một địa chỉ http:// hoặc https://, như "https://fair.example.vn/{kind}/{id}". Mã QR sẽ dùng địa chỉ của chính trang.`;
export const fairNotObject: typeof En.fairNotObject = (value) =>
  value === undefined
    ? `Tệp dữ liệu không có "fair"; hãy thêm {"id": "…", "name": "…"} mô tả hội chợ. ${NOTHING}`
    : `Trường "fair" của tệp dữ liệu là ${d(value)}, không phải một đối tượng có "id" và "name" của hội chợ. ${NOTHING}`;
export const fairIdBad: typeof En.fairIdBad = (problem) =>
  problem === undefined
    ? `Hội chợ không có "id"; hãy đặt một mã ngắn, ví dụ "cao-bang-2025". ${NOTHING}`
    : `Hội chợ có mã ${problem}. ${NOTHING}`;

// The map.

export const sizeMissing: typeof En.sizeMissing = (who) =>
  `${who} không có "size"; hãy thêm [chiều rộng, chiều cao] của ảnh sơ đồ, tính bằng điểm ảnh, nếu không bản đồ phải tự đoán.`;
export const sizeBad: typeof En.sizeBad = (who, value) =>
  `${who} có "size" là ${d(value)}, không phải [chiều rộng, chiều cao] tính bằng điểm ảnh (hai số dương, tối đa 10.000.000). Bản đồ phải tự đoán kích thước.`;
export const levelsNotList: typeof En.levelsNotList = (value) =>
  `Trường "levels" của bản đồ là ${d(value)}, không phải một danh sách như [{"id": "G", "size": [1600, 1000]}].`;
export const levelNotObject: typeof En.levelNotObject = (at, raw) =>
  `Tầng tại ${at} là ${d(raw)}, không phải một đối tượng có "id". ${leftOut('level')}`;
export const scaleBad: typeof En.scaleBad = (who, scale) =>
  `${who} có "scale" là ${d(scale)}, không phải một số dương chỉ số mét trên mỗi điểm ảnh của sơ đồ (tối đa 1.000). Giá trị 0,1 được dùng.`;
export const tilesBad: typeof En.tilesBad = (url, other) =>
  `Mẫu "tiles" của bản đồ, ${d(url)}, phải có {z}, {x} và {y}, và ngoài chúng chỉ được dùng {-y}, {s} và {r}${other === undefined ? '' : ` (không dùng được {${other}})`}: hãy viết như "https://tile.example/{z}/{x}/{y}.png", khóa truy cập (nếu có) ghi thẳng trong địa chỉ. Lớp bản đồ nền mặc định được dùng.`;
export const mapNotObject: typeof En.mapNotObject = (value) =>
  value === undefined
    ? `Tệp dữ liệu không có "map"; hãy thêm {"type": "plan", "levels": […]} hoặc {"type": "geo", …}. ${NOTHING}`
    : `Trường "map" của tệp dữ liệu là ${d(value)}, không phải một đối tượng có "type". ${NOTHING}`;
export const mapTypeBad: typeof En.mapTypeBad = (type) =>
  `Trường "type" của bản đồ là ${d(type)}; giá trị phải là "plan" (ảnh sơ đồ mặt bằng) hoặc "geo" (bản đồ đường phố). ${NOTHING}`;
export const planNoLevel: typeof En.planNoLevel = () =>
  `Sơ đồ mặt bằng không có tầng nào dùng được; hãy thêm ít nhất một tầng như {"id": "G", "image": "plan.svg", "size": [1600, 1000]}. ${NOTHING}`;
export const zoomBad: typeof En.zoomBad = (zoom) =>
  `Trường "zoom" của bản đồ, ${d(zoom)}, không phải một số từ 0 đến 24. Bản đồ sẽ tự thu phóng cho vừa các gian hàng.`;

// Booths.

export const shapeNotList: typeof En.shapeNotList = (who, value) =>
  `${who} có "shape" là ${d(value)}, không phải danh sách điểm như [[100, 100], [180, 100], [180, 160]]. ${leftOut('booth')}`;
export const shapeTooFew: typeof En.shapeTooFew = (who, n) =>
  `${who} có "shape" chỉ gồm ${n} điểm; một đa giác cần ít nhất 3 điểm. ${leftOut('booth')}`;
export const rectNotFour: typeof En.rectNotFour = (who, value) =>
  `${who} có "rect" là ${d(value)}, không phải bốn số [x, y, chiều rộng, chiều cao]. ${leftOut('booth')}`;
export const rectValueBad: typeof En.rectValueBad = (who, problem) =>
  `${who} có một giá trị trong "rect" là ${problem}. ${leftOut('booth')}`;
export const rectEmpty: typeof En.rectEmpty = (who, width, height) =>
  `${who} có "rect" kích thước ${width} × ${height}; chiều rộng và chiều cao phải lớn hơn 0. ${leftOut('booth')}`;
export const noGeometry: typeof En.noGeometry = (who) =>
  `${who} không có "shape" (một đa giác) cũng không có "rect" ([x, y, chiều rộng, chiều cao]), nên không vẽ được. ${leftOut('booth')}`;
export const shapeAndRect: typeof En.shapeAndRect = (who) =>
  `${who} có cả "shape" lẫn "rect"; chỉ nên khai báo một trong hai. "rect" bị bỏ qua.`;

// Categories, producers, products.

const NO_PRICE = 'Giá sẽ không được hiển thị.';
export const urlListNotList: typeof En.urlListNotList = (who, name, value) =>
  `${who} có "${name}" là ${d(value)}, không phải danh sách địa chỉ như ["img/photo.jpg"]. ${LIST_IGNORED}`;
export const audioNotObject: typeof En.audioNotObject = (who, value) =>
  `${who} có "audio" là ${d(value)}, không phải các bản ghi âm theo ngôn ngữ như {"vi": "audio/story-vi.mp3"}. ${IGNORED}`;
export const audioBadLanguage: typeof En.audioBadLanguage = (who, key) =>
  `${who} có một bản ghi âm "audio" đặt dưới ${d(key)}, không phải mã ngôn ngữ như "vi". Bản ghi âm này bị bỏ qua.`;
export const contactNotObject: typeof En.contactNotObject = (who, value) =>
  `${who} có "contact" là ${d(value)}, không phải {"phone": …, "website": …, "email": …}. ${IGNORED}`;
export const emailBad: typeof En.emailBad = (who, email) =>
  `${who} có "contact.email" ${d(email)} không phải địa chỉ thư điện tử như "name@example.vn". ${IGNORED}`;
export const priceNotObject: typeof En.priceNotObject = (who, value) =>
  `${who} có "price" là ${d(value)}; hãy viết {"amount": 150000, "currency": "VND"}. ${NO_PRICE}`;
export const priceAmountBad: typeof En.priceAmountBad = (who, amount) =>
  `${who} có "amount" của giá là ${d(amount)}; giá phải là một số từ 0 trở lên, như 150000. ${NO_PRICE}`;
export const priceCurrencyBad: typeof En.priceCurrencyBad = (who, currency) =>
  `${who} có "currency" của giá là ${d(currency)}; phải là mã tiền tệ ISO 4217 gồm ba chữ cái, như "VND". ${NO_PRICE}`;
export const ocopBad: typeof En.ocopBad = (who, ocop) =>
  `${who} có hạng OCOP là ${d(ocop)}; sản phẩm OCOP được xếp hạng 3, 4 hoặc 5 sao. Hạng sao sẽ không được hiển thị.`;

// Places, paths, programme items.

const CONNECTORS = { stairs: 'cầu thang bộ', elevator: 'thang máy', escalator: 'thang cuốn' } as const;
export const kindBad: typeof En.kindBad = (who, kind) =>
  `${who} ${kind === undefined ? 'không có "kind"' : `có "kind" là ${d(kind)}`}; hãy dùng một trong các loại ${PLACE_KINDS.map((k) => `"${k}"`).join(', ')}. Điểm này được hiển thị là "other".`;
export const connectsMissing: typeof En.connectsMissing = (who, kind) =>
  `${who} là ${CONNECTORS[kind]} nhưng không có "connects"; hãy đặt cùng một giá trị "connects" cho các ${CONNECTORS[kind]} tương ứng ở những tầng khác, nếu không chỉ đường sẽ không đi qua được.`;
export const pointsTooFew: typeof En.pointsTooFew = (who, value) =>
  `${who} có "points" ${Array.isArray(value) ? `chỉ gồm ${value.length} điểm` : `là ${d(value)}`}; một lối đi cần danh sách ít nhất 2 điểm. ${leftOut('path')}`;
export const pathsTooMany: typeof En.pathsTooMany = (level, segments, meetings) =>
  `Các lối đi${level ? ` của tầng ${d(level)}` : ''} tạo thành ${count(segments)} đoạn${meetings === undefined ? '' : ` cắt nhau ở hơn ${count(meetings)} chỗ`} (một nhà triển lãm thường chỉ có vài trăm): chỉ đường ở đó chỉ được tìm gần hai đầu. Hãy bỏ bớt những lối đi không cần thiết.`;
export const eventTimeBad: typeof En.eventTimeBad = (who, key, raw) =>
  key === 'start'
    ? `${who} có "start" là ${d(raw)}; hãy viết ngày và giờ như "2025-12-26T08:30:00+07:00". ${leftOut('event')}`
    : `${who} có "end" là ${d(raw)}; hãy viết ngày và giờ như "2025-12-26T09:30:00+07:00". Giờ kết thúc sẽ không được hiển thị.`;
export const eventReversed: typeof En.eventReversed = (who, start, end) =>
  `${who} kết thúc (${end}) trước khi bắt đầu (${start}). Giờ kết thúc sẽ không được hiển thị.`;

/**
 * This module exports exactly the English module's names: none fewer (each is
 * typed above from its English one, but a forgotten one would go unnoticed)
 * and none more (a message the checker never calls). When they differ, the
 * type of `sameNames` shows which, and `true` does not fit it.
 */
type Missing = Exclude<keyof typeof En, keyof typeof Vi>;
type Extra = Exclude<keyof typeof Vi, keyof typeof En>;
const sameNames: [Missing, Extra] extends [never, never] ? true : { missing: Missing; extra: Extra } = true;
void sameNames;
