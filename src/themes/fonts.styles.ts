import { css, unsafeCSS } from 'lit';

/**
 * Per-language system font stacks: no network fonts. Include after
 * `sharedStyles` in an element's `static styles`:
 *
 *     static override styles = [sharedStyles, fontStyles, myStyles];
 *
 * Why per language: the same Han character is drawn differently in Chinese
 * (simplified / traditional), Japanese and Korean, and a browser's choice of
 * CJK font follows the `lang` of the element. Each stack starts with the
 * platform UI font for Latin and Vietnamese (Segoe UI, San Francisco, Roboto,
 * Noto Sans all carry Vietnamese's stacked diacritics) and then names the
 * right CJK / Thai font of each platform. `system-ui` is deliberately not
 * first: on a Japanese or Chinese Windows it resolves to a CJK UI font whose
 * Latin and Vietnamese letters look wrong.
 *
 * A fair's own font (`--fair-font-family`, or `fair.theme.font`) still wins;
 * glyphs it lacks fall back by the element's `lang`.
 *
 * The rules match both the host (`lang` set by `FairElement`) and any inner
 * piece with its own `lang` (a language switcher option, a quote in the
 * producer's language).
 */
export const fontStacks = {
  latin: `-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif`,
  zhHans: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei UI', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif`,
  zhHant: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang TC', 'Microsoft JhengHei UI', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Noto Sans TC', 'Source Han Sans TC', sans-serif`,
  ja: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', Meiryo, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif`,
  ko: `-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif`,
  th: `-apple-system, BlinkMacSystemFont, 'Segoe UI', Thonburi, 'Leelawadee UI', Leelawadee, 'Noto Sans Thai UI', 'Noto Sans Thai', Tahoma, sans-serif`,
} as const;

export const fontStyles = css`
  :host {
    --_font: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.latin)}));
  }
  :host(:lang(zh)),
  :host(:lang(zh-Hans)) {
    --_font: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.zhHans)}));
  }
  :host(:lang(zh-Hant)),
  :host(:lang(zh-TW)),
  :host(:lang(zh-HK)),
  :host(:lang(zh-MO)) {
    --_font: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.zhHant)}));
  }
  :host(:lang(ja)) {
    --_font: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.ja)}));
  }
  :host(:lang(ko)) {
    --_font: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.ko)}));
    /* Korean breaks lines between words (at spaces), not inside them. */
    word-break: keep-all;
  }
  :host(:lang(th)) {
    --_font: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.th)}));
    /* Thai stacks vowels and tone marks above and below the letters. */
    line-height: 1.6;
  }

  [lang]:lang(vi),
  [lang]:lang(en),
  [lang]:lang(ru) {
    font-family: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.latin)}));
  }
  [lang]:lang(zh),
  [lang]:lang(zh-Hans) {
    font-family: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.zhHans)}));
  }
  [lang]:lang(zh-Hant),
  [lang]:lang(zh-TW),
  [lang]:lang(zh-HK),
  [lang]:lang(zh-MO) {
    font-family: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.zhHant)}));
  }
  [lang]:lang(ja) {
    font-family: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.ja)}));
  }
  [lang]:lang(ko) {
    font-family: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.ko)}));
    word-break: keep-all;
  }
  [lang]:lang(th) {
    font-family: var(--fair-font-family, var(--fair-feed-font-family, ${unsafeStack(fontStacks.th)}));
  }
`;

/** The stacks are constants of this module, never input: safe to splice into CSS. */
function unsafeStack(stack: string) {
  return unsafeCSS(stack);
}
