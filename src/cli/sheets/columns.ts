/**
 * The columns of the three spreadsheets fairkit reads and writes (producers,
 * products, booths): for each field, the bilingual header fairkit writes in
 * templates and exports, and the names organizers really give that column
 * (Vietnamese with or without diacritics, English), matched after `fold()`.
 * Also the per-language forms of a header ("Tên (en)", "Name (en)",
 * "name.en", "Tên tiếng Anh") for the fields that are localized text.
 */
import { fold } from '../../data/search/fold.js';

export type SheetKind = 'producers' | 'products' | 'booths';
export const SHEET_KINDS: readonly SheetKind[] = ['producers', 'products', 'booths'];

/** How a cell of the column is read (values.ts) and written (export.ts). */
export type FieldType =
  | 'id'
  | 'code'
  | 'text'
  | 'plain'
  | 'price'
  | 'ocop'
  | 'list'
  | 'urls'
  | 'url'
  | 'email'
  | 'phone'
  | 'producer'
  | 'producers'
  | 'category'
  | 'categories'
  | 'booths'
  | 'level';

export interface Field {
  key: string;
  type: FieldType;
  /** Vietnamese and English header as fairkit writes it. */
  vi: string;
  en: string;
  /** Other names of the column (the two above are names too). */
  aliases: readonly string[];
  /** Column width in characters, for templates and exports. */
  width: number;
  /** Written by exports and templates (the others are only read). */
  exported?: boolean;
}

const BOOTH_ALIASES = ['Gian hàng', 'Gian', 'Số gian', 'Mã gian hàng', 'Mã gian', 'Booth', 'Booth code', 'Stand'];
const IMAGE_ALIASES = ['Ảnh', 'Hình ảnh', 'Hình', 'Ảnh sản phẩm', 'Image', 'Photos', 'Photo', 'Pictures'];

const f = (
  key: string,
  type: FieldType,
  vi: string,
  en: string,
  width: number,
  aliases: readonly string[] = [],
  exported = true,
): Field => ({ key, type, vi, en, width, aliases, exported });

