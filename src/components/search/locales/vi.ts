// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s2cc7cd11d9b856cd: `Danh mục`,
  s5643568b7c038f43: `Kết quả tìm kiếm`,
  s56cfbd4a489f0432: str`Không tìm thấy “${0}”.`,
  s5bbdb6e292610437: `1 kết quả. Dùng phím mũi tên để chọn, Enter để mở.`,
  s5d7548be29b19777: `Xóa nội dung tìm kiếm`,
  s63b4762cd8b9e44c: `Đang tải thông tin hội chợ…`,
  s71ffa0f2117def1c: `Nhà sản xuất`,
  s834451951f47451c: `Gian hàng`,
  s90a3244455a8bdd1: `Tìm gian hàng, nhà sản xuất, sản phẩm…`,
  s9ad335e88c8da2a7: str`Không có kết quả cho ${0}. ${1} kết quả gần đúng: dùng phím mũi tên để chọn, Enter để mở.`,
  s9fc41f789c63b40d: `Sản phẩm`,
  sa093ab836ce031d0: `Tìm trong hội chợ`,
  saad4ce3b0e8a013b: str`Có ${0} lỗi trong dữ liệu:`,
  sac7532314198fd0e: str`Không có kết quả cho ${0}. 1 kết quả gần đúng: dùng phím mũi tên để chọn, Enter để mở.`,
  sae17cd54bb807067: `Hãy kiểm tra chính tả, bớt từ khóa, hoặc thử mã gian hàng như B-107.`,
  saf26f52ce105304c: `Không tải được thông tin hội chợ.`,
  sb2cb6a1d62a05c27: `Có 1 lỗi trong dữ liệu:`,
  sc6417cdfa8c46a72: str`${0} gian hàng`,
  sdf2414dc6a3cc7c8: `Chưa có dữ liệu hội chợ.`,
  se6201dba8b159349: str`Không có kết quả cho ${0}.`,
  sea1625c1b5a055ca: `Xem theo danh mục:`,
  sebdd01877bf62e12: `Tìm kiếm gần đây`,
  sec5aa2f74d3ae5a1: `Kết quả gần đúng nhất`,
  sed099af9b8dd3799: str`${0} kết quả. Dùng phím mũi tên để chọn, Enter để mở.`,
  sf727dedbf54bf694: `1 gian hàng`,
};
