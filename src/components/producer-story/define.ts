import { defineElement } from '../../internal/define.js';
// The story lists the producer's products as compact product cards.
import '../product-card/define.js';
import { FairProducerStory } from './producer-story.js';

defineElement('fair-producer-story', FairProducerStory);

export { FairProducerStory };

declare global {
  interface HTMLElementTagNameMap {
    'fair-producer-story': FairProducerStory;
  }
}