export const FIELDS: Record<SheetKind, readonly Field[]> = {
  producers: [
    f('id', 'id', 'Mã nhà sản xuất', 'Producer ID', 26, ['Mã cơ sở', 'Mã', 'ID', 'Code', 'Mã HTX']),
    f('name', 'text', 'Tên nhà sản xuất', 'Producer name', 34, [
      'Tên cơ sở',
      'Tên HTX',
      'Tên đơn vị',
      'Tên chủ thể',
      'Tên',
      'Nhà sản xuất',
      'Cơ sở',
      'Cơ sở sản xuất',
      'Chủ thể',
      'HTX',
      'Hợp tác xã',
      'Producer',
      'Name',
    ]),
    f('region', 'text', 'Địa phương', 'Region', 24, ['Tỉnh', 'Vùng', 'Địa bàn', 'Province', 'Area']),
    f('community', 'text', 'Dân tộc', 'Community', 20, ['Cộng đồng', 'Ethnic group', 'Ethnicity']),
    f('story', 'text', 'Câu chuyện', 'Story', 50, ['Giới thiệu', 'About']),
    f('phone', 'phone', 'Điện thoại', 'Phone', 16, ['SĐT', 'Số điện thoại', 'ĐT', 'Telephone', 'Tel', 'Mobile']),
    f('website', 'url', 'Trang web', 'Website', 30, ['Web']),
    f('email', 'email', 'Email', 'Email', 30, ['E-mail', 'Thư điện tử']),
    f('images', 'urls', 'Ảnh', 'Images', 30, [...IMAGE_ALIASES, 'Ảnh đại diện']),
    f('booth', 'booths', 'Gian hàng', 'Booth', 12, BOOTH_ALIASES),
  ],
  products: [
    f('id', 'id', 'Mã sản phẩm', 'Product ID', 24, ['Mã SP', 'Mã', 'Mã hàng', 'ID', 'Product code', 'Code']),
    f('name', 'text', 'Tên sản phẩm', 'Product name', 34, ['Tên SP', 'Tên', 'Tên hàng', 'Sản phẩm', 'Product', 'Name']),
    f('producer', 'producer', 'Nhà sản xuất', 'Producer', 30, [
      'Cơ sở',
      'Cơ sở sản xuất',
      'Chủ thể',
      'Chủ thể OCOP',
      'HTX',
      'Hợp tác xã',
      'Doanh nghiệp',
      'Mã nhà sản xuất',
      'Producer ID',
      'Maker',
    ]),
    f('category', 'category', 'Danh mục', 'Category', 22, ['Nhóm hàng', 'Nhóm', 'Loại', 'Ngành hàng']),
    f('ocop', 'ocop', 'Hạng OCOP', 'OCOP stars', 12, [
      'OCOP',
      'Số sao',
      'Sao OCOP',
      'Xếp hạng OCOP',
      'Stars',
      'OCOP rating',
    ]),
    f('certifications', 'list', 'Chứng nhận', 'Certifications', 22, ['Chứng chỉ', 'Certification', 'Certificates']),
    f('price', 'price', 'Giá bán', 'Price', 14, ['Giá', 'Đơn giá', 'Giá bán lẻ', 'Giá tiền']),
    f('unit', 'text', 'Đơn vị', 'Unit', 16, [
      'Đơn vị tính',
      'ĐVT',
      'Quy cách',
      'Quy cách đóng gói',
      'Packaging',
      'Pack',
    ]),
    f('description', 'text', 'Mô tả', 'Description', 40, ['Mô tả sản phẩm', 'Giới thiệu']),
    f('images', 'urls', 'Ảnh', 'Images', 30, IMAGE_ALIASES),
    f('trace', 'url', 'Link truy xuất', 'Traceability', 36, [
      'Truy xuất',
      'Truy xuất nguồn gốc',
      'Mã truy xuất',
      'Trace',
      'Trace link',
    ]),
    f('tags', 'list', 'Từ khóa', 'Tags', 18, ['Nhãn', 'Keywords']),
    f('booth', 'booths', 'Gian hàng', 'Booth', 12, BOOTH_ALIASES, false),
  ],
  booths: [
    f('code', 'code', 'Mã gian hàng', 'Booth code', 14, [
      'Số gian',
      'Gian',
      'Gian hàng',
      'Mã gian',
      'Mã',
      'ID',
      'Booth',
      'Booth number',
      'Code',
      'Stand',
    ]),
    f('label', 'plain', 'Nhãn', 'Label', 10, ['Ký hiệu', 'Nhãn hiển thị']),
    f('name', 'text', 'Tên gian hàng', 'Booth name', 30, ['Tên', 'Name']),
    f('level', 'level', 'Tầng', 'Level', 10, ['Khu', 'Khu vực', 'Floor', 'Zone', 'Area']),
    f('producers', 'producers', 'Nhà sản xuất', 'Producers', 36, [
      'Cơ sở',
      'Chủ thể',
      'HTX',
      'Đơn vị',
      'Producer',
      'Exhibitors',
      'Exhibitor',
    ]),
    f('categories', 'categories', 'Danh mục', 'Categories', 24, ['Nhóm hàng', 'Ngành hàng', 'Category']),
  ],
};

/** What a sheet is called in Vietnamese (templates and exports) and the words that name it. */
export const SHEET_NAMES: Record<SheetKind, { vi: string; hints: readonly string[] }> = {
  producers: { vi: 'Nhà sản xuất', hints: ['nha san xuat', 'producer', 'co so', 'htx', 'chu the'] },
  products: { vi: 'Sản phẩm', hints: ['san pham', 'product', 'hang hoa'] },
  booths: { vi: 'Gian hàng', hints: ['gian hang', 'booth', 'stand', 'gian'] },
};

/** A header as compared: folded, single spaces, no trailing `:` or `*`. */
export function normalHeader(header: string): string {
  return fold(header)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:*]+$/, '');
}

const aliasTables = new Map<SheetKind, Map<string, Field>>();

function aliasTable(kind: SheetKind): Map<string, Field> {
  let table = aliasTables.get(kind);
  if (!table) {
    table = new Map();
    for (const field of FIELDS[kind]) {
      for (const name of [field.vi, field.en, ...field.aliases]) {
        const key = normalHeader(name);
        if (!table.has(key)) table.set(key, field);
      }
    }
    aliasTables.set(kind, table);
  }
  return table;
}

/** Languages named in Vietnamese after "tiếng" ("Tên tiếng Anh"), folded, to a language tag. */
const VIETNAMESE_NAMES: Record<string, string> = {
  viet: 'vi',
  anh: 'en',
  trung: 'zh',
  hoa: 'zh',
  han: 'ko',
  nhat: 'ja',
  phap: 'fr',
  duc: 'de',
  nga: 'ru',
  thai: 'th',
  lao: 'lo',
  khmer: 'km',
};

