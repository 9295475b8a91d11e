/**
 * Parts of the kit's catalogue (issue 18): a page whose elements all name
 * their part (the product card, the search, the producer story) fetches those
 * parts' strings in the visitor's language, not the kit's whole catalogue; an
 * element that names none, joining later, brings the whole catalogue in, and
 * every element shows its strings in the language on screen throughout.
 *
 * One page for the whole file (the kit's language state is the page's), so
 * the steps run in order.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { msg } from '@lit/localize';
import '../../src/components/product-card/define.js';
import '../../src/components/search/define.js';
import type { FairSearch } from '../../src/components/search/search.js';
import { LocaleController, setLocale } from '../../src/i18n/locale.js';
import { cardsFeed } from '../fixtures/cards/feed.js';
import { seen } from '../harness.js';

/** The catalogue modules this page has fetched, by path: `/src/i18n/locales/vi.ts`. */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => /\/locales\/[\w-]+\.ts$/.test(p));

/** An element that names no part: it shows a string of the kit's catalogue that no part holds. */
class KitStringElement extends LitElement {
  readonly localeController = new LocaleController(this);
  override render() {
    return msg('Touch to start', { id: 'kiosk-touch-to-start' });
  }
}
customElements.define('test-kit-string', KitStringElement);

const cardText = (el: Element) => seen(el.shadowRoot!.textContent);

describe('parts of the kit catalogue', () => {
  after(() => setLocale('en'));

  it('a page of cards alone fetches the card strings in the visitor language, not the whole catalogue', async () => {
    const card = await fixture(
      html`<fair-product-card .feed=${cardsFeed} product="no-such-product"></fair-product-card>`,
    );
    expect(cardText(card)).to.contain("This product is not in the fair's list.");
    await setLocale('vi');
    await waitUntil(
      () => cardText(card).includes('Sản phẩm này không có trong danh sách của hội chợ.'),
      'the card speaks Vietnamese',
    );
    expect(fetched()).to.include('/src/components/product-card/locales/vi.ts');
    expect(fetched()).not.to.include('/src/i18n/locales/vi.ts');
  });

  it('an element with another part, added in Vietnamese, fetches its own and renders in Vietnamese', async () => {
    const search = await fixture<FairSearch>(html`<fair-search .feed=${cardsFeed}></fair-search>`);
    const input = () => search.shadowRoot!.querySelector('input')!;
    await waitUntil(
      () => input().placeholder === 'Tìm gian hàng, nhà sản xuất, sản phẩm…',
      'the search box speaks Vietnamese',
    );
    expect(fetched()).to.include('/src/components/search/locales/vi.ts');
    expect(fetched()).not.to.include('/src/i18n/locales/vi.ts');
  });

  it('an element naming no part brings the whole catalogue in; a new language then comes whole', async () => {
    const card = await fixture(
      html`<fair-product-card .feed=${cardsFeed} product="no-such-product"></fair-product-card>`,
    );
    const kit = await fixture<KitStringElement>(html`<test-kit-string></test-kit-string>`);
    await waitUntil(() => seen(kit.shadowRoot!.textContent) === 'Chạm để bắt đầu', 'the kit string in Vietnamese');
    expect(fetched()).to.include('/src/i18n/locales/vi.ts');

    await setLocale('ja');
    await kit.updateComplete;
    expect(seen(kit.shadowRoot!.textContent)).to.equal('タッチしてスタート');
    expect(fetched()).to.include('/src/i18n/locales/ja.ts');
    expect(fetched(), 'the card part is in the whole catalogue').not.to.include(
      '/src/components/product-card/locales/ja.ts',
    );
    await (card as LitElement).updateComplete;
    expect(cardText(card)).to.contain('この商品は見本市の一覧にありません。');
  });
});
