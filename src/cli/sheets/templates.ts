/**
 * The spreadsheet templates `fairkit init` writes (producers.xlsx,
 * products.xlsx, booths.xlsx): one sheet each, headers in Vietnamese and
 * English with a column per content language for text, and one example row
 * from a real fair (Cao Bằng Goods Week: Nguyên Bình arrowroot vermicelli, its
 * cooperative, booth A02) that `fairkit import` reads back. The example has no
 * images, as the new fair's folder has none of the sample's files.
 */
import type { FairFeed } from '../../data/types.js';
import type { SheetKind } from './columns.js';
import { rowsOf } from './export-rows.js';
import { workbookOf } from './workbook.js';

export type { SheetKind } from './columns.js';

/** The example: the facts of the Cao Bằng sample feed (src/data/samples/cao-bang). */
const EXAMPLE: FairFeed = {
  version: 1,
  fair: { id: 'example', name: 'Example' },
  map: { type: 'plan', levels: [] },
  categories: [{ id: 'grains', name: { vi: 'Gạo, miến & bún', en: 'Rice & noodles' } }],
  producers: [
    {
      id: 'htx-mien-dong-nguyen-binh',
      name: { vi: 'HTX Miến dong Nguyên Bình', en: 'Nguyen Binh Arrowroot Vermicelli Cooperative' },
      region: { vi: 'Nguyên Bình, Cao Bằng', en: 'Nguyen Binh, Cao Bang' },
      community: { vi: 'Người Dao và người Tày', en: 'Dao and Tay people' },
      story: {
        vi: 'Củ dong riềng được trồng trên nương ở độ cao hơn 800 m. Người làm miến chỉ tráng bánh vào những ngày nắng hanh, để sợi miến khô đều, dai mà không gãy.',
        en: 'Arrowroot is grown on hill fields above 800 m. The vermicelli makers only spread their sheets on dry, sunny days, so the strands dry evenly and stay chewy.',
      },
      contact: {
        website: 'https://htx-mien-dong-nguyen-binh.example.vn',
        email: 'lienhe@htx-mien-dong-nguyen-binh.example.vn',
      },
    },
  ],
  products: [
    {
      id: 'mien-dong-500g',
      producer: 'htx-mien-dong-nguyen-binh',
      name: { vi: 'Miến dong Nguyên Bình', en: 'Nguyen Binh arrowroot vermicelli' },
      category: 'grains',
      ocop: 4,
      price: { amount: 55000, currency: 'VND' },
      unit: { vi: 'gói 500 g', en: '500 g pack' },
      description: {
        vi: 'Sợi miến trong, dai, không hóa chất tẩy trắng.',
        en: 'Clear, chewy strands with no bleaching agents.',
      },
      trace: 'https://trace.example.vn/cao-bang/mien-dong-500g',
      tags: ['bestseller'],
    },
  ],
  booths: [{ id: 'A02', label: 'A02', producers: ['htx-mien-dong-nguyen-binh'], categories: ['grains'] }],
};

/** The template for one kind of sheet, for a fair with these content languages (first: the plain columns). */
export async function templateWorkbook(kind: SheetKind, locales: string[]): Promise<Uint8Array> {
  const langs = locales.length ? locales : ['vi'];
  return workbookOf([{ kind, locales: langs, rows: rowsOf(EXAMPLE, kind, langs) }]);
}
