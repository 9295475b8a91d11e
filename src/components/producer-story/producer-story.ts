import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { baseLanguage } from '../../data/text.js';
import type { Booth, Contact, Producer } from '../../data/types.js';
import { feedContext } from '../../internal/context.js';
import { FairElement } from '../../internal/fair-element.js';
import { FairShowBoothEvent } from '../../internal/events.js';
import { shareUrl } from '../kiosk/share.js';
import { displayUrl, RichTextController, richTextToPlain, safeHref } from '../../internal/rich-text/index.js';
import { qrCode } from '../../internal/qr.js';
import { GalleryController } from './gallery.js';
import { NarrationController } from './narration.js';
import { FairProductCard } from '../product-card/product-card.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { producerStoryStyles } from './producer-story.styles.js';
import { storyStrings } from './strings.js';

/** `tel:` for a phone number a person typed (`+84 912 345 678`), if it has enough digits to be one. */
function telHref(phone: string): string | undefined {
  const dialable = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{6,}/.test(dialable) ? `tel:${dialable}` : undefined;
}

/** `mailto:` for a plain address; anything with spaces, brackets or a second `@` is shown as text only. */
function mailtoHref(email: string): string | undefined {
  return /^[^\s@<>()"'\\,;:]+@[^\s@<>()"'\\,;:]+\.[^\s@<>()"'\\,;:]+$/.test(email) ? `mailto:${email}` : undefined;
}

/** The recorded narration for `locale` (exact tag, then its base language); never another language's. */
function audioFor(audio: Producer['audio'], locale: string): string | undefined {
  if (!audio) return undefined;
  const base = baseLanguage(locale);
  const key =
    Object.keys(audio).find((k) => k.toLowerCase() === locale.toLowerCase()) ??
    Object.keys(audio).find((k) => baseLanguage(k) === base);
  return key ? safeHref(audio[key]) : undefined;
}

const ICONS = {
  pin: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21Z"/><circle cx="12" cy="9.5" r="2.5"/></svg>`,
  people: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="9" cy="8" r="3.5"/><path d="M2.5 20c.8-3.8 3.3-6 6.5-6s5.7 2.2 6.5 6"/><path d="M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.3c1.9.8 3.1 2.8 3.5 5.7"/></svg>`,
  play: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 5.5v13l10.5-6.5Z"/></svg>`,
  pause: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7.5 5.5h3v13h-3zM13.5 5.5h3v13h-3z"/></svg>`,
  stop: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="6.5" y="6.5" width="11" height="11" rx="1.5"/></svg>`,
  phone: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.6 3.5h3l1.5 4.2-2 1.3a11 11 0 0 0 5.9 5.9l1.3-2 4.2 1.5v3A2.2 2.2 0 0 1 18.3 20 15.8 15.8 0 0 1 4 5.7a2.2 2.2 0 0 1 2.6-2.2Z"/></svg>`,
  web: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17M12 3.5c2.4 2.3 3.5 5.2 3.5 8.5s-1.1 6.2-3.5 8.5c-2.4-2.3-3.5-5.2-3.5-8.5s1.1-6.2 3.5-8.5Z"/></svg>`,
  mail: html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3.5" y="5.5" width="17" height="13" rx="2"/><path d="m4 7 8 6 8-6"/></svg>`,
};

/**
 * The people behind the products: a producer's name, region and community,
 * photos, their story (safe rich text, read aloud on request), their products,
 * their booth, how to reach them, and a QR code that takes the story to a
 * visitor's phone.
 *
 * @tag fair-producer-story
 * @summary A producer's story page, for a detail panel or a page of its own.
 *
 * @fires fair-show-booth - "Find on map" was pressed; `detail: { boothId }`.
 * @fires fair-product-select - One of the producer's products was chosen; `detail: { productId }` (from the compact card inside).
 *
 * @csspart base - The whole story (`<article>`); also the "not in the list" message.
 * @csspart header - Name, region and community.
 * @csspart title - The producer's name.
 * @csspart meta - The region and community line.
 * @csspart gallery - The photo gallery.
 * @csspart gallery-track - The row of photos that scrolls and swipes.
 * @csspart gallery-button - The previous / next buttons.
 * @csspart gallery-status - "2 of 5", announced to screen readers.
 * @csspart listen - The Listen / Pause / Stop controls.
 * @csspart listen-button - Each of those buttons.
 * @csspart story - The story text.
 * @csspart aside - The column with the booth, contact and share code.
 * @csspart booth - The booth box with "Find on map".
 * @csspart button - The booth's "Find on map" button.
 * @csspart contact - The contact list.
 * @csspart qr - The share QR code and its caption (none with `share="off"`).
 * @csspart products - The producer's products (compact `fair-product-card`s, themed through their own parts).
 *
 * @cssprop --fair-producer-story-background - Background (default: `--fair-color-surface`).
 * @cssprop --fair-producer-story-radius - Corner radius (default: `--fair-radius`).
 * @cssprop --fair-producer-story-gallery-ratio - Aspect ratio of the photos (default `16 / 10`).
 * @cssprop --fair-producer-story-measure - Longest line of story text (default `68ch`).
 * @cssprop --fair-color-primary - Buttons, links, accents.
 * @cssprop --fair-touch-target - Minimum size of buttons (default `44px`).
 */
