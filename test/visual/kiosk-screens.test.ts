/**
 * Screenshot baselines of the kiosk's attract screen (1080×1920) and of its
 * main screen on a landscape kiosk (1920×1080), on the Cao Bang sample, per
 * language (vi, en, ko, th), each in the theme the matrix gives it (see
 * `themeFor`). Baselines: test/visual/baselines/kiosk-<screen>.<lang>.<theme>.png.
 */
import { waitUntil } from '@open-wc/testing';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { applyTheme } from '../../src/themes/themes.js';
import { $, kioskFixture, sampleFeed, tap } from '../components/kiosk.helpers.js';
import { expectSame, LANGUAGES, NOW, shot, stillPage, themeFor } from './visual.helpers.js';

describe('visual: kiosk attract and landscape screens', () => {
  before(stillPage);
  afterEach(() => setLocale('en'));

  for (const lang of LANGUAGES) {
    it(`attract screen, 1080×1920, of a fair whose first language is ${lang}`, async function () {
      this.timeout(20000);
      const feed = await sampleFeed('caoBang');
      // The attract screen speaks the fair's first language (and "touch to start" in the others offered).
      (feed.fair as { locales: string[] }).locales = [lang, ...LANGUAGES.filter((l) => l !== lang)];
      const el = await kioskFixture({ feed });
      el.now = NOW;
      await waitUntil(() => getLocale() === lang, `the kiosk speaks ${lang}`);
      const theme = themeFor(0, lang);
      applyTheme(el.parentElement!, theme);
      expectSame([await shot(el, `kiosk-attract.${lang}.${theme}`)]);
    });

    it(`main screen, 1920×1080 (landscape), in ${lang}`, async function () {
      this.timeout(20000);
      const el = await kioskFixture({ width: 1920, height: 1080, feed: await sampleFeed('caoBang') });
      el.now = NOW;
      el.locales = LANGUAGES.join(' ');
      await el.updateComplete;
      await tap(el, $(el, `.lang[lang="${lang}"]`));
      await waitUntil(
        () => el.shadowRoot!.querySelector('.main:not(.waiting)') && getLocale() === lang,
        `the visit starts in ${lang}`,
      );
      const theme = themeFor(2, lang);
      applyTheme(el.parentElement!, theme);
      expectSame([await shot(el, `kiosk-main-landscape.${lang}.${theme}`)]);
    });
  }
});
