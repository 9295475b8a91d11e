/**
 * Screenshot baselines of a product card (in a 400 px column) and a producer
 * story (in a 760 px column) on the Cao Bang sample, per language (vi, en, ko,
 * th), each in the theme the matrix gives it (see `themeFor`): on a page whose
 * background follows the theme's `color-scheme`, as a host page's would.
 * Baselines: test/visual/baselines/<element>.<lang>.<theme>.png.
 */
import { fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/producer-story/define.js';
import '../../src/components/product-card/define.js';
import { setLocale } from '../../src/i18n/locale.js';
import { applyTheme } from '../../src/themes/themes.js';
import { sampleFeed } from '../components/kiosk.helpers.js';
import { expectSame, LANGUAGES, shot, stillPage, themeFor } from './visual.helpers.js';

/** `template` in a column `width` px wide, on the page's background, drawn in `lang`. */
async function onPage(width: number, lang: string, template: ReturnType<typeof html>): Promise<HTMLElement> {
  await setLocale(lang);
  const page = await fixture<HTMLElement>(
    html`<div style="inline-size:${width}px; padding:16px; background:Canvas">${template}</div>`,
  );
  return page.firstElementChild as HTMLElement;
}

describe('visual: product card and producer story', () => {
  before(async () => {
    await stillPage();
    await setViewport({ width: 800, height: 1200 });
  });
  after(() => setLocale('en'));

  for (const lang of LANGUAGES) {
    it(`product card in ${lang}`, async function () {
      this.timeout(20000);
      const feed = await sampleFeed('caoBang');
      const el = await onPage(
        400,
        lang,
        html`<fair-product-card .feed=${feed} product="mien-dong-500g"></fair-product-card>`,
      );
      const theme = themeFor(8, lang);
      applyTheme(el.parentElement!, theme);
      expectSame([await shot(el, `product-card.${lang}.${theme}`)]);
    });

    it(`producer story in ${lang}`, async function () {
      this.timeout(20000);
      const feed = await sampleFeed('caoBang');
      const el = await onPage(
        760,
        lang,
        html`<fair-producer-story .feed=${feed} producer="htx-mien-dong-nguyen-binh"></fair-producer-story>`,
      );
      const theme = themeFor(9, lang);
      applyTheme(el.parentElement!, theme);
      expectSame([await shot(el, `producer-story.${lang}.${theme}`)]);
    });
  }
});
