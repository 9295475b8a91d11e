import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseLanguage } from '../data/text.js';
import { normalizeLocale } from './intl.js';

/** The language the UI strings are written in. */
export const sourceLocale = 'en';
/** UI languages with complete translations. */
export const targetLocales = ['vi', 'zh-Hans', 'zh-Hant', 'ko', 'ja', 'ru', 'th'] as const;
export const uiLocales: readonly string[] = [sourceLocale, ...targetLocales];

type Templates = { templates: Record<string, unknown> };

/**
 * lit-localize's id of a string without an explicit one: "s" and 16 hex digits of a hash. The
 * self-contained builds key their catalogues by its first 7 characters (rollup.config.js,
 * `shortMessageIds`: ~1.2 KB less per UI language), so a full id is also looked up by those.
 */
const HASH_ID = /^s[0-9a-f]{16}$/;
const byId: ProxyHandler<Record<string, unknown>> = {
  get: (templates, id) =>
    typeof id === 'string' ? (templates[id] ?? (HASH_ID.test(id) ? templates[id.slice(0, 7)] : undefined)) : undefined,
};
/** The templates of a catalogue, read by full ids (see `HASH_ID`). */
const readable = (loaded: Templates): Templates => ({ templates: new Proxy(loaded.templates, byId) });
const loaders: Record<string, () => Promise<Templates>> = {
  vi: () => import('./locales/vi.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'zh-Hant': () => import('./locales/zh-Hant.js'),
  ko: () => import('./locales/ko.js'),
  ja: () => import('./locales/ja.js'),
  ru: () => import('./locales/ru.js'),
  th: () => import('./locales/th.js'),
};

/**
 * A part of the kit's catalogue: the strings one element shows (its own and
 * those of the shared code it uses), one module per language, which
 * scripts/localize.js writes from the kit's translations. An element that
 * names its part ({@link LocaleController.uses}) fetches only that; any other
 * element fetches the kit's whole catalogue, which holds every part. So a page
 * with product cards alone downloads the card's strings, a kiosk the kit's.
 */
export type CataloguePart = Readonly<Record<string, () => Promise<Templates>>>;

/** The part of an element that shows no UI string of its own (a provider such as `<fair-data>`). */
export const noStrings: CataloguePart = {};

/**
 * An element's own UI strings, apart from the kit's catalogue: one chunk per
 * language, fetched with the kit's (or, registered later, into the language
 * on screen). The phone guide's strings are one: a kiosk never fetches them.
 */
export type ElementCatalogue = (locale: string) => Promise<Templates> | undefined;
const elementCatalogues: ElementCatalogue[] = [];
/** An element that named no part has connected: the page needs the kit's whole catalogue. */
let kitWanted = false;
/** The parts the elements on the page named, while none needs the whole catalogue. */
const parts: CataloguePart[] = [];
/**
 * The templates lit-localize holds for the language on screen (the same object: strings added later join
 * it), and whether they hold the whole kit catalogue.
 */
let active: { locale: string; templates: Record<string, unknown>; kit: boolean } | undefined;
/** Settles once the language being loaded is in `active`. */
let loadingTemplates: Promise<unknown> = Promise.resolve();
/** Called when strings join the language on screen (a part or catalogue registered after it loaded). */
const stringListeners = new Set<() => void>();

async function loadTemplates(locale: string): Promise<Templates> {
  const loading = (async () => {
    // No element has said what it shows yet (the language was set before any connected): the whole kit.
    const kit = kitWanted || !parts.length;
    const own = kit ? [loaders[locale]()] : parts.map((part) => part[locale]?.());
    const loaded = await Promise.all([...own, ...elementCatalogues.map((c) => c(locale))]);
    const templates = Object.assign({}, ...loaded.map((p) => p?.templates)) as Record<string, unknown>;
    active = { locale, templates, kit };
    return readable({ templates });
  })();
  loadingTemplates = loading.catch(() => undefined);
  return loading;
}

/**
 * Adds strings to the language on screen once it has loaded (a language loaded later fetches them with
 * the rest), and has every element render again with them.
 */
async function join(load: ElementCatalogue, kind: 'kit' | 'part' | 'own'): Promise<void> {
  await loadingTemplates;
  const current = active;
  // A part is in the whole kit catalogue already.
  if (!current || (kind === 'part' && current.kit)) return;
  const loaded = await load(current.locale)?.catch(() => undefined);
  if (!loaded || active !== current) return;
  Object.assign(current.templates, loaded.templates);
  if (kind === 'kit') current.kit = true;
  for (const listener of [...stringListeners]) listener();
}

/** What an element that connects shows: its part of the kit's catalogue, or (none named) the whole. */
function need(part: CataloguePart | undefined): void {
  if (!part) {
    if (kitWanted) return;
    kitWanted = true;
    void join((locale) => loaders[locale]?.(), 'kit');
  } else if (!parts.includes(part)) {
    parts.push(part);
    if (!kitWanted) void join((locale) => part[locale]?.(), 'part');
  }
}

/**
 * Adds an element's own strings (see {@link ElementCatalogue}); resolves once
 * they are there for the language on screen, so the element renders in it.
 */
export async function addElementCatalogue(catalogue: ElementCatalogue): Promise<void> {
  if (elementCatalogues.includes(catalogue)) return;
  elementCatalogues.push(catalogue);
  await join(catalogue, 'own');
}

/** A UI language's catalogue of translated strings (for a screen that shows several languages at once). */
export function loadCatalogue(locale: string): Promise<Templates> | undefined {
  return loaders[locale]?.().then(readable);
}

/** How the kit talks to `@lit/localize`: its own runtime, or a host app's (see {@link useHostLocalization}). */
interface LitLocalization {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

let lit: LitLocalization | undefined;
/** The host app's runtime was handed over (`useHostLocalization`): its language leads. */
let hosted = false;

/**
 * The kit's own `@lit/localize` runtime, configured the first time a UI
 * language other than English is needed (never at import: importing a class
 * has no side effects, and a host app may still configure it for the page).
 */
function litLocalization(): LitLocalization | undefined {
  if (!lit) {
    try {
      lit = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loadTemplates(locale) as never,
      });
    } catch {
      // Another app on the page already configured @lit/localize and did not
      // hand it to us with useHostLocalization(): feed text still switches,
      // UI strings stay in that app's language.
      lit = undefined;
    }
  }
  return lit;
}

