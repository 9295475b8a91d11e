import { formatCount, type Catalogue } from '../lang.js';

/**
 * What `fairkit edit` says: in the terminal, in the server's answers the
 * editor page shows, and on the page itself (`page`: plain strings, `{time}`
 * filled in by the page).
 */
const en = {
  description:
    'Draw the fair on its plan in the browser — booths, aisles, places, levels — and save it back to the feed (a small web server on this computer).',
  feedArgument: 'the fair feed to edit (fair.json)',
  port: 'the port to listen on (default: 8081; 0: any free port)',
  open: 'open the editor in the browser',
  feedMissing: (file: string) =>
    `${file} was not found. Make a fair with "fairkit init <folder>", then edit its fair.json.`,
  notAFeed: (file: string) => `${file} is not a fair feed (no "version", "fair" and "map").`,
  noEditor: (file: string) =>
    `The editor is not built: ${file} is missing. Run "npm run build" in the fairkit project.`,
  editing: (file: string, url: string) => `Editing ${file}: open ${url} in your browser (Chrome, Edge or Firefox).`,
  saving: (file: string) =>
    `Save in the page writes ${file} and keeps the version before it in ${file}.bak. Only this computer can open the address.`,
  saved: (file: string) => `Saved ${file} (the previous version is in ${file}.bak).`,
  uploaded: (file: string) => `Added the plan image ${file}.`,
  // The server's answers, shown on the page.
  needToken:
    'This address lacks its key. Open the address "fairkit edit" printed in the terminal, with its ?token=… part.',
  badToken: 'Refused: this page does not have the key "fairkit edit" printed. Open the address it printed.',
  notJson: (reason: string) => `Nothing was saved: what the page sent is not JSON (${reason}).`,
  tooLarge: (size: string) => `Refused: more than ${size}.`,
  notAFeedSent: 'Nothing was saved: what the page sent is not a fair feed (no "version", "fair" and "map").',
  changedOnDisk: (file: string) =>
    `Nothing was saved: ${file} was changed by another program since this page loaded it. Download your version with the editor's Download button, then reload the page.`,
  newErrors: (count: number) =>
    `Nothing was saved: the feed would have ${count === 1 ? 'an error' : `${formatCount(count)} errors`} it did not have. Fix ${count === 1 ? 'it' : 'them'} (see the Problems panel), then save again:`,
  savedAnswer: (file: string) => `Saved ${file}.`,
  unchangedAnswer: (file: string) => `${file} is unchanged.`,
  badName: (name: string) => `Refused: "${name}" is not a file name (no folders in it).`,
  badType: (name: string) => `"${name}" is not a plan image: send an SVG, PNG, JPG or WebP file.`,
  notAnImage: (name: string) => `"${name}" is not the image its name says (its content is not SVG, PNG, JPG or WebP).`,
  noName: 'Refused: the upload has no file name.',
  page: {
    title: 'Plan editor',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved at {time}.',
    unsaved: 'Changes not saved yet.',
    loadFailed: 'The feed could not be loaded. Is "fairkit edit" still running in the terminal?',
    offline: 'Not saved: "fairkit edit" does not answer. Start it again in the terminal, then save.',
    uploadFailed: 'The image was not added:',
    statusLabel: 'Saving',
  },
};

type Messages = typeof en;

const vi: Messages = {
  description:
    'Vẽ hội chợ lên sơ đồ ngay trong trình duyệt — gian hàng, lối đi, các địa điểm, các tầng — rồi lưu lại vào tệp dữ liệu (một máy chủ web nhỏ trên máy này).',
  feedArgument: 'tệp dữ liệu hội chợ cần sửa (fair.json)',
  port: 'cổng để lắng nghe (mặc định: 8081; 0: một cổng bất kỳ còn trống)',
  open: 'mở trình vẽ sơ đồ trong trình duyệt',
  feedMissing: (file) =>
    `Không tìm thấy ${file}. Hãy tạo hội chợ bằng "fairkit init <thư mục>", rồi sửa tệp fair.json trong đó.`,
  notAFeed: (file) => `${file} không phải là tệp dữ liệu hội chợ (thiếu "version", "fair" và "map").`,
  noEditor: (file) => `Trình vẽ sơ đồ chưa được dựng: thiếu ${file}. Hãy chạy "npm run build" trong dự án fairkit.`,
  editing: (file, url) => `Đang sửa ${file}: mở ${url} trong trình duyệt (Chrome, Edge hoặc Firefox).`,
  saving: (file) =>
    `Bấm Lưu trên trang sẽ ghi vào ${file} và giữ bản trước đó ở ${file}.bak. Chỉ máy này mở được địa chỉ trên.`,
  saved: (file) => `Đã lưu ${file} (bản trước được giữ ở ${file}.bak).`,
  uploaded: (file) => `Đã thêm ảnh sơ đồ ${file}.`,
  needToken:
    'Địa chỉ này thiếu mã khóa. Hãy mở đúng địa chỉ mà "fairkit edit" đã in ra trong cửa sổ dòng lệnh, kể cả phần ?token=….',
  badToken: 'Bị từ chối: trang này không có mã khóa mà "fairkit edit" đã in ra. Hãy mở đúng địa chỉ lệnh đã in.',
  notJson: (reason) => `Chưa lưu gì: dữ liệu trang gửi lên không phải JSON (${reason}).`,
  tooLarge: (size) => `Bị từ chối: lớn hơn ${size}.`,
  notAFeedSent: 'Chưa lưu gì: dữ liệu trang gửi lên không phải dữ liệu hội chợ (thiếu "version", "fair" và "map").',
  changedOnDisk: (file) =>
    `Chưa lưu gì: ${file} đã bị một chương trình khác sửa sau khi trang này mở nó. Hãy tải bản của bạn về bằng nút Tải xuống của trình vẽ, rồi tải lại trang.`,
  newErrors: (count) =>
    `Chưa lưu gì: dữ liệu sẽ có thêm ${formatCount(count)} lỗi mà trước đó không có. Hãy sửa (xem bảng Vấn đề) rồi lưu lại:`,
  savedAnswer: (file) => `Đã lưu ${file}.`,
  unchangedAnswer: (file) => `${file} không có gì thay đổi.`,
  badName: (name) => `Bị từ chối: "${name}" không phải tên tệp (tên không được chứa thư mục).`,
  badType: (name) => `"${name}" không phải ảnh sơ đồ: hãy gửi tệp SVG, PNG, JPG hoặc WebP.`,
  notAnImage: (name) => `"${name}" không đúng loại ảnh như tên tệp (nội dung không phải SVG, PNG, JPG hay WebP).`,
  noName: 'Bị từ chối: tệp tải lên không có tên.',
  page: {
    title: 'Trình vẽ sơ đồ',
    save: 'Lưu',
    saving: 'Đang lưu…',
    saved: 'Đã lưu lúc {time}.',
    unsaved: 'Có thay đổi chưa lưu.',
    loadFailed: 'Không tải được dữ liệu. Lệnh "fairkit edit" trong cửa sổ dòng lệnh còn chạy không?',
    offline: 'Chưa lưu: lệnh "fairkit edit" không trả lời. Hãy chạy lại lệnh trong cửa sổ dòng lệnh rồi lưu.',
    uploadFailed: 'Chưa thêm được ảnh:',
    statusLabel: 'Trạng thái lưu',
  },
};

export const messages: Catalogue<Messages> = { en, vi };
