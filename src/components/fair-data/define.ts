import { defineElement } from '../../internal/define.js';
import { FairData } from './fair-data.js';

defineElement('fair-data', FairData);

export { FairData };

declare global {
  interface HTMLElementTagNameMap {
    'fair-data': FairData;
  }
}
