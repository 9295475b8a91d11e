import { defineElement } from '../../internal/define.js';
import { FairKiosk } from './kiosk.js';

// With the elements it renders (FairKiosk.dependencies: the map, search, language switcher, product card and
// producer story). <fair-kiosk-keyboard>, the on-screen keyboard, is registered when its chunk arrives, which a
// kiosk fetches when a visit starts (on-screen-keyboard.ts, keyboard.define.ts).
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
