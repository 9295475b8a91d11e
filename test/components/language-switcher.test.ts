import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { msg } from '@lit/localize';
import '../../src/components/fair-data/define.js';
import '../../src/components/language-switcher/define.js';
import type { FairLanguageSwitcher } from '../../src/components/language-switcher/language-switcher.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { FairElement } from '../../src/internal/fair-element.js';
import { clearFeedCache } from '../../src/data/loader.js';
import { tap } from '../harness.js';

/** A second element on the page, to prove a switch re-renders every fair-* element. */
class TestLoadingNote extends FairElement {
  override render() {
    return html`<p>${msg('Loading the fair…')}</p>`;
  }
}
customElements.define('test-loading-note', TestLoadingNote);

const feed = (locales: string[]) => ({
  version: 1,
  fair: { id: 'lang-test', name: { vi: 'Hội chợ thử', en: 'Test fair' }, locales },
  map: { type: 'plan', levels: [{ id: 'G', size: [100, 100] }] },
  booths: [{ id: 'A1', rect: [0, 0, 10, 10] }],
});

/** A feed that is not even JSON: <fair-data> shows its translated "could not be loaded" message. */
function brokenFeedUrl(): string {
  return URL.createObjectURL(new Blob(['{ "version": 1, '], { type: 'application/json' }));
}

function options(el: FairLanguageSwitcher): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')];
}
function names(el: FairLanguageSwitcher): string[] {
  return options(el).map((o) => o.textContent.trim());
}
/** A real tap (the harness's, with the switcher's re-render). */
const click = tap;
function active(el: FairLanguageSwitcher): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

