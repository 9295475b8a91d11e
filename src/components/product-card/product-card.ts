import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '@lit/localize';
import { formatPrice } from '../../data/format.js';
import type { Booth, Producer, Product } from '../../data/types.js';
import { FairElement } from '../../internal/fair-element.js';
import { FairProductSelectEvent, FairShowBoothEvent, FairShowProducerEvent } from '../../internal/events.js';
import { displayUrl, RichTextController, safeHref } from '../../internal/rich-text/index.js';
import { qrCode } from '../../internal/qr.js';
import { placeholderArt, placeholderKind } from './placeholder.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { productCardStyles } from './product-card.styles.js';
import { cardStrings } from './strings.js';

/** Certifications a visitor should read in their own language; others are proper names shown as written. */
function certificationName(id: string): string {
  switch (id.trim().toLowerCase()) {
    case 'organic':
      return msg('Organic');
    case 'geographical-indication':
    case 'gi':
      return msg('Geographical indication');
    case 'halal':
      return msg('Halal');
    case 'export':
      return msg('Export quality');
    default:
      return id;
  }
}

/** Tags the kit knows how to say; other tags are shown as written. */
function tagName(tag: string): string {
  switch (tag.trim().toLowerCase()) {
    case 'gift':
      return msg('Gift');
    case 'export':
      return msg('Exported');
    case 'handmade':
      return msg('Handmade');
    case 'new':
      return msg('New');
    case 'bestseller':
      return msg('Bestseller');
    case 'vegan':
      return msg('Vegan');
    case 'organic':
      return msg('Organic');
    default:
      return tag;
  }
}

const STAR = svg`<path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8Z"/>`;

/** OCOP stars (3–5 by the programme's rules; anything else is not shown), out of five, with a spoken label. */
export function ocopStars(rating: number | undefined): TemplateResult | typeof nothing {
  if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 3 || rating > 5) return nothing;
  return html`<span class="stars" part="stars" role="img" aria-label=${msg(str`${rating}-star OCOP`)}>
    ${[1, 2, 3, 4, 5].map(
      (i) =>
        html`<svg class=${i <= rating ? 'star on' : 'star'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${STAR}</svg>`,
    )}<span class="ocop" aria-hidden="true">OCOP</span>
  </span>`;
}

/**
 * A product of the fair: photo, name, producer and region, OCOP stars,
 * certifications, price and unit in the visitor's language, tags, the booth
 * with "Find on map", and a QR code of the traceability page.
 *
 * @tag fair-product-card
 * @summary A product, as a full card for a detail panel or a compact row for lists.
 *
 * @fires fair-show-booth - "Find on map" was pressed; `detail: { boothId }`.
 * @fires fair-show-producer - "About the producer" was pressed; `detail: { producerId }`.
 * @fires fair-product-select - A compact card was activated (click, tap, Enter or Space); `detail: { productId }`.
 *
 * @csspart base - The card: an `<article>` (full) or a `<button>` (compact); also the "not in the list" message.
 * @csspart media - The photo or placeholder frame.
 * @csspart image - The product photo itself.
 * @csspart placeholder - The drawing shown when there is no photo or it failed to load.
 * @csspart body - Everything beside or below the photo.
 * @csspart category - The category name above the title (full card).
 * @csspart title - The product name.
 * @csspart producer - The producer and region line.
 * @csspart stars - The OCOP stars.
 * @csspart badges - The list of certifications.
 * @csspart badge - One certification.
 * @csspart price - The price and unit.
 * @csspart description - The product description (full card).
 * @csspart tags - The list of tags.
 * @csspart actions - The row of buttons (full card).
 * @csspart button - Each button in `actions`.
 * @csspart button-primary - The primary button ("Find on map"), also a `button`.
 * @csspart qr - The traceability QR code and its caption.
 *
 * @cssprop --fair-product-card-background - Card background (default: `--fair-color-surface`).
 * @cssprop --fair-product-card-radius - Corner radius (default: `--fair-radius`).
 * @cssprop --fair-product-card-shadow - Card shadow.
 * @cssprop --fair-product-card-media-ratio - Aspect ratio of the photo in the full card (default `4 / 3`).
 * @cssprop --fair-product-card-thumb-size - Size of the compact card's photo (default 4.5 times the text size, `72px` at scale 1).
 * @cssprop --fair-product-card-star-color - Filled star colour (default `#e8a317`).
 * @cssprop --fair-product-card-price-color - Price colour (default: `--fair-color-primary`).
 * @cssprop --fair-product-card-badge-background - Certification badge background.
 * @cssprop --fair-color-primary - Buttons, price, links.
 * @cssprop --fair-touch-target - Minimum height of buttons (default `44px`).
 */