export class FairProducerStory extends FairElement {
  /**
   * The elements the story renders (its products, as compact cards), defined
   * along with it (see `defineElement` in src/internal/define.ts).
   * @internal
   */
  static readonly dependencies = { 'fair-product-card': FairProductCard };

  static override styles = [sharedStyles, producerStoryStyles];

  constructor() {
    super();
    // Its strings alone, not the kit's whole catalogue, where no other element needs that.
    this.localeController.uses(storyStrings);
  }

  /** The producer's id in the feed. */
  @property({ reflect: true }) producer?: string;

  /**
   * How outward links (in the story, the website) are offered: `open` (default)
   * as links that open in a new tab; `qr` on a kiosk, where nobody should leave
   * the app: as a QR code and the address, to open on the visitor's phone.
   */
  @property({ reflect: true }) links: 'open' | 'qr' = 'open';

  /**
   * The QR code that takes the story to a phone (from the feed's `fair.share`):
   * `qr` (default) shows it; `off` leaves it out, for a host that offers its
   * own (the kiosk's "Take it with you").
   */
  @property({ reflect: true }) share: 'qr' | 'off' = 'qr';

  @state() private failedImages = new Set<string>();

  private readonly narration = new NarrationController(this);
  private readonly richText = new RichTextController(this);