describe('<fair-language-switcher>', () => {
  before(() => setViewport({ width: 1000, height: 800 }));
  afterEach(async () => {
    await setLocale('en');
    clearFeedCache();
  });

  it('offers every UI language by its own name, each marked with its lang, without a feed', async () => {
    const el = await fixture<FairLanguageSwitcher>(html`<fair-language-switcher></fair-language-switcher>`);
    expect(names(el)).to.deep.equal([
      'English',
      'Tiếng Việt',
      '简体中文',
      '繁體中文',
      '한국어',
      '日本語',
      'Русский',
      'ไทย',
    ]);
    expect(options(el).map((o) => o.lang)).to.deep.equal(['en', 'vi', 'zh-Hans', 'zh-Hant', 'ko', 'ja', 'ru', 'th']);
    const group = el.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('label');
    expect(options(el).map((o) => o.getAttribute('aria-checked'))).to.deep.equal(['true', ...Array(7).fill('false')]);
    await expect(el).to.be.accessible();
  });

  it("offers the fair's languages that have UI strings, in the fair's order", async () => {
    const el = await fixture<FairLanguageSwitcher>(
      html`<fair-data .feed=${feed(['vi', 'en', 'zh-TW', 'fr', 'ko-KR'])}><fair-language-switcher></fair-language-switcher></fair-data>`,
    );
    const sw = el.querySelector('fair-language-switcher')!;
    await waitUntil(() => options(sw).length > 0, 'no options');
    expect(names(sw)).to.deep.equal(['Tiếng Việt', 'English', '繁體中文', '한국어']);
  });

  it('lets the locales attribute override the feed, names any language in itself', async () => {
    const el = await fixture<FairData>(
      html`<fair-data .feed=${feed(['vi', 'en'])}><fair-language-switcher locales="ja, ko fr"></fair-language-switcher></fair-data>`,
    );
    const sw = el.querySelector('fair-language-switcher')!;
    await sw.updateComplete;
    expect(names(sw)).to.deep.equal(['日本語', '한국어', 'Français']);
    expect(options(sw).map((o) => o.lang)).to.deep.equal(['ja', 'ko', 'fr']);
  });

  it('switches the language with a tap, fires fair-locale-change and re-renders every other fair-* element', async () => {
    const page = await fixture(html`<div>
      <fair-language-switcher locales="en vi ja"></fair-language-switcher>
      <test-loading-note></test-loading-note>
      <fair-data src=${brokenFeedUrl()}></fair-data>
    </div>`);
    const sw = page.querySelector('fair-language-switcher')!;
    const note = page.querySelector('test-loading-note') as TestLoadingNote;
    const data = page.querySelector('fair-data')!;
    await waitUntil(() => data.shadowRoot!.querySelector('[role=alert]'), 'fair-data shows no error');
    expect(note.shadowRoot!.textContent).to.contain('Loading the fair…');
    expect(data.shadowRoot!.querySelector('[role=alert] strong')!.textContent).to.equal(
      'The fair information could not be loaded.',
    );

    const changed = oneEvent(sw, 'fair-locale-change');
    await click(options(sw)[1]);
    const event = await changed;
    expect(event.detail.locale).to.equal('vi');
    expect(getLocale()).to.equal('vi');
    await note.updateComplete;
    await data.updateComplete;
    expect(note.shadowRoot!.textContent).to.contain('Đang tải thông tin hội chợ…');
    expect(note.getAttribute('lang')).to.equal('vi');
    expect(data.shadowRoot!.querySelector('[role=alert] strong')!.textContent).to.equal(
      'Không tải được thông tin hội chợ.',
    );
    expect(options(sw).map((o) => o.getAttribute('aria-checked'))).to.deep.equal(['false', 'true', 'false']);

    await click(options(sw)[2]);
    await waitUntil(
      () => note.shadowRoot!.textContent.includes('見本市の情報を読み込み中…'),
      'not re-rendered in Japanese',
    );
  });

  it('is one Tab stop; arrow keys, Home and End move and choose (mirrored in RTL)', async () => {
    const page = await fixture(html`<div>
      <button id="before">before</button>
      <fair-language-switcher locales="en vi ja"></fair-language-switcher>
      <button id="after">after</button>
    </div>`);
    const sw = page.querySelector('fair-language-switcher')!;
    (page.querySelector('#before') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(active(sw)?.dataset.locale).to.equal('en');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => getLocale() === 'vi', 'ArrowRight did not choose vi');
    expect(active(sw)?.dataset.locale).to.equal('vi');
    await sendKeys({ press: 'End' });
    await waitUntil(() => getLocale() === 'ja');
    await sendKeys({ press: 'ArrowDown' }); // wraps
    await waitUntil(() => getLocale() === 'en');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(sw)?.dataset.locale).to.equal('en');

    page.setAttribute('dir', 'rtl');
    await sendKeys({ press: 'ArrowLeft' }); // in RTL, left is "next"
    await waitUntil(() => getLocale() === 'vi', 'ArrowLeft in RTL did not move forward');
  });

  it('gives every choice a touch target of at least 44 × 44 px, also at phone width', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<FairLanguageSwitcher>(html`<fair-language-switcher></fair-language-switcher>`);
    for (const o of options(el)) {
      const r = o.getBoundingClientRect();
      expect(r.height, o.textContent).to.be.at.least(44);
      expect(r.width, o.textContent).to.be.at.least(44);
      expect(r.right, `${o.textContent} overflows`).to.be.at.most(390);
    }
    await setViewport({ width: 1000, height: 800 });
  });

  describe('compact', () => {
    it('opens a listbox from one button, chooses with arrows and Enter, and gives focus back', async () => {
      const el = await fixture<FairLanguageSwitcher>(
        html`<fair-language-switcher compact locales="en vi ja"></fair-language-switcher>`,
      );
      const trigger = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
      const menu = el.shadowRoot!.querySelector<HTMLElement>('[part=menu]')!;
      expect(trigger.textContent.trim()).to.equal('English');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(menu).not.to.match(':popover-open');
      await expect(el).to.be.accessible();

      await click(trigger);
      await waitUntil(() => menu.matches(':popover-open'), 'menu did not open');
      await el.updateComplete;
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      await waitUntil(() => active(el)?.dataset.locale === 'en', 'focus is not on the chosen language');
      const r = menu.getBoundingClientRect();
      const t = trigger.getBoundingClientRect();
      expect(r.top, 'menu below the button').to.be.at.least(t.bottom - 1);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)?.dataset.locale).to.equal('vi');
      const changed = oneEvent(el, 'fair-locale-change');
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail.locale).to.equal('vi');
      expect(menu).not.to.match(':popover-open');
      expect(active(el)).to.equal(trigger);
      await el.updateComplete;
      expect(trigger.textContent.trim()).to.equal('Tiếng Việt');
      expect(trigger.querySelector('[lang]')!.getAttribute('lang')).to.equal('vi');

      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => menu.matches(':popover-open'), 'the list opens');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !menu.matches(':popover-open'), 'the list closes');
      expect(active(el)).to.equal(trigger);
      expect(getLocale()).to.equal('vi');
    });

    it('chooses with a tap on an option, and closes when tapped outside', async () => {
      const page = await fixture(html`<div style="padding: 20px">
        <fair-language-switcher compact locales="en ko"></fair-language-switcher>
        <p style="margin-top: 400px">outside</p>
      </div>`);
      const el = page.querySelector('fair-language-switcher')!;
      const trigger = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=trigger]')!;
      const menu = el.shadowRoot!.querySelector<HTMLElement>('[part=menu]')!;
      await click(trigger);
      await waitUntil(() => menu.matches(':popover-open'), 'the list opens');
      // The list's toggle event (fired a task after a light dismiss) is when the switcher learns it closed.
      const closed = oneEvent(menu, 'toggle');
      await click(page.querySelector('p')!);
      expect(((await closed) as unknown as ToggleEvent).newState, 'a tap outside closes the list').to.equal('closed');
      await el.updateComplete;
      await click(trigger);
      await waitUntil(() => menu.matches(':popover-open'), 'the list opens');
      await click(options(el)[1]);
      await waitUntil(() => getLocale() === 'ko');
      expect(menu).not.to.match(':popover-open');
    });
  });
});

type FairData = HTMLElementTagNameMap['fair-data'];