/** Languages named in English ("Name in English", "English name"). */
const ENGLISH_NAMES: Record<string, string> = {
  vietnamese: 'vi',
  english: 'en',
  chinese: 'zh',
  korean: 'ko',
  japanese: 'ja',
  french: 'fr',
  german: 'de',
  russian: 'ru',
  thai: 'th',
  lao: 'lo',
  khmer: 'km',
};

/** The fair's locale a tag or language name stands for (`zh` → `zh-Hans` when the fair has that). */
function localeFor(tag: string, locales: readonly string[], named: boolean): string | undefined {
  const lower = tag.toLowerCase();
  const exact = locales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = locales.find((l) => l.toLowerCase().split('-')[0] === lower);
  if (base) return base;
  // A language named in words is meant even when the fair does not list it yet; a bare tag must be the fair's
  // ("Giá (VND)" is not in a language called "vnd").
  return named ? tag : undefined;
}

const TAGGED = /^(.+?)\s*(?:[([]\s*([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\s*[)\]]|[._]([a-z]{2,3}(?:-[a-z0-9]{2,8})*))$/;
const TIENG = /^(.+?)\s*\(?\s*(?:bang\s+)?tieng\s+([a-z]+)\s*\)?$/;
const IN_ENGLISH = /^(.+?)\s*\(?\s*(?:in\s+)?([a-z]+)\s*\)?$/;
const ENGLISH_FIRST = /^([a-z]+)\s+(.+)$/;

/** Splits "ten (en)", "name.en", "ten tieng anh", "name in english", "english name" into the header and the locale. */
function perLanguage(h: string, locales: readonly string[]): { base: string; locale: string } | undefined {
  const tagged = TAGGED.exec(h);
  const tagLocale = tagged && localeFor(tagged[2] ?? tagged[3], locales, false);
  if (tagged && tagLocale) return { base: tagged[1], locale: tagLocale };
  const tieng = TIENG.exec(h);
  if (tieng && VIETNAMESE_NAMES[tieng[2]])
    return { base: tieng[1], locale: localeFor(VIETNAMESE_NAMES[tieng[2]], locales, true)! };
  const after = IN_ENGLISH.exec(h);
  if (after && ENGLISH_NAMES[after[2]])
    return { base: after[1], locale: localeFor(ENGLISH_NAMES[after[2]], locales, true)! };
  const before = ENGLISH_FIRST.exec(h);
  if (before && ENGLISH_NAMES[before[1]])
    return { base: before[2], locale: localeFor(ENGLISH_NAMES[before[1]], locales, true)! };
  return undefined;
}

export interface ColumnMatch {
  field: Field;
  /** The language of a localized text column; undefined: the fair's first locale. */
  locale?: string;
}

function matchPart(h: string, kind: SheetKind, locales: readonly string[]): ColumnMatch | undefined {
  const table = aliasTable(kind);
  const whole = table.get(h);
  if (whole) return { field: whole };
  const lang = perLanguage(h, locales);
  if (lang) {
    const field = table.get(lang.base);
    if (field?.type === 'text') return { field, locale: lang.locale };
  }
  // "Giá (VNĐ)", "Tên sản phẩm (bắt buộc)": the note in brackets is not part of the name.
  const bare = h.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
  if (bare && bare !== h) return table.get(bare) && { field: table.get(bare)! };
  return undefined;
}

/** The field a header names in a sheet of `kind`, or undefined. "Tên (en) / Name (en)" names either way. */
export function matchHeader(header: string, kind: SheetKind, locales: readonly string[]): ColumnMatch | undefined {
  const h = normalHeader(header);
  if (!h) return undefined;
  const found = matchPart(h, kind, locales);
  if (found) return found;
  for (const part of h.split(/\s*\/\s*|\n/)) {
    const match = part && matchPart(part, kind, locales);
    if (match) return match;
  }
  return undefined;
}

/** The header fairkit writes: "Tên sản phẩm / Product name", "Tên (en) / Name (en)" for another language. */
export function headerOf(field: Field, locale?: string): string {
  if (!locale) return field.vi === field.en ? field.vi : `${field.vi} / ${field.en}`;
  return `${field.vi} (${locale}) / ${field.en} (${locale})`;
}

/** The columns of a sheet as fairkit writes it: each exported field, text fields once per content language. */
export function sheetColumns(kind: SheetKind, locales: readonly string[]): ColumnMatch[] {
  const columns: ColumnMatch[] = [];
  for (const field of FIELDS[kind]) {
    if (!field.exported) continue;
    columns.push({ field });
    if (field.type === 'text') for (const locale of locales.slice(1)) columns.push({ field, locale });
  }
  return columns;
}