  /** Resolves once rendered, the description or story as rich text included (its renderer loads on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.richText.settled();
    return done;
  }
  private readonly gallery = new GalleryController(this, () => this.renderRoot?.querySelector<HTMLElement>('.track'));
  // The compact product cards inside get the feed from here, whether this element has its own `src` or sits in <fair-data>.
  private readonly provider = new ContextProvider(this, { context: feedContext });
  private narratedLocale?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('producer')) {
      this.narration.stop();
      this.failedImages = new Set();
      this.gallery.reset();
    }
    // A new language: the story being read is now the wrong one.
    if (this.narratedLocale && this.narratedLocale !== this.locale) {
      this.narration.stop();
      this.narratedLocale = undefined;
    }
    if (this.provider.value !== this.feedState) this.provider.setValue(this.feedState);
  }

  override render() {
    const status = this.renderFeedStatus();
    if (status !== nothing) return status;
    const { index, feed } = this.readyState!;
    const producer = this.producer ? index.producers.get(this.producer) : undefined;
    if (!producer) {
      return html`<div class="missing fair-type" part="base" role="status">
        <strong>${msg("This producer is not in the fair's list.")}</strong>
        ${this.producer ? html`<span class="missing-id">${msg(str`Producer code: ${this.producer}`)}</span>` : nothing}
      </div>`;
    }
    const name = this.t(producer.name) || producer.id;
    const region = this.t(producer.region);
    const community = this.t(producer.community);
    const story = this.t(producer.story);
    const images = (producer.images ?? []).filter((u) => u && !this.failedImages.has(u));
    const booths = index.boothsOfProducer.get(producer.id) ?? [];
    const products = index.productsOfProducer.get(producer.id) ?? [];
    const share = this.share === 'off' ? undefined : this.shareUrl(feed.fair.share, producer.id);
    return html`<article class="story fair-type" part="base" aria-labelledby="name">
      <header class="header" part="header">
        <h2 class="title" part="title" id="name" dir="auto">${name}</h2>
        ${
          region || community
            ? html`<p class="meta" part="meta">
              ${region ? html`<span class="chip">${ICONS.pin}<span dir="auto">${region}</span></span>` : nothing}
              ${community ? html`<span class="chip">${ICONS.people}<span dir="auto">${community}</span></span>` : nothing}
            </p>`
            : nothing
        }
      </header>
      ${this.gallery.render(images, name, (url) => (this.failedImages = new Set(this.failedImages).add(url)))}
      <div class="columns">
        <div class="main">
          ${this.renderListen(producer, name, story)}
          ${
            story
              ? html`<div class="text fair-rt" part="story">${this.richText.render(story, { links: this.links, headingLevel: 3 })}</div>`
              : html`<p class="text empty" part="story">${msg('This producer has not shared their story yet.')}</p>`
          }
        </div>
        ${
          booths.length || producer.contact || share
            ? html`<aside class="aside" part="aside">
          ${booths.map((booth) => this.renderBooth(booth))}
          ${this.renderContact(producer.contact)}
          ${
            share
              ? html`<figure class="share" part="qr">
                ${qrCode(share, { label: msg(str`QR code for ${displayUrl(share)}`) })}
                <figcaption>
                  <strong>${msg('Take this story with you')}</strong>
                  <span>${msg('Scan with your phone camera.')}</span>
                </figcaption>
              </figure>`
              : nothing
          }
        </aside>`
            : nothing
        }
      </div>
      ${
        products.length
          ? html`<section class="products" part="products" aria-labelledby="products">
            <h3 id="products">${msg(str`Products from ${name}`)}</h3>
            <ul role="list">
              ${products.map((p) => html`<li><fair-product-card compact product=${p.id} links=${this.links}></fair-product-card></li>`)}
            </ul>
          </section>`
          : nothing
      }
    </article>`;
  }

  private shareUrl(template: string | undefined, id: string): string | undefined {
    if (!template || !template.includes('{id}')) return undefined;
    // The kiosk's filler: an unused `?from={from}` (routes only) is left out.
    const url = shareUrl(template, 'producer', id);
    return url ? safeHref(url) : undefined;
  }

  private renderListen(producer: Producer, name: string, story: string) {
    const audio = audioFor(producer.audio, this.locale);
    if (!audio && !(story && this.narration.canSpeak(this.locale))) return nothing;
    const { state } = this.narration;
    const toggle = () => {
      if (state === 'playing') this.narration.pause();
      else if (state === 'paused') this.narration.resume();
      else {
        this.narratedLocale = this.locale;
        if (audio) this.narration.playAudio(audio);
        else this.narration.speak(`${name}.\n${richTextToPlain(story)}`, this.locale);
      }
    };
    return html`<div class="listen" part="listen">
      <button class="button listen-button primary" part="listen-button" type="button" @click=${toggle}>
        ${state === 'playing' ? ICONS.pause : ICONS.play}
        <span>${state === 'playing' ? msg('Pause') : state === 'paused' ? msg('Resume') : msg('Listen to the story')}</span>
      </button>
      ${
        state !== 'idle'
          ? html`<button class="button listen-button" part="listen-button" type="button" @click=${() => this.narration.stop()}>
            ${ICONS.stop}<span>${msg('Stop')}</span>
          </button>`
          : nothing
      }
      <span class="fair-visually-hidden" role="status">${state === 'playing' ? msg('Reading the story aloud') : state === 'paused' ? msg('Paused') : ''}</span>
    </div>`;
  }

  private renderBooth(booth: Booth) {
    return html`<div class="booth" part="booth">
      <span class="booth-label">${msg('Find them at')}</span>
      <strong class="booth-name">${msg(str`Booth ${booth.label || booth.id}`)}</strong>
      <button class="button primary" part="button" type="button" @click=${() => this.dispatchEvent(new FairShowBoothEvent(booth.id))}>
        ${ICONS.pin}<span>${msg('Find on map')}</span>
      </button>
    </div>`;
  }

  private renderContact(contact: Contact | undefined) {
    if (!contact) return nothing;
    const kiosk = this.links === 'qr';
    const phone = contact.phone?.trim();
    const website = contact.website ? safeHref(contact.website) : undefined;
    const email = contact.email?.trim();
    const rows = [
      phone
        ? { icon: ICONS.phone, label: msg('Phone'), text: phone, href: kiosk ? undefined : telHref(phone) }
        : undefined,
      website
        ? {
            icon: ICONS.web,
            label: msg('Website'),
            text: displayUrl(website),
            href: kiosk ? undefined : website,
            external: true,
          }
        : undefined,
      email
        ? { icon: ICONS.mail, label: msg('Email'), text: email, href: kiosk ? undefined : mailtoHref(email) }
        : undefined,
    ].filter((r) => !!r);
    if (!rows.length) return nothing;
    return html`<div class="contact" part="contact">
      <h3>${msg('Contact')}</h3>
      <dl>
        ${rows.map(
          (row) => html`<div class="contact-row">
            <dt>${row.icon}<span class="fair-visually-hidden">${row.label}</span></dt>
            <dd dir="ltr">
              ${
                row.href
                  ? html`<a href=${row.href} target=${row.external ? '_blank' : nothing} rel=${row.external ? 'noopener noreferrer' : nothing}>${row.text}</a>`
                  : row.text
              }
            </dd>
          </div>`,
        )}
      </dl>
    </div>`;
  }
}