/**
 * For a host app that itself calls `configureLocalization` (lit-localize
 * allows one call per page): pass its `{ getLocale, setLocale }` here, and
 * include Fairkit's translations (`src/i18n/locales/*`) in that app's
 * catalogue. The host's language then leads: Fairkit's strings, feed text and
 * formatting follow the host's own `setLocale` (and its language now), and
 * Fairkit's `setLocale` (a language switcher, a kiosk's language buttons)
 * switches the host app too.
 *
 * Call both before the first Fairkit element connects (importing Fairkit
 * first is fine: it configures nothing at import). On a page in English they
 * may also come later, up to the first switch to another language; once
 * Fairkit has loaded a language of its own it has made the page's one
 * `configureLocalization` call, and the host's would throw.
 */
export function useHostLocalization(host: LitLocalization): void {
  lit = host;
  if (!hosted && typeof window !== 'undefined')
    window.addEventListener(
      LOCALE_STATUS_EVENT,
      ({ detail }) => detail.status === 'ready' && followHost(detail.readyLocale),
    );
  hosted = true;
  followHost(host.getLocale());
}

/** A UI language the host app is switching to through Fairkit's own `setLocale`: not news to follow. */
let switching: string | undefined;

/** The host app's runtime is in `ui` now: every element follows, unless that is already the kit's language. */
function followHost(ui: string): void {
  if (ui === switching || uiLocaleFor(current) === ui) return;
  current = ui;
  for (const listener of [...listeners]) listener(current);
}

/** Maps any BCP 47 tag onto a UI language we have: `zh-TW` → `zh-Hant`, `vi-VN` → `vi`. */
export function uiLocaleFor(tag: string): string {
  if (uiLocales.includes(tag)) return tag;
  const lower = tag.toLowerCase();
  const exact = uiLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = baseLanguage(tag);
  if (base === 'zh') {
    return /-(hant|tw|hk|mo)\b/i.test(tag) ? 'zh-Hant' : 'zh-Hans';
  }
  return uiLocales.find((l) => baseLanguage(l) === base) ?? sourceLocale;
}

/**
 * The page's language as a tag `Intl` takes: `<html lang="en_US">` (a common
 * mistake) is `en-US`, `vi_VN` is `vi-VN`; an empty or unusable `lang` (`""`,
 * `*`, `x`) gives the browser's language, then English.
 */
export function pageLocale(): string {
  return (
    normalizeLocale(typeof document !== 'undefined' ? document.documentElement.lang : '') ??
    normalizeLocale(typeof navigator !== 'undefined' ? navigator.language : '') ??
    sourceLocale
  );
}

let current = pageLocale();
/** The page's language has been loaded, or another chosen (see `start`). */
let started = false;
let pending: Promise<void> = Promise.resolve();
const listeners = new Set<(locale: string) => void>();

/** The visitor's language: a BCP 47 tag used for feed text and `Intl` formatting. */
export function getLocale(): string {
  return current;
}

/**
 * Switches every `fair-*` element on the page to `locale` without a reload:
 * UI strings (the nearest UI language), feed text (by the feed's fallback
 * order) and `Intl` formatting. Resolves once the UI strings are loaded.
 * A tag `Intl` rejects is read as well as it can be (`en_US` → `en-US`,
 * `en-x` → `en`), else English.
 */
export function setLocale(locale: string): Promise<void> {
  const next = normalizeLocale(locale) ?? sourceLocale;
  started = true;
  const step = pending.then(async () => {
    const l = litLocalization();
    const ui = uiLocaleFor(next);
    if (l && l.getLocale() !== ui) {
      switching = ui;
      try {
        await l.setLocale(ui);
      } catch {
        /* a missing catalogue leaves the source strings in place */
      }
      switching = undefined;
    }
    current = next;
    for (const listener of [...listeners]) listener(current);
  });
  pending = step;
  return step;
}

/** Calls `listener` after every language change; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Loads the UI strings of the page's language when the first element
 * connects, not at import, unless code or the host app chose a language
 * already. English needs none, so on an English page the kit configures
 * `@lit/localize` only at the first switch to another language.
 */
function start(): void {
  if (!started && !hosted && uiLocaleFor(current) !== sourceLocale) void setLocale(current);
  started = true;
}

/** Re-renders its host on every language change (UI strings, feed text, numbers). */
export class LocaleController implements ReactiveController {
  private unsubscribe?: () => void;
  private part?: CataloguePart;
  private readonly refresh = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  get locale(): string {
    return current;
  }
  /**
   * The UI strings its host shows are `part` of the kit's catalogue (see
   * {@link CataloguePart}; {@link noStrings} for none): a page whose elements
   * all name theirs fetches those parts, not the whole catalogue. Call it
   * before the host connects (in its constructor). Returns the controller.
   */
  uses(part: CataloguePart): this {
    this.part = part;
    return this;
  }
  hostConnected(): void {
    need(this.part);
    start();
    this.unsubscribe = onLocaleChange(this.refresh);
    stringListeners.add(this.refresh);
  }
  hostDisconnected(): void {
    this.unsubscribe?.();
    stringListeners.delete(this.refresh);
  }
}
