import type { Catalogue } from './lang.js';

/** What the whole command says: help headings, the shared options, Commander's own errors, files. */
const en = {
  description: 'Make and check a fair feed, import its spreadsheets, draw its plan, and pack an offline kiosk.',
  version: 'print the version',
  help: 'show help for a command',
  helpCommand: 'show help for a command',
  lang: 'language of messages: vi (Tiếng Việt) or en (English); default: the system language',
  force: 'overwrite files fairkit did not make',
  optionsWord: 'options',
  commandWord: 'command',
  titles: {
    'Usage:': 'Usage:',
    'Options:': 'Options:',
    'Commands:': 'Commands:',
    'Arguments:': 'Arguments:',
    'Global Options:': 'Global options:',
  } as Record<string, string>,
  badLang: (value: string) => `--lang must be "vi" or "en", not "${value}".`,
  unknownCommand: (name: string) => `There is no command "${name}". Run "fairkit --help" to see the commands.`,
  unknownOption: (flag: string) => `There is no option "${flag}" here. Add --help to the command to see its options.`,
  missingArgument: (name: string) => `Missing ${name}. Add --help to the command to see how to call it.`,
  optionMissingArgument: (flag: string) => `The option ${flag} needs a value.`,
  missingMandatoryOption: (flag: string) => `The option ${flag} is required.`,
  excessArguments: 'Too many arguments. Add --help to the command to see how to call it.',
  invalidArgument: (detail: string) => `A value is not valid: ${detail}`,
  unexpected: 'Something went wrong inside fairkit. Please report it with the details below.',
  fileExists: (file: string) =>
    `${file} already exists and fairkit did not make it (or it was changed since). Nothing was written. Choose another name, move the file, or add --force to overwrite it.`,
  notFound: (file: string) => `${file} was not found.`,
  notReadable: (file: string, reason: string) => `${file} cannot be read: ${reason}`,
  notJson: (file: string, line: number, column: number, reason: string) =>
    `${file} is not valid JSON (line ${line}, column ${column}): ${reason}`,
  notJsonAnywhere: (file: string, reason: string) => `${file} is not valid JSON: ${reason}`,
  wrote: (file: string, size: string) => `Wrote ${file} (${size})`,
};

type Messages = typeof en;

const vi: Messages = {
  description: 'Tạo và kiểm tra dữ liệu hội chợ, nhập bảng tính, vẽ sơ đồ, đóng gói ki-ốt chạy không cần mạng.',
  version: 'in số phiên bản',
  help: 'xem hướng dẫn của một lệnh',
  helpCommand: 'xem hướng dẫn của một lệnh',
  lang: 'ngôn ngữ thông báo: vi (Tiếng Việt) hoặc en (English); mặc định: ngôn ngữ của hệ thống',
  force: 'ghi đè cả những tệp không do fairkit tạo',
  optionsWord: 'tùy chọn',
  commandWord: 'lệnh',
  titles: {
    'Usage:': 'Cách dùng:',
    'Options:': 'Tùy chọn:',
    'Commands:': 'Các lệnh:',
    'Arguments:': 'Tham số:',
    'Global Options:': 'Tùy chọn chung:',
  },
  badLang: (value) => `--lang phải là "vi" hoặc "en", không phải "${value}".`,
  unknownCommand: (name) => `Không có lệnh "${name}". Chạy "fairkit --help" để xem các lệnh.`,
  unknownOption: (flag) => `Lệnh này không có tùy chọn "${flag}". Thêm --help sau lệnh để xem các tùy chọn.`,
  missingArgument: (name) => `Thiếu ${name}. Thêm --help sau lệnh để xem cách dùng.`,
  optionMissingArgument: (flag) => `Tùy chọn ${flag} cần một giá trị.`,
  missingMandatoryOption: (flag) => `Cần có tùy chọn ${flag}.`,
  excessArguments: 'Thừa tham số. Thêm --help sau lệnh để xem cách dùng.',
  invalidArgument: (detail) => `Một giá trị không hợp lệ: ${detail}`,
  unexpected: 'Đã có lỗi bên trong fairkit. Xin báo lỗi kèm các thông tin dưới đây.',
  fileExists: (file) =>
    `${file} đã có sẵn và không do fairkit tạo (hoặc đã bị sửa sau đó). Chưa ghi gì. Hãy chọn tên khác, chuyển tệp đi chỗ khác, hoặc thêm --force để ghi đè.`,
  notFound: (file) => `Không tìm thấy ${file}.`,
  notReadable: (file, reason) => `Không đọc được ${file}: ${reason}`,
  notJson: (file, line, column, reason) => `${file} không phải JSON hợp lệ (dòng ${line}, cột ${column}): ${reason}`,
  notJsonAnywhere: (file, reason) => `${file} không phải JSON hợp lệ: ${reason}`,
  wrote: (file, size) => `Đã ghi ${file} (${size})`,
};

export const messages: Catalogue<Messages> = { en, vi };
