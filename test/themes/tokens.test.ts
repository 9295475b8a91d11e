/**
 * One source for the design tokens (issue 14): the light theme's values live
 * in src/themes/tokens.ts only, and every element's fallbacks are made from
 * them (src/internal/token-styles.gen.ts, by scripts/gen-assets.js). Proven on
 * what the elements compute, so the two can never drift apart: with no theme
 * at all, each token is the light theme's value in every element; nothing an
 * element draws changes when a page sets the light theme's values itself; and
 * every element has the one font stack of its language.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { ELEMENTS, FEED } from '../fixtures/every-element.js';
import { clearFeedCache, resolveFeedUrls } from '../../src/data/loader.js';
import { setLocale } from '../../src/i18n/locale.js';
import { defineElement } from '../../src/internal/define.js';
import { FairKioskKeyboard } from '../../src/components/kiosk/keyboard.js';
import { fontStacks } from '../../src/themes/fonts.styles.js';
import { allThemesCss } from '../../src/themes/themes.js';
import { defaultTokens, globalTokens, themeTokens, tokenLocals } from '../../src/themes/tokens.js';

defineElement('fair-kiosk-keyboard', FairKioskKeyboard);

/** Every element, as a page drops it in (inside <fair-data>), plus <fair-data> itself and the kiosk's keyboard. */
const TAGS = [...Object.keys(ELEMENTS), 'fair-data', 'fair-kiosk-keyboard'];

/**
 * The sample feed without its `fair.theme`: the fair's own colours (which for this fair happen to be the
 * kit's) would stand in for the defaults under test. Its media addresses resolved as a loaded feed's are.
 */
let themeless: object;

function template(tag: string) {
  if (tag === 'fair-data') return html`<fair-data .feed=${themeless}><p>The page's own content</p></fair-data>`;
  if (tag === 'fair-kiosk-keyboard') return html`<fair-kiosk-keyboard></fair-kiosk-keyboard>`;
  return html`<fair-data .feed=${themeless}>${ELEMENTS[tag]}</fair-data>`;
}

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

async function settled(el: Rendered): Promise<void> {
  await waitUntil(
    () => el.shadowRoot && el.shadowRoot.children.length > 0 && !el.shadowRoot.querySelector('[aria-busy=true]'),
    `<${el.localName}> never rendered`,
    { timeout: 5000 },
  );
  await el.updateComplete;
}

/** `el` inside a wrapper with `style`, rendered. */
async function render(tag: string, style = ''): Promise<Rendered> {
  const page = await fixture(html`<div style=${style}>${template(tag)}</div>`);
  const el = page.querySelector(tag) as Rendered;
  await settled(el);
  return el;
}

/** What a visitor sees of a node: its colours, type, corners, focus ring and touch size. */
const SEEN = [
  'color',
  'background-color',
  'background-image',
  'border-top-color',
  'border-inline-start-color',
  'border-inline-start-width',
  'outline-color',
  'outline-width',
  'border-top-left-radius',
  'box-shadow',
  'fill',
  'stroke',
  'font-family',
  'font-size',
  'line-height',
  'min-height',
  'min-width',
] as const;

function looks(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')].map((node) => {
    const style = getComputedStyle(node);
    return `${node.localName}.${[...node.classList].join('.')} ${SEEN.map((p) => style.getPropertyValue(p)).join(' | ')}`;
  });
}

before(async () => {
  const feed = await (await fetch(FEED)).json();
  delete feed.fair.theme;
  themeless = resolveFeedUrls(feed, new URL(FEED, location.href).href);
});

