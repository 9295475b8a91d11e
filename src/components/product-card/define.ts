import { defineElement } from '../../internal/define.js';
import { FairProductCard } from './product-card.js';

defineElement('fair-product-card', FairProductCard);

export { FairProductCard };

declare global {
  interface HTMLElementTagNameMap {
    'fair-product-card': FairProductCard;
  }
}
