import { expect, html, oneEvent } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/fair-data/define.js';
import '../../src/components/producer-story/define.js';
import type { FairProducerStory } from '../../src/components/producer-story/producer-story.js';
import { setLocale } from '../../src/i18n/locale.js';
import { cardsFeed } from '../fixtures/cards/feed.js';
import { drawn, eventually, feedFixture, part, press, seen, tap } from '../harness.js';

/** A story on its feed, drawn (its rich text too: a chunk of its own) and settled. */
const story = (template: TemplateResult) => feedFixture<FairProducerStory>(template);

const buttonNamed = (root: ParentNode, pattern: RegExp) =>
  [...root.querySelectorAll('button')].find((b) => pattern.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));

/** A stand-in for window.speechSynthesis that records what it is asked to do. */
class FakeSpeech extends EventTarget {
  spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;
  paused = 0;
  constructor(public voices: Partial<SpeechSynthesisVoice>[]) {
    super();
  }
  getVoices() {
    return this.voices as SpeechSynthesisVoice[];
  }
  speak(u: SpeechSynthesisUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancelled++;
  }
  pause() {
    this.paused++;
  }
  resume() {}
}

function installSpeech(fake: FakeSpeech | undefined) {
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
}

describe('<fair-producer-story>', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 900 });
    await setLocale('en');
  });
  afterEach(async () => {
    await resetMouse();
    // Back to the browser's own speech synthesis.
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  });

  it('tells the story: name, region, community, gallery, rich text, contact, booth, products, share QR', async () => {
    installSpeech(new FakeSpeech([]));
    const el = await story(html`<fair-producer-story .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`);
    const root = el.shadowRoot!;
    expect(seen(part(el, 'title')!.textContent)).to.equal('HTX Chè Suối Giàng');
    expect(seen(part(el, 'meta')!.textContent)).to.equal('Van Chan, Lao Cai Hmong people');
    expect(part(el, 'story')!.querySelector('strong')!.textContent).to.equal('ancient trees');
    expect(part(el, 'story')!.querySelectorAll('li').length).to.equal(2);
    const link = part(el, 'story')!.querySelector('a')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    const contact = [...part(el, 'contact')!.querySelectorAll('a')].map((a) => a.href);
    expect(contact).to.deep.equal([
      'tel:+84912345678',
      'https://suoigiang.example.vn/',
      'mailto:hello@suoigiang.example.vn',
    ]);
    expect(seen(part(el, 'booth')!.textContent)).to.contain('Booth A03');
    const cards = root.querySelectorAll('fair-product-card');
    expect(cards.length).to.equal(3);
    await drawn(cards[0]);
    expect(seen(part(cards[0], 'title')!.textContent)).to.equal('Ancient Shan Tuyet tea');
    const qr = part(el, 'qr')!;
    expect(qr.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'QR code for fair.example.vn/test/producer/suoi-giang',
    );
    // No voice and no recording: no Listen button.
    expect(part(el, 'listen')).to.equal(null);
  });

  it('turns photos with the buttons, the arrow keys and a mouse drag, saying "2 of 3"', async () => {
    const el = await story(
      html`<fair-producer-story style="width:600px" .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`,
    );
    const root = el.shadowRoot!;
    const status = () => seen(part(el, 'gallery-status')!.textContent);
    const track = part(el, 'gallery-track') as HTMLElement;
    expect(status()).to.equal('1 of 3');
    await tap(buttonNamed(root, /Next photo/)!);
    await eventually(status, '2 of 3', 'the gallery status');
    // (Where the track scrolls to is not checked: a smooth scroll does not advance in a background test tab.)
    track.focus();
    await press('ArrowRight');
    await eventually(status, '3 of 3', 'the gallery status');
    expect(buttonNamed(root, /Next photo/)).to.have.property('disabled', true);
    await press('Home');
    await eventually(status, '1 of 3', 'the gallery status');
    // Drag left with the mouse by half a photo: the next one. Dispatched pointer events,
    // not sendMouse: a real drag waits for frames that a background test tab never paints.
    const r = track.getBoundingClientRect();
    const at = (fraction: number) => ({ clientX: r.x + r.width * fraction, clientY: r.y + r.height / 2 });
    const pointer = (type: string, fraction: number) =>
      track.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          pointerId: 7,
          pointerType: 'mouse',
          button: 0,
          ...at(fraction),
        }),
      );
    pointer('pointerdown', 0.8);
    pointer('pointermove', 0.5);
    pointer('pointermove', 0.3);
    pointer('pointerup', 0.3);
    await eventually(status, '2 of 3', 'the gallery status');
  });

  it('fires fair-show-booth from "Find on map" and fair-product-select from a product', async () => {
    const el = await story(html`<fair-producer-story .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`);
    const booth = oneEvent(el, 'fair-show-booth');
    await tap(part(el, 'booth')!.querySelector('button')!);
    expect((await booth).detail.boothId).to.equal('b-a03');
    const card = el.shadowRoot!.querySelector('fair-product-card')!;
    await drawn(card);
    const selected = oneEvent(el, 'fair-product-select');
    await tap(card.shadowRoot!.querySelector('button')!);
    expect((await selected).detail.productId).to.equal('shan-tuyet-200g');
  });

  it('reads the story aloud with a voice in the visitor language, and stops on removal', async () => {
    const speech = new FakeSpeech([{ lang: 'en-US', name: 'English', localService: true, default: true }]);
    installSpeech(speech);
    const el = await story(html`<fair-producer-story .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`);
    const listen = buttonNamed(el.shadowRoot!, /Listen/)!;
    expect(listen).to.exist;
    await tap(listen);
    await el.updateComplete;
    expect(speech.spoken.length).to.be.greaterThan(0);
    expect(speech.spoken[0].text).to.contain('HTX Chè Suối Giàng');
    expect(speech.spoken.map((u) => u.text).join(' ')).to.contain('Shan Tuyet tea from ancient trees');
    expect(speech.spoken[0].lang).to.equal('en-US');
    await tap(buttonNamed(el.shadowRoot!, /Pause/)!);
    expect(speech.paused).to.equal(1);
    expect(buttonNamed(el.shadowRoot!, /Resume/)).to.exist;
    const cancelledBefore = speech.cancelled;
    el.remove();
    expect(speech.cancelled).to.equal(cancelledBefore + 1);
  });

  it('stops reading when the language changes, and hides Listen when no voice speaks the new one', async () => {
    const speech = new FakeSpeech([{ lang: 'en-GB', name: 'English' }]);
    installSpeech(speech);
    const el = await story(html`<fair-producer-story .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`);
    await tap(buttonNamed(el.shadowRoot!, /Listen/)!);
    const cancelledBefore = speech.cancelled;
    await setLocale('vi');
    try {
      await el.updateComplete;
      expect(speech.cancelled).to.equal(cancelledBefore + 1);
      expect(part(el, 'listen')).to.equal(null);
    } finally {
      await setLocale('en');
    }
  });

  it('shows Listen once voices arrive (voiceschanged)', async () => {
    const speech = new FakeSpeech([]);
    installSpeech(speech);
    const el = await story(html`<fair-producer-story .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`);
    expect(part(el, 'listen')).to.equal(null);
    speech.voices = [{ lang: 'en', name: 'English' }];
    speech.dispatchEvent(new Event('voiceschanged'));
    await el.updateComplete;
    expect(part(el, 'listen')).to.exist;
  });

  it('plays the recorded narration for the visitor language', async () => {
    installSpeech(new FakeSpeech([]));
    const played: string[] = [];
    const original = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      played.push(this.src);
      return Promise.resolve();
    };
    try {
      const feed = structuredClone(cardsFeed) as typeof cardsFeed & { producers: { audio?: Record<string, string> }[] };
      feed.producers[0].audio = { vi: 'https://audio.example.vn/vi.mp3', en: 'https://audio.example.vn/en.mp3' };
      const el = await story(html`<fair-producer-story .feed=${feed} producer="suoi-giang"></fair-producer-story>`);
      await tap(buttonNamed(el.shadowRoot!, /Listen/)!);
      await el.updateComplete;
      expect(played).to.deep.equal(['https://audio.example.vn/en.mp3']);
      expect(buttonNamed(el.shadowRoot!, /Stop/)).to.exist;
      await tap(buttonNamed(el.shadowRoot!, /Stop/)!);
      await el.updateComplete;
      expect(buttonNamed(el.shadowRoot!, /Listen/)).to.exist;
    } finally {
      HTMLMediaElement.prototype.play = original;
    }
  });

  it('renders a hostile story as inert, visible text', async () => {
    window.__fairkitPwned = false;
    const hostile =
      '<script>window.__fairkitPwned = true</script>\n\n<img src=x onerror="window.__fairkitPwned = true">\n\n' +
      '[click me](javascript:window.__fairkitPwned=true) [tab](java\tscript:alert(1))\n\n' +
      'zero\u200bwidth \u202Eevil\u202C right\n\n' +
      'A'.repeat(1_000_000);
    const feed = structuredClone(cardsFeed);
    feed.producers[0].story = { en: hostile, vi: hostile };
    const el = await story(html`<fair-producer-story .feed=${feed} producer="suoi-giang"></fair-producer-story>`);
    const root = el.shadowRoot!;
    // A sleep on purpose: this checks that nothing runs. An injected onerror would run once its image failed to
    // load, and an image that (rightly) is not there fires no event to wait for.
    await new Promise((r) => setTimeout(r, 100));
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('[part~=story] img, [part~=story] a')).to.equal(null);
    expect(root.querySelectorAll('img').length).to.equal(3); // the gallery's own photos only
    expect(window.__fairkitPwned).to.equal(false);
    const text = part(el, 'story')!.textContent;
    expect(text).to.contain('<script>window.__fairkitPwned = true</script>');
    expect(text).to.contain('<img src=x onerror=');
    expect(text).to.contain('click me');
    expect(text).not.to.contain('\u202E');
    expect(text).to.contain('zero\u200bwidth evil right');
    expect((part(el, 'story') as HTMLElement).offsetHeight).to.be.greaterThan(100);
  });

  it('says clearly when the producer is not in the feed', async () => {
    const el = await story(html`<fair-producer-story .feed=${cardsFeed} producer="nobody"></fair-producer-story>`);
    expect(seen(part(el, 'base')!.textContent)).to.contain("This producer is not in the fair's list.");
  });

  it('copes with a producer that has only a Vietnamese story and no photos, contact or share', async () => {
    const feed = structuredClone(cardsFeed) as Record<string, unknown> & typeof cardsFeed;
    delete (feed.fair as { share?: string }).share;
    const el = await story(html`<fair-producer-story .feed=${feed} producer="mong-brocade"></fair-producer-story>`);
    expect(seen(part(el, 'title')!.textContent)).to.equal('Hmong Brocade Cooperative');
    expect(seen(part(el, 'story')!.textContent)).to.equal('Dệt tay trên khung cửi.');
    expect(part(el, 'gallery')).to.equal(null);
    expect(part(el, 'qr')).to.equal(null);
    expect(part(el, 'contact')).to.equal(null);
  });

  it('shows kiosk links as QR codes, never as navigation', async () => {
    const el = await story(
      html`<fair-producer-story links="qr" .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`,
    );
    expect(part(el, 'story')!.querySelector('a')).to.equal(null);
    expect(part(el, 'story')!.querySelector('.fair-rt-qr-link svg')).to.exist;
    expect(part(el, 'contact')!.querySelector('a')).to.equal(null);
    expect(seen(part(el, 'contact')!.textContent)).to.contain('+84 912 345 678');
  });

  it('passes axe', async () => {
    installSpeech(new FakeSpeech([{ lang: 'en-US', name: 'English' }]));
    const el = await story(html`<fair-producer-story .feed=${cardsFeed} producer="suoi-giang"></fair-producer-story>`);
    const cards = el.shadowRoot!.querySelectorAll('fair-product-card');
    await Promise.all([...cards].map((c) => drawn(c)));
    await expect(el).to.be.accessible();
  });
});

declare global {
  interface Window {
    __fairkitPwned?: boolean;
  }
}
