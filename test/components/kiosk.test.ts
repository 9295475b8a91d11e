import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { $, kioskFixture, startVisit, tap, tapAt } from './kiosk.helpers.js';
import type { FairKioskStaffEvent } from '../../src/components/kiosk/kiosk-events.js';

describe('<fair-kiosk>', () => {
  afterEach(() => setLocale('en'));

  it('shows the fair on the attract screen: name, dates, "touch to start" in several languages, the languages to pick', async () => {
    const el = await kioskFixture();
    await waitUntil(() => getLocale() === 'vi', "the kiosk switches to the fair's default language");
    expect($(el, '.attract-title').textContent).to.equal('Tuần hàng Cao Bằng tại Hà Nội');
    expect($(el, '.attract-meta').textContent).to.match(/24.*29.*2025/);
    const lines = [...el.shadowRoot!.querySelectorAll('.touch-line')].map((l) => l.getAttribute('lang'));
    expect(lines.length).to.be.at.least(4);
    expect(lines.slice(0, 2)).to.deep.equal(['vi', 'en']);
    const languages = [...el.shadowRoot!.querySelectorAll('.lang')].map((b) => b.textContent.trim());
    expect(languages).to.deep.equal(['Tiếng Việt', 'English']);
    await expect(el).to.be.accessible();
  });

  it('starts in the language a visitor taps, with the map, search, chips and directory', async () => {
    const el = await kioskFixture();
    await tap(el, $(el, '.lang', 'English'));
    await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'));
    expect(getLocale()).to.equal('en');
    const map = $(el, 'fair-booth-map');
    expect(map.getAttribute('here')).to.equal('kiosk-1');
    expect(el.shadowRoot!.querySelector('fair-search')).to.exist;
    const chips = [...el.shadowRoot!.querySelectorAll('.chip')].map((c) => c.textContent.trim());
    expect(chips).to.deep.equal(['All', 'Tea', 'Specialty food', 'Handicrafts']);
    expect($(el, '.list').textContent).to.include('Hợp tác xã Hoàng Hà');
    expect($(el, '.list').textContent).to.include('Cao Bang province booth');
    await expect(el).to.be.accessible({ ignoredRules: ['aria-allowed-role'] });
  });

  it('opens a booth from the directory, shows the way, and Back/Home do what a visitor expects', async () => {
    const el = await kioskFixture();
    await startVisit(el);
    await setLocale('en');
    await el.updateComplete;
    await tap(el, $(el, '.row', 'Cao Bang province booth'));
    expect($(el, '.panel-title').textContent).to.equal('Cao Bang province booth');
    expect($(el, 'fair-booth-map').getAttribute('selected')).to.equal('B02');
    await expect(el).to.be.accessible();

    await tap(el, $(el, '.btn', 'Show the way'));
    expect($(el, 'fair-booth-map').getAttribute('route-to')).to.equal('B02');
    expect($(el, '.route-time').textContent).to.match(/minute/);
    expect(el.shadowRoot!.querySelectorAll('.steps li').length).to.be.greaterThan(0);
    const qr = $(el, '.qr-card');
    expect(qr.textContent).to.include('fair.example.vn/route/B02');
    await expect(el).to.be.accessible();

    await tap(el, $(el, '.nav-btn', 'Back'));
    expect($(el, '.panel-title').textContent).to.equal('Cao Bang province booth');
    expect($(el, 'fair-booth-map')).not.to.have.attribute('route-to');

    await tap(el, $(el, '.nav-btn', 'Home'));
    expect(el.shadowRoot!.querySelector('.panel-title')).to.equal(null);
    expect($(el, 'fair-booth-map')).not.to.have.attribute('selected');
    expect(($(el, '.nav-btn', 'Back') as HTMLButtonElement).disabled).to.equal(true);
  });

  it('filters by a category chip, and Back undoes it', async () => {
    const el = await kioskFixture();
    await startVisit(el);
    await setLocale('en');
    await el.updateComplete;
    await tap(el, $(el, '.chip', 'Handicrafts'));
    expect($(el, 'fair-booth-map').getAttribute('category')).to.equal('craft');
    expect($(el, '.list').textContent).to.include('Tổ hợp tác Thổ cẩm Tày');
    expect($(el, '.list').textContent).not.to.include('Hoàng Hà');
    await tap(el, $(el, '.nav-btn', 'Back'));
    expect($(el, 'fair-booth-map')).not.to.have.attribute('category');
  });

  it('takes a product with you as a QR code of the fair share link', async () => {
    const el = await kioskFixture();
    await startVisit(el);
    el.open({ kind: 'product', id: 'shan-tuyet' });
    await el.updateComplete;
    expect($(el, 'fair-product-card').getAttribute('product')).to.equal('shan-tuyet');
    expect(el.shadowRoot!.querySelector('.qr-card')).to.equal(null);
    await tap(el, $(el, '[part~="take-away"]'));
    expect($(el, '.qr-card').textContent).to.include('fair.example.vn/product/shan-tuyet');
    expect($(el, '.qr-card svg').getAttribute('role')).to.equal('img');
    await expect(el).to.be.accessible();
  });

  it("lists what is on now and next in the fair's time zone, and shows an event on the map", async () => {
    const el = await kioskFixture();
    el.now = new Date('2025-12-26T10:15:00+07:00');
    await startVisit(el);
    await setLocale('en');
    await el.updateComplete;
    await tap(el, $(el, '.tab', 'Happening now'));
    const live = $(el, '.event.live');
    expect(live.textContent).to.include('Shan Tuyet tea tasting');
    expect(live.textContent).to.match(/10:00/);
    expect($(el, '.events:not(:first-of-type), .event:not(.live)').textContent).to.include('Brocade weaving show');
    expect($(el, '.list').textContent).not.to.include('Opening ceremony'); // over at 9:30
    await expect(el).to.be.accessible();
    await tap(el, $(el, '.event.live .btn'));
    expect($(el, 'fair-booth-map').getAttribute('selected')).to.equal('A01');
  });

  it('types with the on-screen keyboard, Vietnamese Telex included', async () => {
    const el = await kioskFixture();
    await startVisit(el);
    await tap(el, $(el, '.icon-btn'));
    await waitUntil(
      () => el.shadowRoot!.querySelector('fair-kiosk-keyboard')?.shadowRoot?.querySelector('[data-key]'),
      'the keys show',
    );
    const keyboard = $(el, 'fair-kiosk-keyboard');
    const key = (k: string) => keyboard.shadowRoot!.querySelector(`[data-key="${k}"]`)!;
    let typed = '';
    keyboard.addEventListener('fair-kiosk-keyboard-input', (e) => (typed = (e as CustomEvent).detail.value));
    // The visit starts in the fair's language, Vietnamese (its catalogue may still be loading after a test in English).
    await waitUntil(() => keyboard.hasAttribute('telex'), 'Telex is on for a Vietnamese visitor', { timeout: 3000 });
    for (const k of 'cheef') await tap(el, key(k));
    expect(typed).to.equal('chề');
    await tap(el, key('Backspace'));
    await tap(el, key('Clear'));
    expect(typed).to.equal('');
    await tap(el, keyboard.shadowRoot!.querySelector('.mode')!); // Telex off
    for (const k of 'tra') await tap(el, key(k));
    expect(typed).to.equal('tra');
    await expect(keyboard).to.be.accessible();
  });

  it('accessibility mode puts every control in the lower part of a portrait kiosk and enlarges text', async () => {
    const el = await kioskFixture();
    await startVisit(el);
    const before = parseFloat(getComputedStyle($(el, '.nav-btn')).fontSize);
    await tap(el, $(el, '[part~="accessibility"]'));
    expect(el).to.have.attribute('accessible');
    const after = parseFloat(getComputedStyle($(el, '.nav-btn')).fontSize);
    expect(after).to.be.greaterThan(before * 1.2);
    const reach = 1920 * 0.55; // see kiosk-reach.test.ts for every screen, the map's controls and landscape
    const controls = [...el.shadowRoot!.querySelectorAll('button, fair-search, fair-language-switcher')].filter(
      (c) => c.getBoundingClientRect().height > 0,
    );
    const tooHigh = controls.filter((c) => c.getBoundingClientRect().top < reach).map((c) => c.outerHTML.slice(0, 60));
    expect(tooHigh).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('works with a keyboard alone (a switch device sends Tab and Enter)', async () => {
    const el = await kioskFixture();
    $(el, '.attract-start').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.main:not(.waiting)'));
    $(el, '.row').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.panel-title, fair-producer-story')).to.exist;
    $(el, '[part~="back"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.list')).to.exist;
  });

  it('turns a tapped link into a QR code instead of leaving the kiosk, and has no context menu', async () => {
    const el = await kioskFixture();
    await startVisit(el);
    const link = document.createElement('a');
    link.href = 'https://baolac.example.vn/';
    link.textContent = 'Bao Lac';
    $(el, '.list').prepend(link);
    await tap(el, link);
    expect(location.href).not.to.include('baolac');
    expect($(el, '.qr-card').textContent).to.include('baolac.example.vn');
    const menu = new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true });
    $(el, '.nav').dispatchEvent(menu);
    expect(menu.defaultPrevented).to.equal(true);
    expect(getComputedStyle(el).userSelect).to.equal('none');
  });

  it('reloads on the hidden staff gesture: 5 taps in the top corner within 3 s', async () => {
    const el = await kioskFixture({ staff: true });
    let made = 0;
    el.addEventListener('fair-kiosk-staff', (e: FairKioskStaffEvent) => {
      e.preventDefault(); // the test page must not reload
      made++;
    });
    const box = el.getBoundingClientRect();
    for (let i = 0; i < 4; i++) await tapAt(box.left + 20, box.top + 20);
    expect(made).to.equal(0);
    await tapAt(box.left + 20, box.top + 20);
    expect(made).to.equal(1);
  });

  it('has usable landscape and phone layouts', async () => {
    let el = await kioskFixture({ width: 1920, height: 1080 });
    await startVisit(el);
    const map = $(el, '.map-area').getBoundingClientRect();
    const panel = $(el, '.panel-area').getBoundingClientRect();
    expect(panel.left).to.be.at.least(map.right - 1); // side by side
    el = await kioskFixture({ width: 390, height: 844 });
    await startVisit(el);
    const phoneMap = $(el, '.map-area').getBoundingClientRect();
    expect(phoneMap.width).to.be.closeTo(el.getBoundingClientRect().width, 1);
    expect(phoneMap.height).to.be.greaterThan(150);
    for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('.nav-btn'))
      expect(b.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });
});
