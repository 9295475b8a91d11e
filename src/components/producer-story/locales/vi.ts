// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s02554c06c07a1aa6: `Đang đọc câu chuyện`,
  s061cc20e3432dead: `Tạm dừng`,
  s09e291981b26069c: `Ảnh tiếp theo`,
  s0b4873c33bf3556e: `Lưu câu chuyện này về điện thoại`,
  s104e2cf950ee5907: str`Ảnh của ${0}`,
  s206410eb6afc868c: `Nhà sản xuất này chưa chia sẻ câu chuyện của mình.`,
  s259f5451e17f8cbc: `Ảnh trước`,
  s26d5166b20114c80: str`Mã nhà sản xuất: ${0}`,
  s3bc1ed272d643c78: `Ảnh; dùng phím mũi tên để chuyển`,
  s3d529738d1d0bae8: `Nhà sản xuất này không có trong danh sách của hội chợ.`,
  s63b4762cd8b9e44c: `Đang tải thông tin hội chợ…`,
  s7798873123950b15: str`${0}, ảnh ${1}`,
  s81fa26ccde47d6b4: `(mở trong thẻ mới)`,
  s82665b2ffabc9c0a: `Trang web`,
  s87bae2710b2492c3: `Liên hệ`,
  s89118d3a7be870ca: `Tiếp tục`,
  s91bd760d31dd0af5: `Quét bằng camera điện thoại để mở`,
  s922af999e3e63e5d: `Gặp họ tại`,
  s95bc8722b2708f8b: `Đã tạm dừng`,
  saad4ce3b0e8a013b: str`Có ${0} lỗi trong dữ liệu:`,
  saf26f52ce105304c: `Không tải được thông tin hội chợ.`,
  sb2b44de8a70ae954: str`${0} trên ${1}`,
  sb2cb6a1d62a05c27: `Có 1 lỗi trong dữ liệu:`,
  scf43ec2b550bc3bd: str`Sản phẩm của ${0}`,
  sd11144db189cd981: `Nghe câu chuyện`,
  sd1f44f1a8bc20e67: `Email`,
  sd4b1d26ba7abc506: `ảnh`,
  sd9ad53251f2330a5: `Dừng`,
  sddaeebd037bba1f3: `băng chuyền ảnh`,
  sdf2414dc6a3cc7c8: `Chưa có dữ liệu hội chợ.`,
  sf1bc83d2509bafcf: `Điện thoại`,
  sf94896e0c59dd21c: `Quét bằng camera điện thoại.`,
};
