import { defineElement } from '../../internal/define.js';
import { FairProducerStory } from './producer-story.js';

// With <fair-product-card>, which it renders (FairProducerStory.dependencies).
defineElement('fair-producer-story', FairProducerStory);

export { FairProducerStory };

declare global {
  interface HTMLElementTagNameMap {
    'fair-producer-story': FairProducerStory;
  }
}
