// A host app that configures @lit/localize after Fairkit's elements connected (issue 14): supported on a
// page in English until the first switch to another language (English needs no catalogue, so Fairkit has
// made no configureLocalization call yet). A page of its own: lit-localize is configured once per page.
// The app configuring first: host-localization.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../../src/components/product-card/define.js';
import { getLocale, uiLocaleFor, useHostLocalization } from '../../src/i18n/locale.js';

function cardStatus(card: Element): string {
  return card.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
}

/** Waits for the card to say `expected`; on a timeout, fails showing what it says. */
async function untilStatus(card: Element, expected: string): Promise<void> {
  await waitUntil(() => cardStatus(card) === expected, '', { timeout: 3000 }).catch(() => undefined);
  expect(cardStatus(card)).to.equal(expected);
}

describe('useHostLocalization: Fairkit connects first, the host app configures @lit/localize later', () => {
  it("on an English page, the app's late configureLocalization works and Fairkit follows it", async () => {
    expect(uiLocaleFor(getLocale()), 'this page is in English').to.equal('en');
    const card = await fixture(html`<fair-product-card product="none"></fair-product-card>`);
    await untilStatus(card, 'No fair data yet.');

    const app = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['ja'],
      loadLocale: () => import('../../src/i18n/locales/ja.js'),
    });
    useHostLocalization(app);
    await app.setLocale('ja');

    await untilStatus(card, '見本市のデータはまだありません。');
    expect(getLocale()).to.equal('ja');
    expect(card.getAttribute('lang')).to.equal('ja');
  });
});
