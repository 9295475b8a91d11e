// Registers <fair-kiosk-keyboard>. The kiosk loads this module on demand (a chunk of its own, when a visit
// starts: see on-screen-keyboard.ts), so a page with only the map or a card never carries the keyboard.
import { defineElement } from '../../internal/define.js';
import { FairKioskKeyboard } from './keyboard.js';

defineElement('fair-kiosk-keyboard', FairKioskKeyboard);

export { FairKioskKeyboard };
