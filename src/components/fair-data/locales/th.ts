// Do not modify this file by hand!
// Re-generate this file by running lit-localize

import { str } from '@lit/localize';

export const templates = {
  s63b4762cd8b9e44c: `กำลังโหลดข้อมูลงาน…`,
  saad4ce3b0e8a013b: str`พบปัญหา ${0} รายการในข้อมูล:`,
  saf26f52ce105304c: `ไม่สามารถโหลดข้อมูลงานแสดงสินค้าได้`,
  sb2cb6a1d62a05c27: `พบปัญหา 1 รายการในข้อมูล:`,
  sdf2414dc6a3cc7c8: `ยังไม่มีข้อมูลงานแสดงสินค้า`,
};
