/**
 * The language the `fairkit` command speaks: Vietnamese or English, from
 * `--lang`, else the system locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else
 * English. Every message module has one catalogue per language with the same
 * keys (`Catalogue<T>` makes the compiler hold the Vietnamese one to the
 * English one); `pick` gives the one in use.
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

let current: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** `vi` for a Vietnamese locale string such as `vi_VN.UTF-8`, else `en`. */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale || locale === 'C' || locale === 'POSIX') return undefined;
  return /^vi([_.-]|$)/i.test(locale) ? 'vi' : 'en';
}

/** The language asked for on the command line (`--lang vi`, `--lang=en`), if any and valid. */
export function langFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

/** The system's language: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that names one, else Intl's default. */
export function systemLang(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const lang = langOfLocale(env[name]);
    if (lang) return lang;
  }
  return langOfLocale(Intl.DateTimeFormat().resolvedOptions().locale) ?? 'en';
}

export function setLang(lang: Lang): void {
  current = lang;
}

export function lang(): Lang {
  return current;
}

/** One message module: the English catalogue and a Vietnamese one with exactly its keys and signatures. */
export interface Catalogue<T> {
  en: T;
  vi: T;
}

/** The catalogue of the language in use. */
export function pick<T>(catalogue: Catalogue<T>): T {
  return catalogue[current];
}

/** A BCP 47 tag for `Intl` in the language in use. */
export function intlLocale(): string {
  return current === 'vi' ? 'vi-VN' : 'en-GB';
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** A file size as people read it: "830 kB", "1,2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(intlLocale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

/** "a, b and c" / "a, b và c". */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);
}
