// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s027041ec8062d49e: str`Mã QR của ${0}`,
  s03aa3cfb08dff960: `Đặc điểm`,
  s1e7b73a3b9057adb: `Quét để truy xuất nguồn gốc sản phẩm`,
  s1ec6f0aa0230dac6: `Hữu cơ`,
  s3741f519c32ac391: `Mới`,
  s39bcc740b40355b8: `Bán chạy`,
  s53562464253c40a1: str`Gian hàng ${0}`,
  s53b1becfacfb60a7: `Halal`,
  s5cffe4c22702f9b2: `Thuần chay`,
  s63b4762cd8b9e44c: `Đang tải thông tin hội chợ…`,
  s73cfe240d06eb8ff: `Chỉ dẫn địa lý`,
  s7db4102f62721412: `Hàng xuất khẩu`,
  s81fa26ccde47d6b4: `(mở trong thẻ mới)`,
  s91bd760d31dd0af5: `Quét bằng camera điện thoại để mở`,
  s978de4b38d4587ea: `Chứng nhận`,
  sa3aae5659d74e345: `Về nhà sản xuất`,
  sa793ea8a557ee284: `Nơi trồng, sản xuất và kiểm định.`,
  saad4ce3b0e8a013b: str`Có ${0} lỗi trong dữ liệu:`,
  saf0f4edd9f79e255: `Làm thủ công`,
  saf26f52ce105304c: `Không tải được thông tin hội chợ.`,
  sb2cb6a1d62a05c27: `Có 1 lỗi trong dữ liệu:`,
  sdf2414dc6a3cc7c8: `Chưa có dữ liệu hội chợ.`,
  se2201756b9901951: str`OCOP ${0} sao`,
  se46f5ded47305a87: str`Mã sản phẩm: ${0}`,
  sf2df4e4ffa92ca75: `Sản phẩm này không có trong danh sách của hội chợ.`,
  sf34b11148c5f0ab1: `Tìm trên bản đồ`,
  sfaa3cf7e2cd3a4cf: `Quà tặng`,
  sfcd20aea1027253a: `Đạt chuẩn xuất khẩu`,
};
