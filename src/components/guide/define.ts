import { defineElement } from '../../internal/define.js';
import { FairGuide } from './guide.js';

// With the elements it renders (FairGuide.dependencies: the map, search, language switcher, product card and
// producer story). Its pages besides home arrive in a chunk of their own (guide-pages.ts).
defineElement('fair-guide', FairGuide);

export { FairGuide };

declare global {
  interface HTMLElementTagNameMap {
    'fair-guide': FairGuide;
  }
}
