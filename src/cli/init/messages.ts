import { formatCount, type Catalogue } from '../lang.js';

/** What `fairkit init` says and asks. */
const en = {
  description:
    'Start a new fair in a folder: fair.json, a placeholder plan, the three spreadsheets to fill in, the kiosk page and a guide to the next steps.',
  folderArgument: 'the folder to make (or an empty one)',
  name: 'the fair’s name (default: “Hội chợ OCOP”)',
  start: 'the first day, YYYY-MM-DD (default: today)',
  end: 'the last day, YYYY-MM-DD (default: six days after the first)',
  venue: 'where the fair is held',
  askIntro: 'A new fair. Press Enter to keep the value in [brackets].',
  askName: 'Name of the fair',
  askVenue: 'Venue (may stay empty)',
  askStart: 'First day (YYYY-MM-DD)',
  askEnd: 'Last day (YYYY-MM-DD)',
  badDate: (what: string, value: string) =>
    `${what} must be a date written YYYY-MM-DD, e.g. 2025-12-24, not "${value}".`,
  startWord: 'The first day',
  endWord: 'The last day',
  endBeforeStart: (start: string, end: string) => `The last day (${end}) is before the first day (${start}).`,
  holdsFair: (file: string) =>
    `${file} already holds a fair (its booths, producers or products). Nothing was written. Choose a new folder, or add --force to start over in this one.`,
  made: (folder: string) => `Made a new fair in ${folder}:`,
  feedLine: (name: string, dates: string) => `fair.json — ${name}, ${dates}`,
  planLine: (file: string) => `${file} — a placeholder plan: replace it with the venue's`,
  sheetsLine: (files: string) => `${files} — fill these in`,
  pageLine: (count: number) => `index.html and kit/ (${formatCount(count)} files) — the kiosk`,
  guideLine: (files: string) => `${files} — the next steps`,
  next: 'Next: fill in the three spreadsheets, then run:',
  look: 'To look at the kiosk now:',
};

type Messages = typeof en;

const vi: Messages = {
  description:
    'Tạo một hội chợ mới trong một thư mục: fair.json, sơ đồ mẫu, ba bảng tính cần điền, trang ki-ốt và hướng dẫn các bước tiếp theo.',
  folderArgument: 'thư mục cần tạo (hoặc một thư mục trống)',
  name: 'tên hội chợ (mặc định: “Hội chợ OCOP”)',
  start: 'ngày khai mạc, dạng YYYY-MM-DD (mặc định: hôm nay)',
  end: 'ngày bế mạc, dạng YYYY-MM-DD (mặc định: sáu ngày sau ngày khai mạc)',
  venue: 'địa điểm tổ chức',
  askIntro: 'Tạo hội chợ mới. Nhấn Enter để giữ giá trị trong [ngoặc vuông].',
  askName: 'Tên hội chợ',
  askVenue: 'Địa điểm (có thể để trống)',
  askStart: 'Ngày khai mạc (YYYY-MM-DD)',
  askEnd: 'Ngày bế mạc (YYYY-MM-DD)',
  badDate: (what, value) => `${what} phải là ngày viết dạng YYYY-MM-DD, ví dụ 2025-12-24, không phải "${value}".`,
  startWord: 'Ngày khai mạc',
  endWord: 'Ngày bế mạc',
  endBeforeStart: (start, end) => `Ngày bế mạc (${end}) lại trước ngày khai mạc (${start}).`,
  holdsFair: (file) =>
    `${file} đã có dữ liệu hội chợ (gian hàng, nhà sản xuất hoặc sản phẩm). Chưa ghi gì. Hãy chọn thư mục mới, hoặc thêm --force để làm lại từ đầu trong thư mục này.`,
  made: (folder) => `Đã tạo hội chợ mới trong ${folder}:`,
  feedLine: (name, dates) => `fair.json — ${name}, ${dates}`,
  planLine: (file) => `${file} — sơ đồ mẫu: hãy thay bằng sơ đồ thật của địa điểm`,
  sheetsLine: (files) => `${files} — các bảng tính cần điền`,
  pageLine: (count) => `index.html và kit/ (${formatCount(count)} tệp) — trang ki-ốt`,
  guideLine: (files) => `${files} — các bước tiếp theo`,
  next: 'Tiếp theo: điền ba bảng tính, rồi chạy:',
  look: 'Để xem thử ki-ốt ngay:',
};

export const messages: Catalogue<Messages> = { en, vi };
