import { css, unsafeCSS } from 'lit';

/**
 * The kit's one font stack, per language: system fonts only, no network
 * fonts. Part of `sharedStyles`, so every element has it (the map,
 * `<fair-data>`'s messages and the kiosk's keyboard included); the export is
 * for a host app's own elements that want the same type.
 *
 * Why per language: the same Han character is drawn differently in Chinese
 * (simplified / traditional), Japanese and Korean, and a browser's choice of
 * CJK font follows the `lang` of the element. Each stack starts with the
 * platform UI font for Latin and Vietnamese (San Francisco, Segoe UI, Roboto,
 * Noto Sans all carry Vietnamese's stacked diacritics, ệ ở ữ) and then names
 * the right CJK or Thai font of each platform (Thai: Thonburi, Leelawadee UI,
 * Noto Sans Thai, whose vowels and tone marks stack cleanly).
 *
 * Why not `system-ui` (first, or at all): in Chromium on Windows it is the
 * UI font of the system's language, whatever the text's `lang`: Microsoft
 * YaHei UI on a Chinese Windows, Yu Gothic UI on a Japanese one, Malgun
 * Gothic on a Korean one. Their Latin letters are drawn for that language's
 * UI, not for Vietnamese: on such a machine a Vietnamese page reads in a CJK
 * font's Latin, and a diacritic it lacks comes from another font inside the
 * word. On a Linux kiosk with no desktop it is whatever fontconfig says
 * (DejaVu Sans on our test machine), with no setting to change it. Named
 * fonts in the order above give every platform its UI font for Latin and
 * Vietnamese, and the `lang` rules below give Thai and CJK text theirs.
 * Bootstrap and GitHub took `system-ui` out of their stacks for these reasons
 * (twbs/bootstrap#22377, w3c/csswg-drafts#3658).
 *
 * A fair's own font (`--fair-font-family`, or `fair.theme.font`) still wins;
 * glyphs it lacks fall back by the element's `lang`.
 *
 * The rules match both the host (`lang` set by `FairElement`, or inherited
 * from the page) and any inner piece with its own `lang` (a language
 * switcher option, a quote in the producer's language).
 */
export const fontStacks = {
  latin: `-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif`,
  zhHans: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei UI', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif`,
  zhHant: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang TC', 'Microsoft JhengHei UI', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Noto Sans TC', 'Source Han Sans TC', sans-serif`,
  ja: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif`,
  ko: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif`,
  th: `-apple-system, BlinkMacSystemFont, 'Segoe UI', Thonburi, 'Leelawadee UI', Leelawadee, 'Noto Sans Thai UI', 'Noto Sans Thai', Tahoma, sans-serif`,
} as const;

const family = css`var(--fair-font-family, var(--fair-feed-font-family, var(--_stack)))`;

export const fontStyles = css`
  :host {
    --_stack: ${unsafeStack(fontStacks.latin)};
    --_font: ${family};
  }
  :host(:lang(zh)),
  :host(:lang(zh-Hans)),
  [lang]:lang(zh),
  [lang]:lang(zh-Hans) {
    --_stack: ${unsafeStack(fontStacks.zhHans)};
  }
  :host(:lang(zh-Hant)),
  :host(:lang(zh-TW)),
  :host(:lang(zh-HK)),
  :host(:lang(zh-MO)),
  [lang]:lang(zh-Hant),
  [lang]:lang(zh-TW),
  [lang]:lang(zh-HK),
  [lang]:lang(zh-MO) {
    --_stack: ${unsafeStack(fontStacks.zhHant)};
  }
  :host(:lang(ja)),
  [lang]:lang(ja) {
    --_stack: ${unsafeStack(fontStacks.ja)};
  }
  :host(:lang(ko)),
  [lang]:lang(ko) {
    --_stack: ${unsafeStack(fontStacks.ko)};
  }
  :host(:lang(th)),
  [lang]:lang(th) {
    --_stack: ${unsafeStack(fontStacks.th)};
  }
  /* Korean breaks lines between words (at spaces), not inside them; Thai stacks vowels and tone marks
     above and below the letters: taller lines. Read by the host reset (custom properties only on the host:
     <fair-data> gives the page's own content inside it the page's typography). */
  :host(:lang(ko)) {
    --_word-break: keep-all;
  }
  :host(:lang(th)) {
    --_leading: 1.6;
  }
  [lang]:lang(vi),
  [lang]:lang(en),
  [lang]:lang(ru) {
    --_stack: ${unsafeStack(fontStacks.latin)};
  }
  /* A piece in a language of its own takes that language's stack (set just above, on the piece itself). */
  [lang]:is(:lang(vi), :lang(en), :lang(ru), :lang(zh), :lang(ja), :lang(ko), :lang(th)) {
    font-family: ${family};
  }
  [lang]:lang(ko) {
    word-break: keep-all;
  }
`;

/** The stacks are constants of this module, never input: safe to splice into CSS. */
function unsafeStack(stack: string) {
  return unsafeCSS(stack);
}
