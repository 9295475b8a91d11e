/**
 * Kiosk parts a visitor meets once the visit is on: the producer panel's one
 * QR code, and the header's fair name on a phone.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/producer-story/define.js';
import type { FairProducerStory } from '../../src/components/producer-story/producer-story.js';
import { getLocale, setLocale } from '../../src/i18n/locale.js';
import { loadQrEncoder, qrShape } from '../../src/internal/qr.js';
import { deepQueryAll, visible } from '../harness.js';
import { $, deepElementFromPoint, kioskFixture, painted, startVisit, tap, testFeed } from './kiosk.helpers.js';

/** Every QR code drawn for `url` under `root`, nested shadow roots included (matched by its modules, not its caption). */
function qrCodesFor(root: ParentNode, url: string): SVGElement[] {
  // The test loads the encoder before it counts (see the `before` below).
  const modules = qrShape(url)!.path;
  return deepQueryAll<SVGPathElement>(root, 'svg path')
    .filter((path) => path.getAttribute('d') === modules)
    .map((path) => path.closest('svg')!);
}

describe('<fair-kiosk> panels', () => {
  before(() => loadQrEncoder());
  afterEach(() => setLocale('en'));

  it("shows one QR code for a producer's share link: the kiosk's \"Take it with you\", never the story's as well", async () => {
    const el = await kioskFixture();
    await startVisit(el);
    // The directory is sorted in the visit's language: wait for it, or the rows move under the finger.
    await waitUntil(() => getLocale() === 'vi', "the visit is in the fair's language");
    await el.updateComplete;
    const row = $(el, '.row', 'Hợp tác xã Hoàng Hà');
    row.scrollIntoView({ block: 'center' });
    await painted();
    // Tapped where a person sees it: nothing (the map settling, a menu) lies over it.
    await waitUntil(() => {
      const box = row.getBoundingClientRect();
      return row.contains(deepElementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    }, 'the producer is in view');
    await tap(el, row);
    await waitUntil(() => el.shadowRoot!.querySelector('fair-producer-story'), 'the producer panel opens');
    const story = el.shadowRoot!.querySelector<FairProducerStory>('fair-producer-story')!;
    await waitUntil(() => story.shadowRoot?.querySelector('.story'), 'the story shows');
    await story.updateComplete;
    const url = 'https://fair.example.vn/producer/hoang-ha';
    expect(qrCodesFor(el.shadowRoot!, url).filter(visible), 'before "Take it with you"').to.have.length(0);

    await tap(el, $(el, '[part~="take-away"]'));
    await waitUntil(() => qrCodesFor(el.shadowRoot!, url).length > 0, 'the QR code unfolds');
    const codes = qrCodesFor(el.shadowRoot!, url).filter(visible);
    expect(codes, 'after "Take it with you"').to.have.length(1);
    expect(codes[0].getRootNode(), "the kiosk's own").to.equal(el.shadowRoot);
    expect($(el, '.qr-card').textContent).to.include('fair.example.vn/producer/hoang-ha');

    await tap(el, $(el, '[part~="take-away"]'));
    expect(qrCodesFor(el.shadowRoot!, url).filter(visible), 'folded again').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a producer story on its own keeps its share QR code; share="off" leaves it out', async () => {
    const feed = await testFeed();
    const url = 'https://fair.example.vn/producer/bao-lac';
    for (const share of ['qr', 'off'] as const) {
      const story = await fixture<FairProducerStory>(
        html`<fair-producer-story producer="bao-lac" share=${share} .feed=${feed}></fair-producer-story>`,
      );
      await waitUntil(() => story.shadowRoot?.querySelector('.story'), 'the story shows');
      expect(qrCodesFor(story.shadowRoot!, url), `share="${share}"`).to.have.length(share === 'qr' ? 1 : 0);
      expect(story.shadowRoot!.querySelectorAll('[part~="qr"]').length, 'its QR part').to.equal(share === 'qr' ? 1 : 0);
      await expect(story).to.be.accessible();
    }
  });

  it('on a phone the fair\'s name in the header wraps onto a second line, between words, instead of ending in "…"', async () => {
    const el = await kioskFixture({ width: 390, height: 844 });
    await startVisit(el);
    await waitUntil(
      () => $(el, '.title h1').textContent === 'Tuần hàng Cao Bằng tại Hà Nội',
      "the visit is in the fair's language",
    );
    for (const name of ['Tuần hàng Cao Bằng tại Hà Nội', 'Cao Bang Goods Week in Hanoi']) {
      if (name.startsWith('Cao')) {
        await setLocale('en');
        await waitUntil(() => $(el, '.title h1').textContent === name, 'the name in English');
      }
      const h1 = $(el, '.title h1');
      expect(h1.textContent).to.equal(name);
      const lineHeight = parseFloat(getComputedStyle(h1).lineHeight);
      expect(h1.clientHeight, 'more than one line').to.be.greaterThan(lineHeight * 1.5);
      expect(h1.scrollWidth, 'nothing runs off sideways').to.be.at.most(h1.clientWidth);
      expect(h1.scrollHeight, 'nothing is cut off below').to.be.at.most(h1.clientHeight + 1);
      expect(getComputedStyle(h1).textOverflow).not.to.equal('ellipsis');
      // Each word sits on one line: the name breaks between words.
      const text = [...h1.childNodes].find(
        (n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      )!;
      const range = document.createRange();
      let at = 0;
      for (const word of name.split(' ')) {
        at = text.data.indexOf(word, at);
        range.setStart(text, at);
        range.setEnd(text, at + word.length);
        expect(range.getClientRects().length, `"${word}" on one line`).to.equal(1);
        at += word.length;
      }
      // The header stays a header: the name and the language button side by side, within the screen.
      const header = $(el, '.header').getBoundingClientRect();
      expect(header.right).to.be.at.most(390);
      expect(header.height).to.be.lessThan(120);
    }
    await expect(el).to.be.accessible();
  });
});