describe('design tokens: one source (src/themes/tokens.ts)', () => {
  before(() => Promise.all([setViewport({ width: 1100, height: 900 }), emulateMedia({ reducedMotion: 'reduce' })]));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearFeedCache());

  it('every global token but the font has a default, and a private local the elements read it through', () => {
    const fontless = Object.keys(globalTokens).filter((t) => t !== '--fair-font-family');
    expect(Object.keys(defaultTokens).sort()).to.deep.equal([...fontless].sort());
    expect(Object.keys(tokenLocals).sort()).to.deep.equal([...fontless].sort());
    for (const [token, value] of Object.entries(themeTokens.light)) {
      expect(defaultTokens[token as keyof typeof defaultTokens], token).to.equal(value);
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}> with no theme computes every token as the light theme's value`, async () => {
      const el = await render(tag);
      const style = getComputedStyle(el);
      const computed = Object.fromEntries(
        Object.entries(tokenLocals).map(([token, local]) => [token, style.getPropertyValue(local).trim()]),
      );
      expect(computed).to.deep.equal({ ...defaultTokens, ...themeTokens.light });
    });

    it(`<${tag}> looks the same with no theme, with the light theme's values set by the page, and light in dark`, async () => {
      const declarations = Object.entries(defaultTokens)
        .map(([token, value]) => `${token}: ${value}`)
        .join('; ');
      const bare = looks((await render(tag)).shadowRoot!);
      const set = looks((await render(tag, declarations)).shadowRoot!);
      expect(bare.length, 'nodes drawn').to.be.greaterThan(0);
      expect(set).to.deep.equal(bare);
      // The light theme's stylesheet (tokens reset to `initial`) inside a dark ancestor: the same again.
      const page = await fixture(html`<div>
        <style>${allThemesCss()}</style>
        <div data-fair-theme="dark"><div data-fair-theme="light">${template(tag)}</div></div>
      </div>`);
      const el = page.querySelector(tag) as Rendered;
      await settled(el);
      expect(looks(el.shadowRoot!)).to.deep.equal(bare);
    });
  }
});

describe('one font stack, in every element', () => {
  afterEach(() => clearFeedCache());
  after(() => setLocale('en'));

  /** Quotes and spaces as the browser serialises them. */
  const stack = (value: string) => value.replace(/\s+/g, '').replace(/'/g, '"');

  /** Every element with no feed (so no `fair.theme.font`), in a page region of `locale` (the kiosk's keyboard
   * has the language of the kiosk around it). */
  async function renderIn(tag: string, locale: string): Promise<Rendered> {
    const inner =
      tag === 'fair-data'
        ? html`<fair-data></fair-data>`
        : tag === 'fair-kiosk-keyboard'
          ? html`<fair-kiosk-keyboard></fair-kiosk-keyboard>`
          : ELEMENTS[tag];
    const page = await fixture(html`<div lang=${locale}>${inner}</div>`);
    const el = page.querySelector(tag) as Rendered;
    await settled(el);
    return el;
  }

  for (const [locale, expected] of [
    ['vi', fontStacks.latin],
    ['th', fontStacks.th],
    ['ko', fontStacks.ko],
  ] as const) {
    it(`in ${locale}, every element (the map, <fair-data> and the keyboard too) sets its text in the ${locale} stack`, async () => {
      await setLocale(locale);
      const fonts: Record<string, string> = {};
      for (const tag of TAGS)
        fonts[tag] = stack(getComputedStyle(await renderIn(tag, locale)).getPropertyValue('--_font'));
      expect(fonts).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, stack(expected)])));
    });
  }

  it("has no system-ui: it resolves by the system's language, not the text's", () => {
    for (const [name, value] of Object.entries(fontStacks)) expect(value, name).not.to.include('system-ui');
  });

  it("the keyboard's keys and the map's place names are drawn in it", async () => {
    await setLocale('vi');
    const keyboard = await renderIn('fair-kiosk-keyboard', 'vi');
    expect(stack(getComputedStyle(keyboard.shadowRoot!.querySelector('button')!).fontFamily)).to.equal(
      stack(fontStacks.latin),
    );
    const map = await render('fair-booth-map');
    await waitUntil(() => map.shadowRoot!.querySelector('.fair-place-name'), 'no place name', { timeout: 5000 });
    const label = map.shadowRoot!.querySelector('.fair-place-name')!;
    expect(stack(getComputedStyle(label).fontFamily)).to.equal(stack(fontStacks.latin));
  });
});
