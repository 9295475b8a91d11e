// The elements the kiosk composes (each registers itself).
import '../booth-map/define.js';
import '../language-switcher/define.js';
import '../product-card/define.js';
import '../producer-story/define.js';
import '../search/define.js';
import { defineElement } from '../../internal/define.js';
import { FairKiosk } from './kiosk.js';

// <fair-kiosk-keyboard>, the on-screen keyboard, is registered by the kiosk when a visit starts (its own chunk).
defineElement('fair-kiosk', FairKiosk);

export { FairKiosk };
export type { FairKioskKeyboard } from './keyboard.js';
export { FairKioskResetEvent, FairKioskStaffEvent } from './kiosk-events.js';

import type { FairKioskKeyboard } from './keyboard.js';

declare global {
  interface HTMLElementTagNameMap {
    'fair-kiosk': FairKiosk;
    'fair-kiosk-keyboard': FairKioskKeyboard;
  }
}