export class FairProductCard extends FairElement {
  static override styles = [sharedStyles, productCardStyles];

  /** The product's id in the feed. */
  @property({ reflect: true }) product?: string;

  /** A compact row for lists and search results: photo, name, stars, price; the whole card is one button. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * How the trace link is offered: `open` (default) adds a link beside the QR
   * code; `qr` (kiosks, where nobody should leave the app) shows only the QR
   * code and the address.
   */
  @property({ reflect: true }) links: 'open' | 'qr' = 'open';

  /** Photo URLs that failed to load; the next photo (or the placeholder) is shown instead. */
  @state() private failedImages = new Set<string>();
  private readonly richText = new RichTextController(this);

  constructor() {
    super();
    // Its strings alone, not the kit's whole catalogue, where no other element needs that.
    this.localeController.uses(cardStrings);
  }

  /** Resolves once rendered, the description or story as rich text included (its renderer loads on demand). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.richText.settled();
    return done;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('product')) this.failedImages = new Set();
  }

  override render() {
    const status = this.renderFeedStatus();
    if (status !== nothing) return status;
    const { index } = this.readyState!;
    const product = this.product ? index.products.get(this.product) : undefined;
    if (!product) return this.renderMissing();
    const producer = product.producer ? index.producers.get(product.producer) : undefined;
    const booth = index.boothOfProduct.get(product.id);
    return this.compact ? this.renderCompact(product, producer) : this.renderFull(product, producer, booth);
  }

  private renderMissing() {
    return html`<div class="missing fair-type" part="base" role="status">
      <strong>${msg("This product is not in the fair's list.")}</strong>
      ${this.product ? html`<span class="missing-id">${msg(str`Product code: ${this.product}`)}</span>` : nothing}
    </div>`;
  }

  private renderMedia(product: Product, name: string, decorative: boolean) {
    const category = product.category ? this.readyState!.index.categories.get(product.category) : undefined;
    const image = product.images?.find((url) => url && !this.failedImages.has(url));
    const tint = category?.color ? { '--_tint': category.color } : {};
    return html`<span class="media" part="media" style=${styleMap(tint)}>
      ${
        image
          ? html`<img part="image" src=${image} alt=${decorative ? '' : name} loading="lazy" decoding="async"
            @error=${() => this.imageFailed(image)} />`
          : html`<span class="placeholder" part="placeholder">${placeholderArt(placeholderKind(category, this.t(product.name)))}</span>`
      }
    </span>`;
  }

  private imageFailed(url: string) {
    this.failedImages = new Set(this.failedImages).add(url);
  }

  private renderPrice(product: Product) {
    const price = formatPrice(product.price, this.locale);
    if (!price) return nothing;
    const unit = this.t(product.unit);
    return html`<span class="price" part="price"
      ><span class="amount">${price}</span>${unit ? html`<span class="unit">${unit}</span>` : nothing}</span
    >`;
  }

  private renderCompact(product: Product, producer: Producer | undefined) {
    const name = this.t(product.name) || product.id;
    const producerName = producer ? this.t(producer.name) : '';
    return html`<button class="card compact fair-type" part="base" type="button" @click=${() => this.dispatchEvent(new FairProductSelectEvent(product.id))}>
      ${this.renderMedia(product, name, true)}
      <span class="body" part="body">
        <span class="title" part="title" dir="auto">${name}</span>
        ${producerName ? html`<span class="producer" part="producer" dir="auto">${producerName}</span>` : nothing}
        <span class="meta">${ocopStars(product.ocop)}${this.renderPrice(product)}</span>
      </span>
      <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="m9 5 7 7-7 7" /></svg>
    </button>`;
  }

  private renderFull(product: Product, producer: Producer | undefined, booth: Booth | undefined) {
    const name = this.t(product.name) || product.id;
    const category = product.category ? this.readyState!.index.categories.get(product.category) : undefined;
    const categoryName = category ? this.t(category.name) : '';
    const producerName = producer ? this.t(producer.name) : '';
    const region = producer ? this.t(producer.region) : '';
    const description = this.t(product.description);
    const certifications = (product.certifications ?? []).filter((c) => typeof c === 'string' && c.trim());
    const tags = (product.tags ?? []).filter((t) => typeof t === 'string' && t.trim());
    return html`<article class="card full fair-type" part="base" aria-labelledby="title">
      ${this.renderMedia(product, name, false)}
      <div class="body" part="body">
        ${categoryName ? html`<p class="category" part="category">${categoryName}</p>` : nothing}
        <h3 class="title" part="title" id="title" dir="auto">${name}</h3>
        ${
          producerName || region
            ? html`<p class="producer" part="producer">
              ${producerName ? html`<span dir="auto">${producerName}</span>` : nothing}
              ${producerName && region ? html`<span class="dot" aria-hidden="true">·</span>` : nothing}
              ${region ? html`<span class="region" dir="auto">${region}</span>` : nothing}
            </p>`
            : nothing
        }
        ${
          product.ocop || certifications.length
            ? html`<div class="quality">
              ${ocopStars(product.ocop)}
              ${
                certifications.length
                  ? html`<ul class="badges" part="badges" aria-label=${msg('Certifications')}>
                    ${certifications.map((c) => html`<li class="badge" part="badge">${certificationName(c)}</li>`)}
                  </ul>`
                  : nothing
              }
            </div>`
            : nothing
        }
        ${this.renderPrice(product)}
        ${description ? html`<div class="description fair-rt" part="description">${this.richText.render(description, { links: this.links, headingLevel: 4 })}</div>` : nothing}
        ${
          tags.length
            ? html`<ul class="tags" part="tags" aria-label=${msg('Tags')}>${tags.map((t) => html`<li>${tagName(t)}</li>`)}</ul>`
            : nothing
        }
        ${
          booth || producer
            ? html`<div class="actions" part="actions">
              ${
                booth
                  ? html`<button class="button primary" part="button button-primary" type="button"
                    @click=${() => this.dispatchEvent(new FairShowBoothEvent(booth.id))}>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21Z"/><circle cx="12" cy="9.5" r="2.5"/></svg>
                    <span>${msg(str`Booth ${booth.label || booth.id}`)}</span>
                    <span class="sep" aria-hidden="true">·</span>
                    <span>${msg('Find on map')}</span>
                  </button>`
                  : nothing
              }
              ${
                producer
                  ? html`<button class="button" part="button" type="button"
                    @click=${() => this.dispatchEvent(new FairShowProducerEvent(producer.id))}>
                    ${msg('About the producer')}
                  </button>`
                  : nothing
              }
            </div>`
            : nothing
        }
        ${this.renderTrace(product)}
      </div>
    </article>`;
  }

  private renderTrace(product: Product) {
    const href = product.trace ? safeHref(product.trace) : undefined;
    if (!href) return nothing;
    const code = qrCode(href, { label: msg(str`QR code for ${displayUrl(href)}`) });
    if (code === nothing) return nothing;
    return html`<figure class="trace" part="qr">
      ${code}
      <figcaption>
        <strong>${msg('Scan to trace this product')}</strong>
        <span class="trace-hint">${msg('Where it was grown, made and checked.')}</span>
        ${
          this.links === 'qr'
            ? html`<span class="trace-url">${displayUrl(href)}</span>`
            : html`<a class="trace-url" href=${href} target="_blank" rel="noopener noreferrer"
              >${displayUrl(href)}<span class="fair-visually-hidden"> ${msg('(opens in a new tab)')}</span></a
            >`
        }
      </figcaption>
    </figure>`;
  }
}
