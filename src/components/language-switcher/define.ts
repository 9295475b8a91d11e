import { defineElement } from '../../internal/define.js';
import { FairLanguageSwitcher } from './language-switcher.js';

defineElement('fair-language-switcher', FairLanguageSwitcher);

export { FairLanguageSwitcher };

declare global {
  interface HTMLElementTagNameMap {
    'fair-language-switcher': FairLanguageSwitcher;
  }
}
