// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s63b4762cd8b9e44c: `Đang tải thông tin hội chợ…`,
  saad4ce3b0e8a013b: str`Có ${0} lỗi trong dữ liệu:`,
  saf26f52ce105304c: `Không tải được thông tin hội chợ.`,
  sb2cb6a1d62a05c27: `Có 1 lỗi trong dữ liệu:`,
  sdf2414dc6a3cc7c8: `Chưa có dữ liệu hội chợ.`,
};
