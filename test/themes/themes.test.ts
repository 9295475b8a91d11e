import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { ELEMENTS, FEED } from '../fixtures/every-element.js';
import { clearFeedCache } from '../../src/data/loader.js';
import {
  allThemesCss,
  applyTheme,
  autoThemeCss,
  themeCss,
  themeNames,
  themes,
  themeTokens,
  type ThemeName,
} from '../../src/themes/themes.js';
import { defaultTokens, themeColorScheme, tokenLocals } from '../../src/themes/tokens.js';
import { contrastViolations, drawn, settle } from '../harness.js';
import { applyFeedTheme, contrastRatio, themeFromFeed } from '../../src/themes/feed-theme.js';

async function render(tag: string, theme: ThemeName) {
  const page = await fixture(
    html`<div style="background: var(--fair-color-surface, #fff); padding: 8px"><fair-data src=${FEED}>${ELEMENTS[tag]}</fair-data></div>`,
  );
  applyTheme(page, theme);
  // Drawn, and settled: its transitions over (colours are read), its map still.
  const el = await drawn(page.querySelector<HTMLElement>(tag)!);
  return { page, el };
}

/** A page stylesheet, loaded. */
async function linked(href: string): Promise<HTMLLinkElement> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = oneEvent(link, 'load');
  document.head.append(link);
  await loaded;
  return link;
}

/** A page value for every token, so what a theme sets (or puts back) shows against it. */
const PAGE_VALUE = 'from-the-page';
const pageTokens = Object.keys(tokenLocals)
  .map((token) => `${token}: ${PAGE_VALUE}`)
  .join('; ');

/** Every token as an element computes it: the private local it reads the token through (`--_primary`…). */
const computedTokens = (el: Element) =>
  Object.fromEntries(
    Object.entries(tokenLocals).map(([token, local]) => [token, getComputedStyle(el).getPropertyValue(local).trim()]),
  );

/**
 * What an element inside theme `name` should compute, inside a page that sets every token: the theme's value
 * where it sets one; where light puts a colour theme's token back, the kit's default; else the page's value.
 */
function expectedTokens(name: ThemeName): Record<string, string> {
  const putBack = new Set(themeNames.filter((n) => n !== 'large-text').flatMap((n) => Object.keys(themeTokens[n])));
  return Object.fromEntries(
    Object.keys(tokenLocals).map((token) => {
      const own = name === 'light' ? undefined : (themeTokens[name] as Record<string, string | undefined>)[token];
      const fallback = (defaultTokens as Record<string, string>)[token];
      return [token, own ?? (name === 'light' && putBack.has(token) ? fallback : PAGE_VALUE)];
    }),
  );
}

