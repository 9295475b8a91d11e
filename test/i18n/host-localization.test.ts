// A host app that uses @lit/localize itself (issue 14): importing Fairkit configures nothing, so the app
// makes the page's one configureLocalization call (after importing Fairkit, as a bundler orders it), hands
// it over with useHostLocalization, and Fairkit's strings and feed text follow the app's language, both
// ways. The same with the app configuring after Fairkit's elements connected: host-localization-late.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { configureLocalization, msg, type LocaleModule } from '@lit/localize';
import '../../src/components/language-switcher/define.js';
import '../../src/components/product-card/define.js';
import { getLocale, useHostLocalization } from '../../src/i18n/locale.js';

/** The app's own strings, merged with Fairkit's catalogues (src/i18n/locales/*), as the README asks. */
const appStrings: Record<string, Record<string, string>> = {
  vi: { 'app-greeting': 'Chào mừng đến hội chợ' },
  ko: { 'app-greeting': '박람회에 오신 것을 환영합니다' },
};
const fairkitCatalogues: Record<string, () => Promise<LocaleModule>> = {
  vi: () => import('../../src/i18n/locales/vi.js'),
  ko: () => import('../../src/i18n/locales/ko.js'),
};

// The app's start-up, after its imports (Fairkit's among them) have run.
let configureError: unknown;
let app: ReturnType<typeof configureLocalization> | undefined;
try {
  app = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['vi', 'ko'],
    loadLocale: async (locale) => ({
      templates: { ...(await fairkitCatalogues[locale]()).templates, ...appStrings[locale] },
    }),
  });
  useHostLocalization(app);
} catch (error) {
  configureError = error;
}

const appGreeting = () => msg('Welcome to the fair', { id: 'app-greeting' });

/** What a visitor reads in a card that has no feed yet (a Fairkit string). */
function cardStatus(card: Element): string {
  return card.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
}

/** Waits for the card to say `expected`; on a timeout, fails showing what it says. */
async function untilStatus(card: Element, expected: string): Promise<void> {
  await waitUntil(() => cardStatus(card) === expected, '', { timeout: 3000 }).catch(() => undefined);
  expect(cardStatus(card)).to.equal(expected);
}

describe('useHostLocalization: the host app configures @lit/localize, then Fairkit connects', () => {
  before(() => setViewport({ width: 800, height: 600 }));

  it('lets the app make the one configureLocalization call after importing Fairkit', () => {
    expect(configureError).to.equal(undefined);
  });

  it("follows the app's own setLocale, and the app follows Fairkit's language switcher", async () => {
    const page = await fixture(html`<div>
      <fair-product-card product="none"></fair-product-card>
      <fair-language-switcher locales="en vi ko"></fair-language-switcher>
    </div>`);
    const card = page.querySelector('fair-product-card')!;
    await waitUntil(() => cardStatus(card) !== '', 'the card never rendered');
    expect(cardStatus(card)).to.equal('No fair data yet.');

    // The app switches its own language: Fairkit's strings, lang and feed-text language follow.
    await app!.setLocale('vi');
    await untilStatus(card, 'Chưa có dữ liệu hội chợ.');
    expect(getLocale()).to.equal('vi');
    expect(card.getAttribute('lang')).to.equal('vi');
    expect(appGreeting()).to.equal('Chào mừng đến hội chợ');

    // A visitor picks Korean in Fairkit's switcher: the app's runtime (its strings too) switches with it.
    const switcher = page.querySelector('fair-language-switcher')!;
    const korean = [...switcher.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')].find(
      (o) => o.getAttribute('lang') === 'ko',
    );
    expect(korean, 'a Korean option').to.not.equal(undefined);
    const r = korean!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await untilStatus(card, '아직 박람회 정보가 없습니다.');
    expect(app!.getLocale()).to.equal('ko');
    expect(appGreeting()).to.equal('박람회에 오신 것을 환영합니다');

    await app!.setLocale('en');
    await untilStatus(card, 'No fair data yet.');
    expect(getLocale()).to.equal('en');
  });
});
