import { unsafeCSS, type CSSResult } from 'lit';
import { themeColorScheme, themeNames, themeTokens, type ThemeName } from './tokens.js';

export { globalTokens, themeNames, themeTokens, type GlobalToken, type ThemeName, type TokenValues } from './tokens.js';

/** The selector that turns a theme on for an element and everything inside it. */
export function themeSelector(name: ThemeName | 'auto'): string {
  return `.fair-theme-${name}, [data-fair-theme~='${name}']`;
}

/**
 * The CSS a theme sets. Dark and high contrast set every colour, so a page
 * that chooses them wins over the fair's own colours (`fair.theme` is a lower
 * layer, `--fair-feed-*`): a visitor who needs high contrast gets it whatever
 * the brand is. Light is the default look: it resets every token to
 * `initial`, so the fair's colours (or the kit's defaults) show again, even
 * inside a dark ancestor.
 */
function declarations(name: ThemeName, indent: string, withScheme = true): string {
  const entries =
    name === 'light' ? resettableTokens().map((prop) => [prop, 'initial'] as const) : Object.entries(themeTokens[name]);
  const lines = entries.map(([prop, value]) => `${indent}${prop}: ${value};`);
  const scheme = themeColorScheme[name];
  if (scheme && withScheme) lines.push(`${indent}color-scheme: ${scheme};`);
  return lines.join('\n');
}

/** Every token a colour theme sets (light puts each back). */
function resettableTokens(): string[] {
  const set = new Set<string>();
  for (const name of themeNames)
    if (name !== 'large-text') for (const prop of Object.keys(themeTokens[name])) set.add(prop);
  return [...set];
}

function rule(selector: string, name: ThemeName, indent = '', withScheme = true): string {
  return `${indent}${selector} {\n${declarations(name, indent + '  ', withScheme)}\n${indent}}`;
}

/** CSS text of one named theme, as in `src/themes/<name>.css`. */
export function themeCss(name: ThemeName): string {
  return `/* Fairkit theme "${name}": put class="fair-theme-${name}" or data-fair-theme="${name}" on any ancestor. */\n${rule(themeSelector(name), name)}\n`;
}

/**
 * CSS text of the `auto` theme: follows the visitor's system settings
 * (`prefers-color-scheme`, `prefers-contrast`). Applies inside any element
 * with `fair-theme-auto` / `data-fair-theme="auto"`, and, with no specificity
 * at all (`:where(:root)`), to a whole page that links this file and does not
 * choose: a theme class lower down, or any `--fair-*` the page sets itself,
 * still wins. On `:root` it leaves `color-scheme` alone (the host page's own
 * background is not the kit's to change).
 */
export function autoThemeCss(): string {
  const media = (query: string, name: ThemeName) =>
    `@media ${query} {\n${rule(':where(:root)', name, '  ', false)}\n${rule(themeSelector('auto'), name, '  ')}\n}`;
  return [
    `/* Fairkit theme "auto": follows the visitor's system (dark mode, more contrast) unless the page chooses a theme. */`,
    media('(prefers-color-scheme: dark)', 'dark'),
    media('(prefers-contrast: more)', 'high-contrast'),
    media('(prefers-contrast: more) and (prefers-color-scheme: dark)', 'high-contrast-dark'),
    '',
  ].join('\n');
}

/** Every theme in one stylesheet, as in `src/themes/themes.css`. */
export function allThemesCss(): string {
  return [...themeNames.map(themeCss), autoThemeCss()].join('\n');
}

/** Each theme as a Lit `CSSResult`, for a host app that adopts styles itself. */
export const themes: Record<ThemeName | 'auto', CSSResult> = Object.fromEntries([
  ...themeNames.map((n) => [n, unsafeCSS(themeCss(n))]),
  ['auto', unsafeCSS(autoThemeCss())],
]) as Record<ThemeName | 'auto', CSSResult>;

const adopted = new WeakSet<Document | ShadowRoot>();
let sheet: CSSStyleSheet | undefined;

/**
 * Turns a ready theme on for `el` and everything inside it: makes sure the
 * theme stylesheet is in `el`'s document or shadow root (once), and sets
 * `data-fair-theme`. Several names combine (`applyTheme(el, 'dark', 'large-text')`);
 * no name removes the theme.
 */
export function applyTheme(el: Element, ...names: (ThemeName | 'auto')[]): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (!adopted.has(root) && 'adoptedStyleSheets' in root) {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(allThemesCss());
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.add(root);
  }
  if (names.length) el.setAttribute('data-fair-theme', names.join(' '));
  else el.removeAttribute('data-fair-theme');
}
