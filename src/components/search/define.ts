import { defineElement } from '../../internal/define.js';
import { FairSearch } from './search.js';

defineElement('fair-search', FairSearch);

export { FairSearch };

declare global {
  interface HTMLElementTagNameMap {
    'fair-search': FairSearch;
  }
}
