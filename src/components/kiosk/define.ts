// The elements the kiosk composes (each registers itself).
import '../booth-map/define.js';
import '../language-switcher/define.js';
import '../product-card/define.js';
import '../producer-story/define.js';
import '../search/define.js';
import { defineElement } from '../../internal/define.js';
import { FairKiosk } from './kiosk.js';
import { FairKioskKeyboard } from './keyboard.js';

defineElement('fair-kiosk', FairKiosk);
defineElement('fair-kiosk-keyboard', FairKioskKeyboard);

export { FairKiosk, FairKioskKeyboard };
export { FairKioskResetEvent, FairKioskStaffEvent } from './kiosk-events.js';

declare global {
  interface HTMLElementTagNameMap {
    'fair-kiosk': FairKiosk;
    'fair-kiosk-keyboard': FairKioskKeyboard;
  }
}
