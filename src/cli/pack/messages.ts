import { formatCount, type Catalogue } from '../lang.js';

/** What `fairkit pack` and `fairkit serve` say. Sizes and counts come formatted (lang.ts). */
const en = {
  description:
    'Pack a fair for a kiosk with no network: the kit, the feed, images resized for a screen, the kiosk page, the phone guide (guide.html) and a service worker that keeps it all offline.',
  feedArgument: 'the fair feed (fair.json)',
  out: 'the folder to write (made if missing; default: kiosk)',
  zip: 'also write the folder as one .zip file beside it',
  outHoldsFeed: (out: string) =>
    `${out} holds the feed itself: pack into a new folder of its own, e.g. --out kiosk. Nothing was written.`,
  foreignFile: (file: string, folder: string) =>
    `${file} is in ${folder} and fairkit did not make it (or it was changed since): pack writes only into a folder of its own. Nothing was written. Choose a new folder, move the file, or add --force to pack beside it.`,
  notAFeed: (file: string, reason: string) => `${file} cannot be packed: ${reason} Run "fairkit check" on it.`,
  feedHasErrors: (file: string, count: number) =>
    `warning: ${file} has ${count === 1 ? 'an error' : `${formatCount(count)} errors`}; the kiosk leaves what is wrong out. Run "fairkit check ${file}" to see ${count === 1 ? 'it' : 'them'}.`,
  notAFile: (url: string, pointer: string) => `${url} (at ${pointer}) is not a file path or an http(s) address`,
  missingFile: (file: string, pointer: string) => `${file} (at ${pointer})`,
  missingFiles: (items: readonly string[]) =>
    `${items.length === 1 ? 'A file the feed names is' : 'Files the feed names are'} missing. Nothing was written.\n  ${items.join('\n  ')}`,
  notAnImage: (file: string, reason: string) =>
    `${file} is not an image fairkit can read (${reason}). Nothing was written.`,
  noKit: (file: string) => `The kit is not built: ${file} is missing. Run "npm run build" in the fairkit project.`,
  remote: (url: string, pointer: string) =>
    `warning: ${url} (at ${pointer}) is on the internet: the kiosk shows it only while it is online.`,
  remoteTiles: (url: string) =>
    `warning: the map's tiles come from the internet (${url}): the kiosk shows the map only while it is online.`,
  kit: (count: string, size: string) => `kit: ${count} files, ${size}`,
  images: (count: string, from: string, to: string) => `images: ${count} (from ${from} to ${to})`,
  plans: (count: string, size: string) => `plans: ${count}, ${size}`,
  audio: (count: string, size: string) => `audio: ${count}, ${size}`,
  feed: (name: string, size: string) => `feed: ${name}, ${size}`,
  file: (name: string, size: string) => `${name}, ${size}`,
  total: (size: string, folder: string, count: string) => `Total: ${size} in ${folder} (${count} files)`,
  zipped: (file: string, size: string) => `zip: ${file}, ${size}`,
  removed: (count: number) =>
    `Removed ${count === 1 ? 'a file' : `${formatCount(count)} files`} an earlier pack left that this one no longer needs.`,
  tryIt: (folder: string) =>
    `To try it: npx fairkit serve ${folder}, then open the address it prints. Add ?here=<place id> to the address for a kiosk standing elsewhere. The phone guide is guide.html at the same address (the kiosk's QR codes open it when the feed's fair.guide names it).`,
  serveDescription: 'Show a fair folder or a packed kiosk in the browser (a small web server on this computer).',
  serveFolder: 'the folder to show (default: this folder)',
  port: 'the port to listen on (default: 8080)',
  lan: 'also let other devices on the local network open it (kiosks, phones)',
  badPort: (value: string) => `--port must be a number from 1 to 65535, not "${value}".`,
  noFolder: (folder: string) => `${folder} is not a folder.`,
  portInUse: (port: number) => `Port ${port} is already in use. Choose another with --port, e.g. --port 8081.`,
  serving: (folder: string, url: string) => `Showing ${folder} at ${url}`,
  servingLan: (urls: string) => `On the local network: ${urls}`,
  stop: 'Press Ctrl+C to stop.',
};

type Messages = typeof en;

