import { defineElement } from '../../internal/define.js';
import { FairData } from './data.js';

defineElement('fair-data', FairData);

export { FairData };

declare global {
  interface HTMLElementTagNameMap {
    'fair-data': FairData;
  }
}