describe('ready themes', () => {
  // No colour transitions: computed colours are read right after a theme changes.
  before(() => Promise.all([setViewport({ width: 1000, height: 900 }), emulateMedia({ reducedMotion: 'reduce' })]));
  after(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));
  afterEach(() => clearFeedCache());

  it('ships the generated CSS files (run node scripts/build-themes.js after a token changes)', async () => {
    for (const name of themeNames)
      expect(await (await fetch(`/src/themes/${name}.css`)).text(), `${name}.css`).to.equal(themeCss(name));
    expect(await (await fetch('/src/themes/auto.css')).text(), 'auto.css').to.equal(autoThemeCss());
    expect(await (await fetch('/src/themes/themes.css')).text(), 'themes.css').to.equal(allThemesCss());
  });

  for (const name of themeNames) {
    it(`${name}: the elements inside it compute its tokens, from its CSS file and from themes.${name}`, async () => {
      const link = await linked(`/src/themes/${name}.css`);
      try {
        // Chosen by class and by attribute, on a page that sets every token itself.
        for (const chooser of ['class', 'attribute']) {
          const page = await fixture(html`<div style=${pageTokens}>
            <div class=${chooser === 'class' ? `fair-theme-${name}` : ''} data-fair-theme=${chooser === 'class' ? 'other' : name}>
              <fair-language-switcher locales="en vi"></fair-language-switcher>
            </div>
          </div>`);
          const sw = page.querySelector('fair-language-switcher')!;
          await sw.updateComplete;
          expect(computedTokens(sw), `${name}.css by ${chooser}`).to.deep.equal(expectedTokens(name));
          expect(getComputedStyle(sw).colorScheme, `${name}.css: color-scheme`).to.equal(
            themeColorScheme[name] ?? 'normal',
          );
        }
      } finally {
        link.remove();
      }
      // The same theme as a Lit CSSResult, adopted by a host app into its own shadow root.
      const app = await fixture<HTMLDivElement>(html`<div style=${pageTokens}></div>`);
      const shadow = app.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [themes[name].styleSheet!];
      shadow.innerHTML = `<div class="fair-theme-${name}"><fair-language-switcher locales="en vi"></fair-language-switcher></div>`;
      const sw = shadow.querySelector('fair-language-switcher')!;
      await sw.updateComplete;
      expect(computedTokens(sw), `themes['${name}'] adopted`).to.deep.equal(expectedTokens(name));
    });
  }

  it("auto.css follows the system: dark tokens under prefers-color-scheme: dark, the page's own otherwise", async () => {
    const link = await linked('/src/themes/auto.css');
    try {
      const page = await fixture(html`<div style=${pageTokens}>
        <div class="fair-theme-auto"><fair-language-switcher locales="en vi"></fair-language-switcher></div>
      </div>`);
      const sw = page.querySelector('fair-language-switcher')!;
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      expect(computedTokens(sw), 'dark system').to.deep.equal(expectedTokens('dark'));
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      expect(Object.values(computedTokens(sw)), 'light system: nothing set').to.deep.equal(
        Object.keys(tokenLocals).map(() => PAGE_VALUE),
      );
    } finally {
      link.remove();
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    }
  });

  const AA = 4.5;
  const AAA = 7;
  for (const name of ['light', 'dark', 'high-contrast', 'high-contrast-dark'] as const) {
    it(`${name}: every text colour reads on every surface (${name.startsWith('high') ? 'AAA 7:1' : 'AA 4.5:1'})`, () => {
      const t = themeTokens[name] as Record<string, string>;
      const min = name.startsWith('high') ? AAA : AA;
      for (const surface of ['--fair-color-surface', '--fair-color-surface-2']) {
        for (const fg of [
          '--fair-color-text',
          '--fair-color-text-muted',
          '--fair-color-primary',
          '--fair-color-danger',
        ]) {
          expect(contrastRatio(t[fg], t[surface]), `${fg} on ${surface}`).to.be.at.least(min);
        }
        expect(contrastRatio(t['--fair-color-focus'], t[surface]), `focus ring on ${surface}`).to.be.at.least(
          name.startsWith('high') ? AAA : 3,
        );
      }
      expect(contrastRatio(t['--fair-color-on-primary'], t['--fair-color-primary']), 'on-primary').to.be.at.least(min);
      expect(contrastRatio('#1b1f1d', t['--fair-color-accent']), 'dark text on accent').to.be.at.least(min);
    });
  }

  it('high contrast has thick focus rings; large text scales type and touch targets', () => {
    expect(themeTokens['high-contrast']['--fair-focus-width']).to.equal('5px');
    expect(Number(themeTokens['large-text']['--fair-font-scale'])).to.be.greaterThan(1);
    expect(parseInt(themeTokens['large-text']['--fair-touch-target']!, 10)).to.be.at.least(48);
  });

  it('is chosen by class or attribute on any ancestor, and light inside dark puts the defaults back', async () => {
    const page = await fixture(html`<div>
      <style>${allThemesCss()}</style>
      <div class="fair-theme-dark"><fair-language-switcher id="a" locales="en vi"></fair-language-switcher>
        <div data-fair-theme="light large-text"><fair-language-switcher id="b" locales="en vi"></fair-language-switcher></div>
      </div>
    </div>`);
    const surface = (id: string) => {
      const option = page.querySelector(`#${id}`)!.shadowRoot!.querySelector('[aria-checked=false]')!;
      return getComputedStyle(option).backgroundColor;
    };
    await (page.querySelector('#b') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(surface('a')).to.equal('rgb(18, 22, 20)');
    expect(surface('b')).to.equal('rgb(255, 255, 255)');
    const fontSize = (id: string) =>
      parseFloat(getComputedStyle(page.querySelector(`#${id}`)!.shadowRoot!.querySelector('.base')!).fontSize);
    expect(fontSize('b') / fontSize('a')).to.be.closeTo(1.25, 0.01);
  });

  it('auto follows prefers-color-scheme, and prefers-contrast: more maps to high contrast', async () => {
    const page = await fixture(html`<div><style>${autoThemeCss()}</style>
      <div class="fair-theme-auto"><fair-language-switcher locales="en vi"></fair-language-switcher></div></div>`);
    const option = () =>
      page.querySelector('fair-language-switcher')!.shadowRoot!.querySelector('[aria-checked=false]')!;
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    expect(getComputedStyle(option()).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(getComputedStyle(option()).backgroundColor).to.equal('rgb(18, 22, 20)');
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    // The runner cannot emulate prefers-contrast: check the rule the browser would apply.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(autoThemeCss());
    const media = [...sheet.cssRules].filter((r): r is CSSMediaRule => r instanceof CSSMediaRule);
    const more = media.find((m) => m.conditionText === '(prefers-contrast: more)')!;
    const scoped = [...more.cssRules].find((r) =>
      (r as CSSStyleRule).selectorText.includes('fair-theme-auto'),
    ) as CSSStyleRule;
    expect(scoped.style.getPropertyValue('--fair-color-text').trim()).to.equal('#000000');
    expect(scoped.style.getPropertyValue('--fair-focus-width').trim()).to.equal('5px');
  });

  it('applyTheme adopts the stylesheet once per root and sets data-fair-theme', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><fair-language-switcher locales="en vi"></fair-language-switcher></div>`,
    );
    const before = document.adoptedStyleSheets.length;
    applyTheme(host, 'dark', 'large-text');
    applyTheme(host, 'high-contrast');
    expect(document.adoptedStyleSheets.length - before).to.be.at.most(1);
    expect(host.getAttribute('data-fair-theme')).to.equal('high-contrast');
    const option = host.querySelector('fair-language-switcher')!.shadowRoot!.querySelector('[aria-checked=false]')!;
    expect(getComputedStyle(option).borderColor).to.equal('rgb(0, 0, 0)');
    applyTheme(host);
    expect(host).not.to.have.attribute('data-fair-theme');
  });

  /** Font sizes of the text a visitor reads in an element's own shadow root. */
  function textSizes(root: ShadowRoot): number[] {
    return (
      [...root.querySelectorAll<HTMLElement>('*')]
        .filter(
          (el) =>
            el instanceof HTMLInputElement ||
            [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
        )
        // Not the kiosk's next visit either, built inert beneath its attract screen.
        .filter((el) => el.checkVisibility() && !el.closest('.fair-visually-hidden, .leaflet-container, [inert]'))
        .map((el) => parseFloat(getComputedStyle(el).fontSize))
    );
  }

  for (const tag of Object.keys(ELEMENTS)) {
    it(`large text makes the text of <${tag}> larger`, async () => {
      const plain = await render(tag, 'light');
      const before = textSizes(plain.el.shadowRoot!);
      applyTheme(plain.page, 'light', 'large-text');
      await settle(plain.el);
      const after = textSizes(plain.el.shadowRoot!);
      expect(before.length).to.be.greaterThan(0);
      const grew = after.filter((size, i) => size >= before[i] * 1.15).length;
      expect(grew / after.length, `share of text that grew in <${tag}> (${grew} of ${after.length})`).to.be.at.least(
        0.8,
      );
    });
  }

  for (const tag of Object.keys(ELEMENTS)) {
    for (const theme of ['high-contrast', 'high-contrast-dark'] as const) {
      it(`<${tag}> in ${theme} passes axe colour contrast, AAA included`, async () => {
        const { el } = await render(tag, theme);
        expect(await contrastViolations(el, ['color-contrast', 'color-contrast-enhanced'])).to.deep.equal([]);
      });
    }
    for (const theme of ['light', 'dark'] as const) {
      it(`<${tag}> in ${theme} passes axe colour contrast`, async () => {
        const { el } = await render(tag, theme);
        expect(await contrastViolations(el, ['color-contrast'])).to.deep.equal([]);
      });
    }
  }
});

describe("the fair's own theme (fair.theme)", () => {
  before(() => emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' }));
  it('maps valid colours and fonts onto the tokens, with a readable on-primary', () => {
    expect(
      themeFromFeed({ primary: '#0b6e4f', accent: '#F2A541', font: 'Be Vietnam Pro, sans-serif', logo: 'logo.svg' }),
    ).to.deep.equal({
      '--fair-color-primary': '#0b6e4f',
      '--fair-color-on-primary': '#ffffff',
      '--fair-color-accent': '#F2A541',
      '--fair-font-family': 'Be Vietnam Pro, sans-serif',
    });
    expect(themeFromFeed({ primary: '#ffe' })['--fair-color-on-primary']).to.equal('#1b1f1d');
  });

  it('never applies an invalid colour or a hostile font', () => {
    for (const bad of [
      'red',
      '#12345',
      '#1234567',
      'rgb(0,0,0)',
      '#fff; background: url(x)',
      'var(--x)',
      '',
      42,
      null,
    ]) {
      expect(themeFromFeed({ primary: bad as string, accent: bad as string }), String(bad)).to.deep.equal({});
    }
    for (const bad of [
      'Arial; color: red',
      'x} body { display:none',
      '<script>',
      'url(https://evil)',
      'a\\62 c',
      '   ',
    ]) {
      expect(themeFromFeed({ font: bad }), bad).to.deep.equal({});
    }
    expect(themeFromFeed(undefined)).to.deep.equal({});
  });

  it('shows the fair colours by default, and a page theme or token wins over them', async () => {
    const page = await fixture(html`<div><style>${allThemesCss()}</style>
      <div id="outer"><fair-data id="holder"><fair-language-switcher locales="en vi"></fair-language-switcher></fair-data></div></div>`);
    const holder = page.querySelector<HTMLElement>('#holder')!; // <fair-data> is display: contents; its custom properties still inherit
    const sw = page.querySelector('fair-language-switcher')!;
    const checked = () => getComputedStyle(sw.shadowRoot!.querySelector('[aria-checked=true]')!).backgroundColor;
    expect(checked()).to.equal('rgb(11, 110, 79)'); // kit default
    applyFeedTheme(holder, { primary: '#8a1538' });
    expect(checked()).to.equal('rgb(138, 21, 56)'); // the fair's colour
    page.querySelector<HTMLElement>('#outer')!.style.setProperty('--fair-color-primary', '#123456');
    expect(checked()).to.equal('rgb(18, 52, 86)'); // the page's token wins
    page.querySelector<HTMLElement>('#outer')!.style.removeProperty('--fair-color-primary');
    page.querySelector<HTMLElement>('#outer')!.dataset.fairTheme = 'high-contrast';
    expect(checked()).to.equal('rgb(0, 77, 53)'); // a chosen theme wins
    applyFeedTheme(holder, undefined);
    page.querySelector<HTMLElement>('#outer')!.removeAttribute('data-fair-theme');
    expect(checked()).to.equal('rgb(11, 110, 79)');
  });
});