const vi: Messages = {
  description:
    'Đóng gói hội chợ cho ki-ốt không cần mạng: bộ kit, dữ liệu, ảnh thu nhỏ vừa màn hình, trang ki-ốt, trang hướng dẫn trên điện thoại (guide.html) và service worker giữ tất cả để chạy ngoại tuyến.',
  feedArgument: 'tệp dữ liệu hội chợ (fair.json)',
  out: 'thư mục để ghi (chưa có thì tạo; mặc định: kiosk)',
  zip: 'ghi thêm cả thư mục thành một tệp .zip bên cạnh',
  outHoldsFeed: (out) =>
    `${out} chứa chính tệp dữ liệu: hãy đóng gói vào một thư mục mới riêng, ví dụ --out kiosk. Chưa ghi gì.`,
  foreignFile: (file, folder) =>
    `${file} nằm trong ${folder} nhưng không do fairkit tạo (hoặc đã bị sửa sau đó): lệnh đóng gói chỉ ghi vào thư mục riêng của nó. Chưa ghi gì. Hãy chọn một thư mục mới, chuyển tệp đi chỗ khác, hoặc thêm --force để vẫn đóng gói vào đó.`,
  notAFeed: (file, reason) => `Không đóng gói được ${file}: ${reason} Hãy chạy "fairkit check" để kiểm tra tệp này.`,
  feedHasErrors: (file, count) =>
    `cảnh báo: ${file} có ${formatCount(count)} lỗi; ki-ốt sẽ bỏ qua những phần bị lỗi. Chạy "fairkit check ${file}" để xem chi tiết.`,
  notAFile: (url, pointer) => `${url} (tại ${pointer}) không phải đường dẫn tệp hay địa chỉ http(s)`,
  missingFile: (file, pointer) => `${file} (tại ${pointer})`,
  missingFiles: (items) => `Thiếu tệp mà dữ liệu có nhắc đến. Chưa ghi gì.\n  ${items.join('\n  ')}`,
  notAnImage: (file, reason) => `${file} không phải ảnh mà fairkit đọc được (${reason}). Chưa ghi gì.`,
  noKit: (file) => `Bộ kit chưa được dựng: thiếu ${file}. Hãy chạy "npm run build" trong dự án fairkit.`,
  remote: (url, pointer) => `cảnh báo: ${url} (tại ${pointer}) nằm trên Internet: ki-ốt chỉ hiển thị được khi có mạng.`,
  remoteTiles: (url) =>
    `cảnh báo: các mảnh bản đồ lấy từ Internet (${url}): ki-ốt chỉ hiển thị được bản đồ khi có mạng.`,
  kit: (count, size) => `bộ kit: ${count} tệp, ${size}`,
  images: (count, from, to) => `ảnh: ${count} (từ ${from} còn ${to})`,
  plans: (count, size) => `sơ đồ: ${count}, ${size}`,
  audio: (count, size) => `âm thanh: ${count}, ${size}`,
  feed: (name, size) => `dữ liệu: ${name}, ${size}`,
  file: (name, size) => `${name}, ${size}`,
  total: (size, folder, count) => `Tổng cộng: ${size} trong ${folder} (${count} tệp)`,
  zipped: (file, size) => `tệp zip: ${file}, ${size}`,
  removed: (count) => `Đã xóa ${formatCount(count)} tệp do lần đóng gói trước để lại mà lần này không cần nữa.`,
  tryIt: (folder) =>
    `Để chạy thử: npx fairkit serve ${folder}, rồi mở địa chỉ lệnh đó in ra. Thêm ?here=<mã địa điểm> vào địa chỉ nếu ki-ốt đặt ở vị trí khác. Trang hướng dẫn cho điện thoại là guide.html ở cùng địa chỉ (mã QR trên ki-ốt mở trang này khi fair.guide trong dữ liệu trỏ tới nó).`,
  serveDescription: 'Mở thư mục hội chợ hoặc ki-ốt đã đóng gói trong trình duyệt (một máy chủ web nhỏ trên máy này).',
  serveFolder: 'thư mục cần mở (mặc định: thư mục hiện tại)',
  port: 'cổng để lắng nghe (mặc định: 8080)',
  lan: 'cho cả các thiết bị khác trong mạng nội bộ mở được (ki-ốt, điện thoại)',
  badPort: (value) => `--port phải là một số từ 1 đến 65535, không phải "${value}".`,
  noFolder: (folder) => `${folder} không phải là thư mục.`,
  portInUse: (port) => `Cổng ${port} đang được dùng. Hãy chọn cổng khác bằng --port, ví dụ --port 8081.`,
  serving: (folder, url) => `Đang mở ${folder} tại ${url}`,
  servingLan: (urls) => `Trong mạng nội bộ: ${urls}`,
  stop: 'Nhấn Ctrl+C để dừng.',
};

export const messages: Catalogue<Messages> = { en, vi };
