/**
 * The self-contained builds key their catalogues by the first 7 characters of
 * lit-localize's hashed ids (rollup.config.js, `shortMessageIds`): the kit
 * finds a string by its full id in such a catalogue, and in one with full ids
 * (the sources, the npm build) as before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { msg } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { LocaleController, setLocale, type CataloguePart } from '../../src/i18n/locale.js';

const SHORT = 'A string only this test shows';
const FULL = 'Another string only this test shows';
const shortId = generateMsgId(SHORT, false).slice(0, 7);
const fullId = generateMsgId(FULL, false);

const part: CataloguePart = {
  vi: async () => ({ templates: { [shortId]: 'Một chuỗi rút gọn', [fullId]: 'Một chuỗi đầy đủ' } }),
};

class TwoStrings extends LitElement {
  readonly localeController = new LocaleController(this);
  constructor() {
    super();
    this.localeController.uses(part);
  }
  override render() {
    return html`<p>${msg(SHORT)}</p><p>${msg(FULL)}</p><p>${msg('A string no catalogue has')}</p>`;
  }
}
customElements.define('test-two-strings', TwoStrings);

describe('short message ids', () => {
  after(() => setLocale('en'));

  it('finds a string by its full id in a catalogue keyed by short ids, and in one keyed by full ids', async () => {
    const el = await fixture<TwoStrings>(html`<test-two-strings></test-two-strings>`);
    await setLocale('vi');
    await waitUntil(() => el.shadowRoot!.textContent.includes('Một chuỗi rút gọn'), 'the short-keyed string');
    const texts = [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
    expect(texts).to.deep.equal(['Một chuỗi rút gọn', 'Một chuỗi đầy đủ', 'A string no catalogue has']);
  });
});
