import { defineElement } from '../../internal/define.js';
import { FairBoothMap } from './booth-map.js';

defineElement('fair-booth-map', FairBoothMap);

export { FairBoothMap };

declare global {
  interface HTMLElementTagNameMap {
    'fair-booth-map': FairBoothMap;
  }
}
