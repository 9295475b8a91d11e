/**
 * Lines a kiosk shows in several languages at once, so a passer-by who reads
 * none of the current language still knows what to do ("Touch to start") or
 * that the screen is not broken ("This kiosk is being prepared").
 *
 * `@lit/localize` holds one language at a time, so these few lines come from
 * this small table; every other visitor string goes through `msg()`.
 */
import { baseLanguage } from '../../data/text.js';
import { ownLanguageName } from '../../i18n/language-names.js';
import { msg } from '@lit/localize';
import { loadCatalogue } from '../../i18n/locale.js';

export type MultilingualLine = 'touch' | 'preparing';

const LINES: Record<MultilingualLine, Record<string, string>> = {
  touch: {
    vi: 'Chạm để bắt đầu',
    en: 'Touch to start',
    'zh-Hans': '轻触开始',
    'zh-Hant': '輕觸開始',
    ko: '터치하여 시작하세요',
    ja: 'タッチしてスタート',
    ru: 'Коснитесь, чтобы начать',
    th: 'แตะเพื่อเริ่มต้น',
  },
  preparing: {
    vi: 'Máy tra cứu đang được chuẩn bị. Mời bạn quay lại sau ít phút.',
    en: 'This kiosk is being prepared. Please come back in a moment.',
    'zh-Hans': '本导览屏正在准备中，请稍后再来。',
    'zh-Hant': '本導覽螢幕正在準備中，請稍後再來。',
    ko: '키오스크를 준비하고 있습니다. 잠시 후 다시 이용해 주세요.',
    ja: 'このキオスクは準備中です。しばらくしてからご利用ください。',
    ru: 'Киоск готовится к работе. Пожалуйста, подойдите чуть позже.',
    th: 'ตู้นี้กำลังเตรียมพร้อม กรุณากลับมาใหม่ในอีกสักครู่',
  },
};

/** Languages the table covers, in the order shown when the fair's languages are unknown. */
const TABLE_LOCALES = ['vi', 'en', 'zh-Hans', 'ko', 'ja', 'ru', 'th', 'zh-Hant'];

function tableKey(locale: string): string | undefined {
  if (locale in LINES.touch) return locale;
  const base = baseLanguage(locale);
  if (base === 'zh') return /hant|tw|hk|mo/i.test(locale) ? 'zh-Hant' : 'zh-Hans';
  return TABLE_LOCALES.find((l) => baseLanguage(l) === base);
}

/**
 * `line` in each of `locales` the table knows (duplicates removed), padded
 * with the table's own languages up to `atLeast` lines.
 */
export function multilingual(
  line: MultilingualLine,
  locales: readonly string[],
  atLeast = 0,
): { lang: string; text: string }[] {
  const keys: string[] = [];
  for (const l of locales) {
    const key = tableKey(l);
    if (key && !keys.includes(key)) keys.push(key);
  }
  for (const key of TABLE_LOCALES) {
    if (keys.length >= atLeast) break;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys.map((key) => ({ lang: key, text: LINES[line][key] }));
}

/** Message ids of these lines in the translation catalogue. */
const LINE_IDS: Record<MultilingualLine, string> = {
  touch: 'kiosk-touch-to-start',
  preparing: 'kiosk-preparing',
};

/**
 * The lines as messages, so they are extracted to the XLIFF files and a
 * translator's fix there reaches the screen (through the catalogues, below);
 * the table above is their fallback.
 */
export function lineInVisitorLanguage(line: MultilingualLine): string {
  return line === 'touch'
    ? msg('Touch to start', {
        id: 'kiosk-touch-to-start',
        desc: "The attract screen's call to action; shown in several languages at once.",
      })
    : msg('This kiosk is being prepared. Please come back in a moment.', {
        id: 'kiosk-preparing',
        desc: 'Shown while the fair feed cannot be loaded.',
      });
}

/**
 * The same lines, preferring the translation catalogue (so a translator's fix
 * reaches this screen too) and falling back to the table for a language whose
 * catalogue lacks the line or cannot load.
 */
export async function multilingualFromCatalogue(
  line: MultilingualLine,
  locales: readonly string[],
  atLeast = 0,
): Promise<{ lang: string; text: string }[]> {
  const lines = multilingual(line, locales, atLeast);
  return Promise.all(
    lines.map(async (entry) => {
      try {
        const found = (await loadCatalogue(entry.lang))?.templates[LINE_IDS[line]];
        return typeof found === 'string' && found ? { ...entry, text: found } : entry;
      } catch {
        return entry;
      }
    }),
  );
}

/** A language's name in that language: `vi` → "Tiếng Việt". */
export const autonym = ownLanguageName;
